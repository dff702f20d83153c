import BinhXetTestSupport
import Foundation
import Testing

/// The manual page and the shell completions come from the command definitions, so they list what
/// `binhxet --help` lists.
@Suite struct ManPageTests {
    static let manPage = Fixtures.resources.appendingPathComponent("man/binhxet.1")
    static let englishManPage = Fixtures.resources.appendingPathComponent("man/en/binhxet.1")

    /// The commands `binhxet --help` lists, in its order.
    static func helpCommands() throws -> [String] {
        let help = try CLI.run(["--help"]).out
        let lines = help.components(separatedBy: "\n").drop { $0 != "SUBCOMMANDS:" }.dropFirst()
        return lines.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }.filter { $0 != "See" }
    }

    @Test func theManPageListsTheCommandsHelpLists() throws {
        // Given the shipped page's command headings (subcommands are "year open", with a space)
        let page = try String(contentsOf: Self.manPage, encoding: .utf8)
        let documented = page.components(separatedBy: "\n").compactMap { line -> String? in
            guard line.hasPrefix(".SS \""), line.hasSuffix("\"") else { return nil }
            let name = String(line.dropFirst(5).dropLast())
            return name.contains(" ") ? nil : name
        }
        // Then they are exactly the commands of --help, in the same order
        let listed = try Self.helpCommands()
        #expect(listed.count > 20)
        #expect(documented == listed)
    }

    /// The page is what `binhxet-lab man` writes from the current definitions (RECORD_GOLDEN=1 rewrites it).
    @Test func theManPageIsGeneratedFromTheCurrentDefinitions() throws {
        let lab = CLI.binary.deletingLastPathComponent().appendingPathComponent("binhxet-lab")
        try #require(FileManager.default.isExecutableFile(atPath: lab.path), "build binhxet-lab first (swift build --build-tests)")
        for (lang, page, file) in [("vi", Self.manPage, "binhxet.sections.vi.roff"), ("en", Self.englishManPage, "binhxet.sections.roff")] {
            let sections = Fixtures.repository.appendingPathComponent("docs/man/" + file)
            let generated = try CLI.run(["man", "--binary", CLI.binary.path, "--lang", lang, "--sections", sections.path], executable: lab)
            #expect(generated.status == 0, "\(generated.err)")
            if let problem = GoldenFile.mismatch(generated.out, at: page) {
                Issue.record(Comment(rawValue: problem + " (make man)"))
            }
        }
    }

    /// The Vietnamese page (the default) is in Vietnamese, the English one in English.
    @Test func thePagesSpeakTheirLanguage() throws {
        let vi = try String(contentsOf: Self.manPage, encoding: .utf8)
        let en = try String(contentsOf: Self.englishManPage, encoding: .utf8)
        #expect(vi.contains(".SH CÁC LỆNH") && vi.contains("Liệt kê hồ sơ đề nghị."))
        #expect(en.contains(".SH COMMANDS") && en.contains("List nominations."))
        #expect(!vi.contains("List nominations.") && !en.contains("Liệt kê hồ sơ đề nghị."))
    }

    @Test func theBashCompletionLoadsInBash() throws {
        let s = try Scratch()
        let script = try CLI.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = try s.write("binhxet.bash", script.out)
        let loaded = try CLI.runProgram("/bin/bash", ["-c", "source '\(file.path)' && complete -p binhxet"])
        #expect(loaded.status == 0, "\(loaded.err)")
        #expect(loaded.out.contains("-F _binhxet binhxet"))
        // And every command of --help is offered after "binhxet "
        let words = try CLI.runProgram("/bin/bash", ["-c", """
            source '\(file.path)'; COMP_WORDS=(binhxet ''); COMP_CWORD=1; COMP_LINE='binhxet '; COMP_POINT=8
            _binhxet; printf '%s\\n' "${COMPREPLY[@]}"
            """]).out.split(separator: "\n").map(String.init)
        for command in try Self.helpCommands() { #expect(words.contains(command), "\(command) not completed") }
    }

    @Test(arguments: ["zsh", "fish"]) func theOtherShellsGetAScript(_ shell: String) throws {
        let script = try CLI.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        #expect(script.out.contains("binhxet") && script.out.contains("check-registrations"))
    }
}
