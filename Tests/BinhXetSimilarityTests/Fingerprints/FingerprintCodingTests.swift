import Testing
@testable import BinhXetSimilarity

struct FingerprintCodingTests {
    let text = "Người nông dân trong xã đã chuyển sang gieo sạ giống lúa ngắn ngày.\nCác tổ khuyến nông hướng dẫn bón phân cân đối và thăm đồng mỗi tuần để phát hiện rầy nâu."

    @Test("A blob decodes to the fingerprints it was made from")
    func roundTrip() throws {
        let p = SimilarityParameters.standard
        let fingerprints = SimilarityArchive.fingerprints(of: text, parameters: p)
        #expect(!fingerprints.isEmpty)
        let blob = FingerprintCoding.encode(fingerprints, parameters: p)
        #expect(try FingerprintCoding.decode(blob, parameters: p) == fingerprints)
        #expect(blob.count < 12 * fingerprints.count + 16)
    }

    @Test("A blob made with other parameters or cut short is refused")
    func refusals() {
        var p = SimilarityParameters.standard
        let blob = FingerprintCoding.encode(SimilarityArchive.fingerprints(of: text, parameters: p), parameters: p)
        #expect(throws: FingerprintCoding.DecodingError.malformed) { try FingerprintCoding.decode(Array(blob.dropLast(3)), parameters: p) }
        #expect(throws: FingerprintCoding.DecodingError.malformed) { try FingerprintCoding.decode([1, 2, 3], parameters: p) }
        p.shingleSize += 1
        #expect(throws: FingerprintCoding.DecodingError.parametersDiffer) { try FingerprintCoding.decode(blob, parameters: p) }
    }
}
