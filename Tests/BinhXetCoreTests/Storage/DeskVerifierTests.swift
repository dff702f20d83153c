@testable import BinhXetCore
import BinhXetText
import Foundation
import GRDB
import Testing

/// A desk with the sample nominations, a council, ballots and a decision; tampered with as someone
/// with the sqlite3 shell and a text editor would.
struct VerifiedDesk {
    let council: CouncilDesk
    var scratch: Scratch { council.scratch }
    var store: DeskStore { council.store }

    init() throws {
        council = try CouncilDesk(members: 4)
        try store.advance("N2018-0001", .toCouncil, actor: "secretary")
        for login in ["chair", "standing", "vice"] { try store.vote("N2018-0001", .agree, member: login) }
        try store.decide("N2018-0001", .approve, actor: "chair")
    }

    /// Runs SQL on the desk file over a connection of its own, around the desk's code.
    func tamper(_ sql: String, arguments: StatementArguments = []) throws {
        let q = try DatabaseQueue(path: scratch.deskURL.path)
        try q.write { db in try db.execute(sql: sql, arguments: arguments) }
        try q.close()
    }

    func verify() throws -> VerificationReport { try DeskVerifier.verify(deskAt: scratch.deskURL) }

    /// The stored original of a nomination's initiative.
    func original(of nominationID: String) throws -> URL {
        let doc = try #require(try store.detail(of: nominationID, viewer: "root")?.initiative?.document)
        return store.documentURL(sha256: doc.sha256, format: doc.format)
    }

    func eventID(kind: DeskEvent.Kind) throws -> Int64 {
        try #require(try store.events().last { $0.kind == kind }?.id)
    }
}

@Suite struct DeskVerifierTests {
    @Test func aDeskUsedOnlyThroughBinhXetVerifiesClean() throws {
        let desk = try VerifiedDesk()
        let report = try desk.verify()
        #expect(report.problems == [])
        let events = try desk.store.events()
        #expect(report.events == events.count && report.nominations == 4 && report.documents == 3 && report.initiatives == 3)
        #expect(report.lastHash != nil && report.lastHash == events.last?.hash)
    }

    @Test func everyEventFollowsTheOneBeforeIt() throws {
        let desk = try VerifiedDesk()
        let events = try desk.store.events()
        #expect(events.first?.prevHash == EventChain.genesis)
        for (a, b) in zip(events, events.dropFirst()) {
            #expect(b.prevHash == a.hash && b.id == a.id! + 1)
            #expect(b.hash == EventChain.hash(of: b.chainContent))
        }
    }

    /// The council's table is what allows a vote or an outcome: a role raised in the file (a member made chair
    /// with sqlite3, who then approved with an override) and a member slipped in are found.
    @Test func aCouncilChangedAroundBinhXetIsFound() throws {
        let desk = try VerifiedDesk()
        try desk.store.removeMember(login: "secretary", actor: "chair")
        #expect(try desk.verify().problems == [])
        try desk.tamper("UPDATE member SET role = 'chair' WHERE login = 'vice'")
        try desk.tamper("UPDATE member SET active = 1 WHERE login = 'secretary'")
        try desk.tamper("INSERT INTO member(login, name, role, active, since) VALUES ('ke', 'Kẻ Lạ', 'chair', 1, '2018-01-01')")
        let found = try desk.verify().problems.filter { $0.kind == .member }
        #expect(found.map(\.subject) == ["ke", "secretary", "vice"], "\(found)")
        #expect(found.first { $0.subject == "vice" }?.line(in: .vi).contains("bị đổi mà không có sự kiện") == true)
    }

