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
}
