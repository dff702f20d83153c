import Foundation

/// One setting of the `[documents]` section of the desk's settings file: who issues and signs the papers,
/// where, under which numbers. This table is the only place a document setting is described.
public enum DocumentSetting: String, Sendable, CaseIterable {
    case committee
    case committeeCode = "committee_code"
    case place
    case council
    case department
    case departmentCode = "department_code"
    case departmentHeadTitle = "department_head_title"
    case departmentHeadName = "department_head_name"
    case oneStopOffice = "one_stop_office"
    case financeOffice = "finance_office"
    case chairmanName = "chairman_name"
    case viceChairmanName = "vice_chairman_name"
    case decisionSigner = "decision_signer"
    case standingViceChairName = "standing_vice_chair_name"
    case baseSalary = "base_salary"
    case legalBasis = "legal_basis"
    case fontSize = "font_size"
    case nextDecisionNumber = "next_decision_number"
    case nextSubmissionNumber = "next_submission_number"
    case nextMinutesNumber = "next_minutes_number"
    case nextNoticeNumber = "next_notice_number"
    case nextLetterNumber = "next_letter_number"
    case nextReportNumber = "next_report_number"
    case outputFolder = "output_folder"

    /// What the setting means, in a line, in the reader's language.
    public func help(_ language: Language) -> String { language == .vi ? vietnameseHelp : help }

    /// What the setting means, in Vietnamese.
    var vietnameseHelp: String {
        switch self {
        case .committee: return "Ủy ban nhân dân ra quyết định, viết thường: Ủy ban nhân dân huyện A Lưới"
        case .committeeCode: return "chữ viết tắt trong số văn bản: UBND"
        case .place: return "địa danh ở dòng ngày tháng: A Lưới"
        case .council: return "tên Hội đồng: Hội đồng Thi đua - Khen thưởng"
        case .department: return "cơ quan thường trực Hội đồng và quản lý bàn xét duyệt: Phòng Nội vụ"
        case .departmentCode: return "chữ viết tắt của cơ quan đó trong số văn bản: NV"
        case .departmentHeadTitle: return "chức danh người đứng đầu: Trưởng phòng"
        case .departmentHeadName: return "họ tên người đứng đầu (ký Mẫu 04 khi chậm trễ do cơ quan mình)"
        case .oneStopOffice: return "bộ phận một cửa: Bộ phận Tiếp nhận và Trả kết quả"
        case .financeOffice: return "cơ quan chi tiền thưởng: Phòng Tài chính - Kế hoạch"
        case .chairmanName: return "Chủ tịch Ủy ban nhân dân, Chủ tịch Hội đồng, người ký quyết định"
        case .viceChairmanName: return "Phó Chủ tịch ký thay (KT. CHỦ TỊCH)"
        case .decisionSigner: return "chairman hoặc vice_chairman: ai ký quyết định và công văn"
        case .standingViceChairName: return "Phó Chủ tịch thường trực Hội đồng, người ký tờ trình"
        case .baseSalary: return "mức lương cơ sở (đồng) để tính tiền thưởng (mặc định: mức theo quy định tại ngày ký quyết định)"
        case .legalBasis: return "các dòng Căn cứ của quyết định, ngăn bằng |, thay cho các dòng lập theo bộ quy định của năm (văn bản mới ban hành, hoặc ngày văn thư đính chính)"
        case .fontSize: return "cỡ chữ phần nội dung: 13 hoặc 14"
        case .nextDecisionNumber: return "số tiếp theo của quyết định (QĐ-UBND); để trống thì văn thư ghi số"
        case .nextSubmissionNumber: return "số tiếp theo của tờ trình Hội đồng (TTr-HĐTĐKT)"
        case .nextMinutesNumber: return "số tiếp theo của biên bản Hội đồng (BB-HĐTĐKT)"
        case .nextNoticeNumber: return "số tiếp theo của thông báo Hội đồng (TB-HĐTĐKT)"
        case .nextLetterNumber: return "số tiếp theo của công văn Ủy ban nhân dân (UBND-NV)"
        case .nextReportNumber: return "số tiếp theo của báo cáo cơ quan (BC-NV)"
        case .outputFolder: return "nơi bàn xét duyệt lưu văn bản đã lập, mỗi năm một thư mục (mặc định: <bàn>.documents cạnh tệp bàn xét duyệt; đường dẫn tương đối tính từ thư mục của bàn)"
        }
    }

