/// Council minutes (biên bản họp Hội đồng): who sits, how the vote is counted, and each nomination's
/// tally and outcome. Counts only: in a secret ballot, who voted how is not in the minutes.
enum MinutesReport {
    static func build(_ nominations: [ReviewedNomination], tallies: [String: VoteTally], members: [CouncilMember],
                      year: Int?, rules: RuleSet) -> ReportDocument {
        let considered = nominations.filter { tallies[$0.id] != nil || $0.lastOutcome != nil }
        var passed = 0
        let rows = considered.enumerated().map { i, n -> [String] in
            let t = tallies[n.id]
            if t?.passes == true { passed += 1 }
            return [String(i + 1), n.id, n.personName, n.unitName, ReportText.titleCode(n.title),
                    t.map { String($0.agree) } ?? "0", t.map { String($0.disagree) } ?? "0", t.map { String($0.abstain) } ?? "0",
                    t.map { "\($0.present)/\($0.members)" } ?? "0/\(members.count)",
                    t.map { ReportText.percent($0.agree, of: $0.denominator) } ?? "—",
                    // A desk with no council has no ballot: nothing failed
                    t?.passes == true ? "Đạt" : members.isEmpty ? "Không bỏ phiếu" : "Không đạt", ReportText.outcome(n.lastOutcome)]
        }
        let need = "\(rules.voteComparison == .atLeast ? "từ" : "trên") \(Percent.share(rules.voteThreshold, in: .vi)) \(Vocabulary.vi.denominator(rules.voteDenominator))"
        var meta = ["Xét danh hiệu thi đua\(year.map { " năm \($0)" } ?? "")",
                    "Hội đồng có \(members.count) thành viên; hình thức: \(rules.secretBallot ? "bỏ phiếu kín" : "biểu quyết công khai")",
                    "Tỷ lệ phiếu đồng ý cần đạt: \(need)"]
        meta += members.map { "\($0.name) – \($0.role.vietnamese)" }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules), title: "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
            meta: meta,
            columns: ["STT", "Mã đề nghị", "Họ và tên", "Đơn vị", "Danh hiệu", "Đồng ý", "Không đồng ý", "Không biểu quyết",
                      "Có mặt", "Tỷ lệ đồng ý", "Kết quả kiểm phiếu", "Hội đồng quyết định"],
            sections: [ReportSection(heading: "Kết quả kiểm phiếu", rows: rows)],
            paragraphs: ["Hội đồng đã xem xét \(considered.count) đề nghị: \(passed) đạt tỷ lệ phiếu đồng ý, \(considered.count - passed) không đạt."],
            signatures: ["THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG"])
    }
}
