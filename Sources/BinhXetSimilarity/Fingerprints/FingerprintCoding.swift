/// The compact byte form of a document's fingerprints, for the desk to persist and to rebuild the
/// in-memory index from at start-up without re-reading every text.
///
/// Layout: magic "BXF", format version, shingle size, window, flags (bit 0: numbers as a class), then a
/// LEB128 count and per fingerprint the LEB128 delta of its position from the previous one and the 8 hash
/// bytes little-endian. About 9–10 bytes per fingerprint.
public enum FingerprintCoding {
    public static let formatVersion: UInt8 = 1

    /// Why a blob cannot be used.
    public enum DecodingError: Error, Equatable, Sendable {
        /// Not a fingerprint blob, or cut short.
        case malformed
        /// Made with other fingerprint parameters: the text must be fingerprinted again.
        case parametersDiffer
    }

    public static func encode(_ fingerprints: [Fingerprint], parameters: SimilarityParameters) -> [UInt8] {
        var out: [UInt8] = [0x42, 0x58, 0x46, formatVersion,
                            UInt8(clamping: parameters.shingleSize), UInt8(clamping: parameters.window),
                            parameters.numbersAsClass ? 1 : 0]
        out.reserveCapacity(out.count + 5 + fingerprints.count * 10)
        appendVarint(UInt64(fingerprints.count), to: &out)
        var previous = 0
        for f in fingerprints {
            appendVarint(UInt64(max(0, f.position - previous)), to: &out)
            previous = f.position
            var h = f.hash
            for _ in 0..<8 { out.append(UInt8(truncatingIfNeeded: h)); h >>= 8 }
        }
        return out
    }

    public static func decode(_ bytes: [UInt8], parameters: SimilarityParameters) throws(DecodingError) -> [Fingerprint] {
        guard bytes.count >= 8, bytes[0] == 0x42, bytes[1] == 0x58, bytes[2] == 0x46, bytes[3] == formatVersion
        else { throw .malformed }
        guard Int(bytes[4]) == parameters.shingleSize, Int(bytes[5]) == parameters.window,
              (bytes[6] & 1 == 1) == parameters.numbersAsClass
        else { throw .parametersDiffer }
        var i = 7
        let count = try readVarint(bytes, &i)
        guard count <= UInt64(bytes.count) else { throw .malformed }
        var out: [Fingerprint] = []
        out.reserveCapacity(Int(count))
        var position = 0
        for _ in 0..<count {
            position += Int(try readVarint(bytes, &i))
            guard i + 8 <= bytes.count else { throw .malformed }
            var h: UInt64 = 0
            for b in 0..<8 { h |= UInt64(bytes[i + b]) << (8 * UInt64(b)) }
            i += 8
            out.append(Fingerprint(hash: h, position: position))
        }
        return out
    }

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    private static func readVarint(_ bytes: [UInt8], _ i: inout Int) throws(DecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard i < bytes.count, shift < 64 else { throw .malformed }
            let b = bytes[i]
            i += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }
}
