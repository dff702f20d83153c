@testable import BinhXetCore
import Foundation
import Testing

/// The importers' English reasons and the core's fixed phrases read in Vietnamese: one sample of each
/// pattern of `ErrorWords.importReasons`, each worded, and nothing of the English left.
@Suite struct ErrorWordsTests {
    static let samples: [String] = [
        "is empty", "missing column", "column appears twice", "unknown column (expected: a, b)",
        "has 3 fields, the header has 12", "'x' is not a year", "'x' is not a date (yyyy-mm-dd or dd/mm/yyyy)",
        "unknown title code 'X' (expected CSTDCS, LDTT or CSTT)", "unknown worker category 'x' (expected one of a, b)",
        "is empty; a CSTĐCS nomination needs an initiative", "is empty; a CSTĐCS nomination needs an initiative report",
        "is empty but an initiative file is given", "nomination ID N1 already appears at row 3 with different content",
        "nomination ID N1 is already in the desk with different content", "nominee ID CB1 is 'A' in the desk, not 'B'", "nominee ID CB1 is 'A' in row 3 of this file, not 'B'",
        "no nomination with ID N1 in the desk; import its nominations file first", "could not store: disk full",
        "contains the control character U+001B at character 4; remove it and import again",
        "the report is empty (no text after decoding)", "holds no registrations",
        "'1800' is not a plausible emulation year (1990–2100)", "the same person registered this initiative for 2018 on row 4",
        "is empty; an award has the chairman's decision number", "is empty; an award has the date of the chairman's decision",
        "unknown outcome 'x' (expected awarded, not_awarded, withdrawn)", "is empty but a decision is given",
        "unknown scope 'x' (the rule set allows co_so, cap_tinh)", "is empty; a recognition has the number of its decision",
        "is empty; a recognition has the date of its decision", "'x' is not yes or no", "N1 already appears at row 3",
        "N1 belongs to 2024, the year under review (2024) or later: its outcome is the council's to decide (binhxet decide), not imported",
        "18/12/2012 is before the year it would award (2013)", "is empty and so is initiative_recognised: nothing to import",
        "code U01 appears twice", "'THCS A' is already the short name of Trường THCS A (row 3)",
        "holds a line break; write the short name on one line", "'Tên rất dài' is 25 columns wide; a short name may take at most 20",
        "'THCS Hồng Kim Mới' is longer than the unit's name 'THCS Hồng Kim'",
        "is an absolute path; give the path relative to the CSV's folder", "the CSV's folder cannot be resolved",
        "goes outside the CSV's folder ('..'); keep the reports inside it", "cannot read the file: permission denied",
        "cannot read the file (missing or no permission)", "is a directory, not a CSV file",
        "file not found", "is a link to a file outside the CSV's folder; copy the report into it",
        "the file is empty (no header row)", "row 7: a quoted field is never closed",
        "was not found in the first pass", "the file changed while it was imported; import the file again",
        "is an outcomes file, not nominations: import it with --outcomes, after its nominations",
        "is a registrations file, not nominations: import it with --registrations",
        "is the units list, not nominations: put it beside the nominations CSV as units.csv, where it is read",
        // `import --outcomes` printed these in English among Vietnamese lines (the tester, 2026-12-07)
        "another import added some of these nominations meanwhile; import the file again to add what is still new",
        "01/01/2099 is in the future",
        "a withdrawn nomination has no decision; leave it empty",
        "is given but initiative_recognised is empty; write yes if the unit recognised the initiative",
        "is given but initiative_recognised is no",
        // `import --registrations` took these (the tester, 2026-12-07)
        "10/01/2030 is after the desk's as-of date (14/06/2024)",
        "'Trường X' is not a unit of the desk; write its name as its nominations give it",
    ]

    /// English words a worded reason must not keep (codes such as `not_awarded` and column names aside).
    static let english = ["is", "the", "not", "empty", "missing", "column", "unknown", "expected", "has", "fields", "header",
                          "year", "date", "already", "with", "content", "desk", "file", "row", "nomination", "store",
                          "contains", "character", "remove", "report", "text", "holds", "registrations", "registered",
                          "award", "decision", "outcome", "scope", "recognition", "number", "appears", "belongs",
                          "before", "nothing", "code", "short", "name", "line", "break", "columns", "wide", "longer",
                          "path", "folder", "resolved", "outside", "read", "permission", "found", "link", "quoted", "closed",
                          "another", "import", "meanwhile", "again", "future", "leave", "given", "write", "after", "today", "unit"]

    static func englishLeft(_ s: String) -> [String] {
        // Options the reader types (--number) are names, not words
        let tokens: [String] = s.split(whereSeparator: { $0.isWhitespace || "(),;:'".contains($0) }).map(String.init)
        var words: [String] = []
        for t in tokens where !t.hasPrefix("--") {
            for w in t.split(whereSeparator: { !$0.isLetter && $0 != "_" }) where !w.contains("_") { words.append(w.lowercased()) }
        }
        return english.filter(words.contains)
    }

