import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file modes of a desk: nothing in it is readable by users outside the desk's group.
///
/// Nominations hold names, duties and the council's votes; before, a new desk and its originals were
/// world-readable (0644) under the usual umask. The database (and SQLite's -wal and -shm, which take
/// its mode) is 0660 so every member of the group can write; originals are 0640 (never rewritten);
/// folders are 2770, the setgid bit making everything created inside belong to the desk folder's group
/// whoever creates it.
enum DeskPermissions {
    static let database: mode_t = 0o660
    static let file: mode_t = 0o640
    static let folder: mode_t = 0o2770

    /// Sets the umask of a process that writes a desk to exactly 0007: no bits for others, and the group's
    /// bits kept. It kept the user's own bits too (022 became 027): SQLite then created the -wal and -shm
    /// 0640 and only afterwards gave them the desk's 0660, and a second member's desk opening in that
    /// moment found the -wal unwritable and opened read-only ("bàn xét duyệt chỉ đọc đối với bạn"; two
    /// members opening one desk at once met it in 13 of 15 tries).
    static func useDeskUmask() {
        umask(0o007)
    }

    /// Gives a folder the desk's folder mode, in the group of the folder above it (as setgid would).
    static func applyFolderMode(_ path: String) {
        var parent = stat()
        if stat((path as NSString).deletingLastPathComponent, &parent) == 0 {
            _ = chown(path, uid_t.max, parent.st_gid)
        }
        _ = chmod(path, folder)
    }

    /// The id of a group named `name`.
    static func groupID(named name: String) throws(DeskError) -> gid_t {
        guard let entry = getgrnam(name) else { throw .unknownGroup(name) }
        return entry.pointee.gr_gid
    }

    /// Gives `path` to group `gid`; fails when the user is not in the group (and not root).
    static func setGroup(_ path: String, _ gid: gid_t, name: String) throws(DeskError) {
        guard chown(path, uid_t.max, gid) == 0 else {
            if errno == EPERM { throw .notInGroup(name) }
            throw .cannotStore(path, reason: String(cString: strerror(errno)))
        }
    }

    /// Why this user cannot read the desk file at `path`, or nil when they can. A file this user may not
    /// read is a different matter from a read-only desk: without this check SQLite's "cannot open" was
    /// reported as "the desk is read-only". `canRead` is the access check (a test stubs it: tests run as
    /// root, whom `access` never refuses).
    static func readProblem(_ path: String, user: String = CurrentUser.osLogin,
                            canRead: (String) -> Bool = { access($0, R_OK) == 0 }) -> DeskError? {
        guard !canRead(path) else { return nil }
        var st = stat()
        guard stat(path, &st) == 0 else {
            return .cannotRead(path, user: user, owner: "?", group: "?", mode: "?")
        }
        let owner = getpwuid(st.st_uid).map { String(cString: $0.pointee.pw_name) } ?? String(st.st_uid)
        let group = getgrgid(st.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(st.st_gid)
        let mode = "0" + String(st.st_mode & 0o7777, radix: 8)
        return .cannotRead(path, user: user, owner: owner, group: group, mode: mode)
    }
}
