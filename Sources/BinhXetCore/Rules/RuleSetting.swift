import Foundation

/// One setting of a rule set, as the settings file names it: its help, its legal basis per regime, and
/// how it is read and printed. This table is the only place a setting is described.
public enum RuleSetting: String, Sendable, CaseIterable, Codable {
    case ruleSet = "rule_set"
    case cstdcsQuota = "cstdcs_quota"
    case voteThreshold = "vote_threshold"
    case voteComparison = "vote_comparison"
    case voteDenominator = "vote_denominator"
    case secretBallot = "secret_ballot"
    case outcomeRoles = "outcome_roles"
    case cstdcsWorkingDays = "cstdcs_working_days"
    case ldttWorkingDays = "ldtt_working_days"
    case supplementClock = "supplement_clock"
    case minServiceMonths = "min_service_months"
    case disciplineBarsFrom = "discipline_bars_from"
    case reuseMinCoverage = "reuse_min_coverage"
    case oneAwardPerInitiative = "one_award_per_initiative"
    case noRerecognition = "no_rerecognition"
    case dutyRelevanceWarning = "duty_relevance_warning"
    case decidingLevel = "deciding_level"
    case issuingBody = "issuing_body"
    case maxReportMB = "max_report_mb"
    case recognitionScopes = "recognition_scopes"
    case recognitionSameYear = "recognition_same_year"
    case csttCategories = "cstt_categories"
    case favouredShareTarget = "favoured_share_target"
    case cstdcsQuotaRounding = "cstdcs_quota_rounding"

    /// What the setting means, in a line.
    public var help: String {
        switch self {
        case .ruleSet: return "pins one regime for every year: 2013, 2017, 2024 or 2025 (default: the one in force when each dossier came)"
        case .cstdcsQuota: return "most CSTĐCS per unit and year, as a share of its LĐTT holders"
        case .voteThreshold: return "share of agree votes a nomination needs"
        case .voteComparison: return "at_least (reach the threshold) or more_than (pass it)"
        case .voteDenominator: return "all_members, present_members or valid_ballots"
        case .secretBallot: return "yes: members see the tally, not who voted how"
        case .outcomeRoles: return "roles that may record a final outcome (comma-separated)"
        case .cstdcsWorkingDays: return "processing time of a CSTĐCS dossier, working days"
        case .ldttWorkingDays: return "processing time of an LĐTT dossier, working days"
        case .supplementClock: return "restart (full time from the complete dossier) or pause"
        case .minServiceMonths: return "months of service below which a nominee is not eligible"
        case .disciplineBarsFrom: return "mildest discipline that bars an award: reprimand, warning, demotion, dismissal"
        case .reuseMinCoverage: return "share of re-used text from which a partial re-use is the same initiative"
        case .oneAwardPerInitiative: return "flag an initiative that already grounded an award"
        case .noRerecognition: return "flag an initiative the same unit already recognised"
        case .dutyRelevanceWarning: return "warn when the initiative is unrelated to the nominee's duties"
        case .decidingLevel: return "who signs: district, commune (LĐTT only) or agency"
        case .issuingBody: return "the body at the head of reports and slips, e.g. UBND HUYỆN A LƯỚI"
        case .maxReportMB: return "largest initiative report an import accepts, in MB (of 1,048,576 bytes)"
        case .recognitionScopes: return "scopes a recognition may name (co_so first, then wider levels), comma-separated"
        case .recognitionSameYear: return "yes: a CSTĐCS needs its initiative recognised in the nomination's year"
        case .csttCategories: return "worker categories whose base title may be Chiến sĩ tiên tiến instead of LĐTT"
        case .favouredShareTarget: return "share of a unit's nominees the year summary expects from the favoured groups (workers, farmers, direct labour, armed forces, militia, commune police)"
        case .cstdcsQuotaRounding: return "how the quota's share of LĐTT holders becomes whole awards: down (15% of 6 = 0), nearest or up"
        }
    }