    @Test func aDocumentThatCannotBeReadIsWordedWhole() {
        // "là a folder, không phải tệp thường" was what `binhxet check` said of a folder
        let errors: [DocumentError] = [.fileNotFound, .noPermission, .changedWhileRead, .oldWordFormat, .encrypted,
                                       .notAZip, .truncatedZip, .missingDocumentPart]
            + [SpecialFile.folder, .fifo, .characterDevice, .blockDevice, .socket, .symbolicLink, .other].map { .notARegularFile(kind: $0) }
        for e in errors {
            let vi = ErrorWords.document(e)
            #expect(vi != e.description && Self.englishLeft(vi).isEmpty, "\(e) → \(vi): \(Self.englishLeft(vi))")
        }
        #expect(ErrorWords.document(.notARegularFile(kind: .folder)) == "là một thư mục, không phải tệp thường")
    }

    @Test func aFileTooLargeIsWeighedWithTheReadersDecimalMark() {
        // `binhxet check big.txt` said "tệp nặng 25.8 MB"
        let e = DocumentError.tooLarge(bytes: 27_000_000, limit: 20 * 1_048_576)
        #expect(ErrorWords.line(e, in: .vi).hasPrefix("tệp nặng 25,7 MB; không nhận tệp trên 20 MB"), "\(ErrorWords.line(e, in: .vi))")
        #expect(ErrorWords.line(e, in: .en).hasPrefix("the file is 25.7 MB; files above 20 MB are refused"), "\(ErrorWords.line(e, in: .en))")
    }

    @Test func everyPatternHasASampleAndEverySampleIsWorded() {
        #expect(Self.samples.count == ErrorWords.importReasons.count)
        for sample in Self.samples {
            let vi = ErrorWords.importReason(sample)
            #expect(vi != sample, "not worded: \(sample)")
            #expect(Self.englishLeft(vi).isEmpty, "\(sample) → \(vi): \(Self.englishLeft(vi))")
        }
    }

    @Test func theFixedPhrasesOfRoleAndStepErrorsAreWorded() {
        let refused = CouncilError.notAllowed(login: "uv", role: .member, action: "criticise a unit", allowed: [.chair])
        #expect(ErrorWords.line(refused, in: .vi) == "uv (Ủy viên) không được ghi phê bình đơn vị: theo quy định của bàn xét duyệt này chỉ Chủ tịch Hội đồng được làm")
        #expect(ErrorWords.line(OneStopError.reasonRequired("a refusal"), in: .vi) == "từ chối tiếp nhận hồ sơ: cần nêu lý do (--reason)")
        let slip = SlipError.nothingToPrint(nominationID: "N1", slip: .supplement, needs: "no supplement was requested")
        #expect(ErrorWords.line(slip, in: .vi).hasPrefix("chưa lập được Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02) cho hồ sơ N1"))
        for phrase in ErrorWords.phrases.values { #expect(Self.englishLeft(phrase).isEmpty, "\(phrase)") }
    }

    @Test func aTallyInARefusalIsInTheRefusalsLanguage() {
        let t = VoteTally(nominationID: "N1", agree: 4, disagree: 2, abstain: 1, members: 7, present: 7, validBallots: 6,
                          denominatorKind: .allMembers, denominator: 7, threshold: "70%", comparison: .atLeast, passes: false, votes: [])
        let e = DecisionError.voteDisagrees(nominationID: "N1", outcome: .approve, tally: t)
        #expect(ErrorWords.line(e, in: .vi).contains("(4 đồng ý, 2 không đồng ý, 1 không biểu quyết; 4/7 tổng số thành viên = 57,1% (cần từ 70%): không đạt)"),
                "\(ErrorWords.line(e, in: .vi))")
        #expect(ErrorWords.line(e, in: .en).contains("(4 agree, 2 disagree, 1 abstain; 4/7 all members = 57.1% (needs at least 70%): does not pass)"))
    }

