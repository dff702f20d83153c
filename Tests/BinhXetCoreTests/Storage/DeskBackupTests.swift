@testable import BinhXetCore
import Foundation
import GRDB
import Testing

@Suite struct DeskBackupTests {
    /// IDs of the events of a desk file, read around the desk's code.
    static func eventIDs(_ url: URL) throws -> [Int64] {
        let q = try DatabaseQueue(path: url.path)
        defer { try? q.close() }
        return try q.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM event ORDER BY id") }
    }

    @Test func aBackupTakenWhileAnotherConnectionWritesHasEverythingCommittedBeforeIt() throws {
        // Given a desk on which another connection keeps recording ballots, on another thread
        let desk = try VerifiedDesk()
        // (open ballots, which a member may cast again and again; a secret one is cast once)
        try Data("secret_ballot = no\n".utf8).write(to: desk.store.rulesFileURL)
        let writer = try DeskStore.open(at: desk.scratch.deskURL)
        let start = try desk.store.events().count
        let stop = LockedFailures(), failures = LockedFailures()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var round = 0
            while stop.all.isEmpty {
                do { try writer.vote("N2018-0002", round % 2 == 0 ? .agree : .disagree, member: "vice") } catch { failures.add("\(error)") }
                round += 1
            }
            done.signal()
        }
        // When a backup is taken once some of them are in
        while try desk.store.events().count < start + 20, failures.all.isEmpty {}
        let committedBefore = try #require(try desk.store.events().last?.id)
        let destination = desk.scratch.folder.appendingPathComponent("backup/desk-Mon.desk")
        let report = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: destination)
        stop.add("stop")
        done.wait()
        // Then the copy holds every event committed before it started, without gaps, and verifies clean
        #expect(failures.all.isEmpty)
        let copied = try Self.eventIDs(destination)
        #expect(copied.last ?? 0 >= committedBefore)
        #expect(copied == Array(1...(copied.last ?? 0)))
        #expect(report.verification.problems == [] && report.verification.events == copied.count)
        #expect(report.documents == 3 && report.documentsCopied == 3)
        // And it is a desk of its own: a single file (no WAL beside it) with its originals
        #expect(DeskFiles(destination).presentSideFiles.isEmpty)
        #expect(try DeskStore.open(at: destination).nominations().count == 4)
        // And the desk itself, written from two connections, still verifies clean
        #expect(try desk.verify().problems == [])
    }

    @Test func aNightlyBackupCopiesOnlyNewOriginalsAndKeepsGoodOnes() throws {
        let desk = try VerifiedDesk()
        let destination = desk.scratch.folder.appendingPathComponent("backup/desk-Tue.desk")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: destination)
        // An original altered on the desk after the first backup
        try Data("sửa trộm".utf8).write(to: try desk.original(of: "N2018-0002"))
        let again = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: destination)
        #expect(again.documentsCopied == 0 && again.documentsAlreadyThere == 3)
        #expect(again.verification.problems == [])
        #expect(try desk.verify().problems.map(\.kind) == [.document])
    }

    @Test func aBackupTakenUnderAnOpenUmaskIsReadableByNobodyOutsideTheDesksGroup() throws {
        let desk = try VerifiedDesk()
        // Whoever runs the backup may have the usual umask 022 (not set here: the umask is the whole test
        // process's); the copy holds names, duties and votes, so its modes are set, not left to it.
        let destination = desk.scratch.folder.appendingPathComponent("nightly/2026/desk-Wed.desk")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: destination)
        func mode(_ url: URL) throws -> Int {
            try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        }
        #expect(try mode(destination) == 0o660)
        // Folders made by the backup, up to the first that was there, are the desk's 2770
        for folder in [destination.deletingLastPathComponent(), destination.deletingLastPathComponent().deletingLastPathComponent(),
                       DeskFiles(destination).documentsURL] {
            #expect(try mode(folder) & 0o7777 == 0o2770, "\(folder.path)")
        }
        let originals = try FileManager.default.subpathsOfDirectory(atPath: DeskFiles(destination).documentsURL.path)
            .map { DeskFiles(destination).documentsURL.appendingPathComponent($0) }
        #expect(originals.count >= 3)
        for url in originals { #expect(try mode(url) & 0o007 == 0, "\(url.path)") }
    }

    @Test func aBackupIsRestoredBesideAStaleWALOnlyWhenForcedAndTheWALIsKeptAside() throws {
        // Given a backup, and a desk file beside a WAL left by a writer that died
        let desk = try VerifiedDesk()
        let backup = desk.scratch.folder.appendingPathComponent("backup/desk-Wed.desk")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: backup)
        let target = desk.scratch.folder.appendingPathComponent("other/council.desk")
        var leftover = Data()
        do {
            let store = try DeskStore.create(at: target)
            for i in 0..<30 { try store.record(DeskEvent(kind: .registrationsImported, actor: "chair", at: Clock.isoNow(), payload: ["i": "\(i)"])) }
            leftover = try Data(contentsOf: URL(fileURLWithPath: target.path + "-wal"))
        }
        #expect(!leftover.isEmpty)
        try leftover.write(to: URL(fileURLWithPath: target.path + "-wal"))
        // When it is restored without --force, nothing happens
        let untouched = try Data(contentsOf: target)
        #expect(throws: BackupError.sideFilesPresent(target.path, files: ["council.desk-wal"])) {
            try DeskRestore.restore(backupAt: backup, to: target)
        }
        #expect(try Data(contentsOf: target) == untouched)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target.path + "-wal")) == leftover)
        // With --force the WAL goes aside with the replaced desk, and the restored desk is the backup
        let report = try DeskRestore.restore(backupAt: backup, to: target, force: true)
        let kept = try #require(report.replacedDeskKeptAt)
        #expect(report.movedAside == [kept + "-wal"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept + "-wal")) == leftover)
        #expect(!FileManager.default.fileExists(atPath: target.path + "-wal"))
        #expect(report.verification.problems == [] && report.documentsCopied == 3)
        #expect(try Self.eventIDs(target) == (try Self.eventIDs(backup)))
        #expect(try DeskVerifier.verify(deskAt: target).problems == [])
    }

    @Test func aBackupThatDoesNotVerifyIsNotRestored() throws {
        let desk = try VerifiedDesk()
        let backup = desk.scratch.folder.appendingPathComponent("backup/desk-Thu.desk")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: backup)
        let q = try DatabaseQueue(path: backup.path)
        try q.write { db in try db.execute(sql: "UPDATE nomination SET status = 'approved' WHERE id = 'N2017-0002'") }
        try q.close()
        let before = try Self.eventIDs(desk.scratch.deskURL)
        #expect(throws: BackupError.self) { try DeskRestore.restore(backupAt: backup, to: desk.scratch.deskURL, force: true) }
        #expect(try Self.eventIDs(desk.scratch.deskURL) == before)
        #expect(try desk.verify().problems == [])
    }

    @Test func aBackupNeverReplacesTheDeskItCopies() throws {
        let desk = try VerifiedDesk()
        #expect(throws: BackupError.sameFile(desk.scratch.deskURL.path)) {
            try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: desk.scratch.deskURL)
        }
    }
}

