import BinhXetText
import Foundation

/// The one way BinhXet reads an initiative document, for import and the command line alike.
///
/// The container is recognised by content first (a zip is a .docx whatever its name; an OLE file is an
/// old .doc or a password-protected document), then by extension: `.docx` must be a zip, `.doc` is
/// refused, and anything else is read as text through `TextDecoder` (UTF-8/16, TCVN3, VNI).
public enum DocumentReader {
    private static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]

    public static func read(url: URL, newlines: Normalization.Newlines = .canonical) throws -> ReadDocument {
        try read(url: url, newlines: newlines, limits: DocxReader.Limits())
    }

    public static func read(url: URL, newlines: Normalization.Newlines = .canonical,
                            limits: DocxReader.Limits) throws -> ReadDocument {
        let data = try readFile(url)
        let sha256 = SHA256.hex(of: data)
        let ext = url.pathExtension.lowercased()
        if zipSignatures.contains(where: { data.starts(with: $0) }) {
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

    private static func readFile(_ url: URL) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DocumentError.fileNotFound
        }
        if isDirectory.boolValue { throw DocumentError.unreadableFile(reason: "it is a folder") }
        do { return try Data(contentsOf: url) } catch { throw DocumentError(fileError: error) }
    }
}