    /// The legal basis of the default under a regime; [open] marks a value no national text fixes.
    public func note(for id: RuleSetID) -> String {
        switch self {
        case .ruleSet: return "domain reference §2; by the date a dossier is received unless pinned"
        case .cstdcsQuota:
            switch id {
            case .decree65: return "TT 07/2014/TT-BNV Điều 5; NĐ 65/2014"
            case .law2003: return "NĐ 91/2017 Điều 9(3); TT 07/2014/TT-BNV Điều 5"
            case .law2022, .twoTier: return "[open] no national cap found under Law 2022; 15% kept"
            }
        case .voteThreshold, .voteComparison, .voteDenominator:
            return "[open] no national figure for CSTĐCS; local rules use 70%, 2/3 or a majority"
        case .secretBallot: return "[open] unit-level secret ballot with minutes is common; NĐ 91/2017 Điều 45(8) for higher titles"
        case .outcomeRoles:
            switch id {
            case .decree65: return "council as NĐ 42/2010 [verify]; chair and standing vice-chair"
            case .law2003: return "NĐ 91/2017 Điều 63 (chair: People's Committee chairman; standing vice-chair: Home Affairs)"
            case .law2022, .twoTier:
                return "Luật 06/2022 Điều 80(2); council composition as NĐ 91/2017 Điều 63 [verify under NĐ 98/2023]"
            }
        case .cstdcsWorkingDays:
            return id == .decree65 ? "NĐ 39/2012 era: 10 working days per level (plo.vn)"
                : "procedure 1.000843 (Hội An, Đắk Mil; Lào Cai 2023: 14)"
        case .ldttWorkingDays:
            return id == .decree65 ? "NĐ 39/2012 era: 10 working days per level (plo.vn)"
                : "procedures of Thanh Oai, Krông Nô (Cần Thơ commune: 20)"
        case .supplementClock: return "[open] TT 01/2018/TT-VPCP counts from a complete dossier"
        case .minServiceMonths, .disciplineBarsFrom:
            switch id {
            case .decree65: return "NĐ 42/2010, NĐ 65/2014 (LĐTT exclusions) [verify]"
            case .law2003: return "NĐ 91/2017 (LĐTT exclusions) [2nd]"
            case .law2022: return "NĐ 98/2023 [verify]"
            case .twoTier: return "NĐ 98/2023 [verify]; NĐ 152/2025: no award while discipline is pending"
            }
        case .reuseMinCoverage: return "[open] BinhXet's own threshold for partial re-use"
        case .oneAwardPerInitiative:
            return id.isLaw2003 ? "NĐ 13/2012 Điều 4 (novelty); CV 88/UBND-NV (A Lưới, 2017)" : "CV 5007/BNV-TĐKT (2023) mục III.5(c)"
        case .noRerecognition:
            return id.isLaw2003 ? "NĐ 13/2012 Điều 3(1)(a), Điều 4 (new within the unit) [verify]" : "CV 3385/BTĐKT-P.II (20/11/2023)"
        case .dutyRelevanceWarning: return "[open] CV 88/UBND-NV (2017) asks for it; no national rule"
        case .decidingLevel:
            switch id {
            case .decree65: return "Luật TĐKT 2003 Điều 74 [verify]"
            case .law2003: return "NĐ 91/2017 Điều 43(2)"
            case .law2022: return "Luật 06/2022 Điều 80"
            case .twoTier: return "[open] no district level from 01/07/2025; commune chairman via NĐ 152/2025"
            }
        case .issuingBody:
            return id == .twoTier ? "document header (NĐ 30/2020 layout); commune after 01/07/2025"
                : "document header (Nghị định 30/2020/NĐ-CP layout)"
        case .maxReportMB: return "[open] BinhXet's own limit; real reports are well under 5 MB"
        case .recognitionScopes: return "NĐ 13/2012; NĐ 91/2017 Điều 49 (cơ sở, tỉnh/bộ, toàn quốc) [verify]"
        case .recognitionSameYear: return "[open] Ninh Thuận: CSTĐCS needs one recognised in the review year (domain §7)"
        case .csttCategories: return "Luật TĐKT Điều 24 [verify]; militia and commune police [open]"
        case .favouredShareTarget: return "[open] CV 88/UBND-NV (2017) asks councils to raise the share; no national figure, 30% is BinhXet's"
        case .cstdcsQuotaRounding: return "[open] \"không quá 15%\" read literally rounds down; no national text on small units"
        }
    }

    /// The value as the settings file writes it.
    public func value(in r: RuleSet) -> String {
        switch self {
        case .ruleSet: return r.id.rawValue
        case .cstdcsQuota: return r.cstdcsQuota.description
        case .voteThreshold: return r.voteThreshold.description
        case .voteComparison: return r.voteComparison.rawValue
        case .voteDenominator: return r.voteDenominator.rawValue
        case .secretBallot: return r.secretBallot ? "yes" : "no"
        case .outcomeRoles: return r.outcomeRoles.map(\.rawValue).joined(separator: ", ")
        case .cstdcsWorkingDays: return String(r.cstdcsWorkingDays)
        case .ldttWorkingDays: return String(r.ldttWorkingDays)
        case .supplementClock: return r.supplementClock.rawValue
        case .minServiceMonths: return String(r.minServiceMonths)
        case .disciplineBarsFrom: return r.disciplineBarsFrom.rawValue
        case .reuseMinCoverage: return r.reuseMinCoverage.description
        case .oneAwardPerInitiative: return r.oneAwardPerInitiative ? "yes" : "no"
        case .noRerecognition: return r.noRerecognition ? "yes" : "no"
        case .dutyRelevanceWarning: return r.dutyRelevanceWarning ? "yes" : "no"
        case .decidingLevel: return r.decidingLevel.rawValue
        case .issuingBody: return r.issuingBody
        case .maxReportMB: return String(r.maxReportMB)
        case .recognitionScopes: return r.recognitionScopes.joined(separator: ", ")
        case .recognitionSameYear: return r.recognitionSameYear ? "yes" : "no"
        case .csttCategories: return r.csttCategories.map(\.rawValue).joined(separator: ", ")
        case .favouredShareTarget: return r.favouredShareTarget.description
        case .cstdcsQuotaRounding: return r.cstdcsQuotaRounding.rawValue
        }
    }

