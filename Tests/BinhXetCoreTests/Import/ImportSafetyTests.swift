import BinhXetCore
import BinhXetText
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An import reads only what the CSV meant: regular files inside its folder, of a sane size, with text
/// in them, and fields without control characters. Each refusal names the row and column, and the desk
/// is left as it was.
@Suite struct ImportSafetyTests {
    /// A desk with the sample imported, a CSV folder `in/` holding one more row whose report is
    /// `initiativeFile`, and what importing that row says. `prepare` makes the files first.
    func importRow(initiativeFile: String, name: String = "Đỗ Minh", maxReportBytes: Int? = nil,
                   prepare: (Scratch) throws -> Void = { _ in }) throws -> (Result<ImportReport, ImportFailed>, DeskStore, Scratch) {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s, name: "first.csv"))
        try prepare(s)
        let initiative = initiativeFile.isEmpty ? "LDTT,," : "CSTDCS,Tên,\(initiativeFile)"
        let row = "N2019-0003,2019,CB00005,\(name),Trường THCS,GV,Dạy,can_bo_cong_chuc,\(initiative),2019-05-01"
        let csv = try s.write("in/bad.csv", SampleCSV.header + "\n" + row + "\n")
        let before = try DeskCounts(store)
        let importer = NominationImporter(store: store, maxReportBytes: maxReportBytes)
        do {
            return (.success(try importer.importCSV(at: csv)), store, s)
        } catch let e as ImportFailed {
            #expect(try DeskCounts(store) == before)
            return (.failure(e), store, s)
        }
    }

    /// The one problem of a refused row: it names row 2 and the initiative_file column.
    func refusal(_ result: Result<ImportReport, ImportFailed>) throws -> String {
        guard case .failure(let e) = result else { Issue.record("the row was imported"); return "" }
        #expect(e.problems.count == 1)
        let p = try #require(e.problems.first)
        #expect(p.row == 2 && p.column == "initiative_file")
        return p.reason
    }

    @Test func anAbsolutePathIsRefused() throws {
        let (result, _, _) = try importRow(initiativeFile: "/etc/hostname")
        #expect(try refusal(result).contains("absolute path"))
    }

    @Test func aPathClimbingOutOfTheCSVFolderIsRefused() throws {
        let (result, _, _) = try importRow(initiativeFile: "../secret.txt") { s in
            try s.write("secret.txt", "Bí mật của người khác, nằm ngoài thư mục của tệp CSV.\n")
        }
        #expect(try refusal(result).contains("outside the CSV's folder"))
    }

    @Test func aLinkLeadingOutOfTheFolderIsRefusedAndOneInsideIsRead() throws {
        let (outside, _, _) = try importRow(initiativeFile: "docs/link.txt") { s in
            let secret = try s.write("secret.txt", "Bí mật của người khác, nằm ngoài thư mục của tệp CSV.\n")
            try FileManager.default.createDirectory(at: s.folder.appendingPathComponent("in/docs"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: s.folder.appendingPathComponent("in/docs/link.txt").path,
                                                       withDestinationPath: secret.path)
        }
        #expect(try refusal(outside).contains("link to a file outside"))
        // A link to a report in the same folder is the clerk's own arrangement: it is read
        let (inside, store, _) = try importRow(initiativeFile: "docs/link.txt") { s in
            try s.write("in/reports/real.txt", "Sáng kiến đổi mới phương pháp dạy học môn Toán.\n")
            try FileManager.default.createDirectory(at: s.folder.appendingPathComponent("in/docs"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: s.folder.appendingPathComponent("in/docs/link.txt").path,
                                                       withDestinationPath: "../reports/real.txt")
        }
        #expect(try inside.get().added == 1)
        #expect(try store.initiativeText(of: "N2019-0003") == "Sáng kiến đổi mới phương pháp dạy học môn Toán.\n")
    }

    @Test(.timeLimit(.minutes(1))) func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let (result, _, _) = try importRow(initiativeFile: "docs/pipe.txt") { s in
            try FileManager.default.createDirectory(at: s.folder.appendingPathComponent("in/docs"), withIntermediateDirectories: true)
            #expect(mkfifo(s.folder.appendingPathComponent("in/docs/pipe.txt").path, 0o600) == 0)
        }
        #expect(try refusal(result).contains("is a FIFO (named pipe), not a regular file"))
    }

    @Test func aFolderIsRefused() throws {
        let (result, _, _) = try importRow(initiativeFile: "docs") { s in
            try s.write("in/docs/a.txt", "Một tệp trong thư mục.\n")
        }
        #expect(try refusal(result).contains("is a folder, not a regular file"))
    }

    @Test func aReportAboveTheDesksLimitIsRefused() throws {
        // Given a desk whose settings allow reports of 1 MB, and a 1.5 MB text report
        let sentence = "Sáng kiến kinh nghiệm dạy học. "
        let big = String(repeating: sentence, count: 1_572_864 / sentence.utf8.count)
        let (result, store, s) = try importRow(initiativeFile: "docs/big.txt") { s in
            try s.write("in/docs/big.txt", big)
            try Data("max_report_mb = 1\n".utf8).write(to: s.deskURL.appendingPathExtension("rules"))
        }
        // Then it is refused, naming its size, the limit and the setting
        let reason = try refusal(result)
        #expect(reason.contains("the file is 1.5 MB; files above 1 MB are refused (setting max_report_mb)"), "\(reason)")
        // And under the default limit it imports
        try FileManager.default.removeItem(at: store.rulesFileURL)
        #expect(try NominationImporter(store: store).importCSV(at: s.folder.appendingPathComponent("in/bad.csv")).added == 1)
    }

    @Test func anEmptyReportIsRefused() throws {
        for content in ["", " \n\t\r\n", "\u{FEFF}"] {
            let (result, _, _) = try importRow(initiativeFile: "docs/empty.txt") { s in
                try s.write("in/docs/empty.txt", content)
            }
            #expect(try refusal(result).contains("the report is empty"), "content \(Array(content.unicodeScalars))")
        }
    }

    @Test func aFieldWithAControlCharacterIsRefusedByRowAndColumn() throws {
        for (bad, position) in [("Đỗ\u{1B}[31mMinh", 3), ("Đỗ Minh\u{9B}2J", 8), ("Đỗ\u{7F}", 3)] {
            let (result, _, _) = try importRow(initiativeFile: "", name: "\"\(bad)\"")
            guard case .failure(let e) = result else { Issue.record("\(Array(bad.unicodeScalars)) was imported"); continue }
            let p = try #require(e.problems.first)
            #expect(e.problems.count == 1 && p.row == 2 && p.column == "nominee_name")
            let code = bad.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }!
            #expect(p.reason.contains("control character \(String(format: "U+%04X", code.value)) at character \(position)"),
                    "\(p.reason)")
        }
        // A tab is text, not control (a lone CR never reaches a field: decoding makes it a line end)
        let (fine, store, _) = try importRow(initiativeFile: "", name: "\"Đỗ\tMinh\"")
        #expect(try fine.get().added == 1)
        #expect(try store.detail(of: "N2019-0003", viewer: "root")?.person.name == "Đỗ\tMinh")
    }

    @Test func aReportLosesItsStrayControlCharacters() throws {
        // Given a text report with an escape sequence, a bell, a C1 CSI and a form feed between pages
        let (result, store, _) = try importRow(initiativeFile: "docs/r.txt") { s in
            try s.write("in/docs/r.txt", "Trang một\u{1B}[2J\u{07} hết.\u{0C}Trang hai\u{9B}31m.\n\tDòng thụt.\n")
        }
        // Then the stored text keeps the words, tab and line ends, and no control character
        #expect(try result.get().added == 1)
        let text = try #require(try store.initiativeText(of: "N2019-0003"))
        #expect(text == "Trang một[2J hết.\nTrang hai31m.\n\tDòng thụt.\n")
        #expect(!text.unicodeScalars.contains { StrayControlCharacters.isStray($0) })
    }
}

