import BinhXetSimilarity
import BinhXetText
import GRDB

/// What a scanned nomination's stored findings were made from, as two digests kept with them
/// (`similarity_check.reuseStamp`, `.relevanceStamp`, migration v15-scan-stamps): a scan keeps the findings
/// whose stamps still hold and checks only the others (issue 13).
///
/// What a finding depends on, read from the checker (`SimilarityArchive.check`, `DutyRelevance.assess`):
/// - **Re-use** findings of a target: its text and details (title, nominee, unit, year, date received);
///   every initiative received before it (sources are only those, `DocumentInfo.precedes`, filtered
///   before candidates are ranked and cut to `maxCandidates`), their texts and details; which fingerprint
///   hashes are boilerplate (the frozen table: the roles of every text read, and which hashes seed
///   candidates); the template phrases and the parameters. Initiatives received later never enter it.
/// - The **off-duty** finding: the target's own text (its text, details, the boilerplate table, the
///   templates), its position, duties and unit, the relevance model it was assessed with (the label the
///   desk stores it under: learned from every initiative, it changes with every import), and the
///   initiatives linked to it by re-use either way (they do not witness for it).
/// Initiatives are only ever added (`initiative` has no UPDATE and no DELETE), and a nomination's fields
/// that these read are written once, at import; the details and the text's checksum are in the stamp all
/// the same, so a change would be seen.
struct ScanStamps {
    /// The archive the stamps were made against: as the relevance model's key names it, and the digest
    /// of its boilerplate table (nil: no frozen table, nothing is stamped).
    let archiveKey: String
    let boilerplate: String?
    /// The similarity data and parameters.
    let dataKey: String
    /// Per nomination: its own details, and the digest of every initiative received before it.
    private var details: [String: [UInt8]] = [:]
    private var preceding: [String: [UInt8]] = [:]
    /// The nominations with an initiative, and their year.
    private(set) var years: [String: Int] = [:]

    /// The digest of a boilerplate table's hashes (sorted).
    static func digest(boilerplate hashes: [UInt64]) -> String {
        var h = SHA256()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hashes.count * 8)
        for x in hashes { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: x >> (8 * UInt64(i)))) } }
        h.update(bytes)
        return h.finalizeHex()
    }

    /// Reads every initiative's details (no texts) in one read of the desk, and digests, for each of
    /// `targets` (nil: all), the initiatives received before it, in the order a scan's check takes sources.
    init(store: DeskStore, targets: Set<String>?, archiveKey: String, boilerplate: String?, dataKey: String) throws {
        self.archiveKey = archiveKey
        self.boilerplate = boilerplate
        self.dataKey = dataKey
        var documents: [(info: DocumentInfo, details: [UInt8])] = []
        try store.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT n.id, n.personID, u.name AS unit, n.year, n.receivedOn, n.position, n.duties,
                       i.id AS initiativeID, i.title, i.textSHA256
                FROM initiative i JOIN nomination n ON n.id = i.nominationID JOIN unit u ON u.id = n.unitID
                """)
            while let row = try rows.next() {
                let info = DocumentInfo(id: row["id"], nomineeID: row["personID"], unit: row["unit"], year: row["year"],
                                        title: row["title"], receivedOn: row["receivedOn"])
                let fields: [String] = [info.id, info.nomineeID, info.unit, String(info.year), info.receivedOn, info.title,
                                        (row["position"] as String?) ?? "", (row["duties"] as String?) ?? "",
                                        String(row["initiativeID"] as Int64), (row["textSHA256"] as String?) ?? ""]
                documents.append((info, Self.field(fields)))
            }
        }
        documents.sort { $0.info.precedes($1.info) }
        // One digest over the initiatives in order of receipt; a target's is the digest of the part before it.
        var running = SHA256()
        for d in documents {
            years[d.info.id] = d.info.year
            if targets?.contains(d.info.id) ?? true {
                var before = running
                preceding[d.info.id] = before.finalize()
                details[d.info.id] = d.details
            }
            running.update(d.details)
        }
    }

    /// Fields written with their lengths, so no two lists read the same.
    private static func field(_ fields: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for f in fields {
            let utf8 = Array(f.utf8)
            out += Array(String(utf8.count).utf8) + [0x3A] + utf8
        }
        return out
    }

    /// The stamp of a target's re-use findings, or nil when it cannot be stamped.
    func reuse(_ id: String) -> String? {
        guard let boilerplate, let details = details[id], let preceding = preceding[id] else { return nil }
        var h = SHA256()
        h.update(Array("reuse v1\n".utf8) + details)
        h.update(preceding)
        h.update(Array("\n\(boilerplate)\n\(dataKey)".utf8))
        return h.finalizeHex()
    }

    /// The stamp of a target's off-duty finding (or of its having none), assessed with the model stored
    /// under `model` and with `linked` linked by re-use; nil when it cannot be stamped (no stored model).
    func relevance(_ id: String, model: String?, linked: Set<String>) -> String? {
        guard let model, let boilerplate, let details = details[id] else { return nil }
        var h = SHA256()
        h.update(Array("relevance v1\n".utf8) + details)
        h.update(Array("\n\(boilerplate)\n\(dataKey)\n".utf8) + Self.field([model]) + Self.field(linked.sorted()))
        return h.finalizeHex()
    }
}

/// A nomination's two stamps as the desk keeps them (nil: none, checked again by the next scan).
struct ScanStamp: Equatable, Sendable {
    var reuse: String?
    var relevance: String?
}
