import Foundation

/// Why a report or slip could not be written where the reader asked (`-o`). Nothing was written there.
public enum OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path names a folder: a file needs a name inside it.
    case isFolder(String)
    /// The folder the file would go in does not exist.
    case noFolder(String, folder: String)
    /// What should be the file's folder is a file.
    case folderIsAFile(String, folder: String)
    /// The reader may not write in the folder, or may not replace the file there.
    case noPermission(String, folder: String)
    /// The disk (or the reader's quota) is full.
    case diskFull(String)
    /// Any other reason, as the system gave it.
    case cannotWrite(String, reason: String)
    /// The path is a desk's database, one of SQLite's files beside it, or inside its `documents/`: a report
    /// written there would destroy the desk (a member's `-o` over the desk left it "malformed").
    case deskFile(String)

    public var description: String {
        switch self {
        case .isFolder(let p): return "\(p): is a folder, not a file; name a file inside it (-o FOLDER/NAME)"
        case .noFolder(let p, let f): return "\(p): there is no folder \(f); create it first or write elsewhere"
        case .folderIsAFile(let p, let f): return "\(p): \(f) is a file, not a folder"
        case .noPermission(let p, let f): return "\(p): you may not write in \(f) (no permission); nothing was written"
        case .diskFull(let p): return "\(p): the disk is full; nothing was written (free some space and try again)"
        case .cannotWrite(let p, let reason): return "\(p): cannot write the file (\(reason)); nothing was written"
        case .deskFile(let p): return "\(p): is a desk's own file; a report is never written over it (write it elsewhere)"
        }
    }
}

/// Writes a report or slip whole to the path the reader gave (`-o`): written under a temporary name and
/// renamed, so a partial file never stays behind; when it cannot be, says why in words (a folder, a
/// missing folder, no permission, a full disk) rather than the system's error.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws(OutputFileError) {
        let url = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { throw .isFolder(path) }
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) { throw .noFolder(path, folder: folder) }
        if !isDir.boolValue { throw .folderIsAFile(path, folder: folder) }
        if isDeskFile(url) { throw .deskFile(path) }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).flatMap {
                $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil
            }
            switch code {
            case EACCES, EPERM, EROFS: throw .noPermission(path, folder: folder)
            case ENOSPC, EDQUOT: throw .diskFull(path)
            default:
                if access(folder, W_OK) != 0 { throw .noPermission(path, folder: folder) }
                throw .cannotWrite(path, reason: (error as NSError).localizedDescription)
            }
        }
    }

    /// A desk's database (by its header, through any link), SQLite's side files of one, or a file under a
    /// desk's `documents/` folder.
    static func isDeskFile(_ url: URL) -> Bool {
        let real = url.resolvingSymlinksInPath()
        if DeskFiles.hasSQLiteHeader(real.path) { return true }
        for suffix in ["-wal", "-shm", "-journal"] where real.path.hasSuffix(suffix) {
            if DeskFiles.hasSQLiteHeader(String(real.path.dropLast(suffix.count))) { return true }
        }
        var folder = real.deletingLastPathComponent()
        while folder.path != "/" {
            if folder.lastPathComponent == "documents",
               let siblings = try? FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path),
               siblings.contains(where: { DeskFiles.hasSQLiteHeader(folder.deletingLastPathComponent().appendingPathComponent($0).path) }) {
                return true
            }
            folder = folder.deletingLastPathComponent()
        }
        return false
    }
}
