import BinhXetCore
import BinhXetTestSupport
import Foundation
import GRDB
import Testing

/// Event kinds are a closed list, spelled once, and a stored kind this program does not know is an error
/// naming the row, never a guess.
@Suite struct EventKindTests {
    @Test func noKindIsSpelledOutsideItsEnum() throws {
        let run = try CLI.runProgram(Fixtures.repository.appendingPathComponent("scripts/check-event-kinds.sh").path, [])
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("\(DeskEvent.Kind.allCases.count) kinds"))
    }

    @Test func everyKindHasWordsInBothLanguages() {
        for kind in DeskEvent.Kind.allCases {
            #expect(Vocabulary.vi.eventKind(kind) != kind.rawValue, "\(kind)")
            #expect(!Vocabulary.en.eventKind(kind).isEmpty)
        }
    }

    @Test func anUnknownStoredKindIsAnErrorNamingTheEvent() throws {
        // Given a desk whose log holds a kind written by some other program
        let s = try Scratch()
        let store = try s.makeDesk()
        try store.openYear(2018, actor: "office", at: "2018-06-01T00:00:00.000Z")
        let queue = try DatabaseQueue(path: s.deskURL.path)
        let id = try queue.write { db -> Int64 in
            try db.execute(sql: "DROP TRIGGER IF EXISTS event_no_update")
            try db.execute(sql: "UPDATE event SET kind = 'teleported' WHERE id = (SELECT max(id) FROM event)")
            return try Int64.fetchOne(db, sql: "SELECT max(id) FROM event")!
        }
        try queue.close()
        // Then reading the log fails with the event's ID and kind
        #expect { try DeskStore.open(at: s.deskURL, forWriting: false).events() } throws: { error in
            "\(error)".contains("event \(id)") && "\(error)".contains("'teleported'")
        }
    }
}
