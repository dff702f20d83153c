import Foundation
#if canImport(Glibc)
import Glibc
#endif

// DeskStore reads and writes for papers issued at a desk; their types stay in Reports/Document/DocumentIssuing.swift (one home for storage, issue 14).

extension DeskStore {
    /// Where papers produced at a desk go: `output_folder` of the `[documents]` settings (relative to the desk's
    /// folder), else `<desk>.documents` beside the desk; a folder per year under it.
    public func issuedDocumentsFolder(year: Int, settings: DocumentSettings) -> URL {
        let deskFolder = url.deletingLastPathComponent()
        let set = settings[.outputFolder]
        let base: URL
        if set.isEmpty {
            base = deskFolder.appendingPathComponent(url.lastPathComponent + ".documents", isDirectory: true)
        } else if set.hasPrefix("/") {
            base = URL(fileURLWithPath: set, isDirectory: true)
        } else {
            base = deskFolder.appendingPathComponent(set, isDirectory: true)
        }
        return base.appendingPathComponent(String(year), isDirectory: true).standardizedFileURL
    }

    /// The year's papers a desk offers: decision, submission, minutes, ballot count, notices, then a
    /// criticism letter for each unit criticised over the year's nominations (or during the year), in the
    /// order the criticisms were made.
    public func issuableDocuments(year: Int) throws -> [IssuableDocument] {
        var out: [IssuableDocument] = [.report(.decision), .report(.submission), .report(.minutes), .report(.ballotCount),
                                       .report(.notices)]
        let ids = Set(try reviewedNominations(year: year).map(\.id))
        var seen = Set<Int64>()
        for c in try criticisms() where (c.day?.year == year || c.nominations.contains(where: ids.contains)) && seen.insert(c.unitID).inserted {
            out.append(.report(.criticismLetter, subject: c.unitName))
        }
        return out
    }

    /// A nomination's papers: its similarity report, then the one-stop slips Mẫu 01–04.
    public func issuableDocuments(nomination id: String) -> [IssuableDocument] {
        [.report(.similarity, subject: id)] + OneStopSlip.allCases.map { .slip($0, nominationID: id) }
    }

    /// Builds a paper (as `binhxet report`/`slip` does: a report dated the desk's today unless `on` is given, a
    /// slip the day of its act), renders it
    /// and saves it as a new file in the year's documents folder: an existing file is never replaced, the
    /// new one takes the next free numbered name (`quyet-dinh-2018-2.docx`). Only the roles that issue the
    /// council's papers may (`documentRoles`). Returns where it went.
    public func issue(_ paper: IssuableDocument, year: Int, format: DocumentFormat, on: CalendarDay? = nil,
                      actor: String) throws -> URL {
        try read { db in try Self.requireDocumentRole(actor, action: "issue the council's documents", db: db) }
        let day = try on ?? today()
        let doc: OfficialDocument
        switch paper {
        case .report(let kind, let subject):
            doc = try document(kind, scope: ReportScope(year: year, on: day, subject: subject))
        case .slip(let slip, let id):
            doc = try slipDocument(slip, for: id)   // dated the day of the act it records
        }
        let settings = try documentSettings(rules: try rules(year: year))
        guard let data = try format.render(doc, fontSize: settings.fontSize) else { throw DocumentIssueError.nothingToWrite(format: format) }
        return try Self.saveNew(data, in: issuedDocumentsFolder(year: year, settings: settings), name: paper.fileName(year: year, format: format))
    }

    /// Writes `data` whole under `name`, or `name-2`, `name-3`… when taken. The bytes go to a hidden temporary
    /// file first, then get their name by `link`, which fails rather than replace: two terminals saving the
    /// same paper at once get two files, and a reader never sees half a file. The papers hold names and votes:
    /// folders made here get the desk's folder mode and files its file mode (the group's, nobody else's).
    static func saveNew(_ data: Data, in folder: URL, name: String) throws -> URL {
        // Neither the papers' folder nor its year folder may be a link (a member linked the desk's papers
        // folder to a folder only root could write, and the chair's `d` wrote there).
        for f in [folder.deletingLastPathComponent(), folder] {
            var st = stat()
            if lstat(f.path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK { throw DocumentIssueError.linkedFolder(f.path) }
        }
        let missing = [folder.deletingLastPathComponent(), folder].filter { !FileManager.default.fileExists(atPath: $0.path) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DocumentIssueError.cannotWrite(folder: folder.path, reason: error.localizedDescription)
        }
        for f in missing { DeskPermissions.applyFolderMode(f.path) }
        let temp = folder.appendingPathComponent(".\(UUID().uuidString).part")
        do {
            try data.write(to: temp)
        } catch {
            throw DocumentIssueError.cannotWrite(folder: folder.path, reason: error.localizedDescription)
        }
        _ = chmod(temp.path, DeskPermissions.file)
        defer { unlink(temp.path) }
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        let stem = name[..<dot], ext = name[dot...]
        for n in 1...999 {
            let target = folder.appendingPathComponent(n == 1 ? name : "\(stem)-\(n)\(ext)")
            if link(temp.path, target.path) == 0 { return target }
            let e = errno
            if e != EEXIST { throw DocumentIssueError.cannotWrite(folder: folder.path, reason: String(cString: strerror(e))) }
        }
        throw DocumentIssueError.noFreeName(folder: folder.path, name: name)
    }
}
