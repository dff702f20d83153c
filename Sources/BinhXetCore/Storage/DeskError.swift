import Foundation

/// Why a desk could not be opened, created or written. Each message names the path.
public enum DeskError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case alreadyExists(String)
    /// `init` was given the path of a file that is not a desk (no SQLite header): it was left as it was.
    case fileInTheWay(String)
    case isDirectory(String)
    case readOnly(String)
    /// This OS user may not read the desk file at all (desks are 0660, for their group only): not the
    /// same as read-only. Names the file's owner, group and mode, and the user, so the administrator
    /// knows whom to add to which group.
    case cannotRead(String, user: String, owner: String, group: String, mode: String)
    case notADesk(String)
    /// The desk was written by a newer BinhXet (it holds migrations this one does not know).
    case newerSchema(String, unknownMigrations: [String])
    case unknownNomination(String)
    case database(String)
    /// The disk (or the user's quota) filled up while writing at the path; nothing was kept.
    case diskFull(String)
    /// A file could not be written at the path, for the reason given.
    case cannotStore(String, reason: String)
    /// `init --group` named a group the system does not know.
    case unknownGroup(String)
    /// `init --group` named a group the user may not give files to.
    case notInGroup(String)
    /// A desk this user can only read, in a folder they cannot write, that nobody has open: SQLite cannot
    /// read it without creating its -shm file.
    case cannotOpenReadOnly(String)
    /// A desk this user can only read needs schema steps that only a writer can apply.
    case needsUpgrade(String, missingMigrations: [String])

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no desk here; create one with `binhxet init --desk \(p)`"
        case .alreadyExists(let p): return "\(p): a desk already exists here"
        case .fileInTheWay(let p): return "\(p): is a file that is not a desk; nothing was changed (choose another path for the new desk)"
        case .isDirectory(let p): return "\(p): is a directory, not a desk file"
        case .readOnly(let p): return "\(p): the desk is read-only; nothing was written"
        case .cannotRead(let p, let user, let owner, let group, let mode):
            return "\(p): you (OS user '\(user)') have no permission to read this desk file (owner \(owner), group \(group), "
                + "mode \(mode)); ask the administrator to add '\(user)' to group '\(group)', then log in again"
        case .notADesk(let p): return "\(p): not a BinhXet desk (not an SQLite file made by binhxet)"
        case .newerSchema(let p, let m):
            return "\(p): the desk was made by a newer BinhXet (unknown schema steps: \(m.joined(separator: ", "))); upgrade binhxet"
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .database(let m): return "desk database error: \(m)"
        case .diskFull(let p): return "\(p): the disk is full; nothing was written (free some space and try again)"
        case .cannotStore(let p, let reason): return "\(p): cannot write the file (\(reason)); nothing was written"
        case .unknownGroup(let g): return "unknown group '\(g)': no such group on this system (see `getent group`)"
        case .notInGroup(let g): return "cannot give the desk to group '\(g)': you are not a member of it"
        case .cannotOpenReadOnly(let p):
            return "\(p): cannot open the desk for reading: its folder is read-only for you and SQLite needs the "
                + "desk's -shm file there, which exists only while someone has the desk open (ask for write access to the folder)"
        case .needsUpgrade(let p, let m):
            return "\(p): the desk needs upgrading (schema steps: \(m.joined(separator: ", "))) and is read-only for you; "
                + "open it once as a user who can write it"
        }
    }
}
