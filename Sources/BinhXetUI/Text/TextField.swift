import Foundation
import BinhXetText

/// A one-line text being typed in a dialog or the search prompt, with a cursor.
///
/// Input arrives one scalar at a time: an IME commits precomposed letters, other sources send a base
/// letter followed by combining marks. The field keeps NFC so what is stored matches what the desk
/// compares. The cursor stands between graphemes (user-perceived letters): Backspace removes the one
/// before it, Delete the one after, and a combining mark typed after a letter joins that letter.
public struct TextField: Equatable, Sendable {
    // The text is kept as its two sides of the cursor: typing appends to the first, so each key costs the
    // same however long the field is. A paste arrives as one key per character, and with the whole text
    // normalised at every key a 10 KB paste took seconds (DECISIONS.md, 2026-12-06).
    /// The text before the cursor and after it, for drawing the cursor between them.
    public private(set) var beforeCursor: String = ""
    public private(set) var afterCursor: String = ""

    public init(_ text: String = "") {
        beforeCursor = Normalization.nfc(text)
    }

    public var text: String { beforeCursor + afterCursor }
    /// Graphemes before the cursor (0 … `text.count`).
    public var cursor: Int { beforeCursor.count }
    public var isEmpty: Bool { beforeCursor.isEmpty && afterCursor.isEmpty }

    /// Inserts one typed scalar at the cursor. Control characters (C0, DEL, C1) and invisible format
    /// characters (bidi controls, zero-width characters: `ControlPictures.isInvisibleFormat`) are not text
    /// and are ignored: a reason shows what it says and prints the same in a notice.
    public mutating func insert(_ scalar: Unicode.Scalar) {
        guard !ControlPictures.isHidden(scalar) else { return }
        // Only the grapheme before the cursor can change under NFC: a typed mark composes with its letter,
        // and nothing composes across a grapheme boundary (Hangul jamo join within one grapheme too).
        var piece = beforeCursor.popLast().map(String.init) ?? ""
        piece.unicodeScalars.append(scalar)
        beforeCursor += Normalization.nfc(piece)
    }

    /// The field with its cursor (▏) in at most `width` columns, scrolled so the cursor always shows: text
    /// cut off on either side is marked "…". While it fits, all of it.
    public func withCursor(fitting width: Int) -> String {
        let full = beforeCursor + "▏" + afterCursor
        guard width >= 4, DisplayWidth.of(full) > width else { return full }
        let afterWidth = DisplayWidth.of(afterCursor)
        if DisplayWidth.of(beforeCursor) + 1 + min(afterWidth, 1) <= width {
            return beforeCursor + "▏" + DisplayWidth.cut(afterCursor, to: width - 1 - DisplayWidth.of(beforeCursor))
        }
        // The cursor near the right edge, a little of what follows it after it.
        let right = afterCursor.isEmpty ? "" : DisplayWidth.cut(afterCursor, to: min(afterWidth, max(2, width / 4)))
        let left = DisplayWidth.suffix(beforeCursor, fitting: width - 2 - DisplayWidth.of(right))
        return "…" + left + "▏" + right
    }

    /// Inserts text at the cursor (a paste, or a test typing a phrase).
    public mutating func insert(_ string: String) {
        for u in string.unicodeScalars { insert(u) }
    }

    /// Removes the grapheme before the cursor.
    public mutating func backspace() {
        _ = beforeCursor.popLast()
    }

    /// Removes the grapheme after the cursor (Delete).
    public mutating func deleteForward() {
        if !afterCursor.isEmpty { afterCursor.removeFirst() }
    }

    public mutating func moveLeft() {
        if let c = beforeCursor.popLast() { afterCursor.insert(c, at: afterCursor.startIndex) }
    }

    public mutating func moveRight() {
        if !afterCursor.isEmpty { beforeCursor.append(afterCursor.removeFirst()) }
    }

    public mutating func moveToStart() { afterCursor = beforeCursor + afterCursor; beforeCursor = "" }
    public mutating func moveToEnd() { beforeCursor += afterCursor; afterCursor = "" }

    /// Empties the field (Ctrl-U).
    public mutating func clear() { beforeCursor = ""; afterCursor = "" }

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
