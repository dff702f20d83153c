/// The chairman's công văn phê bình to a unit's head (the seed's instrument): số …/UBND-NV with "V/v phê
/// bình …" under it, Kính gửi the unit's head, the facts (which nominations, what the checker found, the
/// rule broken, the source with its author, year and decision), the criticism as recorded, what must be
/// corrected and reported by when, Nơi nhận, the chairman's (or KT.) signature.
enum CriticismLetterDocument {
    struct Fact {
        var nomination: ReviewedNomination
        var findings: [(StoredFinding, ReviewedNomination?)]
        var flags: [RuleFlag]
    }

    /// Days the unit has to report back.
    static let replyDays = 15

    /// - Parameter head: the title of the unit's head, whom the letter is addressed to (`OrgUnit.headTitle`).
    static func build(_ criticism: Criticism, facts: [Fact], head: String = "Thủ trưởng", context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let unit = criticism.unitName
        let years = Set(facts.map(\.nomination.year)).sorted()
        let yearText = years.isEmpty ? "" : " năm \(years.map(String.init).joined(separator: ", "))"
        let failing = "chưa thực hiện nghiêm việc xét, công nhận sáng kiến và đề nghị khen thưởng"
        // A criticism that names no nomination states what was found in its own words, with no list to
        // follow "các trường hợp sau".
        var body: [DocumentBlock] = facts.isEmpty
            ? [.text("Qua xem xét hồ sơ đề nghị khen thưởng, \(s.council) nhận thấy \(unit) \(failing): \(criticism.text.trimmingTrailingPeriod).")]
            : [.text("Qua xem xét hồ sơ đề nghị khen thưởng\(yearText), \(s.council) nhận thấy \(unit) đã đề nghị khen thưởng các trường hợp sau chưa đúng quy định:")]
        for (i, f) in facts.enumerated() {
            let n = f.nomination
            var line = "\(i + 1). \(n.personName), \(n.position), đề nghị danh hiệu \(ReportText.title(n.title)) năm \(n.year)"
            if let t = n.initiativeTitle { line += " với sáng kiến “\(t)”" }
            line += ":"
            body.append(.text(line, .body))
            for (finding, source) in f.findings {
                var fact = "- \(SimilarityFlagsReport.kind(finding.kind))"
                if let src = source {
                    fact += " (\(DocumentText.share(finding.coverage)) nội dung) từ sáng kiến “\(src.initiativeTitle ?? "")” do \(src.personName), \(src.unitName) viết năm \(src.year)"
                    let standing = src.standing.vietnamese
                    if !standing.isEmpty { fact += ", \(standing)" }
                }
                body.append(.text(fact + ";", .body))
            }
            for flag in f.flags where flag.severity == .violation {
                body.append(.text("- Vi phạm: \(flag.check.title) (\(flag.basis));", .body))
            }
        }
        if !facts.isEmpty { body.append(.text("Việc này cho thấy \(unit) \(failing): \(criticism.text.trimmingTrailingPeriod).")) }
        body.append(.text("\(c.chairmanPhrase) phê bình \(unit) và yêu cầu thủ trưởng đơn vị:"))
        let due = c.day.adding(days: replyDays)
        body += [
            .text("1. Tổ chức kiểm điểm trách nhiệm của tập thể lãnh đạo và cá nhân có liên quan; rà soát lại việc công nhận "
                  + (facts.isEmpty ? "sáng kiến của đơn vị." : "các sáng kiến nêu trên.")),
            .text("2. Chấn chỉnh công tác xét, đề nghị khen thưởng của đơn vị, bảo đảm đúng quy định của \(c.rules.id.emulationBasis(year: years.last ?? c.day.year).first!.dropFirst("Căn cứ ".count).dropLast())."),
            .text("3. Báo cáo kết quả về \(c.settings.committee) (qua \(s[.department])) trước \(DocumentText.longDate(due))."),
            .text("Đề nghị \(unit) nghiêm túc thực hiện./."),
        ]
        return OfficialDocument(
            header: c.committeeHeader(number: c.letterNumber, subject: "V/v phê bình \(unit)"), typeName: nil,
            addressees: ["Kính gửi: \(head) \(unit)"], body: body,
            closing: DocumentClosing(recipients: ["Như trên", "Thường trực \(s.council)", c.archiveLine], right: c.committeeSignature))
    }
}

extension String {
    var trimmingTrailingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