    @Test func anEditedOriginalIsFound() throws {
        let desk = try VerifiedDesk()
        let url = try desk.original(of: "N2018-0002")
        try Data("Gieo mạ khay giúp tiết kiệm giống.".utf8).write(to: url)
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.document])
        #expect(problems.first?.subject.hasSuffix(url.lastPathComponent) == true)
        #expect(problems.first?.message.contains("changed") == true)
    }

    @Test func aDeletedOriginalIsFound() throws {
        let desk = try VerifiedDesk()
        let url = try desk.original(of: "N2017-0001")
        try FileManager.default.removeItem(at: url)
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.document])
        #expect(problems.first?.subject.hasSuffix(url.lastPathComponent) == true)
        #expect(problems.first?.message.contains("missing") == true)
    }

    @Test func anEditedInitiativeTextIsFound() throws {
        let desk = try VerifiedDesk()
        try desk.tamper("UPDATE initiative SET text = 'Một sáng kiến khác hẳn.' WHERE nominationID = 'N2018-0001'")
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.initiative] && problems.first?.subject == "N2018-0001")
    }

    @Test func aStuffedBallotBoxIsFound() throws {
        let desk = try VerifiedDesk()
        #expect(try desk.verify().problems.isEmpty)
        try desk.tamper("UPDATE ballot_box SET count = count + 2 WHERE nominationID = 'N2018-0001' AND choice = 'agree'")
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.ballot] && problems.first?.subject == "N2018-0001")
        #expect(problems.first?.message.hasPrefix("5 secret ballots counted, 3 recorded as cast, 3 in the log") == true)
    }

    @Test func aStatusChangedWithoutAnEventIsFound() throws {
        let desk = try VerifiedDesk()
        try desk.tamper("UPDATE nomination SET status = 'approved' WHERE id = 'N2018-0002'")
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.status] && problems.first?.subject == "N2018-0002")
        #expect(problems.first?.message.contains("'received'") == true)
    }

    @Test func aForgedBackDatedEventIsFound() throws {
        let desk = try VerifiedDesk()
        try desk.tamper("""
            INSERT INTO event(nominationID, kind, actor, osUser, at, payload)
            VALUES ('N2018-0002', 'approved', 'chair', 'chair', '2018-06-01T08:00:00.000Z', '{}');
            UPDATE nomination SET status = 'approved' WHERE id = 'N2018-0002';
            """)
        let report = try desk.verify()
        let forged = try desk.eventID(kind: .approved)
        #expect(report.problems.map(\.kind) == [.chain, .outOfOrder])
        #expect(report.problems.allSatisfy { $0.subject == "event \(forged)" })
    }

    @Test func aBackDatedEventIsOutOfOrderEvenWithAValidHash() throws {
        // Whoever knows the encoding can chain a forgery; its date still stands out
        let desk = try VerifiedDesk()
        let last = try #require(try desk.store.events().last)
        var forged = DeskEvent(id: last.id! + 1, nominationID: "N2018-0002", kind: .vote, actor: "vice", osUser: "vice",
                               at: "2018-06-01T08:00:00.000Z", payload: ["vote": "agree"])
        forged.prevHash = last.hash
        let hash = EventChain.hash(of: forged.chainContent)
        try desk.tamper("""
            INSERT INTO event(id, nominationID, kind, actor, osUser, at, payload, prevHash, hash)
            VALUES (?, 'N2018-0002', 'vote', 'vice', 'vice', '2018-06-01T08:00:00.000Z', '{"vote":"agree"}', ?, ?)
            """, arguments: [forged.id, last.hash, hash])
        let problems = try desk.verify().problems
        #expect(problems.map(\.kind) == [.outOfOrder] && problems.first?.subject == "event \(forged.id!)")
    }

    @Test func anEventEditedWithTheTriggersDroppedIsFound() throws {
        let desk = try VerifiedDesk()
        let decision = try desk.eventID(kind: .approved)
        try desk.tamper("""
            DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete;
            UPDATE event SET kind = 'rejected', payload = '{"reason":"không đạt"}' WHERE id = \(decision);
            UPDATE nomination SET status = 'rejected' WHERE id = 'N2018-0001';
            """)
        let problems = try desk.verify().problems
        #expect(problems.filter { $0.kind == .trigger }.map(\.subject).sorted() == ["trigger event_no_delete", "trigger event_no_update"])
        #expect(problems.filter { $0.kind == .chain }.map(\.subject) == ["event \(decision)"])
        #expect(problems.count == 3)
    }

    @Test func deletedEventsAreFoundInTheMiddleAndAtTheEnd() throws {
        let desk = try VerifiedDesk()
        let events = try desk.store.events()
        let middle = events[events.count / 2].id!, last = events.last!.id!
        try desk.tamper("DROP TRIGGER event_no_delete; DELETE FROM event WHERE id IN (\(middle), \(last))")
        let problems = try desk.verify().problems.filter { $0.kind == .chain }
        #expect(problems.map(\.subject) == ["event \(middle + 1)", "event log"])
        #expect(problems.first?.message.contains("event \(middle) ") == true)
        #expect(problems.last?.message.contains("\(last)") == true)
    }

    @Test func openingTheDeskPutsDroppedTriggersBackAndSaysSo() throws {
        let desk = try VerifiedDesk()
        try desk.tamper("DROP TRIGGER event_no_update; DROP TRIGGER nomination_dossier")
        let reopened = try DeskStore.open(at: desk.scratch.deskURL)
        let restored = try #require(try reopened.events().last)
        #expect(restored.kind == DeskEvent.Kind.integrityRestored)
        #expect(restored.payload["missing"]?.split(separator: ",").sorted() == ["event_no_update", "nomination_dossier"])
        let report = try desk.verify()
        #expect(report.problems == [] && report.notices.map(\.subject) == ["event \(restored.id!)"])
        // And the log is append-only again
        #expect(throws: (any Error).self) { try desk.tamper("UPDATE event SET actor = 'x' WHERE id = 1") }
    }

    @Test func aDeskFromBeforeTheChainIsChainedWhenOpened() throws {
        // Given a desk whose schema stops before the chain, with events
        let s = try Scratch()
        try FileManager.default.createDirectory(at: s.deskURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let q = try DatabaseQueue(path: s.deskURL.path)
        try DeskMigrations.migrator.migrate(q, upTo: "v5-identity")
        try q.write { db in
            try db.execute(sql: """
                INSERT INTO unit(id, name) VALUES (1, 'Trường THCS Hồng Kim');
                INSERT INTO person(id, name) VALUES ('P1', 'Nguyễn Văn An');
                INSERT INTO nomination(id, year, personID, unitID, position, duties, workerCategory, title, receivedOn, status)
                VALUES ('N1', 2018, 'P1', 1, 'Giáo viên', 'Dạy học', 'can_bo_cong_chuc', 'CSTDCS', '2018-05-02', 'at_council');
                INSERT INTO event(nominationID, kind, actor, at, payload) VALUES ('N1', 'received', 'import', '2018-05-02T01:00:00.000Z', '{"row":"2"}');
                INSERT INTO event(nominationID, kind, actor, osUser, at, payload) VALUES ('N1', 'at_council', 'thuky', 'thuky', '2018-05-03T01:00:00.000Z', '{}');
                """)
        }
        try q.close()
        #expect(try DeskVerifier.verify(deskAt: s.deskURL).problems.map(\.kind) == [.database])
        // When this BinhXet opens it, its events are chained and it verifies clean
        let store = try DeskStore.open(at: s.deskURL)
        let chained = try store.events()
        #expect(chained.allSatisfy { $0.hash != nil }, "\(chained)")
        try store.decide("N1", .approve, actor: "chutich")
        let after = try DeskVerifier.verify(deskAt: s.deskURL)
        #expect(after.problems == [], "\(after)")
    }

    @Test func theStatusFollowsTheEventsThatSetOne() {
        func e(_ kind: String) -> DeskEvent { DeskEvent(nominationID: "N", kind: DeskEvent.Kind(rawValue: kind)!, actor: "a", at: "") }
        #expect(NominationStatus.derived(from: [e("received"), e("vote")]) == .received)
        #expect(NominationStatus.derived(from: ["received", "appraising", "supplement_requested", "supplemented",
                                                "at_council", "vote", "rejected", "criticised"].map(e)) == .rejected)
        #expect(NominationStatus.derived(from: ["received", "at_council", "approved", "returned"].map(e)) == .returned)
        #expect(NominationStatus.derived(from: ["received", "refused"].map(e)) == .rejected)
    }
}
