@testable import BinhXetCore
import Foundation
import Testing

/// The history's lines are sentences worded from each kind's typed details (`Vocabulary.eventSentence`),
/// not the stored object printed as key=value: no stored key, no code, no ISO date, and in Vietnamese no
/// English word.
@Suite struct EventWordingTests {
    /// English words that a Vietnamese sentence of the log must not hold (whole words, any case): the
    /// stored keys and codes of every payload type, and the words the old key=value lines were made of.
    static let englishWords = [
        "reason", "missing", "override", "revision", "revises", "on", "note", "file", "row", "vote", "agree",
        "disagree", "abstain", "secret", "login", "name", "role", "chair", "member", "secretary", "year", "place",
        "absent", "source", "cited", "outcome", "awarded", "decision", "number", "date", "scope", "by", "count",
        "added", "registered", "title", "as", "of", "yes", "no", "the", "and", "desk", "event", "missing", "altered",
        "text", "time", "papers", "submitter", "ldtt", "cstt", "ground", "discipline", "service",
        "months", "initiative", "recognised", "imported", "approved", "rejected", "received", "supplement",
    ]

    /// Words in `text` that `englishWords` lists (ASCII-letter words only: Vietnamese words with marks
    /// never match, and "LĐTT" is not "ldtt").
    static func english(_ text: String) -> [String] {
        let words = text.split { !$0.isLetter }.map { String($0) }.filter { $0.allSatisfy(\.isASCII) }.map { $0.lowercased() }
        return Array(Set(words.filter(englishWords.contains))).sorted()
    }

    /// One example of each kind (the stored examples of `EventPayloadTests`), plus the variants a reader
    /// meets: a standard reason's code, a redacted secret ballot, a recognition refused.
    static var examples: [(String, DeskEvent)] {
        get throws {
            var out = try EventPayloadTests.stored.map { ("\($0.0)", try EventPayloadTests.event($0.0, $0.1)) }
            out.append(("rejected with code", try EventPayloadTests.event(.rejected, #"{"reason_code":"colleagues_initiative","reason":"đoạn II"}"#)))
            out.append(("secret vote", try EventPayloadTests.event(.vote, #"{"vote":"secret"}"#)))
            out.append(("approved revised", try EventPayloadTests.event(.approved, #"{"revises":"rejected","revision":"Có quyết định mới"}"#)))
            return out
        }
    }

    @Test func everyKindReadsAsAVietnameseSentenceWithoutKeysCodesOrEnglish() throws {
        for (label, e) in try Self.examples {
            // A trigger's name is an identifier of the database, said as it is
            let s = Vocabulary.vi.eventSentence(e).replacingOccurrences(of: "event_no_update", with: "")
            #expect(!s.contains("="), "\(label): \(s)")
            #expect(s.hasSuffix("."), "\(label): \(s)")
            #expect(s.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "\(label): ISO date in \(s)")
            #expect(s.range(of: #"[a-z]+_[a-z]+"#, options: .regularExpression) == nil, "\(label): a stored key or code in \(s)")
            #expect(Self.english(s).isEmpty, "\(label): English \(Self.english(s)) in \(s)")
            // Not only the kind's name: the details are said too
            if !e.payload.isEmpty, e.kind != .ballotCast {
                #expect(s.count > Vocabulary.vi.eventKind(e.kind).count + 2, "\(label): details left out: \(s)")
            }
        }
    }

    @Test func theDetailsAreWordedNotDropped() throws {
        func vi(_ kind: DeskEvent.Kind, _ json: String) throws -> String {
            Vocabulary.vi.eventSentence(try EventPayloadTests.event(kind, json))
        }
        #expect(try vi(.vote, #"{"vote":"agree"}"#) == "Biểu quyết: đồng ý.")
        #expect(try vi(.vote, #"{"vote":"secret"}"#) == "Bỏ phiếu kín (không hiện lựa chọn).")
        #expect(try vi(.memberAdded, #"{"login":"chu","name":"Ông Chủ tịch","role":"member"}"#)
                == "Thêm thành viên Hội đồng: Ông Chủ tịch (tài khoản chu), Ủy viên.")
        #expect(try vi(.rejected, #"{"reason_code":"incomplete_dossier","reason":"thiếu biên bản"}"#)
                == "Không đạt, lý do: Hồ sơ không đầy đủ: thiếu biên bản.")
        #expect(try vi(.received, #"{"file":"ds.csv","row":"3"}"#) == "Nhập hồ sơ từ tệp ds.csv, dòng 3.")
        #expect(try vi(.appraising, #"{"on":"2024-05-10","on_note":"…"}"#)
                == "Bắt đầu thẩm định hồ sơ, ngày 10/05/2024 (ngày xét đã chọn, không theo đồng hồ).")
        #expect(try vi(.findingDismissed, #"{"source":"N2022-0006","reason":"cited_source"}"#)
                == "Bỏ qua cảnh báo trùng với hồ sơ N2022-0006, lý do: có trích dẫn nguồn.")
        #expect(try vi(.integrityRestored, #"{"altered":"","missing":"event_no_update"}"#).contains("bị thiếu: event_no_update"))
        #expect(try !vi(.integrityRestored, #"{"altered":"","missing":"event_no_update"}"#).contains("bị sửa"))
    }

    @Test func englishReadersReadEnglishWithPeoplesDates() throws {
        for (label, e) in try Self.examples {
            let s = Vocabulary.en.eventSentence(e)
            #expect(!s.contains("="), "\(label): \(s)")
            #expect(s.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "\(label): ISO date in \(s)")
        }
        #expect(Vocabulary.en.eventSentence(try EventPayloadTests.event(.vote, #"{"vote":"abstain"}"#)) == "Vote: abstain.")
    }

    @Test func aPayloadThatIsNotItsKindsTypeReadsAsTheKindAlone() throws {
        let e = try EventPayloadTests.event(.receptionRecorded, #"{"papers":"Báo cáo"}"#)
        #expect(Vocabulary.vi.eventSentence(e) == "Ghi giờ tiếp nhận và giấy tờ đã nhận.")
    }
}
