import Foundation

/// Decoded text and how it was read.
public struct DecodedText: Sendable, Equatable {
    /// The text: BOM dropped, NFC, line ends as the decoder was asked.
    public var text: String
    public var encoding: TextEncoding
}

/// Reads the bytes of a plain-text initiative file whatever its encoding.
///
/// Order of detection: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise bytes that are valid UTF-8 are
/// UTF-8. Bytes that are not valid UTF-8 are legacy Vietnamese (TCVN3 or VNI) when a legacy reading is
/// plausible, and an `invalidUTF8` error naming the first bad byte when the file otherwise looks like
/// UTF-8 (it has well-formed multi-byte sequences), so a damaged UTF-8 file is reported, not misread.
public enum TextDecoder {
    public static func decode(_ data: Data, newlines: Normalization.Newlines = .canonical) throws -> DecodedText {
        try decode([UInt8](data), newlines: newlines)
    }

    public static func decode(_ bytes: [UInt8], newlines: Normalization.Newlines = .canonical) throws -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = firstInvalidUTF8(body) { throw TextDecodingError.invalidUTF8(byteOffset: bad + 3) }
            return DecodedText(text: Normalization.canonical(String(decoding: body, as: UTF8.self), newlines: newlines),
                               encoding: .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let text = try decodeUTF16(bytes.dropFirst(2), littleEndian: little)
            return DecodedText(text: Normalization.canonical(text, newlines: newlines),
                               encoding: little ? .utf16LE : .utf16BE)
        }
        if bytes.contains(0) { throw TextDecodingError.binary }
        guard let bad = firstInvalidUTF8(bytes) else {
            return DecodedText(text: Normalization.canonical(String(decoding: bytes, as: UTF8.self), newlines: newlines),
                               encoding: .utf8)
        }
        if hasWellFormedMultibyteUTF8(bytes) { throw TextDecodingError.invalidUTF8(byteOffset: bad) }
        guard let guess = LegacyVietnamese.bestReading(of: bytes) else {
            throw TextDecodingError.unknownEncoding
        }
        return DecodedText(text: Normalization.canonical(guess.text, newlines: newlines), encoding: guess.encoding)
    }

    /// Byte offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let second = bytes[i + 1]
            guard second >= lower && second <= upper else { return i }
            for j in 2...max(2, need) where j <= need {
                guard bytes[i + j] & 0xC0 == 0x80 else { return i }
            }
            i += need + 1
        }
        return nil
    }

    /// True when the bytes hold at least two well-formed multi-byte UTF-8 sequences of Vietnamese or
    /// punctuation (a legacy 8-bit file almost never does by chance).
    static func hasWellFormedMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var found = 0
        var i = 0
        while i + 1 < bytes.count {
            let b = bytes[i]
            if b >= 0xC2 && b <= 0xDF && bytes[i + 1] & 0xC0 == 0x80 {
                found += 1; i += 2
            } else if b >= 0xE0 && b <= 0xEF && i + 2 < bytes.count
                        && bytes[i + 1] & 0xC0 == 0x80 && bytes[i + 2] & 0xC0 == 0x80 {
                found += 1; i += 3
            } else {
                i += 1
            }
            if found >= 2 { return true }
        }
        return false
    }

    static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) throws -> String {
        guard body.count % 2 == 0 else { throw TextDecodingError.invalidUTF16 }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: throw TextDecodingError.invalidUTF16
            }
        }
        return String(out)
    }
}