    /// What the setting means, in a line (English).
    public var help: String {
        switch self {
        case .committee: return "the People's Committee that decides, in normal case: Ủy ban nhân dân huyện A Lưới"
        case .committeeCode: return "its code in document numbers: UBND"
        case .place: return "the place name of the date line: A Lưới"
        case .council: return "the council's name: Hội đồng Thi đua - Khen thưởng"
        case .department: return "the office that runs the council and the desk: Phòng Nội vụ"
        case .departmentCode: return "its code in document numbers: NV"
        case .departmentHeadTitle: return "its head's title: Trưởng phòng"
        case .departmentHeadName: return "its head's full name (signs Mẫu 04 when the delay is the office's)"
        case .oneStopOffice: return "the one-stop desk: Bộ phận Tiếp nhận và Trả kết quả"
        case .financeOffice: return "the office that pays the prizes: Phòng Tài chính - Kế hoạch"
        case .chairmanName: return "the committee's chairman, who chairs the council and signs decisions"
        case .viceChairmanName: return "the vice-chairman who signs for him (KT. CHỦ TỊCH)"
        case .decisionSigner: return "chairman or vice_chairman: who signs decisions and letters"
        case .standingViceChairName: return "the council's standing vice-chair, who signs its submission"
        case .baseSalary: return "mức lương cơ sở in đồng for prize money (default: the statutory value on the decision's date)"
        case .legalBasis: return "the decision's Căn cứ lines, separated by |, instead of those written from the year's rule set (a new instrument, or a date the office corrects)"
        case .fontSize: return "body type size in points: 13 or 14"
        case .nextDecisionNumber: return "next number of the committee's decisions (QĐ-UBND); empty leaves it to the văn thư"
        case .nextSubmissionNumber: return "next number of the council's submissions (TTr-HĐTĐKT)"
        case .nextMinutesNumber: return "next number of the council's minutes (BB-HĐTĐKT)"
        case .nextNoticeNumber: return "next number of the council's notices (TB-HĐTĐKT)"
        case .nextLetterNumber: return "next number of the committee's letters (UBND-NV)"
        case .nextReportNumber: return "next number of the office's reports (BC-NV)"
        case .outputFolder: return "where the review desk saves the papers it produces, a folder per year (default: <desk>.documents beside the desk; relative to the desk's folder)"
        }
    }
}

/// The effective document settings: the file's `[documents]` section over defaults drawn from the rule set
/// (its issuing body) and the council's members (the chairman's and standing vice-chair's names).
public struct DocumentSettings: Sendable, Equatable {
    var values: [DocumentSetting: String]
    /// Where each value came from: "default", "rules: issuing_body", "council members", "<file>:<line>".
    public var origins: [DocumentSetting: String]

    public subscript(_ s: DocumentSetting) -> String { values[s] ?? "" }

    /// Where a setting's value came from, in the reader's language ("<file>:<line>" stays as it is).
    public func origin(of s: DocumentSetting, in language: Language) -> String? {
        guard let o = origins[s] else { return nil }
        guard language == .vi else { return o }
        switch o {
        case "default": return "mặc định"
        case "council members": return "thành viên Hội đồng"
        case "from committee": return "theo tên Ủy ban"
        case "standing vice-chair": return "Phó Chủ tịch thường trực"
        case "rules: issuing_body": return "quy định: issuing_body"
        default: return o
        }
    }

