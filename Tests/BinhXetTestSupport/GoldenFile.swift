import Foundation

/// The one golden-file comparison every test target uses (report goldens, screen snapshots, the shipped
/// keymap): text is compared with a file, and with `RECORD_GOLDEN=1` (or when the file is missing) the
/// file is written instead and the comparison still fails, so a recording is always reviewed in
/// `git diff` before it is committed. `RECORD_SNAPSHOTS=1`, the screen tests' older name, is read as
/// the same switch.
public enum GoldenFile {
    /// The environment variable that records instead of comparing.
    public static let recordVariable = "RECORD_GOLDEN"
    static let aliases = ["RECORD_SNAPSHOTS"]

    /// Whether this run records goldens.
    public static var isRecording: Bool {
        let environment = ProcessInfo.processInfo.environment
        return ([recordVariable] + aliases).contains { environment[$0] == "1" }
    }

    /// Nil when `url` holds exactly `actual`; otherwise why not, after writing `actual` to `url` when
    /// recording or when there was no file. The caller records the message as a test issue.
    public static func mismatch(_ actual: String, at url: URL) -> String? {
        let expected = try? String(decoding: Data(contentsOf: url), as: UTF8.self)
        if expected == actual { return nil }
        guard let expected, !isRecording else {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                return "could not record \(url.path): \(error)"
            }
            return "recorded \(url.lastPathComponent): review it with git diff, then run the test again"
        }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let at = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        return """
            \(url.lastPathComponent) differs at line \(at + 1) (\(recordVariable)=1 to record):
              golden: \(at < e.count ? e[at] : "<end>")
              actual: \(at < a.count ? a[at] : "<end>")
            """
    }
}
