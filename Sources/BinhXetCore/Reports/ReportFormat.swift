/// How a report is printed.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For spreadsheets: UTF-8 with a byte-order mark (so Excel reads the diacritics), CRLF, RFC 4180.
    case csv
    /// For reading and printing from a text editor or a Markdown viewer.
    case md
    /// For printing from a browser: one self-contained page.
    case html

    public var fileExtension: String { rawValue }

    public func render(_ doc: ReportDocument) -> String {
        switch self {
        case .csv: return CSVRendering.render(doc)
        case .md: return MarkdownRendering.render(doc)
        case .html: return HTMLRendering.render(doc)
        }
    }
}
