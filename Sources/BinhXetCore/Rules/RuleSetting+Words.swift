/// The settings' help and legal notes in the reader's language (`binhxet rules`, the rule flags' basis).
/// The English text is `help` and `note(for:)`; the Vietnamese is here, beside it, so the two are edited
/// together. Citations (NĐ, TT, CV, Điều) are the instruments' own Vietnamese names in both languages.
extension RuleSetting {
    /// What the setting means, in a line, in `language`.
    public func help(in language: Language) -> String {
        guard language == .vi else { return help }
        switch self {
        case .ruleSet: return "cố định một bộ quy định cho mọi năm: 2013, 2017, 2024 hoặc 2025 (mặc định: bộ có hiệu lực vào ngày tiếp nhận từng hồ sơ)"
        case .cstdcsQuota: return "số CSTĐCS tối đa của mỗi đơn vị trong năm, tính theo tỷ lệ trên số người đạt LĐTT"
        case .voteThreshold: return "tỷ lệ phiếu đồng ý một hồ sơ cần đạt"
        case .voteComparison: return "at_least (từ ngưỡng trở lên) hoặc more_than (trên ngưỡng)"
        case .voteDenominator: return "all_members (tổng số thành viên), present_members (số thành viên dự họp) hoặc valid_ballots (số phiếu hợp lệ)"
        case .secretBallot: return "yes: thành viên chỉ thấy kết quả kiểm phiếu, không thấy ai chọn gì"
        case .outcomeRoles: return "các vai trò được ghi kết quả cuối cùng (cách nhau bằng dấu phẩy)"
        case .cstdcsWorkingDays: return "thời hạn giải quyết hồ sơ CSTĐCS, tính theo ngày làm việc"
        case .ldttWorkingDays: return "thời hạn giải quyết hồ sơ LĐTT, tính theo ngày làm việc"
        case .supplementClock: return "restart (tính lại đủ thời hạn từ khi hồ sơ đầy đủ) hoặc pause (tạm dừng trong khi chờ bổ sung)"
        case .minServiceMonths: return "số tháng công tác tối thiểu để được xét"
        case .disciplineBarsFrom: return "hình thức kỷ luật nhẹ nhất làm mất quyền được xét: reprimand (khiển trách), warning (cảnh cáo), demotion (hạ bậc lương, giáng chức), dismissal (cách chức, buộc thôi việc)"
        case .reuseMinCoverage: return "tỷ lệ nội dung dùng lại mà từ đó sáng kiến trùng một phần được coi là cùng một sáng kiến"
        case .oneAwardPerInitiative: return "cảnh báo sáng kiến đã làm căn cứ khen thưởng"
        case .noRerecognition: return "cảnh báo sáng kiến đã được chính đơn vị công nhận trước đây"
        case .dutyRelevanceWarning: return "cảnh báo khi sáng kiến không liên quan nhiệm vụ được giao của người được đề nghị"
        case .decidingLevel: return "cấp quyết định khen thưởng: district (huyện), commune (xã, chỉ LĐTT) hoặc agency (cơ quan)"
        case .issuingBody: return "cơ quan ghi ở đầu văn bản và phiếu, ví dụ UBND HUYỆN A LƯỚI"
        case .maxReportMB: return "dung lượng lớn nhất của báo cáo sáng kiến khi nhập, tính bằng MB (1.048.576 byte)"
        case .recognitionScopes: return "các phạm vi công nhận sáng kiến được dùng (co_so trước, rồi các cấp rộng hơn), cách nhau bằng dấu phẩy"
        case .recognitionSameYear: return "yes: CSTĐCS cần sáng kiến được công nhận trong chính năm đề nghị"
        case .csttCategories: return "các đối tượng có danh hiệu nền là Chiến sĩ tiên tiến thay cho LĐTT"
        case .favouredShareTarget: return "tỷ lệ người được đề nghị thuộc các nhóm ưu tiên (công nhân, nông dân, người lao động trực tiếp, lực lượng vũ trang, dân quân, công an xã) mà bảng tổng hợp năm đặt làm mục tiêu"
        case .cstdcsQuotaRounding: return "cách làm tròn hạn mức CSTĐCS tính từ số người đạt LĐTT: down (xuống: 15% của 6 = 0), nearest (gần nhất) hoặc up (lên)"
        }
    }