    /// "Ủy ban nhân dân huyện A Lưới".
    public var committee: String { self[.committee] }
    /// "Hội đồng Thi đua - Khen thưởng".
    public var council: String { self[.council] }
    public var place: String { self[.place] }
    public var fontSize: Int { Int(self[.fontSize]) ?? 14 }
    public var baseSalary: Int? { Int(self[.baseSalary].filter(\.isNumber)) }
    /// The Căn cứ lines the office wrote itself (`legal_basis`, separated by |), each ending in ";"; nil
    /// when the rule set's are used.
    public var legalBasis: [String]? {
        let parts = self[.legalBasis].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.map { $0.hasSuffix(";") || $0.hasSuffix(",") ? $0 : $0 + ";" }
    }

    /// "Ủy ban nhân dân huyện A Lưới" → "huyện A Lưới": the committee's area, for phrases such as "Chủ tịch
    /// Ủy ban nhân dân huyện A Lưới" written in normal case.
    public var area: String {
        let prefix = "Ủy ban nhân dân "
        return committee.hasPrefix(prefix) ? String(committee.dropFirst(prefix.count)) : committee
    }

    /// A number from a sequence with its type code: "15/QĐ-UBND"; dots for the văn thư to fill when the
    /// sequence is not set. Numbers below 10 have a leading 0 (NĐ 30/2020). `offset` numbers the documents
    /// after the first of one batch (each notice of a year's notices is a document with its own number).
    public func number(_ s: DocumentSetting, code: String, offset: Int = 0) -> String {
        guard let first = Int(self[s]) else { return "      /\(code)" }
        let n = first + offset
        return (n < 10 ? "0\(n)" : "\(n)") + "/\(code)"
    }

