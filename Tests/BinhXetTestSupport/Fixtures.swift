import Foundation

/// Where the repository keeps test inputs and resources, found from this file's path so tests run from
/// any working directory.
public enum Fixtures {
    /// The repository's root folder.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/Fixtures`.
    public static let folder = repository.appendingPathComponent("Tests/Fixtures", isDirectory: true)
    /// `Resources`.
    public static let resources = repository.appendingPathComponent("Resources", isDirectory: true)
}