/// What a killed import leaves — originals no row refers to, a temp file, its journal — is cleared by
/// the next import, and nothing a row refers to is touched.
@Suite struct KilledImportTests {
    @Test func theNextImportClearsWhatAKilledOneLeft() throws {
        // Given a desk with the sample imported
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s, name: "first.csv"))
        let kept = try #require(try store.detail(of: "N2018-0001", viewer: "root")?.initiative?.document)
        let keptURL = store.documentURL(sha256: kept.sha256, format: kept.format)
        // And what an import killed between its originals and its transaction leaves: its journal, an
        // original no row refers to, a temp file beside a second one it was writing
        let orphanSHA = SHA256.hex(of: Data("mồ côi".utf8)), halfSHA = SHA256.hex(of: Data("dở dang".utf8))
        let orphan = store.documentURL(sha256: orphanSHA, format: "txt")
        let half = store.documentURL(sha256: halfSHA, format: "docx")
        try FileManager.default.createDirectory(at: orphan.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: half.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mồ côi".utf8).write(to: orphan)
        try Data("dở".utf8).write(to: URL(fileURLWithPath: half.path + ".part-4242-17"))
        let listed = [orphan, half, keptURL].map { String($0.path.dropFirst(store.documentsURL.path.count + 1)) }
        try Data((listed.joined(separator: "\n") + "\n").utf8)
            .write(to: store.documentsURL.appendingPathComponent(".pending-4242-17"))
        // When another file is imported
        let next = try s.write("next.csv", SampleCSV.header + "\n"
            + "N2019-0009,2019,CB00009,Hồ Văn Bé,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01\n")
        #expect(try NominationImporter(store: store).importCSV(at: next).added == 1)
        // Then the orphan, the temp file and the journal are gone, and the referenced original is there
        let left = try FileManager.default.subpathsOfDirectory(atPath: store.documentsURL.path)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(!left.contains { $0.contains(".part") || $0.contains(".pending") }, "\(left)")
        #expect(FileManager.default.contents(atPath: keptURL.path).map { SHA256.hex(of: $0) } == kept.sha256)
    }
}
