import Foundation

/// A line of a settings file that could not be used.
public struct RuleSetFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file): line \(line): \(reason)" }
}

/// The settings file beside a desk (`<desk>.rules`): `key = value` lines, `#` comments, blank lines.
///
/// Plain text a clerk can edit, read by hand rather than with a TOML package: the format is a flat list
/// of keys, and the messages must name the file and line in the clerk's terms.
public enum RuleSetFile {
    /// The effective rule set: the desk's regime (or the file's `rule_set`), then the file's values.
    public static func load(base: RuleSetID, baseOrigin: String, text: String?, file: String) throws -> RuleSet {
        let lines = try text.map { try parse($0, file: file) } ?? []
        var id = base
        var idOrigin = baseOrigin
        if let l = lines.first(where: { $0.setting == .ruleSet }) {
            guard let chosen = RuleSetID(rawValue: l.value) else {
                throw RuleSetFileError(file: file, line: l.line, reason:
                    "rule_set: '\(l.value)' is not one of \(RuleSetID.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            id = chosen
            idOrigin = "\(file):\(l.line)"
        }
        var rules = RuleSet.builtin(id)
        rules.origins[.ruleSet] = idOrigin
        for l in lines where l.setting != .ruleSet {
            do {
                try l.setting.apply(l.value, to: &rules)
            } catch {
                throw RuleSetFileError(file: file, line: l.line, reason: "\(l.setting.rawValue): \(error.reason)")
            }
            rules.origins[l.setting] = "\(file):\(l.line)"
        }
        return rules
    }

    struct Line { var line: Int; var setting: RuleSetting; var value: String }

    static func parse(_ text: String, file: String) throws -> [Line] {
        var out: [Line] = []
        var seen: [RuleSetting: Int] = [:]
        for (i, raw) in SettingsSection.lines(of: text, in: nil) {
            var line = raw
            if let hash = line.range(of: " #") ?? line.range(of: "\t#") { line = String(line[..<hash.lowerBound]) }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            func fail(_ reason: String) -> RuleSetFileError { RuleSetFileError(file: file, line: i + 1, reason: reason) }
            guard let eq = line.firstIndex(of: "=") else { throw fail("expected 'setting = value'") }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard let setting = RuleSetting(rawValue: key) else {
                throw fail("unknown setting '\(key)' (known: \(RuleSetting.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if let earlier = seen[setting] { throw fail("\(key) is already set on line \(earlier)") }
            seen[setting] = i + 1
            out.append(Line(line: i + 1, setting: setting, value: value))
        }
        return out
    }

    /// Every setting, commented out, with its value and basis under a regime: a file to start from, its
    /// comments in the reader's language (the settings themselves are the same codes in both).
    public static func template(for rules: RuleSet, in language: Language = .en) -> String {
        var out = language == .vi ? """
            # Thiết lập BinhXet của bàn xét duyệt này. Xóa dấu '#' ở đầu một dòng để đổi thiết lập đó;
            # `binhxet rules` cho biết giá trị đang dùng và nguồn của từng giá trị.

            """ : """
            # BinhXet settings for this desk. Remove the '#' before a line to change that setting;
            # `binhxet rules` shows the effective values and where each came from.

            """
        let basis = language == .vi ? "căn cứ" : "basis"
        for s in RuleSetting.allCases {
            out += "\n# \(s.help(in: language))\n# \(basis): \(s.note(for: rules.id, in: language))\n# \(s.rawValue) = \(s.value(in: rules))\n"
        }
        return out
    }
}
