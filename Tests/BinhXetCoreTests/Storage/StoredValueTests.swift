@testable import BinhXetCore
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A stored value the program does not know is an error naming its table, row and column, never a
/// default; and the reading paths (list, show, check, verify…) never write the desk.
@Suite struct StoredValueTests {
    /// A desk with the sample nominations, one re-use finding stored.
    func filledDesk(_ s: Scratch) throws -> DeskStore {
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        try store.replaceFindings([StoredFinding(nominationID: "N2018-0001", sourceID: "N2017-0001", kind: .partial,
                                                 coverage: 0.4, score: 0.5)], forNominations: ["N2018-0001"])
        return store
    }

    @Test func anUnknownStoredTitleIsAnErrorNamingItsRowNotADefault() throws {
        // Given a desk whose nomination N2018-0002 carries a title this program does not know
        let s = try Scratch()
        let store = try filledDesk(s)
        #expect(try store.nominations().first { $0.id == "N2018-0002" }?.title == .cstdcs)
        try store.write { db in try db.execute(sql: "UPDATE nomination SET title = 'HCLD' WHERE id = 'N2018-0002'") }
        // Then every read of it names the table, the row and the column, and reads no CSTDCS in its place
        let expected = StoredValueError(table: "nomination", rowID: "N2018-0002", column: "title", value: "HCLD")
        #expect(throws: expected) { try store.nominations() }
        #expect(throws: expected) { try store.nominations(ids: ["N2018-0002"]) }
        #expect(throws: expected) { try store.reviewedNominations() }
        #expect(throws: StoredValueError(table: "nomination", rowID: "N2018-0002", column: "title", value: "HCLD")) {
            try store.dossier(of: "N2018-0002")
        }
        #expect(throws: StoredValueError.self) { try store.dossiers() }
        // And the other nominations still read
        #expect(try store.nominations(ids: ["N2017-0001", "N2018-0001"]).map(\.id) == ["N2017-0001", "N2018-0001"])
        #expect("\(expected)".contains("nomination, row N2018-0002, column title"))
    }

    @Test func anUnknownStatusOrCategoryNamesItsColumn() throws {
        let s = try Scratch()
        let store = try filledDesk(s)
        try store.write { db in
            try db.execute(sql: "UPDATE nomination SET workerCategory = 'robot' WHERE id = 'N2017-0002'")
        }
        #expect(throws: StoredValueError(table: "nomination", rowID: "N2017-0002", column: "workerCategory", value: "robot")) {
            try store.reviewedNominations(year: 2017)
        }
        try store.write { db in
            try db.execute(sql: "UPDATE nomination SET workerCategory = 'can_bo_cong_chuc', status = 'lost' WHERE id = 'N2017-0002'")
        }
        #expect(throws: StoredValueError(table: "nomination", rowID: "N2017-0002", column: "status", value: "lost")) {
            try store.nominations(matching: NominationFilter(year: 2017))
        }
    }

    @Test func aDamagedFindingIsAnErrorNamingItsColumnNotAnEmptyList() throws {
        let s = try Scratch()
        let store = try filledDesk(s)
        #expect(try store.findings(of: "N2018-0001").count == 1)
        let id = try #require(try store.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM finding") })
        try store.write { db in try db.execute(sql: "UPDATE finding SET passages = '[{\"broken' WHERE id = ?", arguments: [id]) }
        #expect(throws: StoredValueError(table: "finding", rowID: String(id), column: "passages", value: "[{\"broken")) {
            try store.findings(of: "N2018-0001")
        }
        try store.write { db in
            try db.execute(sql: "UPDATE finding SET passages = '[]', kind = 'guess' WHERE id = ?", arguments: [id])
        }
        #expect(throws: StoredValueError(table: "finding", rowID: String(id), column: "kind", value: "guess")) {
            try store.allFindings()
        }
    }

    @Test func aMeetingWithDamagedAbsencesIsAnErrorNotANobodyAbsent() throws {
        let s = try Scratch()
        let store = try filledDesk(s)
        func record(absent: String) throws {
            try store.write { db in
                try db.execute(sql: """
                    INSERT INTO meeting(year, startsAt, endsAt, place, chair, secretary, absent, recordedBy, recordedAt)
                    VALUES (2018, '2018-12-10 08:00', '11:00', 'Hội trường', 'chu-tich', 'thu-ky', ?, 'thu-ky', '2018-12-10T11:00:00Z')
                    """, arguments: [absent])
            }
        }
        try record(absent: #"{"uy-vien":"ốm"}"#)
        #expect(try store.meeting(year: 2018)?.absent == ["uy-vien": "ốm"])
        try record(absent: "[broken")
        let id = try #require(try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM meeting") })
        #expect(throws: StoredValueError(table: "meeting", rowID: String(id), column: "absent", value: "[broken")) {
            try store.meeting(year: 2018)
        }
    }

    @Test func aDismissalWithAnUnknownReasonNamesItsEvent() throws {
        let s = try Scratch()
        let store = try filledDesk(s)
        try store.write { db in
            var e = DeskEvent(nominationID: "N2018-0001", kind: .findingDismissed, actor: "thu-ky", at: Clock.isoNow(),
                              payload: ["source": "N2017-0001", "reason": "no-such-reason"])
            try e.insert(db)
        }
        let eventID = try #require(try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") })
        #expect(throws: StoredValueError(table: "event", rowID: String(eventID), column: "payload.reason", value: "no-such-reason")) {
            try store.dismissals()
        }
    }

    @Test func theReadingPathsOfA0444DeskWriteNothing() throws {
        // Given a filled desk, closed, whose file is made 0444
        let s = try Scratch()
        do { _ = try filledDesk(s) }
        let desk = s.deskURL.path
        #expect(chmod(desk, 0o444) == 0)
        let before = try #require(FileManager.default.contents(atPath: desk))
        // When the core's reads and a check run on it, opened for reading
        let store = try DeskStore.open(at: s.deskURL, forWriting: false)
        #expect(store.isReadOnly)
        #expect(try store.nominations().count == 4)
        #expect(try store.reviewedNominations().count == 4)
        #expect(try store.allFindings().count == 1)
        #expect(try store.dossiers().count == 4)
        #expect(try store.detail(of: "N2018-0001", viewer: "")?.nomination.id == "N2018-0001")
        let text = try #require(SampleCSV.texts["docs/2017/a.txt"])
        // (the sample texts are too short to be findings: what matters is that checking writes nothing)
        _ = try DeskChecker.forChecking(store: store).check(text: text, title: "")
        _ = try DeskChecker(store: store).check(text: text, title: "")
        // And the command line's reading commands, check and verify among them
        let file = s.folder.appendingPathComponent("docs/2017/a.txt").path
        for args in [["check", file], ["verify"], ["list"], ["show", "N2018-0001"], ["report", "stats"]] {
            let r = try CLI.run(args + ["--desk", desk])
            #expect(r.status == 0, "\(args): \(r.err)")
        }
        // Then the desk's file is byte for byte what it was
        #expect(FileManager.default.contents(atPath: desk) == before)
        #expect(chmod(desk, 0o660) == 0)
    }
}
