import BinhXetText
import Foundation

/// A paper a front end offers to produce into the desk's documents folder: one of the year's documents, a
/// criticism letter to a unit, or one nomination's similarity report or one-stop slip. The same builders as
/// `binhxet report` and `binhxet slip` make it.
public enum IssuableDocument: Sendable, Hashable {
    /// A report kind; `subject` is the nomination ID (similarity) or the unit's name (criticism letter).
    case report(ReportKind, subject: String? = nil)
    case slip(OneStopSlip, nominationID: String)

    /// The file's name, made by the desk from fixed words and the desk's own identifiers folded to
    /// `a-z0-9-`: nothing a member types reaches the path, and no name can climb out of the folder.
    public func fileName(year: Int, format: DocumentFormat) -> String {
        let ext = "." + format.fileExtension
        switch self {
        case .report(let kind, let subject):
            let base = String(kind.fileName(year: year, format: format.fileExtension).dropLast(ext.count))
            return base + (subject.map { "-" + Self.slug($0) } ?? "") + ext
        case .slip(let slip, let id):
            let base: String
            switch slip {
            case .receipt: base = "mau-01-tiep-nhan"
            case .supplement: base = "mau-02-yeu-cau-bo-sung"
            case .refusal: base = "mau-03-tu-choi"
            case .apology: base = "mau-04-xin-loi"
            }
            return "\(base)-\(Self.slug(id))\(ext)"
        }
    }

    /// "Trường Tiểu học Phú Vinh" → "truong-tieu-hoc-phu-vinh"; at most 48 characters, never empty.
    static func slug(_ text: String) -> String {
        var out = ""
        for u in VietnameseFolding.fold(text).unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) {
                out.unicodeScalars.append(u)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        out = String(out.prefix(48))
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// The nomination a nomination's paper is about.
    public var nominationID: String? {
        switch self {
        case .report(.similarity, let subject): return subject
        case .slip(_, let id): return id
        case .report: return nil
        }
    }
}

/// Why a paper could not be saved.
public enum DocumentIssueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder could not be made or written.
    case cannotWrite(folder: String, reason: String)
    /// Every numbered name up to the limit is taken (something is wrong with the folder).
    case noFreeName(folder: String, name: String)
    /// The format has nothing to write for this paper (CSV of a letter).
    case nothingToWrite(format: DocumentFormat)
    /// The papers' folder (or its year folder) is a link: anyone who can write beside the desk could point
    /// it at a folder of their choosing, and the desk would write there with the rights of whoever saves.
    case linkedFolder(String)

    public var description: String {
        switch self {
        case .cannotWrite(let f, let r): return "\(f): cannot save the document (\(r))"
        case .noFreeName(let f, let n): return "\(f): \(n) and its numbered copies up to 999 all exist"
        case .nothingToWrite(let f): return "this document has no \(f.rawValue) form"
        case .linkedFolder(let f): return "\(f) is a link to another folder; papers are saved only in a real folder (remove the link)"
        }
    }
}
