@testable import BinhXetCore
import BinhXetTestSupport
import BinhXetText
import BinhXetUI
import Testing

/// Desk text carrying terminal commands (a unit's CSV, a Word file, a typed reason) is shown, never sent:
/// no frame holds a control character, and the reader sees where one was.
struct HostileTextStoriesTests {
    static let clipboard = "\u{1b}]52;c;cm0gLXJmIH4=\u{07}"   // OSC 52: "rm -rf ~" into the clipboard
    static let clear = "\u{1b}[2J", csi = "\u{9b}31m", del = "\u{7f}"

    /// The fixture desk with commands planted in N2018-0001's nominee, unit, position, duties, initiative
    /// title and text, straight into the store (the importer may refuse them), and a reason typed with one.
    static func plantedDesk() throws -> TestDesk {
        let desk = try TestDesk()
        try desk.store.write { db in
            let n = "(SELECT personID FROM nomination WHERE id = 'N2018-0001')"
            try db.execute(sql: "UPDATE person SET name = name || ? WHERE id = \(n)", arguments: [clipboard])
            try db.execute(sql: "UPDATE unit SET name = name || ? WHERE id = (SELECT unitID FROM nomination WHERE id = 'N2018-0001')",
                           arguments: [clear])
            try db.execute(sql: "UPDATE nomination SET position = position || ?, duties = ? || duties WHERE id = 'N2018-0001'",
                           arguments: [csi, del + "\r"])
            try db.execute(sql: "UPDATE initiative SET title = ? || title, text = text || ?, scalarCount = scalarCount + ? WHERE nominationID = 'N2018-0001'",
                           arguments: [clear, clipboard + "\n", clipboard.unicodeScalars.count + 1])
        }
        try desk.store.decide("N2018-0001", .reject, reason: "Trùng\(clipboard)\(csi)", actor: "Lê Chủ Tịch",
                              at: "2018-06-19T03:00:00.000Z")
        return desk
    }

    static func controls(in frame: ScreenBuffer) -> [UInt32] {
        frame.cells.flatMap { $0.grapheme.unicodeScalars.map(\.value) }.filter { $0 < 0x20 || (0x7F...0x9F).contains($0) }
    }

    @Test func theQueueAndTheNominationShowPlantedCommandsAsPictures() throws {
        let h = try Harness(Size(width: 160, height: 50), desk: try Self.plantedDesk())
        h.open("N2018-0001")
        #expect(h.state.screen == .nomination)
        #expect(Self.controls(in: h.screen).isEmpty)
        #expect(h.line(containing: "Nguyễn Văn An\u{241B}]52;c;cm0gLXJmIH4=\u{2407}") != nil)
        #expect(h.line(containing: "Trùng\u{241B}]52;c;cm0gLXJmIH4=\u{2407}\u{FFFD}31m") != nil)
        #expect(h.text.contains("\u{241B}[2J"))
        // The end of the initiative text
        h.press(.end)
        #expect(Self.controls(in: h.screen).isEmpty)
        #expect(h.text.contains("\u{241B}]52;c;cm0gLXJmIH4=\u{2407}"))
        // Back in the queue, its row
        h.press(.escape)
        #expect(h.state.screen == .queues)
        #expect(Self.controls(in: h.screen).isEmpty)
        #expect(h.line(containing: "N2018-0001 Nguyễn Văn An\u{241B}]52;c;cm") != nil)
    }

    @Test func aBidiOverrideInStoredTextShowsAndATypedOneIsDropped() throws {
        // An import brought a right-to-left override into the nominee's name; on screen it was a blank.
        let desk = try TestDesk()
        try desk.store.write { db in
            try db.execute(sql: "UPDATE person SET name = name || ? WHERE id = (SELECT personID FROM nomination WHERE id = 'N2018-0001')",
                           arguments: ["\u{202E}\u{200B}x"])
        }
        let h = try Harness(Size(width: 160, height: 50), desk: desk)
        h.open("N2018-0001")
        #expect(h.line(containing: "Nguyễn Văn An\u{FFFD}\u{FFFD}x") != nil)
        #expect(!h.screen.cells.contains { $0.grapheme.unicodeScalars.contains(where: ControlPictures.isInvisibleFormat) })
        // A reason typed with one keeps only its text.
        h.press("r")
        h.type("Trùng\u{202E} lặp\u{2066}")
        #expect(h.line(containing: "Trùng lặp▏") != nil)
    }
}

