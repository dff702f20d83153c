import ArgumentParser
import BinhXetCore
import Foundation

/// `--desk PATH`, or the BINHXET_DESK environment variable: which desk file a command works on.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The desk file (default: $BINHXET_DESK).", valueName: "path"))
    var desk: String?

    func url() throws -> URL {
        guard let path = desk ?? ProcessInfo.processInfo.environment["BINHXET_DESK"], !path.isEmpty else {
            throw CLIError("no desk given: use --desk PATH or set BINHXET_DESK")
        }
        return URL(fileURLWithPath: path)
    }

    /// Opens the desk, turning any failure into a one-line message. A desk this user cannot write opens
    /// for reading, with a note on standard error.
    ///
    /// A desk made before the stored fingerprint index gets it at its first opening for writing: that
    /// draws a progress line on a terminal (not with `quiet`).
    func open(forWriting: Bool = false, quiet: Bool = false) throws -> DeskStore {
        let line = ProgressLine("building the fingerprint index", enabled: !quiet && StdErr.isTerminal) {
            StdErr.print($0, terminator: "")
        }
        defer { line.finish() }
        let store = try CLIError.wrap {
            try DeskStore.open(at: url(), forWriting: forWriting, progress: { _, done, total in line.update(done, of: total) })
        }
        if store.isReadOnly { StdErr.print(DeskOptions.readOnlyNote) }
        return store
    }

    static let readOnlyNote = "note: the desk is read-only for you: viewing only"
}
