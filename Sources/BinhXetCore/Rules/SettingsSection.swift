import Foundation

/// The desk's settings file is one file with sections: the rule settings come first (no heading, as every
/// file before sections had them), and a `[documents]` heading starts what the printed documents need
/// (issuing body, place, signers, number sequences). Each reader sees only its own section's lines.
public enum SettingsSection {
    /// The heading of the documents' section.
    public static let documents = "documents"

    /// The lines of a section (nil: the lines before any heading), numbered from 0, trimmed, without blank
    /// lines, whole-line comments and the headings themselves.
    public static func lines(of text: String, in section: String?) -> [(Int, String)] {
        var current: String? = nil
        var out: [(Int, String)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\r") { line.removeLast() }
            // A comment starts at '#' at the start of the line or after a space ("15%  # Huế 2017").
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
                continue
            }
            if current == section { out.append((i, line)) }
        }
        return out
    }
}
