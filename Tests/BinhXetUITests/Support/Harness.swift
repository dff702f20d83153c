import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation

/// The desk without a terminal: keys in, frames out, through the same `AppDriver` the terminal uses,
/// against a real desk. Times are pinned so frames are the same on every run.
final class Harness {
    let desk: TestDesk
    let driver: AppDriver
    static let member = "Nguyễn Thị Lan"
    static let now = "2018-06-20T03:15:00.000Z"

    init(_ size: Size = Size(width: 80, height: 24), _ language: Language = .vi, desk: TestDesk? = nil,
         keymap: KeyMap = .defaults, member: String = Harness.member) throws {
        self.desk = try desk ?? TestDesk()
        let state = AppState(size: size, language: language, keymap: keymap, member: member,
                             deskName: "review.desk", today: "2018-06-20",
                             timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
        driver = AppDriver(state: state, runner: EffectRunner(store: self.desk.store, member: member,
                                                              now: { Harness.now }))
        driver.resultFilter = Harness.pinImportTimes
        driver.send(.start)
        driver.runDeferred()
    }

    /// The importer stamps "received" with the real clock; show it as 08:30 on the day the dossier came in.
    /// Events name the OS user that ran the test: show them as written by the member they record, so the
    /// frames are the same whoever runs the tests.
    static func pinImportTimes(_ msg: Msg) -> Msg {
        guard case .nominationLoaded(var data) = msg else { return msg }
        for i in data.detail.events.indices {
            data.detail.events[i].osUser = data.detail.events[i].actor
            if data.detail.events[i].kind == .received {
                data.detail.events[i].at = data.detail.nomination.receivedOn + "T01:30:00.000Z"
            }
        }
        return .nominationLoaded(data)
    }

    var state: AppState { driver.state }
    var screen: ScreenBuffer { driver.frame }
    var text: String { screen.plainText }

    /// Presses keys.
    func press(_ keys: Key...) { for k in keys { driver.send(.key(k)); driver.runDeferred() } }

    /// Presses character keys, one per character ("jjc" is j, j, c).
    func press(_ chars: String) { for u in chars.unicodeScalars { driver.send(.key(.char(u))) } }

    /// Types text into the focused field, as an IME commits it.
    func type(_ text: String) { driver.send(.type(text)) }

    func perform(_ action: ActionID) { driver.send(.perform(action)) }

    func resize(_ size: Size) { driver.send(.resize(size)) }

    /// Another member's terminal polls: what the loop does once a second.
    func tick() { driver.send(.tick) }

    /// Opens a nomination the way a member does: the "all" queue, down to its row, Enter.
    func open(_ id: String) {
        while state.queue.tab != .all { press(.tab) }
        press(.home)
        while state.queue.selectedRow?.id != id {
            let before = state.queue.selected
            press(.down)
            if state.queue.selected == before { return }
        }
        press(.enter)
    }

    /// The screen line (trailing blanks trimmed) that contains a text.
    func line(containing s: String) -> String? { screen.lines.first { $0.contains(s) } }
}
