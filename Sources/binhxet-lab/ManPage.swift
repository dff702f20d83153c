import ArgumentParser
import Foundation

/// Writes `binhxet`'s manual page from its command definitions (`binhxet --experimental-dump-help`, the
/// same description swift-argument-parser's `generate-manual` plugin reads), followed by the hand-written
/// sections of `docs/man/binhxet.sections.roff` (review desk keys, environment, files, exit status). Its
/// own writer rather than the plugin's, because the plugin drops every non-ASCII letter ("mã cán bộ"
/// came out "m cn b") and dates the page with the day it ran. `Resources/man/binhxet.1` is this output;
/// a test keeps it current (RECORD_GOLDEN=1 rewrites it).
struct ManPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man", abstract: "Print binhxet's manual page, generated from its command definitions.")

    @Option(help: "The binhxet binary to describe.") var binary: String
    @Option(help: "The page's language: vi (Resources/man/binhxet.1) or en (Resources/man/en/binhxet.1).") var lang: String = "vi"
    @Option(help: "Hand-written sections appended after the commands (default: docs/man/binhxet.sections.roff, .vi.roff for vi).")
    var sections: String?

    func run() throws {
        guard ["vi", "en"].contains(lang) else { throw ValidationError("--lang: vi or en") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        // The page is written in the language asked for, whatever this process's environment says.
        p.arguments = ["--experimental-dump-help", "--lang", lang]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ValidationError("\(binary) --experimental-dump-help failed") }
        let tool = try JSONDecoder().decode(ManPage.Tool.self, from: data)
        let sectionsFile = sections ?? (lang == "vi" ? "docs/man/binhxet.sections.vi.roff" : "docs/man/binhxet.sections.roff")
        let tail = try String(contentsOfFile: sectionsFile, encoding: .utf8)
        print(ManPage.roff(tool.command, sections: tail, vietnamese: lang == "vi"), terminator: "")
    }
}

/// The roff of a command tree, in the `man` macros the old hand-written page used.
enum ManPage {
    struct Tool: Decodable { var command: Command }
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var arguments: [Argument]?
        var subcommands: [Command]?
        var displayed: Bool { shouldDisplay ?? true }
    }
    struct Argument: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var discussion: String?
        var isOptional: Bool?
        var isRepeating: Bool?
        var shouldDisplay: Bool?
        var defaultValue: String?
    }

    static func roff(_ root: Command, sections: String, vietnamese: Bool = false) -> String {
        // The section headings in the page's language (man-pages-vi writes TÊN, CÚ PHÁP, MÔ TẢ…).
        let h = vietnamese
            ? (manual: "Lệnh người dùng", name: "TÊN", synopsis: "CÚ PHÁP", description: "MÔ TẢ", options: "TÙY CHỌN",
               commands: "CÁC LỆNH", command: "LỆNH", optionsWord: "TÙY_CHỌN")
            : (manual: "User Commands", name: "NAME", synopsis: "SYNOPSIS", description: "DESCRIPTION", options: "OPTIONS",
               commands: "COMMANDS", command: "COMMAND", optionsWord: "OPTIONS")
        var out = """
            .TH BINHXET 1 "" "BinhXet" "\(h.manual)"
            .SH \(h.name)
            binhxet \\- \(escape(root.abstract ?? ""))
            .SH \(h.synopsis)
            .B binhxet
            \(usage(root.arguments ?? []))
            .br
            .B binhxet
            \\fI\(h.command)\\fR [\\fI\(h.optionsWord)\\fR]
            .SH \(h.description)
            \(escape(root.discussion ?? ""))
            .SH \(h.options)

            """
        out += options(root.arguments ?? [])
        out += ".SH \(h.commands)\n"
        for command in (root.subcommands ?? []) where command.displayed && command.commandName != "help" {
            out += describe(command, path: [command.commandName])
        }
        return out + sections
    }

    /// Names the `help` subcommand aside, the commands `binhxet --help` lists, in its order.
    static func describe(_ command: Command, path: [String]) -> String {
        let subcommands = (command.subcommands ?? []).filter { $0.displayed && $0.commandName != "help" }
        var out = ".SS \"\(path.joined(separator: " "))\"\n"
        out += ".B binhxet \(path.joined(separator: " "))\n\(usage(command.arguments ?? []))\n.PP\n"
        out += escape(command.abstract ?? "") + "\n"
        if let d = command.discussion, !d.isEmpty { out += ".PP\n" + escape(d) + "\n" }
        out += options(command.arguments ?? [])
        for sub in subcommands { out += describe(sub, path: path + [sub.commandName]) }
        return out
    }

    static func shown(_ arguments: [Argument]) -> [Argument] {
        arguments.filter { ($0.shouldDisplay ?? true) && !($0.names ?? []).contains { $0.name == "help" } }
    }

    static func usage(_ arguments: [Argument]) -> String {
        shown(arguments).map { a in
            let text = a.kind == "positional" ? "\\fI\(escape(a.valueName ?? "value"))\\fR" : spelled(a)
            let repeated = (a.isRepeating ?? false) ? "\\&..." : ""
            return (a.isOptional ?? false) ? "[\(text)\(repeated)]" : text + repeated
        }.joined(separator: " ")
    }

    static func spelled(_ a: Argument) -> String {
        guard let name = a.names?.first(where: { $0.kind == "long" }) ?? a.names?.first else { return "" }
        let dashes = name.kind == "short" ? "\\-" : "\\-\\-"
        let flag = "\\fB\(dashes)\(escape(name.name, hyphens: true))\\fR"
        return a.kind == "option" ? flag + " \\fI\(escape(a.valueName ?? "value"))\\fR" : flag
    }

    static func options(_ arguments: [Argument]) -> String {
        shown(arguments).map { a in
            let head = a.kind == "positional" ? "\\fI\(escape(a.valueName ?? "value"))\\fR" : spelled(a)
            var body = escape(a.abstract ?? "")
            if let d = a.discussion, !d.isEmpty { body += "\n" + escape(d) }
            return ".TP\n\(head)\n\(body)\n"
        }.joined()
    }

    /// Text as roff reads it literally: backslashes doubled, no line taken for a request.
    static func escape(_ text: String, hyphens: Bool = false) -> String {
        var s = text.replacingOccurrences(of: "\\", with: "\\e")
        if hyphens { s = s.replacingOccurrences(of: "-", with: "\\-") }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n").replacingOccurrences(of: "\n\n", with: "\n.PP\n")
    }
}
