import BinhXetText
import Foundation
import Testing
@testable import BinhXetCore

/// Hostile or broken .docx files are refused, each with its own error, and nothing is inflated beyond
/// the limits.
@Suite struct DocxSafetyTests {
    typealias F = DocxFixture

    static let plain = F.document(F.paragraph(F.run("Báo cáo sáng kiến")))

    func read(_ data: Data, name: String = "x.docx", limits: DocxReader.Limits = .init()) throws -> ReadDocument {
        let url = try F.write(data, name: name)
        defer { F.remove(url) }
        return try DocumentReader.read(url: url, limits: limits)
    }

    func expectError(_ expected: DocumentError, _ data: Data, name: String = "x.docx",
                     limits: DocxReader.Limits = .init(), sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) { try read(data, name: name, limits: limits) }
    }

    @Test func zipSlipEntryIsRejected() throws {
        for path in ["../../etc/evil.sh", "word/../../evil.xml", "/etc/passwd", "C:\\Windows\\evil.dll", "..\\evil"] {
            let data = try F.docx(Self.plain, extra: [(path, Data("x".utf8))])
            expectError(.unsafeEntryPath(path), data)
        }
    }

    /// 20 MiB of spaces deflate to ~20 KiB: the declared ratio alone refuses it, nothing is inflated.
    @Test func hugeRatioEntryIsRefusedFromItsHeaders() throws {
        let bomb = "<w:document><w:body>" + String(repeating: " ", count: 20 << 20) + "</w:body></w:document>"
        let data = try F.zip([("word/document.xml", Data(bomb.utf8))])
        #expect(data.count < 100_000)
        #expect {
            try read(data)
        } throws: { error in
            guard case DocumentError.zipBomb(let detail) = error else { return false }
            return detail.contains("ratio")
        }
    }

    /// The same bomb with headers lying about its size (10 kB) is stopped while streaming.
    @Test func lyingHeadersAreCaughtWhileInflating() throws {
        let bomb = "<w:document><w:body>" + String(repeating: " ", count: 20 << 20) + "</w:body></w:document>"
        let honest = try F.zip([("word/document.xml", Data(bomb.utf8))])
        let lying = F.patch(honest, localOffset: 22, centralOffset: 24, value: 10_000, width: 4)
        #expect {
            try read(lying)
        } throws: { error in
            guard case DocumentError.zipBomb(let detail) = error else { return false }
            return detail.contains("expands")
        }
    }

    /// A part larger than the size limit (64 MiB by default; lowered here) is refused.
    @Test func oversizedPartIsRefused() throws {
        var limits = DocxReader.Limits()
        limits.maxPartBytes = 4096
        let big = F.document(String(repeating: F.paragraph(F.run("Một đoạn văn bình thường.")), count: 200))
        #expect(throws: DocumentError.self) { try read(try F.docx(big), limits: limits) }
        let lying = F.patch(try F.docx(big), localOffset: 22, centralOffset: 24, value: 1000, width: 4)
        #expect {
            try read(lying, limits: limits)
        } throws: { error in
            guard case DocumentError.zipBomb(let detail) = error else { return false }
            return detail.contains("beyond 4096 bytes")
        }
    }

    @Test func tooManyEntries() throws {
        var limits = DocxReader.Limits()
        limits.maxEntries = 5
        let data = try F.docx(Self.plain, extra: (0..<10).map { ("media/\($0).bin", Data([1])) })
        expectError(.zipBomb(detail: "13 entries (limit 5)"), data, limits: limits)
    }

    /// Password-protected Office files are OLE containers with an EncryptedPackage stream.
    @Test func encryptedOLEHeader() {
        var ole = Data(DocxReader.oleSignature) + Data(count: 504)
        ole.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        ole.append(Data(count: 1024))
        expectError(.encrypted, ole)
        expectError(.encrypted, ole, name: "renamed.doc")
    }

    /// An OLE file without an encrypted package is a Word 97–2003 .doc, whatever its name.
    @Test func oldWordDocument() {
        let doc = Data(DocxReader.oleSignature) + Data(count: 2048)
        expectError(.oldWordFormat, doc, name: "report.doc")
        expectError(.oldWordFormat, doc, name: "report.docx")
        expectError(.oldWordFormat, Data("{\\rtf1 not a doc}".utf8), name: "report.doc")
        #expect(DocumentError.oldWordFormat.description == "old Word .doc format is not supported, save as .docx")
    }

    /// Zip entries flagged as encrypted (traditional PKWARE or AES) are refused.
    @Test func encryptedZipEntries() throws {
        let data = F.patch(try F.docx(Self.plain), localOffset: 6, centralOffset: 8, value: 1, width: 2)
        expectError(.encrypted, data)
    }

    @Test func truncatedZip() throws {
        let data = try F.docx(Self.plain)
        for length in [10, 40, data.count / 2, data.count - 30] {
            expectError(.truncatedZip, data.prefix(length))
        }
    }

    @Test func notAZip() {
        expectError(.notAZip, Data("Chỉ là văn bản, không phải docx".utf8))
        expectError(.notAZip, Data())
    }

    @Test func missingDocumentPart() throws {
        let data = try F.zip([("[Content_Types].xml", Data(DocxFixture.contentTypes.utf8)),
                              ("word/other.xml", Data("<x/>".utf8))])
        expectError(.missingDocumentPart, data)
    }

    @Test func damagedData() throws {
        // Flip bytes inside the deflated document.xml: inflating fails or the checksum does not match.
        var bytes = [UInt8](try F.docx(F.document(String(repeating: F.paragraph(F.run("Nội dung")), count: 50))))
        let local = F.offsets(of: 0x0403_4B50, in: Data(bytes))[2]
        let start = local + 30 + Int(bytes[local + 26]) + Int(bytes[local + 28])
        for i in start + 5..<start + 25 { bytes[i] ^= 0x5A }
        #expect {
            try read(Data(bytes))
        } throws: { error in
            if case DocumentError.corruptZip = error { return true }
            return false
        }
    }

    @Test func malformedXML() throws {
        let broken = F.document("<w:p><w:r><w:t>không đóng thẻ</w:r></w:p>")
        #expect {
            try read(try F.docx(broken))
        } throws: { error in
            guard case DocumentError.malformedXML(let line, _) = error else { return false }
            return line >= 1
        }
    }

    /// Word never writes a DTD; entity tricks ("billion laughs") are refused before parsing.
    @Test func dtdIsRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><w:document xmlns:w="\#(F.wordNamespace)"><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>"#
        expectError(.malformedXML(line: 1, detail: "a DTD is not allowed in a Word document"), try F.docx(xml))
    }

    @Test func messagesNameTheProblem() {
        let errors: [DocumentError] = [.fileNotFound, .unreadableFile(reason: "input/output error"), .noPermission,
                                       .changedWhileRead, .notARegularFile(kind: .folder), .oldWordFormat,
                                       .encrypted, .notAZip, .truncatedZip, .corruptZip(detail: "x"),
                                       .unsafeEntryPath("../x"), .zipBomb(detail: "x"), .missingDocumentPart,
                                       .malformedXML(line: 3, detail: "x"), .undecodableText(.binary)]
        let messages = errors.map(\.description)
        #expect(Set(messages).count == errors.count)
        #expect(messages.allSatisfy { !$0.isEmpty && $0.first!.isLowercase })
    }
}
