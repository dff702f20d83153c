import BinhXetCLIWords
@testable import BinhXetCore
import Foundation
import Testing

/// The command line's string table: every sentence in both languages, with the same blanks.
@Suite struct CLIWordsTests {
    /// Keys whose two languages are rightly the same text (examples, codes, a bare layout).
    static let sameInBoth: Set<CLIString> = [.memberAdded, .advanceDone, .receiveDiscussion, .prefShown]

    @Test func everyKeyHasBothLanguagesWithTheSameBlanks() {
        #expect(CLIString.allCases.count > 250)
        for key in CLIString.allCases {
            let (vi, en) = key.pair
            #expect(!vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): no Vietnamese")
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): no English")
            #expect(CLIWords.placeholders(vi) == CLIWords.placeholders(en), "\(key): blanks differ between vi and en")
            if !Self.sameInBoth.contains(key) { #expect(vi != en, "\(key): the Vietnamese is the English") }
        }
    }

    @Test func theReportHelpNamesEveryReport() {
        // The kinds are typed as they are written: a kind missing from the help is one nobody finds.
        for key in [CLIString.reportAbstract, .reportDiscussion, .reportKindHelp] {
            let (vi, en) = key.pair
            for kind in ReportKind.allCases {
                #expect(vi.contains(kind.rawValue), "\(key) (vi) does not name \(kind.rawValue)")
                #expect(en.contains(kind.rawValue), "\(key) (en) does not name \(kind.rawValue)")
            }
        }
    }

    @Test func blanksAreFilledInOrderAndArgumentsAreNotReadAsBlanks() {
        let vi = CLIWords(.vi), en = CLIWords(.en)
        #expect(vi(.listCount, 3) == "3 hồ sơ đề nghị")
        #expect(en(.listCount, 3) == "3 nominations")
        // An argument holding "{2}" stays as it is
        #expect(en(.noNomination, "{2}", "x.desk") == "no nomination with ID {2} in x.desk")
        #expect(en.count(1, .nPassages) == "1 passage" && en.count(2, .nPassages) == "2 passages")
        #expect(vi.count(2, .nPassages) == "2 đoạn")
    }

    @Test func daysForPeopleAreDayMonthYear() {
        #expect(CLIWords.day("2018-05-04") == "04/05/2018")
        #expect(CLIWords.day("2018-05-04T09:15:00Z") == "04/05/2018 09:15:00Z")
        #expect(CLIWords.day("—") == "—")
    }

    @Test func theLanguageIsTheOptionThenTheVariableThenVietnamese() throws {
        #expect(try Language.chosen(option: nil, environment: [:]) == .vi)
        // The locale does not choose: servers run under en_US.UTF-8 while their staff read Vietnamese
        #expect(try Language.chosen(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .vi)
        #expect(try Language.chosen(option: nil, environment: ["BINHXET_LANG": "en"]) == .en)
        #expect(try Language.chosen(option: "vi", environment: ["BINHXET_LANG": "en"]) == .vi)
        #expect(try Language.chosen(option: "en_US", environment: [:]) == .en)
        #expect(throws: LanguageChoiceError.self) { try Language.chosen(option: "fr", environment: [:]) }
        #expect(throws: LanguageChoiceError.self) { try Language.chosen(option: nil, environment: ["BINHXET_LANG": "english"]) }
    }

    @Test func coreErrorsAreWordedInVietnamese() {
        let e = DeskError.notFound("/x.desk")
        #expect(ErrorWords.line(e, in: .en) == e.description)
        #expect(ErrorWords.line(e, in: .vi).contains("không có bàn xét duyệt ở đây"))
        let refused = ImportFailed(problems: [ImportProblem(file: "a.csv", row: 3, column: "year", reason: "x")])
        #expect(ErrorWords.line(refused, in: .vi) == "a.csv: dòng 3, cột year: x\n1 lỗi; không nhập gì vào bàn xét duyệt")
        // The importers' common reasons are worded too; one not known stays as written
        let reasons = [ImportProblem(file: "a.csv", row: 4, column: "year", reason: "'abc' is not a year"),
                       ImportProblem(file: "a.csv", row: 1, column: "x", reason: "unknown column (expected: a, b)"),
                       ImportProblem(file: "a.csv", row: 5, reason: "has 3 fields, the header has 12")]
        #expect(reasons.map { ErrorWords.line($0, in: .vi) } == ["a.csv: dòng 4, cột year: 'abc' không phải năm",
                                                               "a.csv: dòng 1, cột x: cột không rõ (cần: a, b)",
                                                               "a.csv: dòng 5: có 3 ô, dòng tiêu đề có 12"])
    }
}
