import BinhXetUI
import Foundation
import Testing

/// Keys are data: a file remaps them, and the shipped default file is the compiled-in table.
struct KeyMapTests {
    static let defaultFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources/keymap.default")

    @Test func theShippedDefaultFileMatchesTheActionTable() throws {
        let generated = KeyMap.defaultFileText()
        let shipped = try? String(contentsOf: Self.defaultFile, encoding: .utf8)
        if shipped != generated, ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || shipped == nil {
            try FileManager.default.createDirectory(at: Self.defaultFile.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try generated.write(to: Self.defaultFile, atomically: true, encoding: .utf8)
            Issue.record("wrote Resources/keymap.default; review and commit it")
            return
        }
        #expect(shipped == generated, "Resources/keymap.default is stale: RECORD_SNAPSHOTS=1 swift test --filter KeyMapTests")
    }

    @Test func readingTheDefaultFileGivesTheDefaults() throws {
        var map = KeyMap.defaults
        try map.apply(file: KeyMap.defaultFileText(), named: "keymap.default")
        #expect(map == KeyMap.defaults)
    }

    @Test func aScreenBindingWinsOverGeneric() {
        #expect(KeyMap.defaults.action(for: .char("h"), on: .compare) == .scrollLeftSide)
        #expect(KeyMap.defaults.action(for: .char("h"), on: .queues) == nil)
        #expect(KeyMap.defaults.action(for: .char("q"), on: .help) == .quit)
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
        #expect(h.screen.lines.last?.contains("z K.đạt") == true)
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
