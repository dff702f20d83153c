import BinhXetCore
import Foundation
import Testing

/// Papers produced at a desk: the core names the file and the folder, never replaces a file, and only the
/// roles that issue the council's papers may; a meeting is recorded by the same roles and checked first.
struct DocumentIssuingTests {
    static let day = CalendarDay(year: 2018, month: 6, day: 5)!

    @Test func aPaperGoesToTheYearsFolderUnderANameTheDeskMakesAndIsNeverReplaced() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            // Given the default folder beside the desk
            let first = try desk.store.issue(.report(.decision), year: 2018, format: .docx, on: Self.day, actor: "thuky")
            let folder = desk.store.url.deletingLastPathComponent().appendingPathComponent(desk.store.url.lastPathComponent + ".documents/2018")
            #expect(first.path == folder.appendingPathComponent("quyet-dinh-2018.docx").standardizedFileURL.path)
            let bytes = try Data(contentsOf: first)
            #expect(try DocxPackage(bytes).document.contains("QUYẾT ĐỊNH"))
            // When the same paper is made again, Then it takes the next numbered name and the first is untouched
            let second = try desk.store.issue(.report(.decision), year: 2018, format: .docx, on: Self.day, actor: "thuky")
            #expect(second.lastPathComponent == "quyet-dinh-2018-2.docx")
            #expect(try Data(contentsOf: first) == bytes)
            // Readable by the desk's group only, as the desk's own files
            let mode = try FileManager.default.attributesOfItem(atPath: first.path)[.posixPermissions] as? Int
            #expect(mode == 0o640)
            // And no temporary file is left behind
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["quyet-dinh-2018-2.docx", "quyet-dinh-2018.docx"])
        }
    }

    /// The papers' folder is never followed through a link that anyone writing beside the desk could plant
    /// (a member linked it to a folder only root could write, and the chair's `d` created files there).
    @Test func aPaperIsNotSavedThroughALinkedFolder() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let elsewhere = desk.scratch.folder.appendingPathComponent("elsewhere", isDirectory: true)
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            let papers = desk.store.url.deletingLastPathComponent().appendingPathComponent(desk.store.url.lastPathComponent + ".documents")
            try FileManager.default.createSymbolicLink(at: papers, withDestinationURL: elsewhere)
            #expect(throws: DocumentIssueError.linkedFolder(papers.standardizedFileURL.path)) {
                try desk.store.issue(.report(.decision), year: 2018, format: .docx, on: Self.day, actor: "thuky")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        }
    }

    @Test func namesCarryOnlyFoldedIdentifiersAndTheFolderSettingIsHonoured() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            #expect(IssuableDocument.report(.criticismLetter, subject: "Trường THCS Hồng Kim").fileName(year: 2018, format: .html)
                    == "cong-van-phe-binh-2018-truong-thcs-hong-kim.html")
            #expect(IssuableDocument.slip(.receipt, nominationID: "../../etc/N1").fileName(year: 2018, format: .docx)
                    == "mau-01-tiep-nhan-etc-n1.docx")
            #expect(IssuableDocument.report(.similarity, subject: "///").fileName(year: 2018, format: .docx) == "kiem-tra-trung-lap-2018-x.docx")
            // A [documents] output_folder, relative to the desk's folder
            try Data("issuing_body = UBND huyện A Lưới\n[documents]\noutput_folder = van-ban\n".utf8).write(to: desk.store.rulesFileURL)
            let url = try desk.store.issue(.slip(.supplement, nominationID: "N2018-0004"), year: 2018, format: .html, on: Self.day, actor: "chutich")
            #expect(url.path.hasSuffix("/van-ban/2018/mau-02-yeu-cau-bo-sung-n2018-0004.html"))
            #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self).contains("Mẫu số 02"))
        }
    }

    @Test func theYearsPapersAndANominationsAreListedByTheCore() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let year2018 = try desk.store.issuableDocuments(year: 2018)
            let year2017 = try desk.store.issuableDocuments(year: 2017)
            #expect(year2018 == [
                .report(.decision), .report(.submission), .report(.minutes), .report(.ballotCount), .report(.notices),
                .report(.criticismLetter, subject: "Trường THCS Hồng Kim")])
            #expect(year2017.count == 5)
            #expect(desk.store.issuableDocuments(nomination: "N2018-0001").first == .report(.similarity, subject: "N2018-0001"))
        }
    }

    @Test func onlyTheRolesThatIssuePapersMayAndTheStandingSaysSo() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            #expect(throws: CouncilError.self) {
                try desk.store.issue(.report(.minutes), year: 2018, format: .docx, on: Self.day, actor: "uyvien")
            }
            #expect(throws: CouncilError.notAMember("khach")) {
                try desk.store.issue(.report(.minutes), year: 2018, format: .docx, on: Self.day, actor: "khach")
            }
            #expect(try desk.store.standing(of: "uyvien").mayIssueDocuments == false)
            #expect(try desk.store.standing(of: "phochutich").mayIssueDocuments == false)
            #expect(try desk.store.standing(of: "thuky").mayIssueDocuments == true)
            #expect(try desk.store.standing(of: "chutich").documentRoles == [.chair, .standingViceChair, .secretary])
            // Nothing was written for the refused ones
            let folder = desk.store.issuedDocumentsFolder(year: 2018, settings: try desk.store.documentSettings())
            #expect(!FileManager.default.fileExists(atPath: folder.path))
        }
    }

    @Test func aMeetingIsCheckedBeforeItIsRecordedAndOnlyByThoseRoles() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let m = Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "11:30", place: "Hội trường", chair: "chutich", secretary: "thuky")
            #expect(m.problem == nil)
            var late = m; late.endsAt = "07:45"
            #expect(late.problem == .endsBeforeStart(start: "08:00", end: "07:45"))
            var nowhere = m; nowhere.place = "  "
            #expect(nowhere.problem == .noPlace)
            var badDay = m; badDay.startsAt = "2018-02-30T08:00"
            #expect(badDay.problem == .badTime("2018-02-30T08:00"))
            #expect(throws: MeetingError.endsBeforeStart(start: "08:00", end: "07:45")) { try desk.store.recordMeeting(late, actor: "thuky") }
            #expect(throws: CouncilError.self) { try desk.store.recordMeeting(m, actor: "uyvien") }
            try desk.store.recordMeeting(m, actor: "thuky")
            #expect(try desk.store.meeting(year: 2018) == m)
        }
    }
}
