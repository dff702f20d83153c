@testable import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import Testing

/// What makes each document signable (NĐ 30/2020), read back from its DOCX: Quốc hiệu and Tiêu ngữ in the
/// header's right column, the number in the left, place and date, Nơi nhận, the signer's full name.
@Suite struct DocumentStructureTests {
    static let day = CalendarDay("2018-06-20")!

    struct Expect {
        var number: String?
        var recipients = true
        var signer: String
    }

    static func check(_ doc: OfficialDocument, _ e: Expect, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let p = try DocxPackage(try DocxRendering.render(doc))
        #expect(p.allWellFormed, sourceLocation: sourceLocation)
        let head = try #require(p.tables.first, sourceLocation: sourceLocation)
        let rows = DocxPackage.rows(of: head)
        try #require(rows.count == 2 && rows[0].count == 2, sourceLocation: sourceLocation)
        #expect(DocxPackage.text(rows[0][1]) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", sourceLocation: sourceLocation)
        #expect(!p.document.contains("Độc lập – Tự do"), sourceLocation: sourceLocation)
        #expect(DocxPackage.text(rows[1][1]).hasPrefix("A Lưới, ngày "), sourceLocation: sourceLocation)
        if let n = e.number { #expect(DocxPackage.text(rows[1][0]).hasPrefix("Số: ") && DocxPackage.text(rows[1][0]).contains(n), sourceLocation: sourceLocation) }
        let text = DocxPackage.text(p.document)
        #expect(text.contains("Nơi nhận:") == e.recipients, sourceLocation: sourceLocation)
        #expect(text.contains(e.signer), sourceLocation: sourceLocation)
        // A body name is never written in capitals inside a sentence.
        let caps = doc.header.issuingBody.vietnameseUppercased
        for b in doc.body { if case .paragraph(let para) = b, para.role == .body { #expect(!para.plainText.contains(caps), sourceLocation: sourceLocation) } }
    }

    @Test func decisionListsExactlyThePassedNominationsWithoutIDs() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            // N2018-0004 got 3 of 5 (below 70%) and is approved anyway: the decision must not list it.
            try desk.store.decide("N2018-0004", .approve, override: "Chủ tịch quyết định", confirmYear: 2018, actor: "chutich", at: "2018-06-15T02:00:00.000Z")
            try Data("issuing_body = UBND huyện A Lưới\n[documents]\nnext_decision_number = 3\nnext_submission_number = 12\n".utf8)
                .write(to: desk.store.rulesFileURL)
            let scope = ReportScope(year: 2018, on: Self.day)
            let doc = try desk.store.document(.decision, scope: scope)
            try Self.check(doc, Expect(number: "03/QĐ-UBND", signer: "Trần Văn Chủ"))
            #expect(doc.typeName == "QUYẾT ĐỊNH" && doc.authority == "Chủ tịch Ủy ban nhân dân huyện A Lưới")
            #expect(doc.header.parentBody == nil)
            let listed = doc.annexes.flatMap(\.body).compactMap { b -> [String]? in
                guard case .table(let t) = b else { return nil }
                return t.rows.filter { $0.kind == .data }.map { $0.cells[1].map(\.text).joined() }
            }.flatMap { $0 }
            #expect(listed.sorted() == ["Hồ Thị Bình", "Kăn Thị Cúc"])
            #expect(!doc.plainText.contains("N2018-") && !doc.plainText.contains("N2017-"))
            #expect(doc.plainText.contains("Tờ trình số 12/TTr-HĐTĐKT"))
            #expect(doc.plainText.contains("1.300.000 đồng/người") && doc.plainText.contains("390.000 đồng/người")
                    && doc.plainText.contains("Tổng số tiền thưởng: 1.690.000 đồng"))
            let sub = try desk.store.document(.submission, scope: scope)
            try Self.check(sub, Expect(number: "12/TTr-HĐTĐKT", signer: "Phạm Thị Thường"))
            #expect(sub.addressees == ["Kính gửi: Chủ tịch Ủy ban nhân dân huyện A Lưới"])
            #expect(sub.plainText.contains("Lê Văn Dũng (UBND xã Hồng Kim)"))
            #expect(sub.plainText.contains("kính trình Chủ tịch Ủy ban nhân dân huyện A Lưới xem xét, quyết định./."))
        }
    }

