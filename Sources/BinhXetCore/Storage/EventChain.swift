import BinhXetText
import Foundation
import GRDB

/// The event log as a hash chain: each event's `hash` covers its content, its ID and the hash of the
/// event before it (`prevHash`). Editing, deleting or re-ordering an event breaks every link after it,
/// which `DeskVerifier` recomputes.
///
/// The encoding is our own, not JSON: Foundation's JSON output (escaping of `/` and of non-ASCII,
/// key order) is not promised to stay the same across toolchains, and a desk must verify after an
/// upgrade. Each value is written as its UTF-8 byte count, `:`, then its bytes; a missing value as `~`.
/// Changing the encoding needs a new version tag and a migration.
enum EventChain {
    /// The `prevHash` of the first event.
    static let genesis = String(repeating: "0", count: 64)
    /// Names the encoding, so a later one can never produce the same bytes.
    static let versionTag = "binhxet-event-chain-v1"

    /// The fields an event's hash covers, as stored.
    struct Content {
        var id: Int64
        var nominationID: String?
        var unitID: Int64?
        var kind: String
        var actor: String
        var osUser: String?
        var at: String
        var payload: [String: String]
        var prevHash: String
    }

    static func hash(of c: Content) -> String {
        var bytes: [UInt8] = []
        func put(_ s: String?) {
            guard let s else { bytes.append(UInt8(ascii: "~")); return }
            bytes.append(contentsOf: Array("\(s.utf8.count):".utf8))
            bytes.append(contentsOf: s.utf8)
        }
        put(versionTag)
        put(String(c.id))
        put(c.nominationID)
        put(c.unitID.map(String.init))
        put(c.kind)
        put(c.actor)
        put(c.osUser)
        put(c.at)
        // Keys in UTF-8 byte order: String's own order follows canonical equivalence, not bytes.
        let keys = c.payload.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        put(String(keys.count))
        for k in keys { put(k); put(c.payload[k]) }
        put(c.prevHash)
        return SHA256.hex(of: bytes)
    }

    /// The next event's ID and the hash it follows, read in the writer's transaction (so two writers
    /// cannot both follow the same event: the second waits for the first's commit).
    ///
    /// The ID is the one AUTOINCREMENT would give, fixed before the insert because the hash covers it.
    static func nextLink(_ db: Database) throws -> (id: Int64, prevHash: String) {
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'event'") ?? 0
        let lastID: Int64 = last?["id"] ?? 0
        let prevHash: String? = last?["hash"]
        return (max(sequence, lastID) + 1, prevHash ?? genesis)
    }
}

extension DeskEvent {
    /// What the chain hashes of this event, once it has an ID and a predecessor.
    var chainContent: EventChain.Content {
        EventChain.Content(id: id ?? 0, nominationID: nominationID, unitID: unitID, kind: kind.rawValue, actor: actor,
                           osUser: osUser, at: at, payload: payload, prevHash: prevHash ?? EventChain.genesis)
    }
}
