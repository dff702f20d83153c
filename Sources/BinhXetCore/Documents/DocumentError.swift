import BinhXetText
import Foundation

/// Why an initiative document could not be read. Messages name the problem in plain words; the caller
/// adds the file name ("SK2018-0042.docx: …").
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case fileNotFound
    /// The file exists but cannot be read: an I/O error, as the system words it.
    case unreadableFile(reason: String)
    /// The file exists but this user may not read it.
    case noPermission
    /// The file was replaced or moved between being looked at and being read.
    case changedWhileRead
    /// A Word 97–2003 `.doc` (OLE compound file), which BinhXet does not read.
    case oldWordFormat
    /// A password-protected Office file (an OLE container holding an encrypted package) or a zip whose
    /// entries are encrypted.
    case encrypted
    /// Named `.docx` but not a zip archive at all.
    case notAZip
    /// A zip whose end is missing or whose entries run past the end of the file (an interrupted copy or
    /// download).
    case truncatedZip
    /// A zip whose structure or data is damaged in another way.
    case corruptZip(detail: String)
    /// An entry name that would escape the archive (`../x`, `/etc/x`, `C:\x`): the file is rejected.
    case unsafeEntryPath(String)
    /// An entry that expands beyond sane limits (size or compression ratio) or an archive with absurdly
    /// many entries; extraction is stopped before it completes.
    case zipBomb(detail: String)
    /// A zip without `word/document.xml`: not a Word document.
    case missingDocumentPart
    /// `word/document.xml` is not well-formed XML (or declares a DTD, which Word never writes).
    case malformedXML(line: Int, detail: String)
    /// A text file whose bytes are not text in any encoding BinhXet knows.
    case undecodableText(TextDecodingError)
    /// A folder, FIFO, device or socket where a document was expected.
    case notARegularFile(kind: SpecialFile)
    /// A file larger than the desk accepts (`max_report_mb`).
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .fileNotFound:
            return "file not found"
        case .unreadableFile(let reason):
            return "cannot read the file: \(reason)"
        case .noPermission:
            return "cannot read the file: permission denied"
        case .changedWhileRead:
            return "cannot read the file: it changed while it was being read"
        case .oldWordFormat:
            return "old Word .doc format is not supported, save as .docx"
        case .encrypted:
            return "the document is password-protected (encrypted); save it without a password"
        case .notAZip:
            return "not a .docx document (the file is not a zip archive)"
        case .truncatedZip:
            return "the .docx file is truncated (incomplete copy or download)"
        case .corruptZip(let detail):
            return "the .docx file is damaged: \(detail)"
        case .unsafeEntryPath(let path):
            return "the .docx file contains an unsafe entry path \"\(path)\" and was rejected"
        case .zipBomb(let detail):
            return "the .docx file expands beyond safe limits (zip bomb?): \(detail)"
        case .missingDocumentPart:
            return "not a Word document: word/document.xml is missing"
        case .malformedXML(let line, let detail):
            return "the document text (word/document.xml) is malformed XML at line \(line): \(detail)"
        case .undecodableText(let error):
            return "cannot decode the text: \(error)"
        case .notARegularFile(let kind):
            return "is \(kind.english), not a regular file"
        case .tooLarge(let bytes, let limit):
            return "the file is \(DocumentError.megabytes(bytes)) MB; files above \(DocumentError.megabytes(limit)) MB are refused "
                + "(setting max_report_mb)"
        }
    }
}

extension DocumentError {
    /// A size in MB (of 1,048,576 bytes) with one decimal when it is not whole, as the reader writes it:
    /// "25.8" in English, "25,8" in Vietnamese (`Percent.decimal`).
    static func megabytes(_ bytes: Int, in language: Language = .en) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb == mb.rounded() ? String(Int(mb)) : Percent.decimal(mb, places: 1, in: language)
    }

    /// A file-system error from reading a document, as a `DocumentError`.
    init(fileError error: any Error) {
        let code = (error as NSError).code
        if code == CocoaError.fileReadNoSuchFile.rawValue || code == CocoaError.fileNoSuchFile.rawValue {
            self = .fileNotFound
        } else if code == CocoaError.fileReadNoPermission.rawValue {
            self = .unreadableFile(reason: "permission denied")
        } else {
            self = .unreadableFile(reason: (error as NSError).localizedDescription)
        }
    }
}

/// What a path is when it is not a regular file: worded in English here, in Vietnamese by `ErrorWords`,
/// as every error is (its English kind read "là a folder" in a Vietnamese line).
public enum SpecialFile: String, Sendable, Equatable {
    case folder, fifo, characterDevice, blockDevice, socket, symbolicLink, other

    public var english: String {
        switch self {
        case .folder: return "a folder"
        case .fifo: return "a FIFO (named pipe)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .symbolicLink: return "a symbolic link"
        case .other: return "a special file"
        }
    }
}
