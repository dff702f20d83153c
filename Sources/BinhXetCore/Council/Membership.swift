import Foundation
import GRDB

// MARK: - Council membership

extension CouncilMember: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "member"
}

/// Roles that may change the council's membership once it has members: those who convene it and the
/// secretary who keeps its roll. The first member is added by anyone (the desk has no council yet).
let membershipRoles: [CouncilRole] = [.chair, .standingViceChair, .secretary]

/// Roles that may issue the council's papers from a desk (decision, submission, minutes, notices, letters,
/// slips, similarity reports) and record its meeting: those who sign or propose them and the secretary who
/// drafts the minutes. A plain member reads the desk but does not put papers out in the council's name.
public let documentRoles: [CouncilRole] = [.chair, .standingViceChair, .secretary]
