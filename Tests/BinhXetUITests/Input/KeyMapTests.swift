import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// Keys are data: a file remaps them, and the shipped default file is the compiled-in table.
struct KeyMapTests {
    static let defaultFile = Fixtures.resources.appendingPathComponent("keymap.default")

    /// The shipped file is a golden of the action table (RECORD_GOLDEN=1 swift test --filter KeyMapTests).
    @Test func theShippedDefaultFileMatchesTheActionTable() throws {
        if let problem = GoldenFile.mismatch(KeyMap.defaultFileText(), at: Self.defaultFile) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func readingTheDefaultFileGivesTheDefaults() throws {
        var map = KeyMap.defaults
        try map.apply(file: KeyMap.defaultFileText(), named: "keymap.default")
        #expect(map == KeyMap.defaults)
    }

    @Test func aScreenBindingWinsOverGeneric() {
        #expect(KeyMap.defaults.action(for: .char("h"), on: .compare) == .scrollLeftSide)
        #expect(KeyMap.defaults.action(for: .char("h"), on: .queues) == nil)
        #expect(KeyMap.defaults.action(for: .char("q"), on: .help) == .back)
        #expect(KeyMap.defaults.action(for: .char("q"), on: .queues) == .quit)
        #expect(KeyMap.defaults.action(for: .char("Q"), on: .compare) == .quit)
        #expect(KeyMap.defaults.action(for: .function(1), on: .nomination) == .help)
    }

    @Test func aUserFileRemapsAndUnbinds() throws {
        var map = KeyMap.defaults
        try map.apply(file: """
            # Those who prefer z to reject (x sets a finding aside on a nomination)
            bind generic z reject
            bind generic r none
            bind compare <C-n> next-passage
            """, named: "mine")
        #expect(map.action(for: .char("z"), on: .nomination) == .reject)
        #expect(map.action(for: .char("r"), on: .nomination) == nil)
        #expect(map.action(for: .ctrl("n"), on: .compare) == .nextPassage)
        // x keeps its meanings: the screen's own binding wins over a generic one
        #expect(map.action(for: .char("x"), on: .queues) == .clearFilter)
        #expect(map.action(for: .char("x"), on: .nomination) == .dismissFinding)
        #expect(map.keys(for: .reject, on: .nomination) == [.char("z")])
    }

    @Test func aRemappedKeyWorksOnTheDesk() throws {
        var map = KeyMap.defaults
        try map.apply(file: "bind generic z reject\nbind generic r none\n", named: "mine")
        let h = try Harness(keymap: map)
        h.open("N2018-0001")
        // The status bar shows the new key
        #expect(h.screen.lines.last?.contains("z Không đạt") == true)
        h.press("z")
        guard case .decision(let d)? = h.state.modal else { Issue.record("no dialog"); return }
        #expect(d.kind == .reject)
    }

    @Test(arguments: [("bind generic x", "expected `bind <screen> <key> <action>`"),
                      ("bind nowhere x quit", "unknown screen 'nowhere'"),
                      ("bind generic <Nope> quit", "unknown key '<Nope>'"),
                      ("bind generic x fly", "unknown action 'fly'")])
    func mistakesNameTheLine(_ line: String, _ reason: String) {
        var map = KeyMap.defaults
        #expect { try map.apply(file: "# ok\n\(line)\n", named: "k.txt") } throws: { error in
            let e = error as? KeyMapError
            return e?.line == 2 && e?.file == "k.txt" && e?.reason.hasPrefix(reason) == true
        }
    }
}
