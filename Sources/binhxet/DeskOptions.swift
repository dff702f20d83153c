import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

/// `--desk PATH`, or the BINHXET_DESK environment variable: which desk file a command works on. Every
/// command with a desk also shows the one language option here.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: help(.deskHelp, valueName: "path"))
    var desk: String?
    @OptionGroup var languageOptions: LanguageOptions

    func url() throws -> URL {
        guard let path = desk ?? ProcessInfo.processInfo.environment["BINHXET_DESK"], !path.isEmpty else {
            throw CLIError(words(.noDesk))
        }
        return URL(fileURLWithPath: path)
    }

    /// Opens the desk, turning any failure into a one-line message. A desk this user cannot write opens
    /// for reading, with a note on standard error.
    ///
    /// A desk made before the stored fingerprint index gets it at its first opening for writing: that
    /// draws a progress line on a terminal (not with `quiet`).
    func open(forWriting: Bool = false, quiet: Bool = false) throws -> DeskStore {
        let line = ProgressLine.onStandardError(words(.progressIndexing), enabled: !quiet && StdErr.isTerminal)
        defer { line.finish() }
        let store = try CLIError.wrap {
            try DeskStore.open(at: url(), forWriting: forWriting, progress: { _, done, total in line.update(done, of: total) })
        }
        if store.isReadOnly { StdErr.print(DeskOptions.readOnlyNote) }
        return store
    }

    static var readOnlyNote: String { words(.readOnlyNote) }
}
