import BinhXetTestSupport
import Foundation
import Testing
@testable import BinhXetText

@Suite struct LegacyDetectionTests {
    /// A paragraph of a report, in Unicode; encoded below with the compiled tables' inverse.
    static let paragraph = """
        Trong năm học vừa qua, tập thể giáo viên nhà trường đã đổi mới phương pháp dạy học, \
        khuyến khích học sinh tự học và ứng dụng công nghệ thông tin. Kết quả: 95% học sinh đạt yêu cầu.
        ĐẠI HỘI THI ĐUA YÊU NƯỚC lần thứ nhất.
        """

    static func encodeTCVN3(_ text: String) -> [UInt8] {
        var inverse: [UInt32: UInt8] = [:]
        for (i, u) in TCVN3Table.high.enumerated() where i >= 0x21 { inverse[u] = UInt8(0x80 + i) }
        return text.unicodeScalars.flatMap { s -> [UInt8] in
            if s.value < 0x80 { return [UInt8(s.value)] }
            // VN3 writes a capital with a tone with the small letter's code.
            if let b = inverse[s.value] ?? inverse[String(s).lowercased().unicodeScalars.first!.value] { return [b] }
            Issue.record("no TCVN3 code for \(s)")
            return []
        }
    }

    static func encodeVNI(_ text: String) -> [UInt8] {
        var inverse: [UInt32: [UInt8]] = [:]
        for p in VNITable.pairs { inverse[p.letter] = [p.base, p.mark] }
        for b in VNITable.letterBytes { inverse[VNITable.high[Int(b) - 0x80][0]] = [b] }
        return text.unicodeScalars.flatMap { s -> [UInt8] in
            if s.value < 0x80 { return [UInt8(s.value)] }
            if let b = inverse[s.value] { return b }
            Issue.record("no VNI code for \(s)")
            return []
        }
    }

    @Test func picksTCVN3() throws {
        let reading = try #require(LegacyVietnamese.bestReading(of: Self.encodeTCVN3(Self.paragraph)))
        #expect(reading.encoding == .tcvn3)
        #expect(reading.text.lowercased() == Self.paragraph.lowercased())
    }

    @Test func picksVNI() throws {
        let reading = try #require(LegacyVietnamese.bestReading(of: Self.encodeVNI(Self.paragraph)))
        #expect(reading.encoding == .vni)
        #expect(reading.text == Self.paragraph)
    }

    @Test func shortSentences() {
        #expect(LegacyVietnamese.bestReading(of: LegacyDecodingTests.tcvn3Sample)?.encoding == .tcvn3)
        #expect(LegacyVietnamese.bestReading(of: LegacyDecodingTests.vniSample)?.encoding == .vni)
    }

    /// The wrong table is far from plausible, the right one nearly perfect.
    @Test func scoresSeparateTheTables() {
        let tcvn3 = Self.encodeTCVN3(Self.paragraph), vni = Self.encodeVNI(Self.paragraph)
        #expect(LegacyVietnamese.plausibility(of: tcvn3, as: .tcvn3).score > 0.9)
        #expect(LegacyVietnamese.plausibility(of: tcvn3, as: .vni).score < 0.3)
        #expect(LegacyVietnamese.plausibility(of: vni, as: .vni).score > 0.9)
        #expect(LegacyVietnamese.plausibility(of: vni, as: .tcvn3).score < 0.3)
    }

    @Test func latin1EuropeanTextIsNotVietnamese() {
        let french = "Le président a décidé, après une longue réflexion, de réformer l'éducation à l'école. "
            + "Les élèves étudieront désormais l'histoire européenne; ça coûtera cher, a déclaré le député."
        let german = "Die Bundesregierung hat beschlossen, die Förderung für Schüler zu erhöhen. Über die "
            + "Maßnahmen wird nächste Woche abgestimmt; größere Schulen erhalten zusätzliche Lehrkräfte."
        for text in [french, german] {
            let bytes = Array(text.unicodeScalars.map { UInt8($0.value) })
            #expect(LegacyVietnamese.bestReading(of: bytes) == nil)
        }
    }

    @Test func garbageIsNotVietnamese() {
        var rng = SeededGenerator(printingSeedFor: "garbageIsNotVietnamese")
        for _ in 0..<5 {
            let bytes = (0..<4000).map { _ in UInt8.random(in: 1...255, using: &rng) }
            #expect(LegacyVietnamese.bestReading(of: bytes) == nil)
        }
        // Windows-1252 English: punctuation only, no letter says Vietnamese.
        let english = Array("The committee\u{92}s report was \u{93}approved\u{94} \u{96} unchanged.".unicodeScalars.map { UInt8($0.value) })
        #expect(LegacyVietnamese.bestReading(of: english) == nil)
        #expect(LegacyVietnamese.bestReading(of: []) == nil)
        #expect(LegacyVietnamese.bestReading(of: Array("plain ascii".utf8)) == nil)
    }

    /// Bytes that are not UTF-8 reach the legacy decoder through TextDecoder, which then canonicalises.
    @Test func textDecoderUsesLegacyReading() throws {
        let bytes = LegacyDecodingTests.tcvn3Sample + [0x0D, 0x0A] + LegacyDecodingTests.tcvn3Sample + [0x0D, 0x0A]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .tcvn3)
        #expect(decoded.text == "Chiến sĩ thi đua cơ sở\nChiến sĩ thi đua cơ sở\n")
        let vni = try TextDecoder.decode(LegacyDecodingTests.vniSample)
        #expect(vni.encoding == .vni)
        #expect(throws: TextDecodingError.unknownEncoding) {
            try TextDecoder.decode(Array("Le déjà-vu d'été".unicodeScalars.map { UInt8($0.value) }))
        }
    }

    /// Detection looks at the first 64 KiB only, but the whole file is decoded.
    @Test func longFilesAreDecodedWhole() throws {
        let line = Self.encodeVNI(Self.paragraph) + [0x0A]
        let bytes = Array(Array(repeating: line, count: 400).joined())
        #expect(bytes.count > 64 * 1024)
        let reading = try #require(LegacyVietnamese.bestReading(of: bytes))
        #expect(reading.encoding == .vni)
        #expect(reading.text == String(repeating: Self.paragraph + "\n", count: 400))
    }
}
