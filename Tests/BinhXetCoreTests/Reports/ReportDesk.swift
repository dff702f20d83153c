import BinhXetCore
import BinhXetSimilarity
import Foundation

/// A small district in 2017–2018 whose every event has a fixed time, so reports are byte-stable: a
/// council of five, a re-used initiative, a rejection whose reason holds characters every format must
/// escape, a supplement, a refusal, a new appointment date, a criticism.
struct ReportDesk {
    let scratch: Scratch
    let store: DeskStore

    static let csv = """
        nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on
        N2017-0001,2017,CB001,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy Toán 8,can_bo_cong_chuc,CSTDCS,Dạy học giải toán bằng sơ đồ,docs/a.txt,2017-05-02
        N2018-0001,2018,CB001,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy Toán 9,can_bo_cong_chuc,CSTDCS,Dạy học giải toán bằng sơ đồ đoạn thẳng,docs/b.txt,2018-05-02
        N2018-0002,2018,CB002,Hồ Thị Bình,UBND xã Hồng Kim,Xã đội phó,Huấn luyện dân quân,dan_quan_tu_ve,LDTT,,,2018-05-02
        N2018-0003,2018,CB003,Kăn Thị Cúc,HTX Nông nghiệp A Lưới,Xã viên,Trồng lúa nước,nong_dan,CSTDCS,"Gieo mạ khay, cấy máy",docs/c.txt,2018-05-03
        N2018-0004,2018,CB004,Lê Văn Dũng,UBND xã Hồng Kim,Công an viên,Giữ gìn an ninh thôn,cong_an_xa,CSTDCS,Tổ tự quản an ninh thôn,docs/d.txt,2018-05-03
        N2018-0005,2018,CB005,A Viết Em,HTX Nông nghiệp A Lưới,Công nhân cơ khí,Sửa chữa máy nông nghiệp,cong_nhan,LDTT,,,2018-05-04

        """

    /// An's 2017 report (a) and his 2018 one (b): the same text with the school year, the class, the
    /// number of pupils and the teacher's name changed and a clause added, under two numbered headings.
    static let texts = [
        "a": """
            I. ĐẶT VẤN ĐỀ
            Năm học 2012 - 2013, lớp 8A của trường có 31 em, nhiều em còn lúng túng khi giải bài toán có lời văn; thầy Lê Văn Hải đã thử dùng sơ đồ đoạn thẳng trong các tiết luyện tập.
            II. GIẢI PHÁP
            Mỗi bài toán được tóm tắt bằng sơ đồ đoạn thẳng trước khi lập phương trình, học sinh tự vẽ sơ đồ theo nhóm bốn em và trình bày trước lớp.

            """,
        "b": """
            I. ĐẶT VẤN ĐỀ
            Năm học 2017 - 2018, lớp 8B của trường có 27 em, nhiều em còn lúng túng khi giải bài toán có lời văn; thầy Nguyễn Văn An đã thử dùng sơ đồ đoạn thẳng trong các tiết luyện tập.
            II. GIẢI PHÁP
            Mỗi bài toán được tóm tắt bằng sơ đồ đoạn thẳng trước khi lập phương trình, học sinh tự vẽ sơ đồ theo nhóm bốn em và trình bày trước lớp, có chấm điểm thi đua.

            """,
    ]

