import Foundation
import GRDB

// DeskStore reads and writes for Voting; its types and rules stay in Council/Voting.swift (one home for storage, issue 14).

extension DeskStore {
    /// Records a member's ballot.
    ///
    /// Open ballot: an event with the choice; a later ballot of the same member replaces it in the tally.
    /// Secret ballot: *that* the member voted goes to `ballot_cast` and the log (`ballot_cast`, no choice);
    /// *what* was voted only increments a per-nomination count in `ballot_box`, which has no member, no
    /// time and no row order (WITHOUT ROWID, keyed by nomination and choice), so nothing links the two.
    /// One secret ballot per member and nomination.
    @discardableResult
    public func vote(_ nominationID: String, _ choice: VoteChoice, member login: String,
                     at: String = Clock.isoNow()) throws -> DeskEvent {
        let secret = try rules(of: nominationID).secretBallot
        return try write { db in
            guard let n = try Nomination.fetchOne(db, key: nominationID) else {
                throw CouncilError.unknownNomination(nominationID)
            }
            guard let m = try CouncilMember.fetchOne(db, key: login), m.active else { throw CouncilError.notAMember(login) }
            if n.status.isDecided { throw CouncilError.alreadyDecided(nominationID: nominationID, status: n.status) }
            try Self.requireReceived(n, db: db)
            // The minutes say who was at the meeting: a member written as absent casts no ballot there.
            if try Self.meeting(year: n.year, db: db)?.absent[m.login] != nil {
                throw BallotError.absentFromMeeting(login: m.login, year: n.year)
            }
            guard secret else {
                var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.vote, actor: m.login, at: at,
                                  details: EventPayload.Vote(vote: choice.rawValue))
                try e.insert(db)
                return e
            }
            let cast = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM ballot_cast WHERE nominationID = ? AND login = ?)",
                                         arguments: [nominationID, m.login]) ?? false
            if cast { throw BallotError.alreadyCast(nominationID: nominationID, login: m.login) }
            try db.execute(sql: "INSERT INTO ballot_cast(nominationID, login) VALUES (?, ?)", arguments: [nominationID, m.login])
            try db.execute(sql: """
                INSERT INTO ballot_box(nominationID, choice, count) VALUES (?, ?, 1)
                ON CONFLICT(nominationID, choice) DO UPDATE SET count = count + 1
                """, arguments: [nominationID, choice.rawValue])
            var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.ballotCast, actor: m.login, at: at)
            try e.insert(db)
            return e
        }
    }

    /// The tally of one nomination, as `viewer` may see it.
    public func tally(of nominationID: String, viewer: String, rules: RuleSet? = nil) throws -> VoteTally {
        let rules = try rules ?? self.rules(of: nominationID)
        return try read { db in
            guard try Nomination.exists(db, key: nominationID) else { throw CouncilError.unknownNomination(nominationID) }
            let members = try CouncilMember.filter(Column("active") == true).fetchAll(db)
            let ballots = try Self.ballots(db, nominationID: nominationID)[nominationID] ?? Ballots()
            return Self.tally(nominationID, ballots: ballots, members: members, rules: rules, viewer: viewer)
        }
    }

    /// Tallies of every nomination that has ballots (of one year), in ID order; each against its own
    /// regime's threshold unless `rules` are given. `countsOnly` leaves out who voted and when (`votes`
    /// empty): what the rule review reads, for every nomination of the desk at once.
    public func tallies(year: Int? = nil, viewer: String, rules: RuleSet? = nil, countsOnly: Bool = false) throws -> [VoteTally] {
        let book = try rules.map { RuleBook(fixed: $0) } ?? ruleBook()
        return try read { db in
            let members = try CouncilMember.filter(Column("active") == true).fetchAll(db)
            var dates: [String: (receivedOn: String?, year: Int)] = [:]
            // Columns by position: by name, GRDB lowercases both names at every look-up (10,000 rows here).
            for row in try Row.fetchAll(db, sql: "SELECT id, receivedOn, year FROM nomination") {
                dates[row[0]] = (row[1], row[2])
            }
            func rules(_ id: String) -> RuleSet {
                let d = dates[id]
                return book.rules(receivedOn: d?.receivedOn, year: d?.year ?? 0)
            }
            if countsOnly {
                // Counted by SQLite: a few rows a nomination instead of one per ballot (the rule review's read).
                let counts = try Self.ballotCounts(db, year: year)
                return counts.keys.sorted().map { id in
                    Self.tally(id, counts: counts[id]!, votes: [], members: members.count, rules: rules(id))
                }
            }
            let byNomination = try Self.ballots(db, year: year)
            return byNomination.keys.sorted().map { id in
                Self.tally(id, ballots: byNomination[id]!, members: members, rules: rules(id), viewer: viewer)
            }
        }
    }

    /// What each nomination's ballots count to, counted in SQL: the latest open ballot of each active member
    /// who did not also cast a secret one, and the secret counts; every nomination with any ballot, open,
    /// secret or of a former member, has an entry (as `ballots` gives one), possibly with no counts.
    /// The same counts as `tally(_:ballots:…)` makes from `ballots` (`TallyAggregateTests`).
    static func ballotCounts(_ db: Database, year: Int? = nil) throws -> [String: [VoteChoice: Int]] {
        let scope = year == nil ? "" : " AND nominationID IN (SELECT id FROM nomination WHERE year = ?)"
        let args: StatementArguments = year.map { [$0] } ?? []
        var out: [String: [VoteChoice: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT e.nominationID AS id, json_extract(e.payload, '$.vote') AS vote,
                   (m.login IS NOT NULL AND c.login IS NULL) AS counted, count(*) AS n
            FROM event e
            LEFT JOIN member m ON m.login = e.actor AND m.active
            LEFT JOIN ballot_cast c ON c.nominationID = e.nominationID AND c.login = e.actor
            WHERE e.id IN (SELECT max(id) FROM event WHERE kind = '\(DeskEvent.Kind.vote.rawValue)' \(scope) GROUP BY nominationID, actor)
            GROUP BY e.nominationID, vote, counted
            """, arguments: args) {
            // id, vote, counted, n, by position
            let id: String = row[0]
            if out[id] == nil { out[id] = [:] }
            guard row[2] as Bool, let choice = VoteChoice(rawValue: row[1] ?? "") else { continue }
            out[id]![choice, default: 0] += row[3] as Int
        }
        for row in try Row.fetchAll(db, sql: "SELECT DISTINCT nominationID FROM ballot_cast WHERE 1 \(scope)", arguments: args) {
            let id: String = row["nominationID"]
            if out[id] == nil { out[id] = [:] }
        }
        for row in try Row.fetchAll(db, sql: "SELECT nominationID, choice, count FROM ballot_box WHERE 1 \(scope)", arguments: args) {
            let id: String = row["nominationID"]
            if out[id] == nil { out[id] = [:] }
            if let c = VoteChoice(rawValue: row["choice"]) { out[id]![c, default: 0] += row["count"] as Int }
        }
        return out
    }

    /// The ballots of each nomination: each member's latest open ballot (SQLite picks the latest and reads
    /// the choice out of the JSON payload, so 100,000 ballots are not decoded event by event), who cast a
    /// secret ballot and when, and the secret counts.
    static func ballots(_ db: Database, nominationID: String? = nil, year: Int? = nil, countsOnly: Bool = false) throws -> [String: Ballots] {
        var scope = ""
        var args: StatementArguments = []
        if let nominationID { scope += " AND nominationID = ?"; args += [nominationID] }
        if let year { scope += " AND nominationID IN (SELECT id FROM nomination WHERE year = ?)"; args += [year] }
        var out: [String: Ballots] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT nominationID, actor, json_extract(payload, '$.vote') AS vote, at FROM event
            WHERE id IN (SELECT max(id) FROM event WHERE kind = '\(DeskEvent.Kind.vote.rawValue)' \(scope) GROUP BY nominationID, actor)
            """, arguments: args) {
            out[row["nominationID"], default: Ballots()].open.append(
                OpenBallot(login: row["actor"], choice: VoteChoice(rawValue: row["vote"] ?? ""), at: row["at"]))
        }
        // When a secret ballot was cast is read from the log, one look-up per ballot: only when asked.
        let castAt = countsOnly ? "''" : """
            (SELECT max(at) FROM event e WHERE e.kind = '\(DeskEvent.Kind.ballotCast.rawValue)'
                   AND e.nominationID = c.nominationID AND e.actor = c.login)
            """
        for row in try Row.fetchAll(db, sql: """
            SELECT c.nominationID, c.login, \(castAt) AS at
            FROM ballot_cast c WHERE 1 \(scope)
            """, arguments: args) {
            out[row["nominationID"], default: Ballots()].cast.append((login: row["login"], at: row["at"] ?? ""))
        }
        for row in try Row.fetchAll(db, sql: "SELECT nominationID, choice, count FROM ballot_box WHERE 1 \(scope)",
                                    arguments: args) {
            if let c = VoteChoice(rawValue: row["choice"]) { out[row["nominationID"], default: Ballots()].secretCounts[c] = row["count"] }
        }
        return out
    }

    /// A member's latest open ballot as the log holds it.
    struct OpenBallot {
        var login: String
        var choice: VoteChoice?
        var at: String
    }

    /// What the desk knows of one nomination's ballots.
    struct Ballots {
        var open: [OpenBallot] = []
        /// Members who cast a secret ballot, and when (from the log).
        var cast: [(login: String, at: String)] = []
        /// Secret choices, counted with nobody's name.
        var secretCounts: [VoteChoice: Int] = [:]
    }

    /// The arithmetic of a tally, apart from storage. Open ballots of former members do not count; a secret
    /// ballot, once cast, stays in the count (nothing says whose it was).
    static func tally(_ nominationID: String, ballots: Ballots, members: [CouncilMember], rules: RuleSet,
                      viewer: String, countsOnly: Bool = false) -> VoteTally {
        let active = Dictionary(uniqueKeysWithValues: members.map { ($0.login, $0) })
        var counts = ballots.secretCounts
        var votes: [MemberVote] = []
        let castSecretly = Set(ballots.cast.map(\.login))
        for b in ballots.open where !castSecretly.contains(b.login) {
            guard let m = active[b.login], let choice = b.choice else { continue }
            counts[choice, default: 0] += 1
            let visible = !rules.secretBallot || b.login == viewer
            if !countsOnly { votes.append(MemberVote(login: b.login, name: m.name, role: m.role, choice: visible ? choice : nil, at: b.at)) }
        }
        for c in ballots.cast where !countsOnly {
            guard let m = active[c.login] else { continue }
            votes.append(MemberVote(login: c.login, name: m.name, role: m.role, choice: nil, at: c.at))
        }
        let order = CouncilRole.allCases
        votes.sort { (order.firstIndex(of: $0.role)!, $0.name) < (order.firstIndex(of: $1.role)!, $1.name) }
        return tally(nominationID, counts: counts, votes: votes, members: members.count, rules: rules)
    }

    /// The arithmetic of a tally from the counts of each choice.
    static func tally(_ nominationID: String, counts: [VoteChoice: Int], votes: [MemberVote], members: Int,
                      rules: RuleSet) -> VoteTally {
        let agree = counts[.agree] ?? 0, disagree = counts[.disagree] ?? 0, abstain = counts[.abstain] ?? 0
        let present = agree + disagree + abstain
        let denominator: Int
        switch rules.voteDenominator {
        // Never fewer than the ballots cast: a member removed after voting keeps their ballot, and counting
        // it against the smaller council made 2 agree of 3 ballots "2/2 = 100%" once the dissenter left.
        case .allMembers: denominator = max(members, present)
        case .presentMembers: denominator = present
        case .validBallots: denominator = agree + disagree
        }
        return VoteTally(nominationID: nominationID, agree: agree, disagree: disagree, abstain: abstain,
                         members: members, present: present, validBallots: agree + disagree,
                         denominatorKind: rules.voteDenominator, denominator: denominator,
                         threshold: rules.voteThreshold.description, comparison: rules.voteComparison,
                         passes: rules.voteMeetsThreshold(agree: agree, of: denominator), votes: votes)
    }
}
