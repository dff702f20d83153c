import Foundation

/// Why a backup or a restore was not made. Nothing at the destination was replaced.
public enum BackupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The backup would overwrite the desk it copies.
    case sameFile(String)
    /// Processes (by ID) have the file open: replacing it under them would lose their writes.
    case inUse(String, processes: [Int32])
    /// SQLite side files (-wal, -shm, -journal) lie beside the desk: it is open or was not closed cleanly.
    case sideFilesPresent(String, files: [String])
    /// There is no file at the backup's path; nothing was restored.
    case backupNotFound(String)
    /// The backup to restore does not verify; nothing was restored.
    case backupDoesNotVerify(String, problems: [VerificationProblem])

    public var description: String {
        switch self {
        case .sameFile(let p): return "\(p): the backup would replace the desk it copies; give another path"
        case .inUse(let p, let pids):
            return "\(p): in use by process\(pids.count == 1 ? "" : "es") \(pids.map(String.init).joined(separator: ", ")); close binhxet there first"
        case .sideFilesPresent(let p, let files):
            return "\(p): \(files.joined(separator: ", ")) beside it: the desk is open or was not closed cleanly. "
                + "Close every binhxet on it; if none is running, --force moves these files aside (kept, with the replaced desk)"
        case .backupNotFound(let p): return "\(p): no backup here (no such file); nothing was restored"
        case .backupDoesNotVerify(let p, let problems):
            return "\(p): the backup does not verify, nothing was restored (\(problems.count) problem\(problems.count == 1 ? "" : "s"): "
                + problems.prefix(3).map(\.line).joined(separator: "; ") + (problems.count > 3 ? "; …" : "") + ")"
        }
    }
}
