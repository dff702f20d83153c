import Foundation
import GRDB

// MARK: - Council membership

extension CouncilMember: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "member"
}

/// Roles that may change the council's membership once it has members: those who convene it and the
/// secretary who keeps its roll. The first member is added by anyone (the desk has no council yet).
let membershipRoles: [CouncilRole] = [.chair, .standingViceChair, .secretary]
