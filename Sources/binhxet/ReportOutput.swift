import BinhXetCore
import Foundation

/// Where reports go: standard output, or a file written whole (a partial file never stays behind).
enum ReportOutput {
    static func format(_ text: String, allowed: [ReportFormat]) throws -> ReportFormat {
        guard let f = ReportFormat(rawValue: text), allowed.contains(f) else {
            throw CLIError("unknown format '\(text)' (expected \(allowed.map(\.rawValue).joined(separator: ", ")))")
        }
        return f
    }

    static func write(_ text: String, to path: String?) throws {
        // CSV ends its lines with CRLF; a CR inside a cell is already shown as ␍ (CSVRendering).
        guard let path else { writeOut(text, keeping: .lineEnds); return }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write the report (\(error.localizedDescription))")
        }
    }
}