    /// Sets the value from its text; the error is the reason, for a message naming file and line.
    /// `rule_set` is not set here: it chooses the defaults every other setting starts from.
    func apply(_ text: String, to r: inout RuleSet) throws(RuleSettingError) {
        func pick<E: RawRepresentable & CaseIterable>(_: E.Type) throws(RuleSettingError) -> E where E.RawValue == String {
            guard let v = E(rawValue: text) else {
                throw RuleSettingError("'\(text)' is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return v
        }
        func share() throws(RuleSettingError) -> Share {
            guard let s = Share(parsing: text) else { throw RuleSettingError("'\(text)' is not a share (write 70%, 2/3 or 0.7)") }
            return s
        }
        func days(_ range: ClosedRange<Int>) throws(RuleSettingError) -> Int {
            guard let n = Int(text), range.contains(n) else {
                throw RuleSettingError("'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        func flag() throws(RuleSettingError) -> Bool {
            switch text.lowercased() {
            case "yes", "true", "on", "1", "có": return true
            case "no", "false", "off", "0", "không": return false
            default: throw RuleSettingError("'\(text)' is not yes or no")
            }
        }
        switch self {
        case .ruleSet: _ = try pick(RuleSetID.self)
        case .cstdcsQuota: r.cstdcsQuota = try share()
        case .voteThreshold: r.voteThreshold = try share()
        case .voteComparison: r.voteComparison = try pick(VoteComparison.self)
        case .voteDenominator: r.voteDenominator = try pick(VoteDenominator.self)
        case .secretBallot: r.secretBallot = try flag()
        case .outcomeRoles:
            var roles: [CouncilRole] = []
            for part in text.split(separator: ",") {
                let code = part.trimmingCharacters(in: .whitespaces)
                guard let role = CouncilRole(code: code) else {
                    throw RuleSettingError("'\(code)' is not a role (\(CouncilRole.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if !roles.contains(role) { roles.append(role) }
            }
            guard !roles.isEmpty else { throw RuleSettingError("name at least one role") }
            r.outcomeRoles = roles
        case .cstdcsWorkingDays: r.cstdcsWorkingDays = try days(1...365)
        case .ldttWorkingDays: r.ldttWorkingDays = try days(1...365)
        case .supplementClock: r.supplementClock = try pick(SupplementClock.self)
        case .minServiceMonths: r.minServiceMonths = try days(0...120)
        case .disciplineBarsFrom:
            let level = try pick(DisciplineLevel.self)
            guard level != .none else { throw RuleSettingError("'none' would bar every nominee") }
            r.disciplineBarsFrom = level
        case .reuseMinCoverage: r.reuseMinCoverage = try share()
        case .oneAwardPerInitiative: r.oneAwardPerInitiative = try flag()
        case .noRerecognition: r.noRerecognition = try flag()
        case .dutyRelevanceWarning: r.dutyRelevanceWarning = try flag()
        case .decidingLevel: r.decidingLevel = try pick(DecidingLevel.self)
        case .issuingBody:
            guard !text.isEmpty else { throw RuleSettingError("name the body, e.g. UBND HUYỆN A LƯỚI") }
            r.issuingBody = text.precomposedStringWithCanonicalMapping
        case .maxReportMB: r.maxReportMB = try days(1...1024)
        case .recognitionScopes:
            let scopes = text.split(separator: ",").map { NominationColumn.foldHeader(String($0)) }.filter { !$0.isEmpty }
            guard scopes.first == InitiativeRecognition.unitScope else { throw RuleSettingError("start with co_so, the unit's own scope") }
            r.recognitionScopes = scopes
        case .recognitionSameYear: r.recognitionSameYear = try flag()
        case .csttCategories:
            var categories: [WorkerCategory] = []
            for part in text.split(separator: ",") {
                let code = part.trimmingCharacters(in: .whitespaces)
                guard let c = WorkerCategory(code: code) else {
                    throw RuleSettingError("'\(code)' is not a worker category (\(WorkerCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if !categories.contains(c) { categories.append(c) }
            }
            r.csttCategories = categories
        case .favouredShareTarget: r.favouredShareTarget = try share()
        case .cstdcsQuotaRounding: r.cstdcsQuotaRounding = try pick(QuotaRounding.self)
        }
    }
}

/// Why a setting's value was refused.
public struct RuleSettingError: Error, Equatable, Sendable {
    public var reason: String
    init(_ reason: String) { self.reason = reason }
}
