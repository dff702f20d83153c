/// The encodings BinhXet recognises in initiative files.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// TCVN 5712:1993 VN3, the 8-bit code of the ABC fonts (.VnTime, .VnTimeH).
    case tcvn3
    /// VNI, the 8-bit code of the VNI fonts (VNI-Times…): base letter followed by a mark byte.
    case vni
}

/// Why a file's bytes could not be turned into text.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes look like UTF-8 but one sequence is broken at this byte offset.
    case invalidUTF8(byteOffset: Int)
    /// A UTF-16 file (it has a BOM) with an odd length or an unpaired surrogate.
    case invalidUTF16
    /// Not UTF-8, and no legacy Vietnamese encoding reads it plausibly.
    case unknownEncoding
    /// The file holds NUL bytes or other binary data, not text.
    case binary

    public var description: String {
        switch self {
        case .invalidUTF8(let o): return "invalid UTF-8 at byte \(o)"
        case .invalidUTF16: return "invalid UTF-16 (odd length or unpaired surrogate)"
        case .unknownEncoding: return "unknown text encoding (not UTF-8, UTF-16, TCVN3 or VNI)"
        case .binary: return "binary data, not text"
        }
    }
}
