@testable import BinhXetCore
import Foundation
import Testing

/// Each event kind's details decode as its payload type, and writing through that type stores the same
/// object (so the same JSON and the same chain hash) as the string objects written before it.
@Suite struct EventPayloadTests {
    /// Payloads as a desk made by the command line before typed payloads stored them (one of each kind;
    /// the last seven written by hand from their writers), as the `event.payload` column holds them.
    static let stored: [(DeskEvent.Kind, String)] = [
        (.appraising, #"{"on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock"}"#),
        (.approved, #"{}"#),
        (.atCouncil, #"{"on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock"}"#),
        (.ballotCast, #"{}"#),
        (.criticised, #"{"nominations":"N2024-0004","on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock","text":"Chậm nộp hồ sơ"}"#),
        (.eligibilityNoted, #"{"cstt":"no","ldtt":"yes","service_months":"24"}"#),
        (.findingDismissed, #"{"note":"Có trích dẫn","reason":"cited_source","source":"N2022-0006"}"#),
        (.findingRestored, #"{"source":"N2022-0006"}"#),
        (.initiativeRecognised, #"{"by":"UBND huyện","date":"2024-04-01","number":"12\/QĐ","scope":"co_so"}"#),
        (.ldttHoldersDeclared, #"{"count":"12","year":"2024"}"#),
        (.meetingRecorded, #"{"absent":"{\"uyvien\":\"ốm\"}","chair":"chu","ends_at":"11:00","place":"Phòng họp","secretary":"thuky","starts_at":"2024-05-20T08:00","year":"2024"}"#),
        (.memberAdded, #"{"login":"chu","name":"Ông Chủ tịch","role":"chair"}"#),
        (.memberRemoved, #"{"login":"uyvien"}"#),
        (.received, #"{"file":"nominations.csv","row":"2"}"#),
        (.receptionRecorded, #"{"papers":"Báo cáo thành tích\nSáng kiến","submitter":"Nguyễn Văn A, Văn thư","time":"08:30"}"#),
        (.refused, #"{"on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock","reason":"Hồ sơ sai mẫu"}"#),
        (.rejected, #"{"override":"Hội đồng cân nhắc","reason":"Chưa đủ thời gian công tác"}"#),
        (.rescheduled, #"{"on":"2024-06-20","reason":"Chờ ý kiến"}"#),
        (.returned, #"{"on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock"}"#),
        (.supplementRequested, #"{"missing":"Thiếu biên bản","on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock"}"#),
        (.supplemented, #"{"on":"2024-05-10","on_note":"as-of date of the desk (binhxet year open --as-of), not the clock"}"#),
        (.yearOpened, #"{"as_of":"2024-05-10","year":"2024"}"#),
        (.vote, #"{"vote":"agree"}"#),
        (.memberChanged, #"{"login":"chu","name":"Ông Chủ tịch","role":"standing_vice_chair"}"#),
        (.outcomeImported, #"{"decision_date":"2013-12-18","decision_no":"308\/QĐ-UBND","file":"ket-qua.csv","outcome":"awarded","row":"4"}"#),
        (.initiativeNotRecognised, #"{"file":"ket-qua.csv","row":"5","scope":"co_so"}"#),
        (.registrationsImported, #"{"added":"12","file":"dang-ky.csv"}"#),
        (.registrationLinked, #"{"registered_on":"2024-01-15","registered_title":"CSTDCS"}"#),
        (.integrityRestored, #"{"altered":"","missing":"event_no_update"}"#),
    ]

    static func event(_ kind: DeskEvent.Kind, _ json: String) throws -> DeskEvent {
        DeskEvent(id: 7, nominationID: "N1", kind: kind, actor: "thu-ky", at: "2024-05-10T01:00:00Z",
                  payload: try JSONDecoder().decode([String: String].self, from: Data(json.utf8)))
    }

    @Test func everyKindHasAStoredExample() {
        #expect(Set(Self.stored.map(\.0)) == Set(DeskEvent.Kind.allCases))
    }

    @Test func eachStoredPayloadDecodesAsItsKindsTypeAndWritesBackTheSameObjectAndHash() throws {
        for (kind, json) in Self.stored {
            let e = try Self.event(kind, json)
            let details = try e.details(kind.payloadType)
            let rewritten = DeskEvent(id: 7, nominationID: "N1", kind: kind, actor: "thu-ky", at: e.at, details: details)
            #expect(rewritten.payload == e.payload, "\(kind)")
            #expect(EventChain.hash(of: rewritten.chainContent) == EventChain.hash(of: e.chainContent), "\(kind)")
        }
    }

    @Test func readersSeeTypedFields() throws {
        let reception = try Self.event(.receptionRecorded, Self.stored.first { $0.0 == .receptionRecorded }!.1)
            .details(EventPayload.Reception.self)
        #expect(reception.papers.split(separator: "\n") == ["Báo cáo thành tích", "Sáng kiến"])
        #expect(reception.submitter == "Nguyễn Văn A, Văn thư")
        let outcome = try Self.event(.outcomeImported, Self.stored.first { $0.0 == .outcomeImported }!.1)
            .details(EventPayload.Outcome.self)
        #expect(ImportedOutcome(details: outcome)?.decisionNo == "308/QĐ-UBND")
        #expect(ImportedOutcome(details: outcome)?.row == 4)
    }

    @Test func aPayloadWithoutARequiredKeyIsAnErrorNamingTheEvent() throws {
        let e = try Self.event(.receptionRecorded, #"{"papers":"Báo cáo"}"#)
        #expect(throws: StoredValueError(table: "event", rowID: "7", column: "payload", value: #"{"papers":"Báo cáo"}"#)) {
            try e.details(EventPayload.Reception.self)
        }
    }
}
