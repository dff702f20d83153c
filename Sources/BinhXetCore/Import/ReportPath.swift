import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a row's `initiative_file` leads: only to a file inside the CSV's folder.
///
/// A CSV comes from outside the desk (a unit's clerk, a USB stick), so the paths it names are not
/// trusted: an absolute path, a `..` that climbs out, or a link pointing elsewhere could make the import
/// copy any file the clerk can read (`/etc/shadow`, another desk) into `documents/`. The path is resolved
/// with every link followed and must still lie under the folder's own resolved path.
enum ReportPath {
    /// The real path (no links, no `..`) of `value` under `folder`, or why it is refused.
    static func resolve(_ value: String, in folder: URL) throws(ReportPathRefused) -> String {
        if value.hasPrefix("/") || value.hasPrefix("~") {
            throw ReportPathRefused("is an absolute path; give the path relative to the CSV's folder")
        }
        guard let root = realPath(folder.path) else {
            throw ReportPathRefused("the CSV's folder cannot be resolved")
        }
        let climbs = lexicallyEscapes(value)
        guard let real = realPath(root + "/" + value) else {
            if climbs { throw ReportPathRefused("goes outside the CSV's folder ('..'); keep the reports inside it") }
            throw ReportPathRefused(errno == EACCES ? "cannot read the file: permission denied" : "file not found")
        }
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else {
            throw ReportPathRefused(climbs ? "goes outside the CSV's folder ('..'); keep the reports inside it"
                                           : "is a link to a file outside the CSV's folder; copy the report into it")
        }
        return real
    }

    /// Whether the path's `..` components climb above its start, read as written (before links).
    static func lexicallyEscapes(_ value: String) -> Bool {
        var depth = 0
        for part in value.split(separator: "/") {
            if part == ".." { depth -= 1; if depth < 0 { return true } } else if part != "." { depth += 1 }
        }
        return false
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}

/// Why an `initiative_file` value is refused.
struct ReportPathRefused: Error, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
