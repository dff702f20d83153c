import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// What a tester typed on the demo desk (then reviewed as of 10/05/2024) and the desk recorded although it could not
/// have happened: one-stop steps and new dates out of order, slips dated the day they were printed, a recognition
/// signed after the desk's today, months of service below zero. Each is now one line, Vietnamese by default and
/// English with --lang en, and nothing is written.
@Suite struct OneStopDatesCLITests {
    /// The demo's 2024 nominations as of 10/05/2024, before some of them arrived, with a chair.
    func demoDesk(_ s: Scratch) throws -> String {
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        let demo = Fixtures.resources.appendingPathComponent("demo/nominations.csv").path
        #expect(try CLI.run(["import", demo, "--quiet", "--desk", desk]).status == 0)
        #expect(try CLI.run(["member", "add", "chu", "--name", "Trần Văn Chủ", "--role", "chair", "--member", "chu", "--desk", desk]).status == 0)
        #expect(try CLI.run(["year", "open", "2024", "--as-of", "2024-05-10", "--member", "chu", "--desk", desk]).status == 0)
        return desk
    }

    /// Runs `args` in Vietnamese and in English: each must be refused with exactly the line given, and write nothing.
    func refused(_ args: [String], desk: String, vi: String, en: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verifyBefore = try CLI.run(["show", "--json", args[1], "--desk", desk]).out
        let v = try CLI.runVietnamese(args + ["--member", "chu", "--desk", desk])
        #expect(v.status != 0 && v.err == "binhxet: \(vi)\n" && v.out.isEmpty, "\(args): \(v.err)\(v.out)", sourceLocation: sourceLocation)
        let e = try CLI.run(args + ["--member", "chu", "--desk", desk])
        #expect(e.status != 0 && e.err == "binhxet: \(en)\n" && e.out.isEmpty, "\(args): \(e.err)\(e.out)", sourceLocation: sourceLocation)
        #expect(try CLI.run(["show", "--json", args[1], "--desk", desk]).out == verifyBefore, "\(args) wrote", sourceLocation: sourceLocation)
    }

