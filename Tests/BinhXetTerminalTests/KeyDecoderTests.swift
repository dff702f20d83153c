import BinhXetUI
import CNcursesw
import Testing
@testable import BinhXetTerminal

/// What `get_wch` returns becomes the keys the UI knows.
struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace),
        (0x03, .ctrl("c")), (0x0C, .ctrl("l")), (0x71, .char("q")), (0x1EBF, .char("ế")), (0x0111, .char("đ")),
    ])
    func characters(_ value: UInt32, _ key: Key) {
        #expect(KeyDecoder.decode(value, isKeyCode: false) == .key(key))
    }

    @Test func functionKeysAndArrows() {
        func code(_ c: Int32) -> TerminalInput? { KeyDecoder.decode(UInt32(bitPattern: c), isKeyCode: true) }
        #expect(code(KEY_UP) == .key(.up))
        #expect(code(KEY_NPAGE) == .key(.pageDown))
        #expect(code(KEY_BTAB) == .key(.backTab))
        #expect(code(KEY_F0 + 1) == .key(.function(1)))
        #expect(code(KEY_F0 + 10) == .key(.function(10)))
        #expect(code(KEY_RESIZE) == .resized)
    }

    @Test func combiningMarkArrivesAsItsOwnCharacter() {
        // NFD input: the field composes it; the decoder passes each scalar on.
        #expect(KeyDecoder.decode(0x0301, isKeyCode: false) == .key(.char("\u{0301}")))
    }

    /// Reads `bytes` as the terminal delivers them — characters one by one, curses having matched none —
    /// through the decoder, as `Curses.read` does: the keys that come out, swallowed sequences left out.
    static func keys(_ text: String, keyCodes: [Int: Int32] = [:]) -> [Key] {
        var reads = text.unicodeScalars.map { RawRead($0.value) }
        for (at, code) in keyCodes { reads.insert(RawRead(UInt32(bitPattern: code), isKeyCode: true), at: at) }
        var out: [Key] = []
        while !reads.isEmpty {
            let first = reads.removeFirst()
            let input = KeyDecoder.decode(first, more: { reads.isEmpty ? nil : reads.removeFirst() },
                                          unread: { reads.insert(contentsOf: $0, at: 0) })
            if case .key(let k) = input { out.append(k) }
        }
        return out
    }

    @Test(arguments: [
        // PuTTY, the Linux console, screen/tmux: vt220 numbered keys.
        ("\u{1B}[1~", Key.home), ("\u{1B}[4~", .end), ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp),
        ("\u{1B}[6~", .pageDown),
        // rxvt.
        ("\u{1B}[7~", .home), ("\u{1B}[8~", .end), ("\u{1B}[7^", .home), ("\u{1B}[8$", .end), ("\u{1B}[a", .up),
        // xterm and its kin, normal and application mode, with modifiers.
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}[1;5H", .home),
        ("\u{1B}[1;2F", .end), ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[1;5C", .right), ("\u{1B}OD", .left),
        ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter), ("\u{1B}[3;5~", .delete),
        // Function keys: vt220/xterm, SS3, the Linux console.
        ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)), ("\u{1B}[11~", .function(1)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[21~", .function(10)),
        ("\u{1B}[24~", .function(12)), ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)),
        ("\u{1B}[1;2P", .function(1)),
    ])
    func escapeSequencesCursesDoesNotKnowAreTheirKeys(_ bytes: String, _ key: Key) {
        #expect(Self.keys(bytes) == [key])
        // And the key typed after it is its own.
        #expect(Self.keys(bytes + "q") == [key, .char("q")])
    }

    @Test(arguments: ["\u{1B}[2~", "\u{1B}[99~", "\u{1B}[200~", "\u{1B}[?1;2c", "\u{1B}[25~", "\u{1B}[E",
                      "\u{1B}Oz", "\u{1B}[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20z", "\u{1B}[<0;3;4M"])
    func anUnknownSequenceIsSwallowedWhole(_ bytes: String) {
        // Never Esc and then command keys: `~` `[` digits would each do something in the queue.
        #expect(Self.keys(bytes) == [])
        #expect(Self.keys(bytes + "j") == [.char("j")])
    }

    @Test func aLoneEscapeIsTheEscKey() {
        #expect(Self.keys("\u{1B}") == [.escape])
        #expect(Self.keys("\u{1B}\u{1B}") == [.escape, .escape])
        // Esc and a key read together (Alt and the key): both keys, as before.
        #expect(Self.keys("\u{1B}y") == [.escape, .char("y")])
        #expect(Self.keys("\u{1B}[") == [.escape, .char("[")])
        #expect(Self.keys("\u{1B}O") == [.escape, .char("O")])
        #expect(Self.keys("\u{1B}\r") == [.escape, .enter])
        // Esc and a key curses recognised.
        #expect(Self.keys("\u{1B}", keyCodes: [1: KEY_UP]) == [.escape, .up])
    }

    @Test func aSequenceBrokenOffLeavesTheKeyAfterIt() {
        // A sequence cut short by a control character or a key code is dropped; what broke it is read.
        #expect(Self.keys("\u{1B}[12\r") == [.enter])
        #expect(Self.keys("\u{1B}[12", keyCodes: [4: KEY_DOWN]) == [.down])
        #expect(Self.keys("\u{1B}[12") == [])
    }

    @Test func keyCodesForHomeAndEndUnderOtherNames() {
        func code(_ c: Int32) -> TerminalInput? { KeyDecoder.decode(UInt32(bitPattern: c), isKeyCode: true) }
        #expect(code(KEY_FIND) == .key(.home))
        #expect(code(KEY_SELECT) == .key(.end))
        #expect(code(KEY_A1) == .key(.home))
        #expect(code(KEY_C1) == .key(.end))
    }
}

