import BinhXetSimilarity
import BinhXetText
import Foundation

/// One row of the corpus's nominations.csv.
struct EvalNomination: Sendable {
    var id: String
    var year: Int
    var nomineeID: String
    var unit: String
    var position: String
    var duties: String
    var title: String
    var file: String
    var receivedOn: String

    var documentInfo: DocumentInfo {
        DocumentInfo(id: id, nomineeID: nomineeID, unit: unit, year: year, title: title, receivedOn: receivedOn)
    }
}

/// truth.json, only the fields the evaluation reads.
struct EvalTruth: Decodable {
    struct Document: Decodable {
        var file: String
        var nomination_id: String
        var year: Int
        var labels: [String]
        var chars: Int
        var text_sha256: String
    }
    struct Case: Decodable {
        var case_id: String
        var label: String
        var susp_doc: String
        var src_doc: String?
        var positive: Bool
    }
    struct Passage: Decodable {
        var susp_offset: Int
        var susp_length: Int
        var src_offset: Int
        var src_length: Int
    }
    struct Pair: Decodable {
        var susp_doc: String
        var src_doc: String
        var relation: String
        var case_ids: [String]
        var passages: [Passage]
    }
    var documents: [String: Document]
    var cases: [Case]
    var pairs: [Pair]
}

/// The evaluation corpus on disk: nominations, truth, and the decoded documents.
struct EvalCorpus {
    var nominations: [EvalNomination]
    var truth: EvalTruth
    /// Decoded text by nomination id.
    var texts: [String: String] = [:]
    /// Documents that could not be decoded, by reason.
    var skipped: [String: Int] = [:]
    /// Decoded documents whose canonical text differs from truth.json's length or checksum.
    var checksumMismatches: [String] = []

    init(directory: URL) throws {
        let csv = try String(contentsOf: directory.appendingPathComponent("nominations.csv"), encoding: .utf8)
        nominations = EvalCSV.records(csv).compactMap { row in
            guard row["title"] == "CSTDCS", let file = row["initiative_file"], !file.isEmpty else { return nil }
            return EvalNomination(id: row["nomination_id"] ?? "", year: Int(row["year"] ?? "") ?? 0,
                                  nomineeID: row["nominee_id"] ?? "", unit: row["unit"] ?? "",
                                  position: row["position"] ?? "", duties: row["duties"] ?? "",
                                  title: row["initiative_title"] ?? "", file: file,
                                  receivedOn: row["received_on"] ?? "")
        }
        let data = try Data(contentsOf: directory.appendingPathComponent("truth.json"))
        truth = try JSONDecoder().decode(EvalTruth.self, from: data)
        let shaByFile = Dictionary(truth.documents.values.map { ($0.file, ($0.chars, $0.text_sha256)) },
                                   uniquingKeysWith: { a, _ in a })
        for n in nominations {
            do {
                let text = try EvalTextLoader.loadText(directory.appendingPathComponent(n.file))
                texts[n.id] = text
                if let (chars, sha) = shaByFile[n.file],
                   text.unicodeScalars.count != chars || SHA256.hex(of: text) != sha {
                    checksumMismatches.append(n.id)
                }
            } catch {
                skipped[String(describing: error), default: 0] += 1
            }
        }
    }
}

/// Reads a document's canonical text (BOM dropped, LF line ends, NFC).
///
/// The one place that knows file formats: when `DocumentReader.read(url:)` lands in BinhXetCore (docx,
/// TCVN3, VNI), it replaces the body of `loadText` and nothing else changes.
enum EvalTextLoader {
    struct Unsupported: Error, CustomStringConvertible {
        var pathExtension: String
        var description: String { "unsupported container .\(pathExtension)" }
    }

    static func loadText(_ url: URL) throws -> String {
        guard url.pathExtension.lowercased() == "txt" else { throw Unsupported(pathExtension: url.pathExtension) }
        return try TextDecoder.decode(Data(contentsOf: url)).text
    }
}

/// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes.
enum EvalCSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    let after = next()
                    if after == "\"" { field.append("\"") } else { quoted = false; pending = after }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(String(field)); field = String.UnicodeScalarView()
            case "\r": continue
            case "\n":
                row.append(String(field)); field = String.UnicodeScalarView()
                rows.append(row); row = []
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }

    /// Rows as dictionaries keyed by the header row.
    static func records(_ text: String) -> [[String: String]] {
        let all = rows(text)
        guard let header = all.first else { return [] }
        return all.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }
}
