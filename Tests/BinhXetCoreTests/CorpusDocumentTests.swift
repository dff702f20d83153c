import BinhXetText
import Foundation
import Testing
@testable import BinhXetCore

/// Every document of the dev corpus must read to exactly its canonical text: same SHA-256 and length as
/// `truth.json` records. The corpus lives next to the repository (`../shared/corpus`), as in CI; without
/// it the test is skipped, visibly.
@Suite struct CorpusDocumentTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static let truth = corpus.appendingPathComponent("truth.json")
    static let available = FileManager.default.fileExists(atPath: truth.path)

    @Test(.enabled(if: available, "dev corpus not found at \(corpus.path); skipped"))
    func everyDocumentReadsToItsCanonicalText() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.truth)) as? [String: Any]
        let documents = try #require(json?["documents"] as? [String: [String: Any]])
        #expect(documents.count == 1407)
        var failures: [String] = []
        var formats: [String: Int] = [:]
        for (id, info) in documents.sorted(by: { $0.key < $1.key }) {
            let file = try #require(info["file"] as? String)
            let format = try #require(info["format"] as? String)
            formats[format, default: 0] += 1
            do {
                let read = try DocumentReader.read(url: Self.corpus.appendingPathComponent(file))
                if SHA256.hex(of: read.text) != info["text_sha256"] as? String { failures.append("\(id) (\(format)): text SHA-256 differs") }
                if read.text.unicodeScalars.count != info["chars"] as? Int { failures.append("\(id) (\(format)): \(read.text.unicodeScalars.count) chars, expected \(info["chars"] ?? "?")") }
                if read.sha256 != info["file_sha256"] as? String { failures.append("\(id): file SHA-256 differs") }
                if read.format.rawValue != info["container"] as? String { failures.append("\(id): read as \(read.format)") }
                let legacy = (info["encoding"] as? String) == "tcvn3"
                if legacy != (read.encoding == .tcvn3) { failures.append("\(id) (\(format)): encoding \(read.encoding)") }
            } catch {
                failures.append("\(id) (\(format)): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) documents differ:\n\(failures.prefix(20).joined(separator: "\n"))")
        #expect(formats == ["txt": 1195, "txt_nfd": 53, "txt_khongdau": 44, "txt_tcvn3": 22, "docx": 76, "docx_tcvn3": 17])
    }
}
