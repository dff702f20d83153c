import BinhXetText
import Foundation
import GRDB

/// What a restore did.
public struct RestoreReport: Sendable, Codable, Equatable {
    public var backup: String
    public var desk: String
    /// Where the desk that was replaced is kept (nil when there was none).
    public var replacedDeskKeptAt: String?
    /// SQLite side files of the replaced desk, moved aside with it (only with `force`).
    public var movedAside: [String]
    public var documentsCopied: Int
    public var verification: VerificationReport
}

/// Brings a backup back as the desk.
///
/// Refuses while any process has the desk open, and while SQLite side files lie beside it (a stale WAL
/// would be replayed into the restored file and damage it) unless `force` moves them aside. The backup
/// must verify first; it is copied under a temporary name and renamed into place in one step; the desk
/// it replaces is kept beside it, with its side files, as `<desk>.replaced-<time>`; the result is
/// verified again.
public enum DeskRestore {
    public static func restore(backupAt backup: URL, to desk: URL, force: Bool = false) throws -> RestoreReport {
        let from = DeskFiles(backup), to = DeskFiles(desk)
        if from.url.resolvingSymlinksInPath() == to.url.resolvingSymlinksInPath() { throw BackupError.sameFile(to.url.path) }
        if !FileManager.default.fileExists(atPath: from.url.path) { throw BackupError.backupNotFound(from.url.path) }
        let checked = try DeskVerifier.verify(deskAt: from.url)
        guard checked.isClean else { throw BackupError.backupDoesNotVerify(from.url.path, problems: checked.problems) }
        let users = to.openingProcesses
        if !users.isEmpty { throw BackupError.inUse(to.url.path, processes: users) }
        if !force, case let written = to.sideFilesWithContent, !written.isEmpty {
            throw BackupError.sideFilesPresent(to.url.path, files: written.map(\.lastPathComponent))
        }
        let side = to.presentSideFiles
        DeskPermissions.useDeskUmask()
        try DeskBackup.createFolder(to.url.deletingLastPathComponent())

        // Originals first: extra ones harm nothing, a desk without its originals would not verify.
        var copied = 0
        let documents = try DatabaseQueue(path: from.url.path, configuration: DeskBackup.readOnly()).read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, format FROM document").map { (sha: $0["sha256"] as String, format: $0["format"] as String) }
        }
        for d in documents {
            let target = to.documentURL(sha256: d.sha, format: d.format)
            if DeskBackup.hasContent(target, sha256: d.sha) { continue }
            guard let data = FileManager.default.contents(atPath: from.documentURL(sha256: d.sha, format: d.format).path) else { continue }
            try DeskBackup.createFolder(target.deletingLastPathComponent())
            try data.write(to: target, options: .atomic)
            _ = chmod(target.path, DeskPermissions.file)
            copied += 1
        }

        let temporary = to.url.deletingLastPathComponent().appendingPathComponent(".\(to.url.lastPathComponent).restoring-\(getpid())")
        try DeskBackup.removeIfPresent([temporary])
        defer { try? DeskBackup.removeIfPresent([temporary]) }
        try FileManager.default.copyItem(at: from.url, to: temporary)

        let stamp = DeskBackup.stamp()
        var kept: URL?
        var moved: [URL] = []
        if FileManager.default.fileExists(atPath: to.url.path) {
            try keepOwnership(of: to.url, on: temporary)
            let replaced = URL(fileURLWithPath: to.url.path + ".replaced-" + stamp)
            try FileManager.default.linkItem(at: to.url, to: replaced)
            kept = replaced
            // The side files go with the desk they belong to, so the replaced desk can still be opened.
            for f in side {
                let aside = URL(fileURLWithPath: replaced.path + f.path.dropFirst(to.url.path.count))
                try FileManager.default.moveItem(at: f, to: aside)
                moved.append(aside)
            }
        }
        try DeskBackup.replace(to.url, with: temporary)
        let verification = try DeskVerifier.verify(deskAt: to.url)
        return RestoreReport(backup: from.url.path, desk: to.url.path, replacedDeskKeptAt: kept?.path,
                             movedAside: moved.map(\.path), documentsCopied: copied, verification: verification)
    }

    /// The restored file gets the replaced desk's mode (and, for root, its owner and group), so members
    /// who could write the desk still can.
    static func keepOwnership(of original: URL, on copy: URL) throws {
        let attrs = try FileManager.default.attributesOfItem(atPath: original.path)
        var keep: [FileAttributeKey: Any] = [:]
        keep[.posixPermissions] = attrs[.posixPermissions]
        if getuid() == 0 {
            keep[.ownerAccountID] = attrs[.ownerAccountID]
            keep[.groupOwnerAccountID] = attrs[.groupOwnerAccountID]
        }
        try FileManager.default.setAttributes(keep, ofItemAtPath: copy.path)
    }
}
