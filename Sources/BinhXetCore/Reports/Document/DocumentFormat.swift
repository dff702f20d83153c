import Foundation

/// How an official document is written out: DOCX for the office to edit, sign and file; HTML to print from a
/// browser; Markdown to read; CSV for the data of a list.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case docx, html, md, csv

    public var fileExtension: String { rawValue }

    /// The bytes of the file; nil for CSV when the document holds no data table (a letter).
    public func render(_ doc: OfficialDocument, fontSize: Int = 14) throws -> Data? {
        switch self {
        case .docx: return try DocxRendering.render(doc, fontSize: fontSize)
        case .html: return Data(DocumentHTML.render(doc, fontSize: fontSize).utf8)
        case .md: return Data(DocumentMarkdown.render(doc).utf8)
        case .csv: return doc.sheet.map { Data(CSVRendering.render(sheet: $0).utf8) }
        }
    }

    /// The text formats as text (for goldens and standard output); nil for DOCX or a CSV with no data.
    public func text(_ doc: OfficialDocument, fontSize: Int = 14) -> String? {
        switch self {
        case .docx: return nil
        case .html: return DocumentHTML.render(doc, fontSize: fontSize)
        case .md: return DocumentMarkdown.render(doc)
        case .csv: return doc.sheet.map(CSVRendering.render(sheet:))
        }
    }
}
