import Foundation
import ZIPFoundation

/// Builds .docx files (and deliberately broken ones) for the reader tests, with ZIPFoundation.
enum DocxFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    static let rels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
        officeDocument" Target="word/document.xml"/></Relationships>
        """

    /// A `word/document.xml` with the given body content.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
        """
    }

    static func paragraph(_ runs: String..., properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs.joined() + "</w:p>"
    }

    /// A run with text (escaped), optionally in a font given by `w:rFonts`.
    static func run(_ text: String, font: String? = nil) -> String {
        let props = font.map { #"<w:rPr><w:rFonts w:ascii="\#($0)" w:hAnsi="\#($0)" w:cs="\#($0)"/></w:rPr>"# } ?? ""
        return #"<w:r>\#(props)<w:t xml:space="preserve">\#(escape(text))</w:t></w:r>"#
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Legacy bytes as the Latin-1 characters Word stores for a legacy-font run.
    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// A zip of the given entries (deflated unless `stored`).
    static func zip(_ entries: [(String, Data)], stored: Bool = false) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// A complete .docx around `documentXML`, plus any extra entries.
    static func docx(_ documentXML: String, extra: [(String, Data)] = []) throws -> Data {
        try zip([("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(rels.utf8)),
                 ("word/document.xml", Data(documentXML.utf8))] + extra)
    }

    /// Writes bytes to a fresh temporary file with the given name.
    static func write(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// Offsets of every occurrence of a 4-byte little-endian signature.
    static func offsets(of signature: UInt32, in data: Data) -> [Int] {
        let bytes = [UInt8](data)
        let sig = (0..<4).map { UInt8(truncatingIfNeeded: signature >> (8 * $0)) }
        return (0..<max(0, bytes.count - 3)).filter { Array(bytes[$0..<$0 + 4]) == sig }
    }

    /// Overwrites a little-endian field in every local (0x04034b50) and central (0x02014b50) header.
    static func patch(_ data: Data, localOffset: Int, centralOffset: Int, value: UInt32, width: Int) -> Data {
        var bytes = [UInt8](data)
        func put(_ at: Int) { for i in 0..<width { bytes[at + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) } }
        for o in offsets(of: 0x0403_4B50, in: data) { put(o + localOffset) }
        for o in offsets(of: 0x0201_4B50, in: data) { put(o + centralOffset) }
        return Data(bytes)
    }
}