    /// Loads the `[documents]` section; `issuingBody` is the rule set's (its origin tells whether the file set
    /// it), `members` the council's.
    public static func load(text: String?, file: String, rules: RuleSet, members: [CouncilMember]) throws -> DocumentSettings {
        var s = DocumentSettings(values: [:], origins: [:])
        func set(_ k: DocumentSetting, _ v: String, _ origin: String) { s.values[k] = v; s.origins[k] = origin }
        for (i, line) in SettingsSection.lines(of: text ?? "", in: SettingsSection.documents) {
            var line = line
            if let hash = line.range(of: " #") ?? line.range(of: "\t#") { line = String(line[..<hash.lowerBound]) }
            func fail(_ reason: String) -> RuleSetFileError { RuleSetFileError(file: file, line: i + 1, reason: "[documents] " + reason) }
            guard let eq = line.firstIndex(of: "=") else { throw fail("expected 'setting = value'") }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard let setting = DocumentSetting(rawValue: key) else {
                throw fail("unknown setting '\(key)' (known: \(DocumentSetting.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if let earlier = s.origins[setting] { throw fail("\(key) is already set on \(earlier)") }
            value = value.precomposedStringWithCanonicalMapping
            try check(setting, value).map { throw fail("\(key): \($0)") }
            set(setting, value, "\(file):\(i + 1)")
        }
        func fallback(_ k: DocumentSetting, _ v: String?, _ origin: String) {
            if s.values[k] == nil, let v, !v.isEmpty { set(k, v, origin) }
        }
        // The committee: the rule set's issuing body when the settings file names one ("UBND huyện A Lưới"),
        // with the abbreviation written out; otherwise dots, so a paper never names a place it was not given.
        let fromRules = rules.origins[.issuingBody].map { !$0.hasPrefix("built-in") } ?? false
        fallback(.committee, fromRules ? expandUBND(rules.issuingBody) : "Ủy ban nhân dân ……", fromRules ? "rules: issuing_body" : "default")
        fallback(.place, placeName(of: s.committee), "from committee")
        fallback(.place, "……", "default")
        fallback(.committeeCode, "UBND", "default")
        fallback(.council, "Hội đồng Thi đua - Khen thưởng", "default")
        fallback(.department, "Phòng Nội vụ", "default")
        fallback(.departmentCode, "NV", "default")
        fallback(.departmentHeadTitle, "Trưởng phòng", "default")
        fallback(.oneStopOffice, "Bộ phận Tiếp nhận và Trả kết quả", "default")
        fallback(.financeOffice, "Phòng Tài chính - Kế hoạch", "default")
        let active = members.filter(\.active)
        fallback(.chairmanName, active.first { $0.role == .chair }?.name, "council members")
        fallback(.standingViceChairName, active.first { $0.role == .standingViceChair }?.name, "council members")
        // The standing vice-chair heads the office that runs the council (NĐ 91/2017 Điều 63).
        fallback(.departmentHeadName, s.values[.standingViceChairName], "standing vice-chair")
        fallback(.decisionSigner, "chairman", "default")
        fallback(.fontSize, "14", "default")
        return s
    }

    static func check(_ s: DocumentSetting, _ v: String) -> String? {
        switch s {
        case .fontSize: return v == "13" || v == "14" ? nil : "'\(v)' is not 13 or 14 (NĐ 30/2020: body 13–14 pt)"
        case .decisionSigner: return v == "chairman" || v == "vice_chairman" ? nil : "'\(v)' is not chairman or vice_chairman"
        case .baseSalary: return Int(v.filter { $0 != "." }).map { $0 > 0 ? nil : "must be positive" } ?? "'\(v)' is not an amount in đồng"
        case .legalBasis:
            let parts = v.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.contains(where: \.isEmpty) { return "a Căn cứ line between | is empty" }
            return parts.allSatisfy { $0.hasPrefix("Căn cứ") } ? nil : "each line starts with 'Căn cứ' (lines separated by |)"
        case .nextDecisionNumber, .nextSubmissionNumber, .nextMinutesNumber, .nextNoticeNumber, .nextLetterNumber, .nextReportNumber:
            return v.isEmpty || (Int(v).map { $0 > 0 } ?? false) ? nil : "'\(v)' is not a positive number"
        default: return v.isEmpty ? "is empty" : nil
        }
    }

    /// "UBND huyện A Lưới" → "Ủy ban nhân dân huyện A Lưới"; capitals ("ỦY BAN NHÂN DÂN HUYỆN A LƯỚI") are
    /// left as they are: only the office knows how its place name is written.
    static func expandUBND(_ body: String) -> String {
        body.hasPrefix("UBND ") ? "Ủy ban nhân dân " + body.dropFirst(5) : body
    }

    /// "Ủy ban nhân dân huyện A Lưới" → "A Lưới": the name after the level word.
    static func placeName(of committee: String) -> String? {
        let levels = ["thành phố ", "thị xã ", "thị trấn ", "huyện ", "quận ", "phường ", "xã ", "tỉnh "]
        let lower = committee.lowercased()
        for l in levels {
            if let r = lower.range(of: " " + l) {
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                let name = String(committee.dropFirst(offset))
                return name.isEmpty || name.contains("…") ? nil : name
            }
        }
        return nil
    }
}

/// Base salary (mức lương cơ sở) by the day it took effect, for prize money when the settings give none.
/// The values of NĐ 66/2013, 47/2016, 47/2017, 72/2018, 38/2019, 24/2023 and 73/2024 (check against the
/// gazette before a decision is signed: a new decree changes it).
public enum BaseSalary {
    static let table: [(from: CalendarDay, amount: Int)] = [
        (CalendarDay(year: 2013, month: 7, day: 1)!, 1_150_000),
        (CalendarDay(year: 2016, month: 5, day: 1)!, 1_210_000),
        (CalendarDay(year: 2017, month: 7, day: 1)!, 1_300_000),
        (CalendarDay(year: 2018, month: 7, day: 1)!, 1_390_000),
        (CalendarDay(year: 2019, month: 7, day: 1)!, 1_490_000),
        (CalendarDay(year: 2023, month: 7, day: 1)!, 1_800_000),
        (CalendarDay(year: 2024, month: 7, day: 1)!, 2_340_000),
    ]

    /// The statutory value on a day (the earliest known before 1/7/2013).
    public static func on(_ day: CalendarDay) -> Int {
        table.last { $0.from <= day }?.amount ?? table[0].amount
    }
}
