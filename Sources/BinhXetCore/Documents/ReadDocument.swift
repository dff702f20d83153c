import BinhXetText
import Foundation

/// An initiative document as read from disk: its original bytes and its canonical text.
public struct ReadDocument: Sendable, Equatable {
    /// The container the text came from.
    public enum Format: String, Sendable, Codable, CaseIterable {
        case txt
        case docx
    }

    /// The file's bytes, unchanged (stored as the original).
    public var data: Data
    /// Hex SHA-256 of `data`: the content address of the original.
    public var sha256: String
    public var format: Format
    /// For text files the detected encoding; for .docx `utf8`, or `tcvn3`/`vni` when most of the text was
    /// typed in legacy fonts.
    public var encoding: TextEncoding
    /// The canonical text: NFC, no BOM, LF line ends (unless asked to keep them), one line per paragraph.
    public var text: String

    public init(data: Data, sha256: String, format: Format, encoding: TextEncoding, text: String) {
        self.data = data
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.text = text
    }
}
