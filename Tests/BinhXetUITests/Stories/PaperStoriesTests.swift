import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// A secretary produces the council's papers from the desk (`d`) and records the year's meeting (`m`),
/// without a shell: the core names the files and the folder, checks the meeting and records it.
struct PaperStoriesTests {
    static func desk(role: CouncilRole) throws -> TestDesk {
        let desk = try TestDesk()
        try desk.store.addMember(login: "chu", name: "Trần Văn Chủ", role: .chair, actor: "root")
        try desk.store.addMember(login: "uyvien", name: "Ngô Văn Ủy", role: .member, actor: "chu")
        try desk.store.addMember(login: Harness.member, name: Harness.member, role: role, actor: "chu")
        return desk
    }

    static func folder(_ desk: TestDesk, _ year: Int) -> URL {
        desk.folder.appendingPathComponent("review.desk.documents/\(year)")
    }

    @Test func theSimilarityReportOfANominationIsSavedFromItsPage() throws {
        let desk = try Self.desk(role: .secretary)
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.open("N2018-0001")
        // Given the documents dialog opened on the nomination page
        h.press("d")
        guard case .documents(let d)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        #expect(d.nominationID == "N2018-0001" && d.year == 2018 && d.format == .docx)
        #expect(d.papers?.first == .report(.similarity, subject: "N2018-0001") && d.papers?.count == 5)
        #expect(h.line(containing: "▸   Kết quả kiểm tra trùng lặp") != nil)
        // When Enter is pressed on the similarity report
        h.press(.enter)
        // Then a Word file is in the year's folder under the desk's name for it, and the screen says where
        let file = Self.folder(desk, 2018).appendingPathComponent("kiem-tra-trung-lap-2018-n2018-0001.docx")
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && String(decoding: bytes, as: UTF8.self).contains("word/document.xml"))
        #expect(h.state.message?.text == "Đã lưu Kết quả kiểm tra trùng lặp: \(file.standardizedFileURL.path)")
        #expect(h.text.contains("Đã lưu 1 tệp; tệp mới nhất:"))
        #expect(h.line(containing: "▸ ✓ Kết quả kiểm tra trùng lặp") != nil)
        // And made again, as HTML and as Word, nothing is replaced
        h.press(.right, .enter)
        h.press(.left, .enter)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder(desk, 2018).path).sorted()
        #expect(names == ["kiem-tra-trung-lap-2018-n2018-0001-2.docx", "kiem-tra-trung-lap-2018-n2018-0001.docx",
                          "kiem-tra-trung-lap-2018-n2018-0001.html"])
        #expect(try Data(contentsOf: file) == bytes)
        // A slip the dossier has no facts for says so in the dialog
        h.press(.down, .down, .down)   // Mẫu 03: the dossier was not refused
        h.press(.enter)
        guard case .documents(let after)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(after.problem == "Hồ sơ không bị từ chối tiếp nhận: không lập Mẫu 03.")
        h.press(.escape)
        #expect(h.state.modal == nil)
    }

    @Test func theSavedPathIsBrokenOnlyAfterASlash() throws {
        // At 80 columns the dialog broke the path inside the file's name ("…-n2018- / 0001.docx")
        let desk = try Self.desk(role: .secretary)
        for (size, language) in [(Size(width: 80, height: 24), Language.vi), (Size(width: 80, height: 24), .en),
                                 (Size(width: 120, height: 40), .vi)] {
            let h = try Harness(size, language, desk: desk)
            h.open("N2018-0001")
            h.press("d")
            h.press(.enter)
            guard case .documents(let d)? = h.state.modal, let path = d.saved.last?.path else {
                Issue.record("nothing saved: \(h.state.message?.text ?? "")"); return
            }
            // The box's inner rows, from the saved line to the blank one after it
            let top = try #require((0..<size.height).first { y in (0..<size.width).contains { h.screen[$0, y].grapheme == "┌" } })
            let left = try #require((0..<size.width).first { h.screen[$0, top].grapheme == "┌" })
            let right = try #require((0..<size.width).first { h.screen[$0, top].grapheme == "┐" })
            let rows = (top + 1..<size.height).map { y in
                (left + 2..<right - 1).map { h.screen[$0, y].grapheme }.joined().trimmingCharacters(in: .whitespaces)
            }
            let label = language == .vi ? "Đã lưu 1 tệp; tệp mới nhất:" : "1 saved; the latest:"
            let first = try #require(rows.firstIndex { $0.hasPrefix(label) }, "\(rows)")
            let saved = Array(rows[first...].prefix { !$0.isEmpty })
            let pathRows = saved.map { $0.hasPrefix(label) ? String($0.drop { $0 != "/" }) : $0 }
            #expect(pathRows.joined() == path, "\(saved)")
            #expect(pathRows.dropLast().allSatisfy { $0.isEmpty || $0.hasSuffix("/") }, "\(saved)")
            h.press(.escape)
        }
    }

    @Test func theYearsPapersComeFromTheQueuesAndTheSummary() throws {
        let desk = try Self.desk(role: .standingViceChair)
        let h = try Harness(Size(width: 80, height: 24), .en, desk: desk)
        h.press(.char("t"))
        h.press("d")
        guard case .documents(let d)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        #expect(d.nominationID == nil && d.papers == [.report(.decision), .report(.submission), .report(.minutes), .report(.ballotCount),
                                                        .report(.notices)])
        // The minutes, to print
        h.press(.down, .down, .right, .enter)
        let file = Self.folder(desk, 2018).appendingPathComponent("bien-ban-hoi-dong-2018.html")
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self).contains("BIÊN BẢN"))
        #expect(h.state.message?.text.hasPrefix("Saved Council minutes (Biên bản họp): /") == true)
    }

    @Test func aCriticismLetterPerCriticisedUnitAndTheListKeepsTheChosenOneInView() throws {
        let desk = try Self.desk(role: .secretary)
        // Given every unit criticised over a 2018 nomination
        for n in try desk.store.nominations() where n.year == 2018 {
            let unit = try desk.store.unit(matching: n.unitName)
            _ = try desk.store.criticise(unitID: unit.id!, text: "Xét chưa kỹ", nominations: [n.id], actor: "chu")
        }
        let units = Set(try desk.store.criticisms().map(\.unitName))
        let h = try Harness(Size(width: 80, height: 24), desk: desk)
        h.press("d")
        guard case .documents(let d)? = h.state.modal, let papers = d.papers else { Issue.record("no papers"); return }
        #expect(papers.count == 5 + units.count)
        #expect(Set(papers.compactMap { if case .report(.criticismLetter, let u) = $0 { return u } else { return nil } }) == units)
        // When the last one is chosen, it is on screen and the dialog still shows its keys
        h.press(.end)
        let last = try #require(papers.last)
        #expect(h.line(containing: "▸   " + VietnameseStrings().paperName(last)) != nil)
        #expect(h.screen.lines.filter { $0.contains("Enter: lập và lưu") }.count == 2)
        h.press(.enter)
        guard case .report(.criticismLetter, let unit?) = last else { Issue.record("not a letter"); return }
        #expect(h.state.message?.text.hasPrefix("Đã lưu Công văn phê bình — \(unit): ") == true)
    }

    @Test func aPlainMemberSeesThePapersUnavailableWithTheReason() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.desk(role: .member))
        h.press("d")
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text == "Vai trò Ủy viên không được lập văn bản của Hội đồng; chỉ Chủ tịch Hội đồng, Phó Chủ tịch thường trực, Ủy viên thư ký được lập.")
        h.press(.escape)
        h.open("N2018-0001")
        h.press("d")
        #expect(h.state.modal == nil && h.state.message?.text.hasPrefix("Vai trò Ủy viên không được lập văn bản") == true)
        h.press(.escape)
        h.press("m")
        #expect(h.state.modal == nil && h.state.message?.text.hasPrefix("Vai trò Ủy viên không được ghi cuộc họp") == true)
        // A desk without a council cannot name a chair: the meeting waits for members
        let bare = try Harness(Size(width: 120, height: 40))
        bare.press("m")
        #expect(bare.state.message?.text == "Bàn xét duyệt chưa có thành viên Hội đồng (binhxet member add): chưa ghi được cuộc họp.")
    }

    @Test func aSecretaryRecordsTheMeetingAndTheSummaryShowsIt() throws {
        let desk = try Self.desk(role: .secretary)
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        // Given the meeting dialog, opened with the desk's today and the council's chair and secretary
        h.press("m")
        guard case .meeting(let opened)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        #expect(opened.day.text == "20/06/2018" && opened.chair == "chu" && opened.secretary == Harness.member && opened.replacing == nil)
        // A time the core does not read is refused on its field
        h.press(.tab); h.type("8h"); h.press(.tab); h.type("11:30"); h.press(.enter)
        guard case .meeting(let m1)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(m1.problem == "Giờ «8h» không đúng; viết giờ:phút, ví dụ 08:00." && m1.field == .start)
        h.press(.ctrl("u")); h.type("08:00")
        h.press(.enter)
        guard case .meeting(let m2)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(m2.problem == "Ghi địa điểm họp." && m2.field == .place)
        h.type("Hội trường Ủy ban nhân dân huyện")
        // The plain member is absent, with a reason typed on their line
        let absentee = try #require(opened.members.firstIndex { $0.login == "uyvien" })
        while h.state.modal.flatMap({ if case .meeting(let m) = $0 { return m.field } else { return nil } }) != .member(absentee) { h.press(.tab) }
        h.type("đi công tác")
        h.press(.enter)
        #expect(h.text.contains("vắng: Ngô Văn Ủy") && h.text.contains("(đi công tác)."))
        h.press(.enter)
        // Then the desk holds the meeting, as one event by this member, and the year summary shows it
        let recorded = try #require(try desk.store.meeting(year: 2018))
        #expect(recorded == Meeting(year: 2018, startsAt: "2018-06-20T08:00", endsAt: "11:30", place: "Hội trường Ủy ban nhân dân huyện",
                                    chair: "chu", secretary: Harness.member, absent: ["uyvien": "đi công tác"]))
        #expect(try desk.store.events().filter { $0.kind == .meetingRecorded }.map(\.actor) == [Harness.member])
        #expect(h.state.message?.text == "Đã ghi cuộc họp Hội đồng năm 2018: 20/06/2018 08:00–11:30, Hội trường Ủy ban nhân dân huyện.")
        h.press(.char("t"))
        #expect(h.line(containing: "Họp Hội đồng: 20/06/2018 08:00–11:30 · Hội trường Ủy ban nhân dân huyện · chủ trì Trần Văn Chủ") != nil)
        // When recorded again from the summary, the dialog opens with it and replaces it
        h.press("m")
        guard case .meeting(let again)? = h.state.modal else { Issue.record("no dialog"); return }
        #expect(again.replacing == recorded && again.place.text == recorded.place && again.absent["uyvien"]?.text == "đi công tác")
        h.press(.tab, .tab, .tab, .ctrl("u")); h.type("Phòng họp số 2")
        h.press(.enter, .enter)
        #expect(try desk.store.meeting(year: 2018)?.place == "Phòng họp số 2")
        #expect(h.line(containing: "Họp Hội đồng: 20/06/2018 08:00–11:30 · Phòng họp số 2") != nil)
        #expect(try desk.store.events().filter { $0.kind == .meetingRecorded }.count == 2)
    }

    /// The desk refuses a member written absent who voted that year: the form comes back as typed, on that
    /// member's line, with the reason (it was a notice, and the whole meeting had to be typed again).
    @Test func aMeetingRefusedForAnAbsentMemberWhoVotedComesBackAsTyped() throws {
        let desk = try Self.desk(role: .secretary)
        try desk.store.vote("N2018-0001", .agree, member: "uyvien")
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.press("m")
        guard case .meeting(let opened)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        h.press(.tab); h.type("08:00"); h.press(.tab); h.type("11:30"); h.press(.tab); h.type("Hội trường")
        let absentee = try #require(opened.members.firstIndex { $0.login == "uyvien" })
        while h.state.modal.flatMap({ if case .meeting(let m) = $0 { return m.field } else { return nil } }) != .member(absentee) { h.press(.tab) }
        h.type("đi công tác")
        h.press(.enter, .enter)
        guard case .meeting(let back)? = h.state.modal else { Issue.record("the form did not come back: \(String(describing: h.state.modal))"); return }
        #expect(back.field == .member(absentee) && !back.confirming)
        #expect(back.problem == "Ngô Văn Ủy đã bỏ phiếu cho 1 hồ sơ nên không thể ghi vắng mặt.")
        #expect(back.place.text == "Hội trường" && back.absent["uyvien"]?.text == "đi công tác")
        #expect(try desk.store.meeting(year: 2018) == nil)
        // Present again (Backspace over the reason, then on the empty line), it is recorded
        for _ in 0..<("đi công tác".count + 1) { h.press(.backspace) }
        h.press(.enter, .enter)
        #expect(try desk.store.meeting(year: 2018)?.absent == [:])
    }

    @Test func reduceOnlyAsksForThePaperAndTheMeetingItWritesNothing() throws {
        let desk = try Self.desk(role: .secretary)
        let h = try Harness(Size(width: 80, height: 24), desk: desk)
        h.press("d")
        // Given the dialog's state, When Enter goes through reduce alone
        var state = h.state
        let effects = reduce(&state, .key(.enter))
        // Then the paper is asked for as an effect, and nothing is on disk until the loop runs it
        #expect(effects == [.issueDocument(.report(.decision), year: 2018, format: .docx)])
        #expect(!FileManager.default.fileExists(atPath: Self.folder(desk, 2018).path))
        // The same for the meeting: one effect carrying what the core will record
        h.press(.escape)
        h.press("m"); h.press(.tab); h.type("08:00"); h.press(.tab); h.type("11:30"); h.press(.tab); h.type("Hội trường"); h.press(.enter)
        var confirming = h.state
        let record = reduce(&confirming, .key(.enter))
        #expect(record == [.recordMeeting(Meeting(year: 2018, startsAt: "2018-06-20T08:00", endsAt: "11:30", place: "Hội trường",
                                                  chair: "chu", secretary: Harness.member))])
        #expect(try desk.store.meeting(year: 2018) == nil)
    }

    @Test func withAnErrorShownEveryMemberOfAFiveMemberCouncilStaysInView() throws {
        // At 80×24 the error line pushed the fifth member's line out of the box, with nothing to say so
        for language in [Language.vi, .en] {
            let desk = try Self.desk(role: .secretary)
            try desk.store.addMember(login: "khoa", name: "Vũ Minh Khoa", role: .member, actor: "chu")
            try desk.store.addMember(login: "lanh", name: "Đỗ Thị Lành", role: .member, actor: "chu")
            let h = try Harness(Size(width: 80, height: 24), language, desk: desk)
            h.press("m")
            h.press(.tab); h.type("8h"); h.press(.enter)
            guard case .meeting(let m)? = h.state.modal, let problem = m.problem else { Issue.record("no problem shown"); return }
            #expect(m.members.count == 5)
            // The members' heading is whole, wrapped in the box ("…type the reason for an abs" in English)
            #expect(h.text.contains(language == .vi ? "gõ lý do vắng):" : "absence):"), "\(h.text)")
            #expect(h.text.contains(String(problem.prefix(20))), "\(h.text)")
            for member in m.members { #expect(h.line(containing: member.name + " · ") != nil, "\(language) \(member.name)\n\(h.text)") }
            // And so while a member's line is being edited, the error still shown
            h.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)
            for member in m.members { #expect(h.line(containing: member.name + " · ") != nil, "\(language) \(member.name)\n\(h.text)") }
            #expect(h.text.contains(String(problem.prefix(20))), "\(h.text)")
        }
    }

    @Test func escapeAsksBeforeThrowingAwayATypedMeeting() throws {
        let h = try Harness(Size(width: 80, height: 24), desk: try Self.desk(role: .chair))
        h.press("m")
        h.press(.tab); h.type("08:00")
        h.press(.escape)
        guard case .confirmDiscard? = h.state.modal else { Issue.record("Esc closed a typed meeting"); return }
        h.press(.char("n"))
        guard case .meeting(let m)? = h.state.modal else { Issue.record("the dialog is gone"); return }
        #expect(m.start.text == "08:00")
    }
}