@Suite struct DeskBackupLeftoversTests {
    @Test func whatAKilledBackupLeftIsRemovedByTheNext() throws {
        let desk = try VerifiedDesk()
        let destination = desk.scratch.folder.appendingPathComponent("backup/desk-Fri.desk")
        // A process that has ended: a finished child of this test
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let leftover = try desk.scratch.write("backup/.desk-Fri.desk.partial-\(gone.processIdentifier)", "half a desk")
        let running = try desk.scratch.write("backup/.desk-Fri.desk.partial-\(getpid())x", "another backup's")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: destination)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
    }

    @Test func aDeskOpenInAnotherProcessIsNotRestoredOver() throws {
        let desk = try VerifiedDesk()
        let backup = desk.scratch.folder.appendingPathComponent("backup/desk-Sat.desk")
        _ = try DeskBackup.backup(deskAt: desk.scratch.deskURL, to: backup)
        // Another process holding the desk file open, which says so once it does
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/bash")
        holder.arguments = ["-c", "exec 3<\"$1\"; echo holding; exec sleep 120", "holder", desk.scratch.deskURL.path]
        let said = Pipe()
        holder.standardOutput = said
        try holder.run()
        // SIGKILL: the child may inherit a blocked SIGTERM from the test runner.
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        _ = said.fileHandleForReading.availableData
        let files = DeskFiles(desk.scratch.deskURL)
        #expect(throws: BackupError.inUse(files.url.path, processes: [holder.processIdentifier])) {
            try DeskRestore.restore(backupAt: backup, to: desk.scratch.deskURL, force: true)
        }
    }
}