    static let settingSamples: [String] = [
        "expected 'setting = value'", "unknown setting 'x' (known: a, b)", "vote_threshold is already set on line 3",
        "font_size is already set on d.rules:4", "vote_threshold: 'much' is not a share (write 70%, 2/3 or 0.7)",
        "vote_comparison: 'x' is not one of at_least, more_than", "cstdcs_working_days: 'x' is not a whole number from 1 to 365",
        "secret_ballot: 'x' is not yes or no", "outcome_roles: 'x' is not a role (chair, member)", "outcome_roles: name at least one role",
        "discipline_bars_from: 'none' would bar every nominee", "issuing_body: name the body, e.g. UBND HUYỆN A LƯỚI",
        "recognition_scopes: start with co_so, the unit's own scope", "cstt_categories: 'x' is not a worker category (a, b)",
        "[documents] font_size: '16' is not 13 or 14 (NĐ 30/2020: body 13–14 pt)",
        "[documents] decision_signer: 'x' is not chairman or vice_chairman", "[documents] base_salary: must be positive",
        "[documents] base_salary: 'x' is not an amount in đồng", "[documents] legal_basis: a Căn cứ line between | is empty",
        "[documents] legal_basis: each line starts with 'Căn cứ' (lines separated by |)",
        "[documents] next_decision_number: 'x' is not a positive number", "[documents] committee: is empty",
        "expected date, kind, name and source separated by tabs", "'2018-02-30' is not a date (yyyy-mm-dd)",
        "unknown kind 'x' (expected holiday, substitute)", "2018-02-16 is already listed on line 4",
    ]

    @Test func theSettingsFilesReasonsAreWorded() {
        #expect(Set(Self.settingSamples.map { ErrorWords.settingReason($0) }).count == Self.settingSamples.count)
        for sample in Self.settingSamples {
            let vi = ErrorWords.settingReason(sample)
            #expect(vi != sample, "not worded: \(sample)")
            let left = Self.englishLeft(vi).filter { !["documents", "line"].contains($0) || !vi.hasPrefix("[documents]") }
            #expect(left.isEmpty, "\(sample) → \(vi): \(left)")
        }
        let e = RuleSetFileError(file: "d.rules", line: 2, reason: "vote_threshold: 'much' is not a share (write 70%, 2/3 or 0.7)")
        #expect(ErrorWords.line(e, in: .vi) == "d.rules: dòng 2: vote_threshold: 'much' không phải tỷ lệ (viết 70%, 2/3 hoặc 0.7)")
    }

    @Test func everyReasonAnImporterWordsIsInTheTable() throws {
        // Every reason the importers word themselves (a literal after `reason:` or in `problem(…, "…")`,
        // literals joined by `+` read as one, each `\(…)` a sample) is worded, unless given with its own
        // Vietnamese (`vietnamese:`): a new reason cannot reach a Vietnamese reader in English unnoticed.
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/BinhXetCore")
        let files = ["Import/NominationImporter.swift", "Import/OutcomeImporter.swift", "Import/UnitList.swift",
                     "Import/CSVFile.swift", "Import/ReportPath.swift", "Registration/RegistrationImporter.swift",
                     "Support/UnitShortName.swift"]
        let joined = try NSRegularExpression(pattern: #""\s*\+\s*""#)
        let literal = try NSRegularExpression(pattern: #"(reason: |problem\([^,()"]*, |addedMeanwhile = )"((?:[^"\\]|\\.)*)"([^\n]*)"#)
        var checked = 0
        for file in files {
            let raw = try String(contentsOf: core.appendingPathComponent(file), encoding: .utf8)
            let text = joined.stringByReplacingMatches(in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: "")
            for m in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let reason = String(text[Range(m.range(at: 2), in: text)!])
                // the rest of the call: its line and the next
                let rest = text[Range(m.range(at: 3), in: text)!.lowerBound...].split(separator: "\n", maxSplits: 2).prefix(2)
                if rest.contains(where: { $0.contains("vietnamese") }) { continue }
                // A reason that is only other text (an error's own, a file's and its reason) has no words
                // of its own; one cut short by a literal inside an interpolation is in `samples` whole.
                guard let sample = Self.sampled(reason), sample.contains(where: \.isLetter) else { continue }
                checked += 1
                #expect(ErrorWords.importReason(sample) != sample, "\(file): not worded: \(reason)")
            }
        }
        #expect(checked > 40, "\(checked)")
    }

    /// What an interpolation stands for in a sample: a character's name, where a nominee was met, else 1.
    static let sampleValues = ["StrayControlCharacters.name(scalar)": "U+001B", "where_": "the desk"]

    /// The reason with each `\(…)` replaced by a sample value; nil when an interpolation is not closed
    /// (the literal was cut at a quote inside it). Letters only in interpolations leave no letters.
    static func sampled(_ reason: String) -> String? {
        var out = "", expression = "", depth = 0
        var i = reason.startIndex
        while i < reason.endIndex {
            if depth == 0, reason[i...].hasPrefix("\\(") {
                depth = 1; expression = ""; i = reason.index(i, offsetBy: 2); continue
            }
            if depth > 0 {
                if reason[i] == "(" { depth += 1 } else if reason[i] == ")" { depth -= 1 }
                if depth == 0 { out += sampleValues[expression] ?? "1" } else { expression.append(reason[i]) }
            } else {
                out.append(reason[i])
            }
            i = reason.index(after: i)
        }
        return depth == 0 ? out : nil
    }

    @Test func aReasonNotInTheTableStaysAsWritten() {
        #expect(ErrorWords.importReason("something new") == "something new")
    }
}
