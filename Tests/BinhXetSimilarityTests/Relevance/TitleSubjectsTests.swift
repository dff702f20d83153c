import Testing
@testable import BinhXetSimilarity

struct TitleSubjectsTests {
    /// Twenty titles with stock openings, "tại"/"ở" and a place, two of them on crop restructuring.
    func subjects() -> TitleSubjects {
        var t = TitleSubjects(boilerplateShare: 0.2)
        let openings = ["Một số kinh nghiệm về", "Giải pháp đổi mới", "Nâng cao hiệu quả"]
        var titles: [(String, [UInt64])] = []
        for i in 0..<18 {
            let title = "\(openings[i % 3]) đề tài riêng số \(["một", "hai", "ba", "bốn", "năm", "sáu"][i % 6]) \(i) "
                + (i % 2 == 0 ? "tại" : "ở") + " xã Hồng Kim"
            titles.append(("N\(i)", TitleSubjects.tokens(title: title, unit: "UBND xã Hồng Kim")))
        }
        titles.append(("C1", TitleSubjects.tokens(title: "Một số kinh nghiệm về chuyển đổi cơ cấu cây trồng tại xã Hồng Kim",
                                                  unit: "UBND xã Hồng Kim")))
        titles.append(("C2", TitleSubjects.tokens(title: "Giải pháp đổi mới chuyển đổi cơ cấu cây trồng ở thị trấn Phú Mậu",
                                                  unit: "UBND thị trấn Phú Mậu")))
        t.count(titles.map(\.1))
        for (id, tokens) in titles { t.add(id: id, tokens: tokens) }
        return t
    }

    @Test("Stock openings and the unit's place are not the subject; the same subject groups titles")
    func groupsBySubject() {
        let t = subjects()
        let asked = TitleSubjects.tokens(title: "Nâng cao hiệu quả chuyển đổi cơ cấu cây trồng tại xã Hương Phong",
                                         unit: "UBND xã Hương Phong")
        #expect(t.members(sharingSubjectOf: asked) == ["C1", "C2"])
        #expect(t.subject(asked) == t.subject(TitleSubjects.tokens(title: "chuyển đổi cơ cấu cây trồng", unit: "")))
    }

    @Test("A title made only of boilerplate has no subject")
    func boilerplateOnly() {
        let t = subjects()
        #expect(t.subject(TitleSubjects.tokens(title: "Một số kinh nghiệm về đề tài", unit: "")) == nil)
        #expect(t.members(sharingSubjectOf: TitleSubjects.tokens(title: "Giải pháp đổi mới", unit: "")).isEmpty)
    }
}