    /// The legal basis of the default under a regime, in `language`; the marks ([open], [verify], [2nd])
    /// are worded by `Vocabulary.legalMarks`.
    public func note(for id: RuleSetID, in language: Language) -> String {
        guard language == .vi else { return note(for: id) }
        let text: String
        switch self {
        case .ruleSet: text = "tài liệu nghiệp vụ §2; theo ngày tiếp nhận hồ sơ, trừ khi được cố định"
        case .cstdcsQuota:
            switch id {
            case .decree65, .law2003: text = note(for: id)
            case .law2022, .twoTier: text = "[open] chưa thấy văn bản trung ương quy định tỷ lệ theo Luật 2022; giữ 15%"
            }
        case .voteThreshold, .voteComparison, .voteDenominator:
            text = "[open] chưa có tỷ lệ chung cho CSTĐCS; quy chế các địa phương dùng 70%, 2/3 hoặc quá bán"
        case .secretBallot: text = "[open] bỏ phiếu kín có biên bản là phổ biến ở cơ sở; NĐ 91/2017 Điều 45(8) với danh hiệu cao hơn"
        case .outcomeRoles:
            switch id {
            case .decree65: text = "Hội đồng theo NĐ 42/2010 [verify]; Chủ tịch và Phó Chủ tịch thường trực"
            case .law2003: text = "NĐ 91/2017 Điều 63 (Chủ tịch: Chủ tịch UBND; Phó Chủ tịch thường trực: Trưởng phòng Nội vụ)"
            case .law2022, .twoTier: text = "Luật 06/2022 Điều 80(2); thành phần Hội đồng theo NĐ 91/2017 Điều 63 [verify under NĐ 98/2023]"
            }
        case .cstdcsWorkingDays:
            text = id == .decree65 ? "thời NĐ 39/2012: 10 ngày làm việc mỗi cấp (plo.vn)"
                : "thủ tục 1.000843 (Hội An, Đắk Mil; Lào Cai 2023: 14 ngày)"
        case .ldttWorkingDays:
            text = id == .decree65 ? "thời NĐ 39/2012: 10 ngày làm việc mỗi cấp (plo.vn)"
                : "thủ tục của Thanh Oai, Krông Nô (một xã ở Cần Thơ: 20 ngày)"
        case .supplementClock: text = "[open] TT 01/2018/TT-VPCP tính thời hạn từ khi hồ sơ đầy đủ"
        case .minServiceMonths, .disciplineBarsFrom:
            switch id {
            case .decree65: text = "NĐ 42/2010, NĐ 65/2014 (trường hợp không xét LĐTT) [verify]"
            case .law2003: text = "NĐ 91/2017 (trường hợp không xét LĐTT) [2nd]"
            case .law2022: text = "NĐ 98/2023 [verify]"
            case .twoTier: text = "NĐ 98/2023 [verify]; NĐ 152/2025: không khen thưởng khi đang xem xét kỷ luật"
            }
        case .reuseMinCoverage: text = "[open] ngưỡng riêng của BinhXet cho trường hợp dùng lại một phần"
        case .oneAwardPerInitiative:
            text = id.isLaw2003 ? "NĐ 13/2012 Điều 4 (tính mới); CV 88/UBND-NV (A Lưới, 2017)" : "CV 5007/BNV-TĐKT (2023) mục III.5(c)"
        case .noRerecognition:
            text = id.isLaw2003 ? "NĐ 13/2012 Điều 3(1)(a), Điều 4 (mới trong phạm vi đơn vị) [verify]" : "CV 3385/BTĐKT-P.II (20/11/2023)"
        case .dutyRelevanceWarning: text = "[open] CV 88/UBND-NV (2017) yêu cầu; chưa có quy định trung ương"
        case .decidingLevel:
            switch id {
            case .decree65, .law2003, .law2022: text = note(for: id)
            case .twoTier: text = "[open] không còn cấp huyện từ 01/07/2025; Chủ tịch UBND xã theo NĐ 152/2025"
            }
        case .issuingBody:
            text = id == .twoTier ? "đầu văn bản (thể thức NĐ 30/2020); cấp xã sau 01/07/2025"
                : "đầu văn bản (thể thức Nghị định 30/2020/NĐ-CP)"
        case .maxReportMB: text = "[open] giới hạn riêng của BinhXet; báo cáo thực tế đều dưới 5 MB"
        case .recognitionScopes: text = note(for: id)
        case .recognitionSameYear: text = "[open] Ninh Thuận: CSTĐCS cần sáng kiến được công nhận trong năm xét (tài liệu nghiệp vụ §7)"
        case .csttCategories: text = "Luật TĐKT Điều 24 [verify]; dân quân và công an xã [open]"
        case .favouredShareTarget: text = "[open] CV 88/UBND-NV (2017) yêu cầu nâng tỷ lệ; chưa có con số trung ương, 30% là mức của BinhXet"
        case .cstdcsQuotaRounding: text = "[open] \"không quá 15%\" hiểu theo câu chữ thì làm tròn xuống; chưa có văn bản về đơn vị nhỏ"
        }
        return Vocabulary.vi.legalMarks(text)
    }
}

