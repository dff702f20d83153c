import BinhXetText
import Foundation

/// The one way BinhXet reads an initiative document, for import and the command line alike.
///
/// The container is recognised by content first (a zip is a .docx whatever its name; an OLE file is an
/// old .doc or a password-protected document), then by extension: `.docx` must be a zip, `.doc` is
/// refused, and anything else is read as text through `TextDecoder` (UTF-8/16, TCVN3, VNI).
///
/// Only a regular file up to `maxBytes` is read (never a FIFO or device), and the text keeps no stray
/// control characters (`StrayControlCharacters`), so nothing read from a report can drive a terminal.
public enum DocumentReader {
    private static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]

    /// The default of `max_report_mb`: far above any real report (the dev corpus's largest is under 1 MB)
    /// and far below what would exhaust memory (a 200 MB text took 2 GB to import).
    public static let defaultMaxMB = 20

    public static func read(url: URL, newlines: Normalization.Newlines = .canonical,
                            maxBytes: Int = defaultMaxMB << 20) throws -> ReadDocument {
        try read(url: url, newlines: newlines, limits: DocxReader.Limits(), maxBytes: maxBytes)
    }

    public static func read(url: URL, newlines: Normalization.Newlines = .canonical,
                            limits: DocxReader.Limits, maxBytes: Int = defaultMaxMB << 20,
                            followLinks: Bool = true) throws -> ReadDocument {
        let data = try RegularFile.read(url.path, maxBytes: maxBytes, followLinks: followLinks)
        var document = try decode(data, url: url, newlines: newlines, limits: limits)
        document.text = StrayControlCharacters.removed(from: document.text)
        return document
    }

    /// The container a file's bytes are read as when they read at all: a zip is a .docx, anything else
    /// text (the importer names an original's stored file by it before the text is decoded).
    public static func format(of data: Data) -> ReadDocument.Format {
        zipSignatures.contains(where: { data.starts(with: $0) }) ? .docx : .txt
    }

    private static func decode(_ data: Data, url: URL, newlines: Normalization.Newlines,
                               limits: DocxReader.Limits) throws -> ReadDocument {
        let sha256 = SHA256.hex(of: data)
        let ext = url.pathExtension.lowercased()
        if format(of: data) == .docx {
            let docx = try DocxReader.read(url: url, data: data, newlines: newlines, limits: limits)
            return ReadDocument(data: data, sha256: sha256, format: .docx, encoding: docx.encoding, text: docx.text)
        }
        if data.starts(with: DocxReader.oleSignature) { throw DocxReader.oleError(data) }
        switch ext {
        case "doc":
            throw DocumentError.oldWordFormat
        case "docx", "docm", "dotx":
            // Not a zip: a zip cut before its first header is "truncated" only if it began like one.
            throw data.starts(with: [0x50, 0x4B]) && data.count < 30 ? DocumentError.truncatedZip : DocumentError.notAZip
        default:
            do {
                let decoded = try TextDecoder.decode(data, newlines: newlines)
                return ReadDocument(data: data, sha256: sha256, format: .txt, encoding: decoded.encoding, text: decoded.text)
            } catch let error as TextDecodingError {
                throw DocumentError.undecodableText(error)
            }
        }
    }
}
