@testable import BinhXetCore
import Foundation
import GRDB
import Testing

@Suite struct DeskStoreTests {
    @Test func refusesADirectory() throws {
        let s = try Scratch()
        #expect(throws: DeskError.isDirectory(s.folder.path)) { try DeskStore.open(at: s.folder) }
        #expect(throws: DeskError.isDirectory(s.folder.path)) { try DeskStore.create(at: s.folder) }
    }

    @Test func refusesAMissingDeskAndAnExistingOne() throws {
        let s = try Scratch()
        #expect(throws: DeskError.notFound(s.deskURL.path)) { try DeskStore.open(at: s.deskURL) }
        _ = try s.makeDesk()
        #expect(throws: DeskError.alreadyExists(s.deskURL.path)) { try DeskStore.create(at: s.deskURL) }
    }

    @Test func refusesToWriteAReadOnlyDesk() throws {
        let s = try Scratch()
        _ = try s.makeDesk()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: s.deskURL.path)
        #expect(throws: DeskError.readOnly(s.deskURL.path)) { try DeskStore.open(at: s.deskURL, forWriting: true) }
    }

    @Test func aDeskWithoutWriteBitsOpensReadOnlyAndWritesNothing() throws {
        // Given a filled desk, closed, whose file is made read-only
        let s = try Scratch()
        do { try NominationImporter(store: try s.makeDesk()).importCSV(at: try SampleCSV.write(in: s)) }
        try FileManager.default.setAttributes([.posixPermissions: 0o440], ofItemAtPath: s.deskURL.path)
        let before = try #require(FileManager.default.contents(atPath: s.deskURL.path))
        // When it is opened for reading
        let store = try DeskStore.open(at: s.deskURL, forWriting: false)
        // Then it reads, says it is read-only, refuses writes, and its file is unchanged
        #expect(store.isReadOnly)
        #expect(try store.nominations().count == 4)
        #expect(throws: DeskError.readOnly(s.deskURL.path)) { try store.chooseRuleSet(.law2003) }
        #expect(FileManager.default.contents(atPath: s.deskURL.path) == before)
    }

    @Test func aReadOnlyDeskThatNeedsASchemaStepIsRefusedNamingIt() throws {
        // Given a desk made before the last schema steps, which this user cannot write
        let s = try Scratch()
        try FileManager.default.createDirectory(at: s.deskURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let q = try DatabaseQueue(path: s.deskURL.path)
        try DeskMigrations.migrator.migrate(q, upTo: "v3-council")
        try q.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o440], ofItemAtPath: s.deskURL.path)
        let all = DeskMigrations.migrator.migrations
        let missing = Array(all[(all.firstIndex(of: "v3-council")! + 1)...])
        // Then opening it for reading names the steps it lacks, and applies none
        #expect(throws: DeskError.needsUpgrade(s.deskURL.path, missingMigrations: missing)) {
            try DeskStore.open(at: s.deskURL, forWriting: false)
        }
        let applied = try DatabaseQueue(path: s.deskURL.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
            .read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(!applied.contains(missing[0]))
    }

    @Test func refusesADeskFromANewerSchema() throws {
        // Given a desk on which a newer BinhXet ran a migration this one does not know
        let s = try Scratch()
        _ = try s.makeDesk()
        let q = try DatabaseQueue(path: s.deskURL.path)
        try q.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-future')") }
        try q.close()
        // Then opening it names the unknown step and writes nothing
        #expect(throws: DeskError.newerSchema(s.deskURL.path, unknownMigrations: ["v99-future"])) {
            try DeskStore.open(at: s.deskURL)
        }
    }

    @Test func aDeskFromBeforeWitnessesIsUpgradedWithItsFindingsKept() throws {
        // Given a desk whose schema stops before findings kept their witnesses, with an off-duty finding
        let s = try Scratch()
        try FileManager.default.createDirectory(at: s.deskURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let q = try DatabaseQueue(path: s.deskURL.path)
        try DeskMigrations.migrator.migrate(q, upTo: "v3-council")
        try q.write { db in
            try db.execute(sql: """
                INSERT INTO unit(id, name) VALUES (1, 'Trường THCS Hồng Kim');
                INSERT INTO person(id, name) VALUES ('P1', 'Nguyễn Văn An');
                INSERT INTO nomination(id, year, personID, unitID, position, duties, workerCategory, title, receivedOn, status)
                VALUES ('N1', 2018, 'P1', 1, 'Giáo viên', 'Dạy học', 'can_bo_cong_chuc', 'CSTDCS', '2018-05-02', 'received');
                INSERT INTO finding(nominationID, sourceID, kind, coverage, score, titleReused, passages, evidence, dutyEvidence)
                VALUES ('N1', NULL, 'off_duty', 0, 0.05, 0, '[]', '["rầy nâu"]', '["giảng dạy"]');
                """)
        }
        try q.close()
        // When this BinhXet opens it, the finding is there, with no witnesses
        let store = try DeskStore.open(at: s.deskURL)
        let old = try #require(try store.findings(of: "N1").first)
        #expect(old.evidence == ["rầy nâu"] && old.witnesses.isEmpty)
        // And new findings keep theirs
        try store.replaceFindings([StoredFinding(nominationID: "N1", sourceID: nil, kind: .offDuty, coverage: 0, score: 0.04,
                                                 evidence: ["rầy nâu"], witnesses: ["Xã viên (2)"])], forNominations: ["N1"])
        #expect(try store.findings(of: "N1").map(\.witnesses) == [["Xã viên (2)"]])
    }

    @Test func refusesAFileThatIsNotADesk() throws {
        let s = try Scratch()
        let url = try s.write("notes.desk", "just some notes, not SQLite at all, long enough to be a header......")
        #expect(throws: DeskError.notADesk(url.path)) { try DeskStore.open(at: url) }
        let other = s.folder.appendingPathComponent("other.sqlite").path
        let q = try DatabaseQueue(path: other)
        try q.write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        try q.close()
        #expect(throws: DeskError.notADesk(other)) { try DeskStore.open(at: URL(fileURLWithPath: other)) }
    }

    @Test func theEventLogIsAppendOnly() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        let q = try DatabaseQueue(path: s.deskURL.path)
        #expect(throws: DatabaseError.self) { try q.write { db in try db.execute(sql: "UPDATE event SET actor = 'x'") } }
        #expect(throws: DatabaseError.self) { try q.write { db in try db.execute(sql: "DELETE FROM event") } }
        try q.close()
    }
}
