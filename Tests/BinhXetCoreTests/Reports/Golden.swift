import BinhXetTestSupport
import Foundation
import Testing

/// Report goldens in `Tests/BinhXetCoreTests/Golden/`, compared (or recorded with RECORD_GOLDEN=1) by the
/// test support's one golden helper.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let problem = GoldenFile.mismatch(text, at: folder.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}
