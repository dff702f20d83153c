/// Legacy 8-bit Vietnamese encodings (TCVN3, VNI). The tables and the detector land with the decoder
/// work; until then no legacy reading is offered.
public enum LegacyVietnamese {
    public struct Reading: Sendable { public var encoding: TextEncoding; public var text: String }
    public static func bestReading(of bytes: [UInt8]) -> Reading? { nil }
}
