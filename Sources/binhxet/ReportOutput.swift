import BinhXetCLIWords
import BinhXetCore
import Foundation

/// Where reports go: standard output, or a file written whole (a partial file never stays behind).
enum ReportOutput {
    static func format(_ text: String, allowed: [ReportFormat]) throws -> ReportFormat {
        guard let f = ReportFormat(rawValue: text), allowed.contains(f) else {
            throw unknownChoice(.nFormat, text, allowed.map(\.rawValue))
        }
        return f
    }

    static func documentFormat(_ text: String) throws -> DocumentFormat {
        guard let f = DocumentFormat(rawValue: text) else {
            throw unknownChoice(.nFormat, text, DocumentFormat.allCases.map(\.rawValue))
        }
        return f
    }

    /// Writes a document: DOCX only to a file (`-o`), never to a terminal or a pipe as binary; text formats
    /// to the file or standard output.
    static func write(_ doc: OfficialDocument, as format: DocumentFormat, fontSize: Int, to path: String?) throws {
        if format == .docx && path == nil {
            throw CLIError(words(.docxNeedsFile))
        }
        guard let data = try CLIError.wrap({ try format.render(doc, fontSize: fontSize) }) else {
            throw CLIError(words(.noTableForCSV, doc.caption))
        }
        guard let path else { writeOut(String(decoding: data, as: UTF8.self), keeping: .lineEnds); return }
        try CLIError.wrap { try OutputFile.write(data, to: path) }
    }

    static func write(_ text: String, to path: String?) throws {
        // CSV ends its lines with CRLF; a CR inside a cell is already shown as ␍ (CSVRendering).
        guard let path else { writeOut(text, keeping: .lineEnds); return }
        try CLIError.wrap { try OutputFile.write(Data(text.utf8), to: path) }
    }
}