    @Test func oneStopStepsAndNewDatesOutOfOrderAreRefused() throws {
        let s = try Scratch()
        let desk = try demoDesk(s)
        // N2024-0009 came in on 20/05/2024: a refusal without --on takes the desk's 10/05
        try refused(["advance", "N2024-0009", "refused", "--reason", "Hồ sơ sai mẫu"], desk: desk,
                    vi: "hồ sơ N2024-0009: không ghi được bước 'từ chối tiếp nhận' vào ngày 10/05/2024, trước ngày tiếp nhận hồ sơ (20/05/2024)",
                    en: "N2024-0009: 'refused' cannot be dated 10/05/2024, before the dossier was received (20/05/2024)")
        // N2024-0012 came in on 22/05/2024: before it, or after the desk's today
        try refused(["advance", "N2024-0012", "appraising", "--on", "01/01/2024"], desk: desk,
                    vi: "hồ sơ N2024-0012: không ghi được bước 'thẩm định' vào ngày 01/01/2024, trước ngày tiếp nhận hồ sơ (22/05/2024)",
                    en: "N2024-0012: 'appraising' cannot be dated 01/01/2024, before the dossier was received (22/05/2024)")
        try refused(["advance", "N2024-0012", "appraising", "--on", "2030-01-01"], desk: desk,
                    vi: "hồ sơ N2024-0012: không ghi được bước 'thẩm định' vào ngày 01/01/2030, sau ngày xét của bàn xét duyệt (10/05/2024)",
                    en: "N2024-0012: 'appraising' cannot be dated 01/01/2030, after the desk's as-of date (10/05/2024)")
        // N2024-0012 is due on 19/06/2024: a new date before the receipt, or before that day, is no delay
        try refused(["reschedule", "N2024-0012", "--to", "01/01/2020", "--reason", "Chờ ý kiến"], desk: desk,
                    vi: "hồ sơ N2024-0012: ngày hẹn mới 01/01/2020 không sau ngày hẹn hiện tại (19/06/2024); hẹn lại là để lùi ngày trả kết quả khi giải quyết chậm",
                    en: "N2024-0012: the new date 01/01/2020 is not later than the current appointment date (19/06/2024); a new date is set for a delay")
        try refused(["reschedule", "N2024-0012", "--to", "2024-06-10", "--reason", "Chờ ý kiến"], desk: desk,
                    vi: "hồ sơ N2024-0012: ngày hẹn mới 10/06/2024 không sau ngày hẹn hiện tại (19/06/2024); hẹn lại là để lùi ngày trả kết quả khi giải quyết chậm",
                    en: "N2024-0012: the new date 10/06/2024 is not later than the current appointment date (19/06/2024); a new date is set for a delay")
        // N2024-0005 (received 02/05, due 29/05): a later Sunday or holiday is not a working day
        try refused(["reschedule", "N2024-0005", "--to", "2024-06-30", "--reason", "Chờ ý kiến"], desk: desk,
                    vi: "30/06/2024 là Chủ nhật, không phải ngày làm việc; ngày hẹn trả kết quả phải là ngày làm việc",
                    en: "30/06/2024 is a Sunday, not a working day; an appointment date falls on a working day")
        try refused(["reschedule", "N2024-0005", "--to", "2024-09-02", "--reason", "Chờ ý kiến"], desk: desk,
                    vi: "02/09/2024 là ngày nghỉ (Quốc khánh), không phải ngày làm việc; ngày hẹn trả kết quả phải là ngày làm việc",
                    en: "02/09/2024 is a day off (Quốc khánh), not a working day; an appointment date falls on a working day")
        // A decided dossier's flow with the council has ended
        #expect(try CLI.run(["decide", "N2024-0006", "approve", "--override", "Thử", "--member", "chu", "--desk", desk]).status == 0)
        try refused(["reschedule", "N2024-0006", "--to", "2024-07-01", "--reason", "Chờ ý kiến"], desk: desk,
                    vi: "hồ sơ N2024-0006 đang ở trạng thái thông qua: chỉ hẹn lại ngày trả kết quả cho hồ sơ đang giải quyết",
                    en: "N2024-0006 is approved: a new appointment date is only set for a dossier still being processed")
        // A later working day is recorded, and the apology slip is dated the day it was set, giving the missed date
        let ok = try CLI.runVietnamese(["reschedule", "N2024-0005", "--to", "2024-06-20", "--reason", "Chờ ý kiến", "--member", "chu", "--desk", desk])
        #expect(ok.status == 0 && ok.out == "N2024-0005: hẹn lại ngày trả kết quả 20/06/2024\n", "\(ok.err)")
        let apology = try CLI.runVietnamese(["slip", "N2024-0005", "apology", "--desk", desk]).out
        #expect(apology.contains("ngày 10 tháng 5 năm 2024") && apology.contains("thời gian hẹn trả kết quả: ngày 29/05/2024")
                && apology.contains("hẹn lại ngày trả kết quả vào ngày 20/06/2024"), "\(apology)")
        _ = s
    }

    @Test func aSlipIsDatedTheDayOfItsAct() throws {
        let s = try Scratch()
        let desk = try demoDesk(s)
        // N2024-0008 was received on 14/05/2024; the desk stands at 10/05/2024
        let receipt = try CLI.runVietnamese(["slip", "N2024-0008", "receipt", "--desk", desk]).out
        #expect(receipt.contains("……, ngày 14 tháng 5 năm 2024 |") && !receipt.contains("ngày 10 tháng 5"), "\(receipt)")
        // A request for supplements made on the desk's today (10/05/2024), printed later, keeps that day
        #expect(try CLI.run(["decide", "N2024-0003", "supplement", "--reason", "Thiếu biên bản", "--member", "chu", "--desk", desk]).status == 0)
        #expect(try CLI.run(["year", "open", "2024", "--as-of", "2024-05-20", "--member", "chu", "--desk", desk]).status == 0)
        let supplement = try CLI.runVietnamese(["slip", "N2024-0003", "supplement", "--desk", desk]).out
        #expect(supplement.contains("……, ngày 10 tháng 5 năm 2024 |"), "\(supplement)")
        _ = s
    }

    @Test func aRecognitionSignedAfterTheDesksTodayIsRefused() throws {
        let s = try Scratch()
        let desk = try demoDesk(s)
        try refused(["recognise", "N2024-0003", "--by", "Hiệu trưởng", "--number", "5/QĐ-TH", "--date", "20/04/2025"], desk: desk,
                    vi: "ngày công nhận 20/04/2025 ở sau ngày xét của bàn xét duyệt (10/05/2024): quyết định chỉ được ghi khi đã ký",
                    en: "the recognition's date 20/04/2025 is after the desk's as-of date (10/05/2024): a decision is recorded once it is signed")
        // The desk's today itself is fine
        let ok = try CLI.run(["recognise", "N2024-0003", "--by", "Hiệu trưởng", "--number", "5/QĐ-TH", "--date", "10/05/2024",
                              "--member", "chu", "--desk", desk])
        #expect(ok.status == 0, "\(ok.err)")
        _ = s
    }

    @Test func monthsOfServiceBelowZeroOrBeyondAWorkingLifeAreRefused() throws {
        let s = try Scratch()
        let desk = try demoDesk(s)
        try refused(["eligibility", "N2024-0002", "--service-months=-3"], desk: desk,
                    vi: "-3 không phải số tháng công tác (từ 0 đến 600 tháng, tức năm mươi năm)",
                    en: "-3 is not a number of months of service (from 0 to 600, fifty years)")
        try refused(["eligibility", "N2024-0002", "--service-months", "99999"], desk: desk,
                    vi: "99999 không phải số tháng công tác (từ 0 đến 600 tháng, tức năm mươi năm)",
                    en: "99999 is not a number of months of service (from 0 to 600, fifty years)")
        for months in ["0", "600"] {
            let ok = try CLI.run(["eligibility", "N2024-0002", "--service-months", months, "--member", "chu", "--desk", desk])
            #expect(ok.status == 0, "\(months): \(ok.err)")
        }
        _ = s
    }
}
