import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// Compares a frame with its golden files under `Snapshots/<test file>/<name>.txt` (the text, as a
/// screen dump shows it) and `<name>.styles.txt` (the styled runs), through the test support's one
/// golden helper: a missing file, or `RECORD_GOLDEN=1`, writes the files and fails the test, so new
/// pictures are looked at in `git diff` before they are committed.
func assertSnapshot(_ frame: ScreenBuffer, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let file = URL(fileURLWithPath: filePath)
    let folder = file.deletingLastPathComponent().appendingPathComponent("Snapshots")
        .appendingPathComponent(file.deletingPathExtension().lastPathComponent)
    for (suffix, actual) in [(".txt", frame.plainText), (".styles.txt", frame.styleRuns)] {
        if let problem = GoldenFile.mismatch(actual, at: folder.appendingPathComponent(name + suffix)) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}