extension Vocabulary {
    /// The marks the legal notes carry, in the reader's language: "[open]" (no national text fixes the
    /// value), "[verify]" (not yet checked against the gazette), "[2nd]" (seen in a secondary source only).
    /// Either language's marks are read, so a basis stored in Vietnamese reads in English too.
    public func legalMarks(_ text: String) -> String {
        let pairs = [("[open]", "[chưa có văn bản quy định]"), ("[verify]", "[cần đối chiếu văn bản]"),
                     ("[verify under ", "[cần đối chiếu theo "),
                     ("[2nd]", "[theo nguồn thứ cấp]")]
        var s = text
        for (en, vi) in pairs {
            s = language == .vi ? s.replacingOccurrences(of: en, with: vi) : s.replacingOccurrences(of: vi, with: en)
        }
        return s
    }

    /// Where a setting's value came from: the regime's built-in default ("built-in 2024"), the regime in
    /// force by the day ("in force by date (built-in 2024)"), the desk's pin ("desk (init --rules 2017)"),
    /// or a settings file and line (a path, said as it is).
    public func ruleOrigin(_ origin: String) -> String {
        guard language == .vi else { return origin }
        if origin.hasPrefix("in force by date (built-in "), origin.hasSuffix(")") {
            let id = origin.dropFirst("in force by date (built-in ".count).dropLast()
            return "theo ngày tiếp nhận (mặc định của bộ quy định \(id))"
        }
        if origin.hasPrefix("desk (init --rules "), origin.hasSuffix(")") {
            return "bàn xét duyệt (init --rules \(origin.dropFirst("desk (init --rules ".count).dropLast()))"
        }
        guard origin.hasPrefix("built-in ") else { return origin }
        let what = String(origin.dropFirst("built-in ".count))
        return RuleSetID(rawValue: what) != nil ? "mặc định của bộ quy định \(what)" : "bảng có sẵn \(what)"
    }

    /// A setting's value as `binhxet rules` shows it: the code the settings file takes, with its meaning in
    /// Vietnamese beside it ("at_least (từ ngưỡng trở lên)"; yes/no as "có"/"không", which the file also takes);
    /// English shows the code alone.
    public func ruleValue(_ value: String, of setting: RuleSetting) -> String {
        guard language == .vi else { return value }
        let words: [String: String] = [
            "yes": "có", "no": "không", "at_least": "từ ngưỡng trở lên", "more_than": "trên ngưỡng",
            "all_members": "tổng số thành viên", "present_members": "số thành viên dự họp", "valid_ballots": "số phiếu hợp lệ",
            "restart": "tính lại từ đầu", "pause": "tạm dừng", "reprimand": "khiển trách", "warning": "cảnh cáo",
            "demotion": "hạ bậc lương, giáng chức", "dismissal": "cách chức, buộc thôi việc", "district": "cấp huyện",
            "commune": "cấp xã", "agency": "cơ quan",
        ].merging(QuotaRounding.allCases.map { ($0.rawValue, rounded($0)) }) { a, _ in a }
        let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let glossed = parts.map { part -> String in
            // The settings file takes "có"/"không" as well as yes/no: the Vietnamese word alone says it
            if part == "yes" || part == "no" { return words[part]! }
            if let w = words[part] { return "\(part) (\(w))" }
            if setting == .outcomeRoles, let r = CouncilRole(rawValue: part) { return "\(part) (\(role(r)))" }
            if setting == .recognitionScopes, recognitionScope(part) != part { return "\(part) (\(recognitionScope(part)))" }
            if setting == .csttCategories, let c = WorkerCategory(rawValue: part) { return "\(part) (\(category(c)))" }
            return part
        }
        return glossed.joined(separator: ", ")
    }
}

extension Vocabulary {
    /// A rule check's name: the Vietnamese one the notices print, or its English counterpart.
    public func ruleCheck(_ c: RuleCheck) -> String {
        guard language == .en else { return c.title }
        switch c {
        case .cstdcsNeedsLDTT: return "CSTĐCS needs the LĐTT title"
        case .cstdcsNeedsInitiative: return "CSTĐCS needs an initiative recognised by the unit"
        case .minimumService: return "Too short in service"
        case .discipline: return "Disciplined in the year"
        case .cstdcsQuota: return "More CSTĐCS than the unit's LĐTT holders allow"
        case .initiativeNotNovel: return "The initiative is not new"
        case .oneAwardPerInitiative: return "An initiative grounds one award only"
        case .noRerecognition: return "A unit does not recognise an initiative twice"
        case .voteThreshold: return "Agreeing votes below the threshold"
        case .dutyRelevance: return "Initiative unrelated to the assigned duties"
        case .decidingLevel: return "Not this level's award to give"
        }
    }
}