    init() throws {
        scratch = try Scratch()
        store = try scratch.makeDesk()
        try store.chooseRuleSet(.law2022)
        try Data("issuing_body = UBND huyện A Lưới\n".utf8).write(to: store.rulesFileURL)
        for (name, text) in ["a", "b", "c", "d"].map({ ("docs/\($0).txt", Self.texts[$0] ?? "Báo cáo sáng kiến \($0).\n") }) {
            try scratch.write(name, text)
        }
        try NominationImporter(store: store, actor: "vanthu").importCSV(at: try scratch.write("n.csv", Self.csv))
        func at(_ day: String, _ n: Int = 0) -> String { "\(day)T02:\(n < 10 ? "0" : "")\(n):00.000Z" }
        let council: [(String, String, CouncilRole)] = [
            ("chutich", "Trần Văn Chủ", .chair), ("thuongtruc", "Phạm Thị Thường", .standingViceChair),
            ("phochutich", "Lê Văn Phó", .viceChair), ("thuky", "Hoàng Thị Thư", .secretary), ("uyvien", "Ngô Văn Ủy", .member),
        ]
        for (login, name, role) in council { try store.addMember(login: login, name: name, role: role, actor: "chutich", at: at("2017-01-02")) }
        let logins = council.map(\.0)
        // 2017: An's initiative is recognised and awarded
        for l in logins { try store.vote("N2017-0001", .agree, member: l, at: at("2017-06-09")) }
        try store.decide("N2017-0001", .approve, confirmYear: 2017, actor: "chutich", at: at("2017-06-10"))
        // 2018 ballots: 2 of 5, 5 of 5, 4 of 5 with an abstention, 3 of 5
        let ballots: [(String, [VoteChoice])] = [
            ("N2018-0001", [.agree, .agree, .disagree, .disagree, .disagree]),
            ("N2018-0002", [.agree, .agree, .agree, .agree, .agree]),
            ("N2018-0003", [.agree, .agree, .agree, .agree, .abstain]),
            ("N2018-0004", [.agree, .agree, .agree, .disagree, .disagree]),
        ]
        for (id, choices) in ballots {
            for (i, c) in choices.enumerated() { try store.vote(id, c, member: logins[i], at: at("2018-05-28", i)) }
        }
        try store.recordReception(Reception(time: "09:15", papers: ["Tờ trình đề nghị của đơn vị (bản chính)", "Báo cáo thành tích (01 bản)",
                                                                  "Báo cáo sáng kiến và quyết định công nhận (bản sao)"],
                                            submitter: "Lê Thị Văn, văn thư Trường THCS Hồng Kim"), for: "N2018-0001", actor: "vanthu", at: at("2018-05-02", 15))
        try store.recordMeeting(Meeting(year: 2018, startsAt: "2018-05-28T08:00", endsAt: "11:30", place: "Hội trường Ủy ban nhân dân huyện",
                                        chair: "chutich", secretary: "thuky"), actor: "thuky", at: at("2018-05-28", 30))
        // One passage: An's 2018 report against his 2017 one, whole texts.
        let passage = PassagePair(offset: 0, length: Self.texts["b"]!.unicodeScalars.count,
                                  sourceOffset: 0, sourceLength: Self.texts["a"]!.unicodeScalars.count)
        try store.replaceFindings([StoredFinding(nominationID: "N2018-0001", sourceID: "N2017-0001", kind: .selfReuse, coverage: 0.92, score: 0.95,
                                                 passages: [passage]),
                                   StoredFinding(nominationID: "N2018-0003", sourceID: nil, kind: .offDuty, coverage: 0, score: 0.12,
                                                 evidence: ["sáng kiến: mạ khay", "nhiệm vụ: trồng lúa"])],
                                  forNominations: ["N2018-0001", "N2018-0003"], checkedAt: at("2018-05-20"))
        try store.advance("N2018-0005", .refuse, on: CalendarDay("2018-05-04"), reason: "Không thuộc thẩm quyền giải quyết của huyện",
                          actor: "vanthu", at: at("2018-05-04"))
        try store.decide("N2018-0004", .supplement, reason: "Thiếu biên bản họp xét của đơn vị", actor: "thuongtruc", at: at("2018-05-10"))
        try store.reschedule("N2018-0003", to: CalendarDay("2018-06-08")!, reason: "Chờ ý kiến của cơ quan chuyên môn",
                             actor: "vanthu", at: at("2018-05-30"))
        try store.decide("N2018-0001", .reject, reason: #"Sáng kiến trùng lặp <92% & "nguyên văn"> | năm 2017, không mới"#,
                         actor: "chutich", at: at("2018-06-01"))
        try store.decide("N2018-0002", .approve, actor: "chutich", at: at("2018-06-01", 1))
        try store.decide("N2018-0003", .approve, actor: "chutich", at: at("2018-06-01", 2))
        try store.advance("N2018-0002", .returnResult, on: CalendarDay("2018-06-04"), actor: "vanthu", at: at("2018-06-04"))
        let school = try store.unit(matching: "Trường THCS Hồng Kim")
        try store.criticise(unitID: school.id!, text: "Xét duyệt sáng kiến chưa nghiêm túc, để sử dụng lại đề tài năm trước",
                            nominations: ["N2018-0001"], actor: "chutich", at: at("2018-06-02"))
        for (unit, count) in [("Trường THCS Hồng Kim", 10), ("UBND xã Hồng Kim", 12), ("HTX Nông nghiệp A Lưới", 8)] {
            try store.declareLDTTHolders(unitID: try store.unit(matching: unit).id!, year: 2018, count: count, actor: "vanthu",
                                         at: at("2018-05-05"))
        }
    }
}
