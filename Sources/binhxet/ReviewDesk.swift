import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetTerminal
import BinhXetUI
import Foundation

/// `--keymap`: which keys the review desk takes. (Its language is the command line's one `--lang`.)
struct ReviewOptions: ParsableArguments {
    @Option(help: help(.keymapHelp, valueName: "path"))
    var keymap: String?
}

/// Opens the review desk in the terminal: the desk file, the member, the language and the keys.
enum ReviewDesk {
    static func open(deskOptions: DeskOptions, options: ReviewOptions) throws {
        let env = ProcessInfo.processInfo.environment
        let language = CLI.language
        var keys = KeyMap.defaults
        if let path = options.keymap ?? env["BINHXET_KEYMAP"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CLIError(words(.keymapUnreadable, path))
            }
            do { try keys.apply(file: text, named: path) } catch { throw CLIError(error.description) }
        }

        // A desk that cannot be written (archived, or on a read-only share) still opens, for reading.
        let url = try deskOptions.url()
        let store = try DeskStore.open(at: url, forWriting: false)
        let readOnly = store.isReadOnly

        if let problem = TerminalCapability.problem(environment: env) { throw CLIError(problem) }
        guard isatty(0) != 0 && isatty(1) != 0 else {
            throw CLIError(words(.needsTerminal))
        }
        let member = try CurrentUser.actingMember()
        var state = AppState(size: .minimum, language: language, keymap: keys, member: member,
                             deskName: url.lastPathComponent, readOnly: readOnly,
                             today: try store.today().iso)
        // Unchecked nominations are checked by the desk itself, in the background (no shell needed).
        state.checksInBackground = true
        let status: Int32 = try MainActor.assumeIsolated {
            var runner = EffectRunner(store: store, member: member)
            runner.language = language
            let driver = AppDriver(state: state, runner: runner)
            do {
                return try TerminalApp.run(driver)
            } catch {
                throw CLIError(error)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
