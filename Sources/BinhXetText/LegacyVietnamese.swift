import Foundation

/// Legacy 8-bit Vietnamese encodings: TCVN3 (the ABC fonts .VnTime, .VnTimeH…) and VNI-Windows (the VNI
/// fonts VNI-Times, VNI-Helve…), still found in reports typed before Unicode became the norm.
///
/// TCVN3 puts each Vietnamese letter in one byte; VNI writes a base letter followed by a mark byte. The
/// tables are compiled in (`TCVN3Table`, `VNITable`) and mirrored in `Resources/encodings`, whose README
/// gives their provenance. Bytes 0x00–0x7F are ASCII in both. Output is always NFC.
public enum LegacyVietnamese {
    /// A legacy reading of a file's bytes.
    public struct Reading: Sendable, Equatable {
        public var encoding: TextEncoding
        /// NFC text; line ends as in the file.
        public var text: String

        public init(encoding: TextEncoding, text: String) {
            self.encoding = encoding
            self.text = text
        }
    }

    /// Decodes bytes in the given encoding to NFC text (line ends untouched). TCVN3 and VNI use the legacy
    /// tables; the Unicode encodings decode leniently (broken sequences become U+FFFD) after their BOM.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
        switch encoding {
        case .tcvn3, .vni:
            return LegacyDecoder.decode(bytes.lazy.map { UInt32($0) }, as: encoding).text
        case .utf8, .utf8BOM:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            return Normalization.nfc(String(decoding: body, as: UTF8.self))
        case .utf16LE, .utf16BE:
            let little = encoding == .utf16LE
            let bom: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let body = bytes.starts(with: bom) ? bytes[2...] : bytes[...]
            var units = [UInt16]()
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i + 1 < body.endIndex {
                let a = UInt16(body[i]), b = UInt16(body[i + 1])
                units.append(little ? b << 8 | a : a << 8 | b)
                i += 2
            }
            return Normalization.nfc(String(decoding: units, as: UTF16.self))
        }
    }

    /// Decodes the text of a .docx run typed in a legacy font. Word keeps such text as the font's bytes
    /// seen through Windows-1252: 0xA0–0xFF as the Latin-1 code point of the same value, 0x80–0x9F as the
    /// 1252 punctuation (“ ” – …); both are turned back into bytes and decoded. Characters that are not
    /// a byte in disguise (real Unicode mixed into the run) pass through. Other encodings return the text
    /// unchanged.
    public static func decodeFontText(_ text: String, encoding: TextEncoding) -> String {
        guard encoding == .tcvn3 || encoding == .vni else { return text }
        let codes = text.unicodeScalars.lazy.map { s in Windows1252.byte(for: s.value).map(UInt32.init) ?? s.value }
        return LegacyDecoder.decode(codes, as: encoding).text
    }

    /// The legacy encoding of a font by its name: the ABC fonts (".VnTime", ".VnTimeH", ".VnArial"…, all
    /// named with a leading ".Vn") are TCVN3, the VNI fonts ("VNI-Times", "VNI-Helve"…) are VNI; any other
    /// font holds Unicode text, so nil.
    public static func encoding(forFontName name: String) -> TextEncoding? {
        let n = name.trimmingCharacters(in: .whitespaces).lowercased()
        if n.hasPrefix(".vn") { return .tcvn3 }
        if n.hasPrefix("vni-") || n.hasPrefix("vni ") { return .vni }
        return nil
    }

    /// The more plausible of the TCVN3 and VNI readings of bytes that are not UTF-8, or nil when neither
    /// reads as Vietnamese (random binary, Latin-1 French…). The choice is made on the first 64 KiB.
    public static func bestReading(of bytes: [UInt8]) -> Reading? {
        let sample = detectionSample(of: bytes)
        var best: (encoding: TextEncoding, score: Double, text: String)?
        for encoding in [TextEncoding.tcvn3, .vni] {
            let output = LegacyDecoder.decode(sample.lazy.map { UInt32($0) }, as: encoding)
            let p = LegacyPlausibility(text: output.text, penalties: output.strayMarks + output.unmapped)
            guard p.isPlausible, p.score > (best?.score ?? -.infinity) else { continue }
            best = (encoding, p.score, output.text)
        }
        guard let best else { return nil }
        let text = sample.count == bytes.count ? best.text : decode(bytes, as: best.encoding)
        return Reading(encoding: best.encoding, text: text)
    }

    /// How plausible the reading of `bytes` in a legacy encoding is (for tests and diagnostics).
    static func plausibility(of bytes: [UInt8], as encoding: TextEncoding) -> LegacyPlausibility {
        let output = LegacyDecoder.decode(bytes.lazy.map { UInt32($0) }, as: encoding)
        return LegacyPlausibility(text: output.text, penalties: output.strayMarks + output.unmapped)
    }

    /// At most the first 64 KiB, cut after a line end (or a space) so no VNI letter is split.
    static func detectionSample(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        let limit = 64 * 1024
        guard bytes.count > limit else { return bytes[...] }
        let cut = bytes[..<limit].lastIndex(of: 0x0A) ?? bytes[..<limit].lastIndex(of: 0x20) ?? limit - 1
        return bytes[...cut]
    }
}
