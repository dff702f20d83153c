import BinhXetCore
import Foundation
import Testing

/// Several members' terminals on one desk file: every ballot and outcome is one event, none lost or doubled.
@Suite struct ConcurrencyTests {
    @Test func twoStoresVotingOnTwoThreadsLoseNothing() throws {
        // Given a council of 10 voting openly and a second connection to the same desk file
        let desk = try CouncilDesk(members: 10, settings: "secret_ballot = no")
        let first = desk.store, other = try DeskStore.open(at: desk.store.url)
        let logins = desk.logins
        let nominations = ["N2017-0001", "N2017-0002", "N2018-0001", "N2018-0002"]
        let before = try desk.store.events().count
        // When each store has five members vote on every nomination 10 times, at the same time
        let failures = LockedFailures()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let store = side == 0 ? first : other
            for round in 0..<10 {
                for id in nominations {
                    for login in logins[(side * 5)..<(side * 5 + 5)] {
                        do { try store.vote(id, round % 2 == 0 ? .agree : .disagree, member: login) } catch { failures.add("\(error)") }
                    }
                }
            }
        }
        // Then all 400 ballots are in the log once each, and the last round (disagree) counts
        #expect(failures.all.isEmpty)
        let events = try desk.store.events()
        #expect(events.count - before == 400)
        #expect(Set(events.compactMap(\.id)).count == events.count)
        for id in nominations {
            let t = try desk.store.tally(of: id, viewer: "chair")
            #expect(t.disagree == 10 && t.agree == 0)
        }
    }

    @Test func secretBallotsFromTwoStoresAreEachCountedOnce() throws {
        // Given a council of 10 and a second connection; every member casts one secret ballot per
        // nomination, half through each store, at the same time
        let desk = try CouncilDesk(members: 10)
        let first = desk.store, other = try DeskStore.open(at: desk.store.url)
        let logins = desk.logins
        let nominations = ["N2017-0001", "N2017-0002", "N2018-0001", "N2018-0002"]
        let failures = LockedFailures()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let store = side == 0 ? first : other
            for id in nominations {
                for (i, login) in logins.enumerated() where i % 2 == side {
                    do { try store.vote(id, i < 7 ? .agree : .disagree, member: login) } catch { failures.add("\(error)") }
                }
            }
        }
        // Then each nomination has ten ballots, 7 for and 3 against
        #expect(failures.all.isEmpty)
        for id in nominations {
            let t = try desk.store.tally(of: id, viewer: "chair")
            #expect(t.agree == 7 && t.disagree == 3 && t.present == 10 && t.passes)
        }
    }

    @Test func twoStoresDecidingTheSameNominationAtOnceRecordOneOutcome() throws {
        // Given the chair and the standing vice-chair who both opened N2018-0002, which all four approved
        let desk = try CouncilDesk(members: 4)
        for login in desk.logins { try desk.store.vote("N2018-0002", .agree, member: login) }
        let first = desk.store, other = try DeskStore.open(at: desk.store.url)
        let seen = try desk.store.lastEventID(of: "N2018-0002")
        // When both record an outcome at the same moment
        let outcomes = LockedFailures()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            do {
                if side == 0 {
                    try first.decide("N2018-0002", .approve, actor: "chair", seenEventID: seen)
                } else {
                    try other.decide("N2018-0002", .reject, reason: "Không đạt", override: "kiểm thử",
                                     actor: "standing", seenEventID: seen)
                }
                outcomes.add("recorded")
            } catch let e as DecisionError {
                if case .changedMeanwhile = e { outcomes.add("changedMeanwhile") } else { outcomes.add("\(e)") }
            } catch { outcomes.add("\(error)") }
        }
        // Then exactly one is recorded and the other is told, not overwritten
        #expect(outcomes.all.sorted() == ["changedMeanwhile", "recorded"])
        let decisions = try desk.store.detail(of: "N2018-0002", viewer: "root")!.events.filter { [DeskEvent.Kind.approved, .rejected].contains($0.kind) }
        #expect(decisions.count == 1)
    }

    @Test func twoProcessesVotingAndDecidingOnTheSameDesk() throws {
        // Given a desk with a council of 10, on disk
        let desk = try CouncilDesk(members: 10)
        let path = desk.store.url.path
        let logins = desk.logins
        let before = try desk.store.events().count
        // When two binhxet processes run at once: each has five members vote on two nominations, and
        // both record an outcome for N2017-0002
        func script(_ members: ArraySlice<String>, outcome: String) -> String {
            var lines = ["set -u", "ok=0"]
            for login in members {
                for id in ["N2018-0001", "N2018-0002"] {
                    lines.append("'\(CLI.binary.path)' vote \(id) agree --member \(login) --desk '\(path)' >/dev/null || echo FAIL \(login) \(id)")
                }
            }
            lines.append("'\(CLI.binary.path)' decide N2017-0002 \(outcome) --year-confirm 2017 --override 'kiểm thử' --member chair --desk '\(path)' >/dev/null 2>&1 && echo DECIDED")
            return lines.joined(separator: "\n")
        }
        let output = try CLI.concurrently([script(logins[0..<5], outcome: "approve"),
                                           script(logins[5..<10], outcome: "reject --reason 'Không đạt'")]).joined()
        // Then every ballot is there once, and each successful decide left exactly one event
        #expect(!output.contains("FAIL"), "\(output)")
        let events = try desk.store.events().dropFirst(before)
        #expect(events.filter { $0.kind == .ballotCast }.count == 20)
        #expect(Set(events.compactMap(\.id)).count == events.count)
        let decided = output.components(separatedBy: "DECIDED").count - 1
        let decisions = events.filter { $0.nominationID == "N2017-0002" && [DeskEvent.Kind.approved, .rejected].contains($0.kind) }
        #expect(decided == 1 && decisions.count == 1)
        #expect(try desk.store.tally(of: "N2018-0001", viewer: "chair").agree == 10)
    }
}

/// Messages collected from concurrent workers.
final class LockedFailures: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
