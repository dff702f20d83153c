import BinhXetText
import Foundation
import Testing
@testable import BinhXetCore

@Suite struct DocumentReaderTests {
    typealias F = DocxFixture

    func read(_ data: Data, name: String) throws -> ReadDocument {
        let url = try F.write(data, name: name)
        defer { F.remove(url) }
        return try DocumentReader.read(url: url)
    }

    @Test func utf8TextWithBOMAndCRLF() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array("Chiến sĩ\r\nthi đua\r\n".utf8))
        let doc = try read(bytes, name: "a.txt")
        #expect(doc.format == .txt)
        #expect(doc.encoding == .utf8BOM)
        #expect(doc.text == "Chiến sĩ\nthi đua\n")
        #expect(doc.data == bytes)
        #expect(doc.sha256 == SHA256.hex(of: bytes))
    }

    @Test func preservedLineEnds() throws {
        let url = try F.write(Data("a\r\nb\n".utf8), name: "a.txt")
        defer { F.remove(url) }
        #expect(try DocumentReader.read(url: url, newlines: .preserve).text == "a\r\nb\n")
    }

    @Test func nfdTextBecomesNFC() throws {
        let doc = try read(Data("Chie\u{302}\u{301}n".utf8), name: "nfd.txt")
        #expect(doc.text == "Chiến")
        #expect(doc.text.unicodeScalars.count == 5)
    }

    @Test func legacyTextFiles() throws {
        let tcvn3 = try read(Data(DocxReaderTests.tcvn3 + [0x0D, 0x0A]), name: "old.txt")
        #expect(tcvn3.encoding == .tcvn3)
        #expect(tcvn3.text == "Chiến sĩ thi đua cơ sở\n")
        let vni = try read(Data(DocxReaderTests.vni + [0x0A]), name: "old.txt")
        #expect(vni.encoding == .vni)
        #expect(vni.text == "Chiến sĩ thi đua cơ sở\n")
    }

    /// Content decides: a .docx under another name, or none, is still read as a .docx.
    @Test func docxRecognisedByContent() throws {
        let data = try F.docx(F.document(F.paragraph(F.run("Sáng kiến"))))
        for name in ["report.txt", "report", "REPORT.DOCX"] {
            let doc = try read(data, name: name)
            #expect(doc.format == .docx)
            #expect(doc.text == "Sáng kiến\n")
            #expect(doc.encoding == .utf8)
        }
    }

    /// Unknown extensions that hold text are read as text.
    @Test func unknownExtensionWithText() throws {
        let doc = try read(Data("Báo cáo\n".utf8), name: "report.md")
        #expect(doc.format == .txt)
        #expect(doc.text == "Báo cáo\n")
    }

    @Test func binaryIsNotText() {
        #expect(throws: DocumentError.undecodableText(.binary)) {
            try read(Data([0x00, 0x01, 0x02, 0xFF, 0x00]), name: "image.png")
        }
        #expect(throws: DocumentError.undecodableText(.unknownEncoding)) {
            try read(Data("Le déjà-vu d'été".unicodeScalars.map { UInt8($0.value) }), name: "fr.txt")
        }
    }

    @Test func missingFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-missing-\(UUID()).docx")
        #expect(throws: DocumentError.fileNotFound) { try DocumentReader.read(url: url) }
        #expect(DocumentError.fileNotFound.description == "file not found")
    }

    @Test func folderIsUnreadable() throws {
        let url = try F.write(Data(), name: "x.txt").deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DocumentError.notARegularFile(kind: .folder)) { try DocumentReader.read(url: url) }
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let url = try F.write(Data("x".utf8), name: "secret.txt")
        defer { F.remove(url) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        #expect(throws: DocumentError.noPermission) { try DocumentReader.read(url: url) }
    }
}
