import BinhXetText
import Foundation

// Interim reader (txt only); replaced by the full reader with .docx support.
public struct ReadDocument: Sendable {
    public var data: Data
    public var sha256: String
    public var format: String
    public var encoding: TextEncoding
    public var text: String
}

public enum DocumentError: Error, CustomStringConvertible {
    case unreadable(String)
    case text(TextDecodingError)
    public var description: String {
        switch self {
        case .unreadable(let m): return m
        case .text(let e): return e.description
        }
    }
}

public enum DocumentReader {
    public static func read(url: URL, newlines: Normalization.Newlines = .canonical) throws -> ReadDocument {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DocumentError.unreadable("cannot read the file")
        }
        do {
            let d = try TextDecoder.decode(data, newlines: newlines)
            return ReadDocument(data: data, sha256: SHA256.hex(of: data), format: "txt", encoding: d.encoding, text: d.text)
        } catch let e as TextDecodingError { throw DocumentError.text(e) }
    }
}
