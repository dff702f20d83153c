import BinhXetUI
import Foundation
import Testing

/// Compares a frame with its golden files under `Snapshots/<test file>/<name>.txt` (the text, as a
/// screen dump shows it) and `<name>.styles.txt` (the styled runs). A missing file, or
/// `RECORD_SNAPSHOTS=1`, writes the files and fails the test if they changed, so new pictures are looked
/// at in `git diff` before they are committed.
func assertSnapshot(_ frame: ScreenBuffer, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let file = URL(fileURLWithPath: filePath)
    let folder = file.deletingLastPathComponent().appendingPathComponent("Snapshots")
        .appendingPathComponent(file.deletingPathExtension().lastPathComponent)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    for (suffix, actual) in [(".txt", frame.plainText), (".styles.txt", frame.styleRuns)] {
        let url = folder.appendingPathComponent(name + suffix)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { continue }
        if record || expected == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); review it with git diff, then run again",
                         sourceLocation: sourceLocation)
            continue
        }
        let e = expected!.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let at = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record("""
            \(url.lastPathComponent) differs at line \(at + 1) (RECORD_SNAPSHOTS=1 to accept):
              expected: \(at < e.count ? e[at] : "<end>")
              actual:   \(at < a.count ? a[at] : "<end>")
            """, sourceLocation: sourceLocation)
    }
}
