/// The council's Tờ trình to the chairman: what was received and reviewed, the ballot results, the list
/// proposed, and "Kính trình … xem xét, quyết định."
enum SubmissionDocument {
    static func build(_ nominations: [ReviewedNomination], list: AwardList, year: Int, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let refusedAtReception = nominations.filter { $0.status == .withdrawn || $0.refusedAtReception }
        let considered = nominations.filter { !$0.refusedAtReception && (list.tallies[$0.id] != nil || $0.lastOutcome != nil) }
        let passedBallot = considered.filter { list.tallies[$0.id]?.passes == true }
        let supplement = nominations.filter { $0.lastOutcome == .supplement }
        func titleCount(_ ns: [ReviewedNomination]) -> String {
            let cs = ns.filter { $0.title == .cstdcs }.count
            return "\(DocumentText.count(ns.count)) hồ sơ (Chiến sĩ thi đua cơ sở: \(DocumentText.count(cs)), Lao động tiên tiến: \(DocumentText.count(ns.count - cs)))"
        }
        var body: [DocumentBlock] = [
            .text("Thực hiện quy định của \(c.rules.id.emulationBasis(year: year).first!.dropFirst("Căn cứ ".count).dropLast()) và các văn bản hướng dẫn thi hành, \(s.council) đã tổ chức xét danh hiệu thi đua năm \(year), kết quả như sau:"),
            .text("I. KẾT QUẢ XÉT DUYỆT", .heading),
            .text("1. Tổng số hồ sơ đề nghị tiếp nhận: \(titleCount(nominations))."),
            .text("2. Hội đồng đã xem xét, bỏ phiếu: \(titleCount(considered)); số hồ sơ đạt tỷ lệ phiếu đồng ý theo quy định (\(thresholdPhrase(c.rules))): \(DocumentText.count(passedBallot.count))."),
            .text("3. Hồ sơ yêu cầu bổ sung, hoàn thiện: \(DocumentText.count(supplement.count)); hồ sơ không tiếp nhận hoặc đã rút: \(DocumentText.count(refusedAtReception.count))."),
        ]
        if !list.approvedWithoutBallot.isEmpty {
            body.append(.text("4. Không đề nghị \(DocumentText.count(list.approvedWithoutBallot.count)) trường hợp đã được ghi nhận thông qua nhưng kết quả bỏ phiếu không đạt tỷ lệ quy định: \(list.approvedWithoutBallot.map { "\($0.personName) (\($0.unitName))" }.joined(separator: "; "))."))
        }
        body.append(.text("II. ĐỀ NGHỊ", .heading))
        body.append(.text(list.awarded.isEmpty
            ? "Năm \(year) không có cá nhân nào đủ điều kiện đề nghị tặng danh hiệu thi đua."
            : "\(s.council) đề nghị \(c.chairmanPhrase) tặng \(list.phrase) năm \(year) (có danh sách kèm theo)."))
        body.append(.text("\(s.council) kính trình \(c.chairmanPhrase) xem xét, quyết định./."))
        let number = c.councilNumber(.nextSubmissionNumber, type: "TTr")
        let annex = DocumentAnnex(
            heading: ["DANH SÁCH", "ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA NĂM \(year)"],
            subheading: ["(Kèm theo Tờ trình số \(number) \(DocumentText.longDate(c.day)) của \(s.council))"],
            body: list.blocks(withTally: true))
        return OfficialDocument(
            header: c.councilHeader(number: number), typeName: "TỜ TRÌNH",
            summary: ["Về việc đề nghị tặng danh hiệu thi đua năm \(year)"],
            addressees: ["Kính gửi: \(c.chairmanPhrase)"], body: body,
            closing: DocumentClosing(recipients: ["Như trên", "Các thành viên Hội đồng", "Lưu: VT, HĐTĐKT"],
                                     right: SignatureBlock(authority: ["KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
                                                           name: s[.standingViceChairName])),
            annexes: list.awarded.isEmpty ? [] : [annex], sheet: list.sheet)
    }

    /// "từ 70% tổng số thành viên Hội đồng trở lên".
    static func thresholdPhrase(_ r: RuleSet) -> String {
        let whom: String
        switch r.voteDenominator {
        case .allMembers: whom = "tổng số thành viên Hội đồng"
        case .presentMembers: whom = "số thành viên có mặt"
        case .validBallots: whom = "số phiếu hợp lệ"
        }
        let share = Percent.share(r.voteThreshold, in: .vi)
        return r.voteComparison == .atLeast ? "từ \(share) \(whom) trở lên" : "trên \(share) \(whom)"
    }
}
