#if canImport(FoundationXML)
import FoundationXML
#endif
import BinhXetText
import Foundation
import ZIPFoundation

/// Reads the text of a .docx file (Office Open XML): the paragraphs of `word/document.xml`, with runs in
/// TCVN3 or VNI fonts decoded.
///
/// A .docx arrives from outside the office, so the archive is vetted before anything is inflated (see
/// `ZipCentralDirectory`): encrypted or password-protected files, entry names that escape the archive,
/// truncated or damaged archives and oversized entries are each refused with their own error, and the
/// parts that are inflated are counted as they stream out, so a zip bomb stops at the limit whatever its
/// headers claim.
public enum DocxReader {
    /// The bounds a .docx must stay within.
    public struct Limits: Sendable {
        /// Largest `word/document.xml` (or styles part) inflated, in bytes.
        public var maxPartBytes: Int = 64 << 20
        /// Largest inflated/compressed ratio of a part, checked once it exceeds `ratioFloorBytes`
        /// (ordinary XML compresses 5–30:1; small parts may be more repetitive and are harmless).
        public var maxCompressionRatio: Int = 200
        public var ratioFloorBytes: Int = 1 << 20
        /// Most entries an archive may list.
        public var maxEntries: Int = 10_000

        public init() {}
    }

    /// The text of a document and the encoding most of it was typed in.
    public struct Text: Sendable, Equatable {
        /// Paragraphs joined with "\n" plus a final "\n" (empty for a document without paragraphs), NFC.
        public var text: String
        /// `utf8`, or `tcvn3`/`vni` when most characters come from legacy-font runs.
        public var encoding: TextEncoding
    }

    static let documentPart = "word/document.xml"
    static let stylesPart = "word/styles.xml"
    /// OLE compound file signature: .doc, and password-protected .docx (an encrypted package in OLE).
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    public static func read(url: URL, newlines: Normalization.Newlines = .canonical,
                            limits: Limits = Limits()) throws -> Text {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw DocumentError(fileError: error) }
        return try read(url: url, data: data, newlines: newlines, limits: limits)
    }

    /// Reads a .docx whose bytes are already in memory (they are vetted; ZIPFoundation reads `url`).
    static func read(url: URL, data: Data, newlines: Normalization.Newlines, limits: Limits) throws -> Text {
        if data.starts(with: oleSignature) { throw oleError(data) }
        let directory = try ZipCentralDirectory(data: data, maxEntries: limits.maxEntries)
        if directory.entries.contains(where: \.isEncrypted) { throw DocumentError.encrypted }
        if let unsafe = directory.entries.first(where: \.hasUnsafePath) {
            throw DocumentError.unsafeEntryPath(unsafe.path)
        }
        guard let document = entry(documentPart, in: directory) else { throw DocumentError.missingDocumentPart }
        let styles = entry(stylesPart, in: directory)
        for part in [document, styles].compactMap({ $0 }) { try checkDeclaredSize(part, limits: limits) }

        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw DocumentError.corruptZip(detail: "\(error)")
        }
        let documentXML = try extract(document, from: archive, limits: limits)
        let styleFonts = try styles.map { DocxStyleFonts.parse(try extract($0, from: archive, limits: limits)) } ?? .none

        let extractor = DocxTextExtractor(styles: styleFonts)
        try parse(documentXML, with: extractor)
        var text = extractor.paragraphs.joined(separator: "\n")
        if !extractor.paragraphs.isEmpty { text += "\n" }
        if newlines == .canonical, text.utf8.contains(13) || text.hasPrefix("\u{FEFF}") {
            text = Normalization.canonical(text)  // a literal CR or BOM inside w:t, which Word never writes
        }
        return Text(text: text, encoding: extractor.dominantEncoding)
    }

    /// An OLE file is either a password-protected Office document (it holds an `EncryptedPackage`
    /// stream) or an old binary .doc.
    static func oleError(_ data: Data) -> DocumentError {
        let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: marker) != nil ? .encrypted : .oldWordFormat
    }

    /// The entry named `path`; part names are case-insensitive in Office packages.
    private static func entry(_ path: String, in directory: ZipCentralDirectory) -> ZipCentralDirectory.Entry? {
        directory.entries.first { $0.path == path }
            ?? directory.entries.first { $0.path.lowercased() == path }
    }

    /// Refuses a part whose headers already announce too much, before inflating a byte of it.
    private static func checkDeclaredSize(_ entry: ZipCentralDirectory.Entry, limits: Limits) throws {
        if entry.uncompressedSize > UInt64(limits.maxPartBytes) {
            throw DocumentError.zipBomb(detail: "\(entry.path) declares \(entry.uncompressedSize) bytes "
                                        + "(limit \(limits.maxPartBytes))")
        }
        if entry.uncompressedSize > UInt64(limits.ratioFloorBytes),
           entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio) {
            throw DocumentError.zipBomb(detail: "\(entry.path) declares a compression ratio above "
                                        + "\(limits.maxCompressionRatio):1")
        }
    }

    /// Inflates a part, stopping as soon as it outgrows the limits (headers can lie).
    private static func extract(_ entry: ZipCentralDirectory.Entry, from archive: Archive, limits: Limits) throws -> Data {
        guard let zipEntry = archive[entry.path] else { throw DocumentError.corruptZip(detail: "cannot open \(entry.path)") }
        var data = Data()
        data.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limits.maxPartBytes))))
        let scaled = Int(clamping: entry.compressedSize).multipliedReportingOverflow(by: limits.maxCompressionRatio)
        let ratioLimit = max(limits.ratioFloorBytes, scaled.overflow ? .max : scaled.partialValue)
        do {
            _ = try archive.extract(zipEntry, bufferSize: 64 * 1024) { chunk in
                if data.count + chunk.count > limits.maxPartBytes {
                    throw DocumentError.zipBomb(detail: "\(entry.path) expands beyond \(limits.maxPartBytes) bytes")
                }
                if data.count + chunk.count > ratioLimit {
                    throw DocumentError.zipBomb(detail: "\(entry.path) expands more than "
                                                + "\(limits.maxCompressionRatio):1")
                }
                data.append(chunk)
            }
        } catch let error as DocumentError {
            throw error
        } catch Archive.ArchiveError.invalidCRC32 {
            throw DocumentError.corruptZip(detail: "\(entry.path) fails its checksum")
        } catch {
            throw DocumentError.corruptZip(detail: "cannot inflate \(entry.path) (\(error))")
        }
        return data
    }

    private static func parse(_ xml: Data, with extractor: DocxTextExtractor) throws {
        // Word never writes a DTD; refusing one rules out entity-expansion tricks ("billion laughs").
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil || xml.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DocumentError.malformedXML(line: 1, detail: "a DTD is not allowed in a Word document")
        }
        let parser = XMLParser(stream: InputStream(data: xml))  // not XMLParser(data:): it fails above 10 MB
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = extractor
        guard parser.parse() else {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
            throw DocumentError.malformedXML(line: parser.lineNumber, detail: detail)
        }
    }
}
