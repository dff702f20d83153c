/// The Windows-1252 characters of bytes 0x80–0x9F.
///
/// Legacy Vietnamese fonts are "ANSI" fonts: Windows hands their bytes to Word through code page 1252, so a
/// byte 0x93 typed in `.VnTime` is stored in a .docx as U+201C, and 0xA0–0xFF as the Latin-1 code point
/// of the same value. Reading such text back means undoing exactly this mapping. The five bytes 1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) pass through as the C1 control of the same value, as Windows does.
enum Windows1252 {
    /// Scalar of each byte 0x80…0x9F (index = byte − 0x80).
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98
    ]

    /// The byte Windows stored as `scalar`, or nil when the scalar is not a Windows-1252 character.
    /// Code points U+F020–U+F0FF are accepted too: Word stores text of symbol-charset fonts there.
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        if scalar >= 0xF020 && scalar <= 0xF0FF { return UInt8(scalar - 0xF000) }
        return reverse[scalar]
    }

    private static let reverse: [UInt32: UInt8] = {
        var r: [UInt32: UInt8] = [:]
        for (i, v) in high.enumerated() where v >= 0x100 { r[v] = UInt8(0x80 + i) }
        return r
    }()
}
