import BinhXetCore
import Foundation
import FoundationXML
import Testing
import ZIPFoundation

/// A rendered DOCX opened again: its parts as text, and small readers for what the tests check.
struct DocxPackage {
    let parts: [String: String]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        parts = out
    }

    var document: String { parts["word/document.xml"] ?? "" }
    var styles: String { parts["word/styles.xml"] ?? "" }

    /// Whether every XML part parses.
    var allWellFormed: Bool {
        parts.filter { $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".rels") }.values.allSatisfy { XMLParser(data: Data($0.utf8)).parse() }
    }

    /// The `<w:tbl>…</w:tbl>` elements at any depth, outermost first.
    var tables: [String] { Self.elements("w:tbl", in: document) }

    /// The page sizes of the sections, in order: (width, height, landscape).
    var pageSizes: [(Int, Int, Bool)] {
        Self.elements("w:pgSz", in: document, selfClosing: true).map { e in
            (Self.attribute("w:w", in: e) ?? 0, Self.attribute("w:h", in: e) ?? 0, e.contains("w:orient=\"landscape\""))
        }
    }

    var margins: [String: Int] {
        guard let e = Self.elements("w:pgMar", in: document, selfClosing: true).first else { return [:] }
        var out: [String: Int] = [:]
        for k in ["top", "bottom", "left", "right"] { out[k] = Self.attribute("w:\(k)", in: e) }
        return out
    }

    /// Text of every `<w:t>` in `xml`, joined.
    static func text(_ xml: String) -> String {
        var out = ""
        var rest = xml[...]
        while let open = rest.range(of: "<w:t xml:space=\"preserve\">") ?? rest.range(of: "<w:t>") {
            guard let close = rest.range(of: "</w:t>", range: open.upperBound..<rest.endIndex) else { break }
            out += rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// Elements named `name`, with nesting of the same name respected.
    static func elements(_ name: String, in xml: String, selfClosing: Bool = false) -> [String] {
        var out: [String] = []
        var search = xml.startIndex
        while let start = xml.range(of: "<\(name)", range: search..<xml.endIndex) {
            let after = xml[start.upperBound]
            guard after == " " || after == ">" || after == "/" else { search = start.upperBound; continue }
            if selfClosing {
                let end = xml.range(of: ">", range: start.upperBound..<xml.endIndex)!
                out.append(String(xml[start.lowerBound..<end.upperBound])); search = end.upperBound; continue
            }
            var depth = 0
            var i = start.lowerBound
            while i < xml.endIndex {
                if xml[i...].hasPrefix("<\(name)>") || xml[i...].hasPrefix("<\(name) ") { depth += 1 }
                if xml[i...].hasPrefix("</\(name)>") {
                    depth -= 1
                    if depth == 0 {
                        let end = xml.index(i, offsetBy: name.count + 3)
                        out.append(String(xml[start.lowerBound..<end])); search = end; break
                    }
                }
                i = xml.index(after: i)
            }
            if i >= xml.endIndex { break }
        }
        return out
    }

    /// Direct rows of a table (nested tables' rows left out) and their cells.
    static func rows(of table: String) -> [[String]] {
        let inner = String(table.dropFirst(7).dropLast(8))
        return elements("w:tr", in: inner).map { elements("w:tc", in: $0) }
    }

    static func attribute(_ name: String, in element: String) -> Int? {
        guard let r = element.range(of: "\(name)=\"") else { return nil }
        return Int(element[r.upperBound...].prefix { $0 != "\"" })
    }
}
