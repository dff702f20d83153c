import Foundation
import BinhXetText

/// A one-line text being typed in a dialog or the search prompt, with a cursor.
///
/// Input arrives one scalar at a time: an IME commits precomposed letters, other sources send a base
/// letter followed by combining marks. The field keeps NFC so what is stored matches what the desk
/// compares. The cursor stands between graphemes (user-perceived letters): Backspace removes the one
/// before it, Delete the one after, and a combining mark typed after a letter joins that letter.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String = ""
    /// Graphemes before the cursor (0 … `text.count`).
    public private(set) var cursor: Int = 0

    public init(_ text: String = "") {
        self.text = Normalization.nfc(text)
        cursor = self.text.count
    }

    public var isEmpty: Bool { text.isEmpty }

    /// The text before the cursor and after it, for drawing the cursor between them.
    public var beforeCursor: String { String(text.prefix(cursor)) }
    public var afterCursor: String { String(text.dropFirst(cursor)) }

    /// Inserts one typed scalar at the cursor. Control characters are not text and are ignored.
    public mutating func insert(_ scalar: Unicode.Scalar) {
        guard scalar.value >= 0x20, scalar.value != 0x7F else { return }
        var before = beforeCursor.unicodeScalars
        before.append(scalar)
        // Only the grapheme before the cursor can change under NFC, but a field is short: normalise it whole.
        let head = String(before).precomposedStringWithCanonicalMapping
        text = head + afterCursor
        cursor = head.count
    }

    /// Inserts text at the cursor (a paste, or a test typing a phrase).
    public mutating func insert(_ string: String) {
        for u in string.unicodeScalars { insert(u) }
    }

    /// Removes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        let at = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: at)
        cursor -= 1
    }

    /// Removes the grapheme after the cursor (Delete).
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = text.count }

    /// Empties the field (Ctrl-U).
    public mutating func clear() { text = ""; cursor = 0 }

    /// Applies an editing key (cursor movement, Backspace, Delete, Ctrl-U, a typed character); false when
    /// the key is not one.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .char(let u): insert(u)
        case .backspace: backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .ctrl("u"): clear()
        default: return false
        }
        return true
    }

    /// The text with surrounding blanks removed, as it will be stored.
    public var trimmed: String { text.trimmingCharacters(in: .whitespaces) }
}
