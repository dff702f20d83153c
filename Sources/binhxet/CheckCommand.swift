import ArgumentParser
import BinhXetCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a text or .docx file against the desk's archive.",
        discussion: "Offsets count Unicode scalars of the file's decoded NFC text, line ends as in the file.")

    @Argument(help: "A .txt or .docx file.") var file: String
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: "The initiative's title, if known (a re-used title is reported).") var title: String = ""
    @Flag(help: "Print JSON: one object per finding.") var json = false

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let (findings, names) = try CLIError.wrap {
            let doc = try DocumentReader.read(url: URL(fileURLWithPath: file), newlines: .preserve)
            let checker = try DeskChecker(store: store)
            let found = try checker.check(text: doc.text, title: title).map { f -> StoredFinding in
                var s = StoredFinding(f)
                s.nominationID = file
                return s
            }
            let names = Dictionary(try store.nominations().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return (found, names)
        }
        if json { try printJSON(findings.map { FindingJSON($0, sources: names) }); return }
        writeOut(findings.isEmpty ? "\(file): no re-used initiative found\n" : FindingText.render(findings, names: names))
    }
}