    @Test func theBaseSalarySettingAndTheVicechairmanSigner() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            try Data("issuing_body = UBND huyện A Lưới\n[documents]\nbase_salary = 1.490.000\ndecision_signer = vice_chairman\nvice_chairman_name = Lê Thị Phó\n".utf8)
                .write(to: desk.store.rulesFileURL)
            let doc = try desk.store.document(.decision, scope: ReportScope(year: 2018, on: Self.day))
            #expect(doc.plainText.contains("1.490.000 đồng/người") && doc.plainText.contains("447.000 đồng/người"))
            #expect(doc.closing.right?.capitalLines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] && doc.closing.right?.name == "Lê Thị Phó")
        }
    }

    @Test func theOfficeCanWriteTheDecisionsCănCứItself() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let scope = ReportScope(year: 2018, on: Self.day)
            let generated = try desk.store.document(.decision, scope: scope).plainText
            #expect(generated.contains("Căn cứ Luật Thi đua"))
            try Data("[documents]\nlegal_basis = Căn cứ Luật A ngày 01 tháng 01 năm 2020 | Căn cứ Thông tư B;\n".utf8)
                .write(to: desk.store.rulesFileURL)
            let text = try desk.store.document(.decision, scope: scope).plainText
            #expect(text.contains("Căn cứ Luật A ngày 01 tháng 01 năm 2020;") && text.contains("Căn cứ Thông tư B;"))
            #expect(!text.contains("Căn cứ Luật Thi đua"))
            // A line that is not a Căn cứ, or an empty one, is refused with the file and line.
            try Data("[documents]\nlegal_basis = Căn cứ Luật A | | Căn cứ B\n".utf8).write(to: desk.store.rulesFileURL)
            #expect(throws: RuleSetFileError.self) { try desk.store.document(.decision, scope: scope) }
            try Data("[documents]\nlegal_basis = Luật A\n".utf8).write(to: desk.store.rulesFileURL)
            #expect(throws: RuleSetFileError.self) { try desk.store.document(.decision, scope: scope) }
        }
    }

    @Test func similarityReportMarksTheWordsThatDifferOnBothSidesAndGreysTemplate() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let doc = try desk.store.document(.similarity, scope: ReportScope(year: 2018, on: Self.day, subject: "N2018-0001"))
            try Self.check(doc, Expect(number: "/BC-NV", signer: "Phạm Thị Thường"))
            let pair = try #require(doc.tables.last)
            #expect(pair.columns.map(\.name) == ["Sáng kiến được kiểm tra", "Sáng kiến nguồn"])
            let row = try #require(pair.rows.first)
            let (left, right) = (row.cells[0], row.cells[1])
            // Both sides keep their own text, whole
            #expect(left.map(\.text).joined() == ReportDesk.texts["b"]! && right.map(\.text).joined() == ReportDesk.texts["a"]!)
            // The disguises, marked on both sides; the unchanged words are not
            #expect(left.filter(\.changed).map(\.text) == ["2017 - 2018", "8B", "27", "Nguyễn", "An"])
            #expect(right.filter(\.changed).map(\.text) == ["2012 - 2013", "8A", "31", "Lê", "Hải"])
            #expect(left.filter(\.inserted).map(\.text) == ["có chấm điểm thi đua"] && !right.contains(where: \.inserted))
            // The numbered headings are template: greyed, never marked
            #expect(left.filter(\.template).map(\.text) == ["I. ĐẶT VẤN ĐỀ", "II. GIẢI PHÁP"])
            #expect(!left.contains { $0.template && ($0.changed || $0.inserted) })
            // The caption: size without the headings, sections spanned
            // 364 characters less the two headings' 13 each
            #expect(doc.plainText.contains("Đoạn 1/1 · 338 ký tự · mục I–II: 75 từ không kể văn bản mẫu, 64 từ giống nguồn"))
            #expect(doc.plainText.contains("Nguyễn Văn An, Trường THCS Hồng Kim") && doc.plainText.contains("2017")
                    && doc.plainText.contains("đã dùng để xét CSTĐCS năm 2017") && doc.plainText.contains("92,0%"))
            #expect(doc.plainText.contains("12 âm tiết") && doc.plainText.contains("từ 50% nội dung"))
            let p = try DocxPackage(try DocxRendering.render(doc))
            #expect(p.document.contains("<w:rPr><w:b/><w:bCs/><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">2017 - 2018</w:t>"))
            #expect(p.document.contains("<w:rPr><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">có chấm điểm thi đua</w:t>"))
            let html = try #require(DocumentFormat.html.text(doc))
            #expect(html.contains("Năm học <mark>2017 - 2018</mark>, lớp <mark>8B</mark>"))
            #expect(html.contains("<ins>có chấm điểm thi đua</ins>"))
            let md = try #require(DocumentFormat.md.text(doc))
            #expect(md.contains("Năm học **2017 - 2018**, lớp **8B**") && md.contains("⟨có chấm điểm thi đua⟩"))
        }
    }

    @Test func minutesSayWhoWasThereOnceAndLeaveReceptionRefusalsOut() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            // Ngô Văn Ủy voted on every nomination: the minutes cannot say he was away
            #expect(throws: MeetingError.absentButVoted(login: "uyvien", name: "Ngô Văn Ủy", year: 2018, nominations: 4)) {
                try desk.store.recordMeeting(Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "11:30", place: "Hội trường",
                                                     chair: "chutich", secretary: "thuky", absent: ["uyvien": "đi công tác"]), actor: "thuky")
            }
            // A sixth member who cast no ballot was away
            try desk.store.addMember(login: "uyvien2", name: "Đỗ Văn Vắng", role: .member, actor: "chutich", at: "2018-05-01T08:00:00Z")
            try desk.store.recordMeeting(Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "11:30", place: "Hội trường",
                                                 chair: "chutich", secretary: "thuky", absent: ["uyvien2": "đi công tác"]), actor: "thuky")
            // …and, written as absent, casts none afterwards
            #expect(throws: BallotError.absentFromMeeting(login: "uyvien2", year: 2018)) {
                try desk.store.vote("N2018-0004", .agree, member: "uyvien2")
            }
            let doc = try desk.store.document(.minutes, scope: ReportScope(year: 2018, on: Self.day))
            try Self.check(doc, Expect(number: "/BB-HĐTĐKT", recipients: false, signer: "Hoàng Thị Thư"))
            let text = doc.plainText
            #expect(text.contains("Vào lúc 08 giờ 00 phút, ngày 28 tháng 5 năm 2018, tại Hội trường"))
            #expect(text.contains("Thành viên có mặt: 05/06 thành viên") && text.contains("Đỗ Văn Vắng (lý do: đi công tác)"))
            #expect(text.contains("Cuộc họp kết thúc vào lúc 11 giờ 30 phút cùng ngày"))
            #expect(doc.closing.left?.capitalLines == ["THƯ KÝ"] && doc.closing.right?.name == "Trần Văn Chủ")
            // A Ê Viết Em's dossier was refused at reception: named as such, not in the ballot table
            let ballot = try #require(doc.tables.first)
            #expect(!ballot.rows.contains { $0.cells[1].map(\.text).joined() == "A Viết Em" })
            #expect(text.contains("từ chối tiếp nhận, không trình Hội đồng: A Viết Em"))
            #expect(ballot.header.count == 2)
            let count = try desk.store.document(.ballotCount, scope: ReportScope(year: 2018, on: Self.day))
            try Self.check(count, Expect(number: nil, recipients: false, signer: "Hoàng Thị Thư"))
            let row = try #require(count.tables.first?.rows.first)
            // N2018-0001: 2 agree, 3 disagree; 5 ballots issued to the five present, 5 returned; shares of all six members
            #expect(count.plainText.contains("Tổng số thành viên Hội đồng: 06; có mặt: 05; số phiếu phát ra cho mỗi hồ sơ: 05"))
            #expect(row.cells.map { $0.map(\.text).joined() } == ["1", "Nguyễn Văn An", "5", "5", "5", "0", "2", "33,3%", "3", "50,0%", "0"])
        }
    }

    @Test func aBallotCountRowAddsUpWhenAMemberAbstains() throws {
        // The tester's minutes read "Phát ra 5, Thu về 5, Hợp lệ 5, …, Đồng ý 0, Không đồng ý 4": the abstention was nowhere.
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let count = try desk.store.document(.ballotCount, scope: ReportScope(year: 2018, on: Self.day))
            let table = try #require(count.tables.first)
            let cells = table.rows.map { $0.cells.map { $0.map(\.text).joined() } }
            // Kăn Thị Cúc (N2018-0003): 4 agree, 1 abstains; the column is worded as the minutes word it
            let cuc = try #require(cells.first { $0[1] == "Kăn Thị Cúc" })
            #expect(cuc[6] == "4" && cuc[8] == "0" && cuc.last == "1")
            for r in cells { #expect([r[6], r[8], r[r.count - 1]].map { Int($0) ?? -99 }.reduce(0, +) == Int(r[4]), "\(r)") }
            #expect(table.header.first?.contains { $0.text == "Không biểu quyết" } == true)
        }
    }

    @Test func theCriticismRegisterNamesWhoRecordedItByName() throws {
        // "Người ghi: root": the register printed the login; a member is named as the council's list names them.
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let register = try desk.store.report(.criticisms, scope: ReportScope(year: 2018, on: Self.day))
            let rows = register.sections.flatMap(\.rows)
            #expect(rows.map { $0.last } == ["Trần Văn Chủ"])
        }
    }

    @Test func anApprovalOnADeskWithNoCouncilIsAwardedAndNotCalledAFailedVote() throws {
        // The tester approved N2024-0002 on a desk with no council members: the decision listed nobody and
        // the minutes concluded "Không đề nghị (phiếu không đạt)" for a ballot that never was.
        let (s, store) = try RegistrationTests().desk()
        let record = try store.decide("N2018-0002", .approve, confirmYear: 2018, actor: "office")
        #expect(record.withoutBallot)
        let scope = ReportScope(year: 2018, on: Self.day)
        let decision = try store.document(.decision, scope: scope)
        #expect(decision.plainText.contains("Lê Văn Cường"), "\(decision.plainText)")
        let minutes = try store.document(.minutes, scope: scope)
        #expect(!minutes.plainText.contains("phiếu không đạt"), "\(minutes.plainText)")
        let row = try #require(minutes.tables.first?.rows.first { $0.cells[1].map(\.text).joined() == "Lê Văn Cường" })
        #expect(row.cells.last?.map(\.text).joined() == "Đề nghị khen thưởng (không bỏ phiếu)")
        #expect(minutes.plainText.contains("không có phiếu biểu quyết") && !minutes.plainText.contains("Hội đồng bỏ phiếu kín"))
        #expect(minutes.plainText.contains("Hội đồng thống nhất đề nghị") && minutes.plainText.contains("không đề nghị: 00 trường hợp"),
                "\(minutes.plainText)")
        let submission = try store.document(.submission, scope: scope)
        #expect(!submission.plainText.contains("kết quả bỏ phiếu không đạt"), "\(submission.plainText)")
        _ = s
    }

    /// A criticism letter is addressed to the head of the unit by their title, as units.csv's kind gives it
    /// ("Kính gửi: Thủ trưởng Trường Tiểu học Vân Khê" where an office writes "Hiệu trưởng").
    @Test func aCriticismLetterIsAddressedToTheHeadByTitle() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: Fixtures.resources.appendingPathComponent("demo/nominations.csv"))
        for (unit, head) in [("Trường Tiểu học Vân Khê", "Hiệu trưởng"), ("Ban Chỉ huy Quân sự xã Vân Khê", "Chỉ huy trưởng"),
                             ("Hợp tác xã Nông nghiệp Vân Khê", "Giám đốc")] {
            let u = try store.unit(matching: unit)
            try store.criticise(unitID: u.id!, text: "Xét duyệt sáng kiến chưa nghiêm", actor: "root")
            let letter = try store.document(.criticismLetter, scope: ReportScope(year: 2024, on: Self.day, subject: unit))
            #expect(letter.addressees == ["Kính gửi: \(head) \(unit)"], "\(letter.addressees)")
        }
        #expect(OrgUnit(name: "Đơn vị X").headTitle == "Thủ trưởng")
    }

    @Test func aMeetingNamesOnlyActiveMembersAndRealTimes() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            #expect(throws: MeetingError.notAMember("khach")) {
                try desk.store.recordMeeting(Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "11:30", place: "x", chair: "khach", secretary: "thuky"), actor: "thuky")
            }
            #expect(throws: MeetingError.badTime("25:00")) {
                try desk.store.recordMeeting(Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "25:00", place: "x", chair: "chutich", secretary: "thuky"), actor: "thuky")
            }
        }
    }

    @Test func noticesOnePerUnitWithNơiNhậnAndNoKínhGửi() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let doc = try desk.store.document(.notices, scope: ReportScope(year: 2018, on: Self.day))
            let all = [doc] + doc.following
            #expect(all.map { $0.summary.first ?? "" } == ["Kết quả xét danh hiệu thi đua năm 2018 của HTX Nông nghiệp A Lưới",
                                                            "Kết quả xét danh hiệu thi đua năm 2018 của Trường THCS Hồng Kim",
                                                            "Kết quả xét danh hiệu thi đua năm 2018 của UBND xã Hồng Kim"])
            for d in all {
                try Self.check(d, Expect(number: "/TB-HĐTĐKT", signer: "Trần Văn Chủ"))
                #expect(d.addressees.isEmpty && !d.plainText.contains("Kính gửi"))
                #expect(d.body.contains { if case .paragraph(let p) = $0 { return p.role == .basis } else { return false } })
            }
            // Each notice is a document with a number of its own, from the sequence on (all three read "04/TB")
            try Data("[documents]\nnext_notice_number = 4\n".utf8).write(to: desk.store.rulesFileURL)
            let numbered = try desk.store.document(.notices, scope: ReportScope(year: 2018, on: Self.day))
            #expect(([numbered] + numbered.following).map(\.header.number) == ["04/TB-HĐTĐKT", "05/TB-HĐTĐKT", "06/TB-HĐTĐKT"])
            let school = all[1].plainText
            #expect(school.contains("Sáng kiến không có tính mới") && school.contains("căn cứ: NĐ 13/2012/NĐ-CP") && !school.contains("N2017-0001"))
            #expect(school.contains("năm 2017"))
            let p = try DocxPackage(try DocxRendering.render(doc))
            #expect(p.pageSizes.count == 3)   // one section per notice
        }
    }

    @Test func aNoticeEndsAReasonThatHasItsOwnFullStopWithOneFullStop() throws {
        // "…Hội đồng sáng kiến cơ sở..": a supplement's reason kept its own full stop and the line added one.
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            try desk.store.decide("N2018-0004", .supplement, reason: "Thiếu biên bản họp xét của đơn vị.", revision: "ghi lại lý do", actor: "thuongtruc",
                                  at: "2018-05-11T02:00:00.000Z")
            let doc = try desk.store.document(.notices, scope: ReportScope(year: 2018, on: Self.day))
            let text = ([doc] + doc.following).map(\.plainText).joined(separator: "\n")
            #expect(text.contains("Công an viên: Thiếu biên bản họp xét của đơn vị.") && !text.contains(".."), "\(text)")
        }
    }

    @Test func aSlipIsDatedTheDayOfTheActItRecordsNotTheDayItIsPrinted() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            // Received 02/05, supplements asked 10/05, refused 04/05, a new date set on 30/05/2018 (the desk's today is the clock's)
            let days = try [(OneStopSlip.receipt, "N2018-0001"), (.supplement, "N2018-0004"), (.refusal, "N2018-0005"), (.apology, "N2018-0003")]
                .map { try desk.store.slipDocument($0.0, for: $0.1).header.date?.iso }
            #expect(days == ["2018-05-02", "2018-05-10", "2018-05-04", "2018-05-30"])
            // The apology names the appointment it missed: the due date before the new one (31/05/2018), and the new one
            let apology = try desk.store.slipDocument(.apology, for: "N2018-0003").plainText
            #expect(apology.contains("thời gian hẹn trả kết quả: ngày 31/05/2018") && apology.contains("vào ngày 08/06/2018"), "\(apology)")
        }
    }

    @Test func slipsCarryTheHourThePapersReceivedAndTheRightSigner() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let receipt = try desk.store.slipDocument(.receipt, for: "N2018-0001")
            try Self.check(receipt, Expect(number: nil, recipients: false, signer: "Lê Thị Văn"))
            #expect(receipt.formLabel == "Mẫu số 01")
            #expect(receipt.plainText.contains("4. Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 02 tháng 5 năm 2018."))
            #expect(receipt.plainText.contains("2) Báo cáo thành tích (01 bản);") && !receipt.plainText.contains("Biên bản họp xét thi đua"))
            // No reception recorded: the hour and the papers are left to be written in by hand (no command in a
            // signable document), and so is the receiver's name
            let other = try desk.store.slipDocument(.receipt, for: "N2018-0003")
            #expect(other.plainText.contains("…… giờ …… phút, ngày 03 tháng 5 năm 2018") && !other.plainText.contains("binhxet"))
            #expect(other.closing.right?.name == "")
            // The receiver signs: whoever recorded the reception, by the council's name for them — not the importer
            try desk.store.recordReception(Reception(time: "10:00", papers: ["Tờ trình"]), for: "N2018-0002", actor: "thuky")
            #expect(try desk.store.slipDocument(.receipt, for: "N2018-0002").closing.right?.name == "Hoàng Thị Thư")
            // Mẫu 02 and 03 name the office as the header does, the committee in normal case; every reason ends with a full stop
            let supplement = try desk.store.slipDocument(.supplement, for: "N2018-0004").plainText
            #expect(supplement.contains("liên hệ Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân huyện A Lưới để được hướng dẫn."), "\(supplement)")
            #expect(supplement.contains("nội dung sau: Thiếu biên bản họp xét của đơn vị.") && !supplement.contains("– UBND") && !supplement.contains("– ỦY BAN"))
            let refusal = try desk.store.slipDocument(.refusal, for: "N2018-0005").plainText
            #expect(refusal.contains("Sau khi xem xét, Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân huyện A Lưới không tiếp nhận")
                    && refusal.contains("với lý do: Không thuộc thẩm quyền giải quyết của huyện."), "\(refusal)")
            let late = try desk.store.slipDocument(.apology, for: "N2018-0003").plainText
            #expect(late.contains("Lý do: Chờ ý kiến của cơ quan chuyên môn."), "\(late)")
            let apology = try desk.store.slipDocument(.apology, for: "N2018-0003")
            try Self.check(apology, Expect(number: nil, recipients: false, signer: "Phạm Thị Thường"))
            #expect(apology.header.issuingBody == "Phòng Nội vụ" && apology.closing.right?.capitalLines == ["TRƯỞNG PHÒNG NỘI VỤ"])
            #expect(throws: ReceptionError.badTime("9:15")) { try desk.store.recordReception(Reception(time: "9:15", papers: ["Báo cáo"]), for: "N2018-0002", actor: "vanthu") }
            #expect(throws: ReceptionError.noPapers) { try desk.store.recordReception(Reception(time: "09:00", papers: []), for: "N2018-0002", actor: "vanthu") }
        }
    }
}
