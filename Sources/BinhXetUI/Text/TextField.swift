import Foundation
import BinhXetText

/// A one-line text being typed in a dialog or the search prompt.
///
/// Input arrives one scalar at a time: an IME commits precomposed letters, other sources send a base
/// letter followed by combining marks. The field keeps NFC so what is stored matches what the desk
/// compares, and Backspace removes one grapheme (an IME correcting a syllable sends Backspace and the
/// new letter, never "half a letter").
public struct TextField: Equatable, Sendable {
    public private(set) var text: String = ""

    public init(_ text: String = "") { self.text = Normalization.nfc(text) }

    public var isEmpty: Bool { text.isEmpty }

    /// Appends one typed scalar. Control characters are not text and are ignored.
    public mutating func insert(_ scalar: Unicode.Scalar) {
        guard scalar.value >= 0x20, scalar.value != 0x7F else { return }
        var scalars = text.unicodeScalars
        scalars.append(scalar)
        // Only the last grapheme can change under NFC, but a field is short: normalise it whole.
        text = String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Appends text (a paste, or a test typing a phrase).
    public mutating func insert(_ string: String) {
        for u in string.unicodeScalars { insert(u) }
    }

    /// Removes the last grapheme.
    public mutating func backspace() {
        if !text.isEmpty { text.removeLast() }
    }

    /// Empties the field (Ctrl-U).
    public mutating func clear() { text = "" }

    /// The text with surrounding blanks removed, as it will be stored.
    public var trimmed: String { text.trimmingCharacters(in: .whitespaces) }
}
