/// Turns TCVN3 or VNI codes into Unicode text, counting what does not fit the encoding.
///
/// Input is a sequence of "codes": values below 0x100 are legacy bytes, larger values are Unicode scalars
/// that pass through unchanged (a .docx run can mix legacy bytes with real Unicode). Output is built as
/// UTF-8 bytes in one pass and normalised only when a combining mark was produced, so plain legacy text
/// never pays for Foundation's NFC.
struct LegacyDecoder {
    struct Output {
        /// The decoded text, NFC.
        var text: String
        /// VNI mark bytes that did not follow a letter they belong to (they decode as combining marks).
        var strayMarks = 0
        /// Bytes the encoding does not use for text (C1 controls; in VNI, bytes 0xC0–0xFF that are neither
        /// letters nor marks).
        var unmapped = 0
    }

    static func decode<C: Collection>(_ codes: C, as encoding: TextEncoding) -> Output where C.Element == UInt32 {
        switch encoding {
        case .vni: return decodeVNI(codes)
        default: return decodeTCVN3(codes)
        }
    }

    private static func decodeTCVN3<C: Collection>(_ codes: C) -> Output where C.Element == UInt32 {
        var out = [UInt8]()
        out.reserveCapacity(codes.underestimatedCount * 3 / 2)
        var needsNFC = false
        var unmapped = 0
        for c in codes {
            if c < 0x80 { out.append(UInt8(truncatingIfNeeded: c)); continue }
            let u = c < 0x100 ? TCVN3Table.high[Int(c) - 0x80] : c
            if u >= 0x300 && (c >= 0x100 || isCombining(u)) { needsNFC = true }
            if u >= 0x80 && u < 0xA0 { unmapped += 1 }
            appendUTF8(u, to: &out)
        }
        return Output(text: finish(out, needsNFC: needsNFC), unmapped: unmapped)
    }

    private static func decodeVNI<C: Collection>(_ codes: C) -> Output where C.Element == UInt32 {
        var out = [UInt8]()
        out.reserveCapacity(codes.underestimatedCount * 3 / 2)
        var needsNFC = false
        var stray = 0, unmapped = 0
        var iterator = codes.makeIterator()
        var next = iterator.next()
        while let c = next {
            next = iterator.next()
            // A base letter followed by its mark byte is one precomposed letter.
            if let m = next, m >= 0xC0, m < 0x100, c < 0x100,
               let letter = VNITable.pairLetter[UInt16(truncatingIfNeeded: c << 8 | m)] {
                appendUTF8(letter, to: &out)
                next = iterator.next()
                continue
            }
            if c < 0x80 { out.append(UInt8(truncatingIfNeeded: c)); continue }
            guard c < 0x100 else {
                if c >= 0x300 { needsNFC = true }
                appendUTF8(c, to: &out)
                continue
            }
            let scalars = VNITable.high[Int(c) - 0x80]
            if isCombining(scalars[0]) {
                // A mark after a letter it is not paired with (a capital's mark on a small letter, a mark
                // on a consonant): keep what the font draws, a combining mark, and let NFC attach it.
                stray += 1
                needsNFC = true
            } else if isUnusedInVNI(UInt8(c), scalar: scalars[0]) {
                unmapped += 1
            }
            for u in scalars { appendUTF8(u, to: &out) }
        }
        return Output(text: finish(out, needsNFC: needsNFC), strayMarks: stray, unmapped: unmapped)
    }

    /// A byte VNI text does not contain: in 0xC0–0xFF one that is neither a letter nor a mark (a mark
    /// was handled before), below that a C1 control (Windows-1252 leaves it undefined).
    private static func isUnusedInVNI(_ byte: UInt8, scalar: UInt32) -> Bool {
        byte >= 0xC0 ? !VNITable.letterBytes.contains(byte) : scalar >= 0x80 && scalar < 0xA0
    }

    private static func finish(_ utf8: [UInt8], needsNFC: Bool) -> String {
        let text = String(decoding: utf8, as: UTF8.self)
        return needsNFC ? Normalization.nfc(text) : text
    }

    @inline(__always)
    static func isCombining(_ u: UInt32) -> Bool { u >= 0x0300 && u <= 0x036F }

    @inline(__always)
    static func appendUTF8(_ u: UInt32, to out: inout [UInt8]) {
        switch u {
        case 0..<0x80:
            out.append(UInt8(u))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | u >> 6)); out.append(UInt8(0x80 | u & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | u >> 12)); out.append(UInt8(0x80 | u >> 6 & 0x3F))
            out.append(UInt8(0x80 | u & 0x3F))
        default:
            out.append(UInt8(0xF0 | u >> 18)); out.append(UInt8(0x80 | u >> 12 & 0x3F))
            out.append(UInt8(0x80 | u >> 6 & 0x3F)); out.append(UInt8(0x80 | u & 0x3F))
        }
    }
}
