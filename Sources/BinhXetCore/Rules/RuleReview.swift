import BinhXetSimilarity
import Foundation

/// Everything the rule checks read, taken from the desk at once, so that flags for a whole year cost
/// one pass and the checks stay pure functions of it (tested without storage where that is clearer).
public struct RuleReview: Sendable {
    /// The rules of the nomination being checked (while `flags(of:)` runs), else of the year under review.
    public var rules: RuleSet
    /// Each nomination's rules, by the day its dossier was received.
    public var book: RuleBook
    public var nominations: [String: ReviewedNomination]
    public var findings: [String: [StoredFinding]]
    public var facts: [String: EligibilityFacts]
    public var tallies: [String: VoteTally]
    public var declaredLDTTHolders: [UnitYear: Int]
    /// Active council members: the vote check applies once the council exists.
    public var councilSize: Int
    /// Nominations by unit and year, for quotas.
    let byUnitYear: [UnitYear: [ReviewedNomination]]
    /// A person's nominations in a unit and year (for the base-title check), grouped once.
    let byPersonUnitYear: [PersonUnitYear: [ReviewedNomination]]
    /// Each unit-year's CSTĐCS not refused and LĐTT holders, counted once: every CSTĐCS of the unit reads
    /// them, and counting them per nomination made a desk-wide review quadratic in a unit's size
    /// (9.8 s for the flags of 10,000 nominations in a release build).
    let quotaBase: [UnitYear: QuotaBase]

    struct PersonUnitYear: Hashable, Sendable { var personID: String; var unit: UnitYear }
    struct QuotaBase: Sendable {
        var cstdcs: [String]; var holders: Int; var declared: Bool
        /// "CSTĐCS: N1, N2, …", the evidence every CSTĐCS of an over-quota unit carries: joined once per
        /// unit-year, not once per nomination (a unit of 100 CSTĐCS joined 100 IDs 100 times).
        var listed: String

        init(cstdcs: [String], holders: Int, declared: Bool) {
            self.cstdcs = cstdcs; self.holders = holders; self.declared = declared
            listed = "CSTĐCS: \(cstdcs.joined(separator: ", "))"
        }
    }

    public init(rules: RuleSet, nominations: [ReviewedNomination], findings: [StoredFinding],
                facts: [String: EligibilityFacts], tallies: [VoteTally], declaredLDTTHolders: [UnitYear: Int],
                councilSize: Int, book: RuleBook? = nil) {
        self.rules = rules
        self.book = book ?? RuleBook(fixed: rules)
        self.nominations = Dictionary(uniqueKeysWithValues: nominations.map { ($0.id, $0) })
        self.findings = Dictionary(grouping: findings, by: \.nominationID)
        self.facts = facts
        self.tallies = Dictionary(uniqueKeysWithValues: tallies.map { ($0.nominationID, $0) })
        self.declaredLDTTHolders = declaredLDTTHolders
        self.councilSize = councilSize
        let grouped = Dictionary(grouping: nominations, by: { UnitYear(unitID: $0.unitID, year: $0.year) })
        byUnitYear = grouped
        byPersonUnitYear = Dictionary(grouping: nominations, by: {
            PersonUnitYear(personID: $0.personID, unit: UnitYear(unitID: $0.unitID, year: $0.year))
        })
        var base: [UnitYear: QuotaBase] = [:]
        for (key, nominees) in grouped {
            let cstdcs = nominees.filter { $0.title == .cstdcs && !$0.isRefused }.map(\.id)
            if let n = declaredLDTTHolders[key] {
                base[key] = QuotaBase(cstdcs: cstdcs, holders: n, declared: true)
            } else {
                let denied = Set(nominees.filter { ($0.title.isBaseTitle && $0.isRefused) || facts[$0.id]?.holdsLDTT == false }.map(\.personID))
                base[key] = QuotaBase(cstdcs: cstdcs, holders: Set(nominees.map(\.personID)).subtracting(denied).count, declared: false)
            }
        }
        quotaBase = base
    }

    /// The flags of one nomination, violations first, in the order of `RuleCheck`.
    public func flags(of id: String) -> [RuleFlag] {
        guard let n = nominations[id] else { return [] }
        // Every check below reads `rules`: scope them to this nomination's regime.
        var scoped = self
        scoped.rules = book.rules(for: n)
        return scoped.flagsUnderOwnRules(n)
    }

    private func flagsUnderOwnRules(_ n: ReviewedNomination) -> [RuleFlag] {
        let id = n.id
        let facts = self.facts[id] ?? EligibilityFacts()
        var out: [RuleFlag] = []
        func flag(_ check: RuleCheck, _ detail: RuleFlagDetail, _ evidence: [RuleEvidence],
                  severity: FlagSeverity = .violation, related: [String] = []) {
            out.append(RuleFlag(check: check, severity: severity, detail: detail, evidence: evidence,
                                basis: check.basis(for: rules.id), related: related))
        }

        if n.title == .cstdcs {
            // Armed-forces nominees may hold Chiến sĩ tiên tiến instead of LĐTT (rule setting cstt_categories).
            let csttAllowed = rules.csttCategories.contains(n.workerCategory)
            let sameYear = byPersonUnitYear[PersonUnitYear(personID: n.personID, unit: UnitYear(unitID: n.unitID, year: n.year))] ?? []
            let heldBase = facts.holdsLDTT == true || (csttAllowed && facts.holdsCSTT == true)
                || sameYear.contains { $0.title.isBaseTitle && $0.isAwarded && ($0.title == .ldtt || csttAllowed) }
            if !heldBase && facts.holdsLDTT == false && (!csttAllowed || facts.holdsCSTT != nil) {
                if csttAllowed {
                    flag(.cstdcsNeedsLDTT, .notBaseTitle(year: n.year),
                         [RuleEvidence { $0.word("ghi nhận của cơ quan thẩm định: không đạt LĐTT, không đạt CSTT",
                                                 "appraisal: not rated LĐTT, not rated CSTT") }])
                } else {
                    flag(.cstdcsNeedsLDTT, .notLDTT(year: n.year),
                         [RuleEvidence { $0.word("ghi nhận của cơ quan thẩm định: không đạt LĐTT", "appraisal: not rated LĐTT") }])
                }
            }
            let refusedBase = sameYear.filter { $0.title.isBaseTitle && $0.isRefused }
            if !heldBase, let l = refusedBase.first {
                flag(.cstdcsNeedsLDTT, .sameYearLDTTRefused(nomination: l.id),
                     [RuleEvidence { v in "\(l.id): \(l.outcomeReason ?? v.word("không đạt", "not passed"))" }], related: [l.id])
            }
            switch facts.ground {
            case .researchTopic?:
                break   // an accepted research topic grounds it; there is no initiative to recognise
            case .combatIngenuity?:
                if !csttAllowed {
                    flag(.cstdcsNeedsInitiative, .combatIngenuityOutsideArmedForces(category: n.workerCategory.rawValue),
                         [RuleEvidence { v in v.word("căn cứ ghi nhận: ", "ground recorded: ") + v.ground(.combatIngenuity) }])
                }
            case .initiative?, nil:
                if !n.hasInitiative {
                    flag(.cstdcsNeedsInitiative, .noInitiative,
                         [RuleEvidence { $0.word("không có báo cáo sáng kiến kèm theo", "no initiative report attached") }])
                } else if facts.initiativeRecognised == false {
                    flag(.cstdcsNeedsInitiative, .initiativeNotRecognised,
                         [RuleEvidence { v in n.recognition.map { v.word("quyết định của đơn vị: ", "the unit's decision: ") + v.recognition($0) }
                             ?? v.word("ghi nhận của cơ quan thẩm định: chưa có quyết định công nhận", "appraisal: no recognition decision") }])
                } else if rules.recognitionSameYear, let r = n.recognition, r.recognised, let y = r.year, y != n.year {
                    flag(.cstdcsNeedsInitiative, .recognisedInOtherYear(recognitionYear: y, year: n.year, number: r.number),
                         [RuleEvidence { v in "\(n.id): \(v.recognition(r))" }])
                }
            }
        }
        if let months = facts.serviceMonths, months < rules.minServiceMonths {
            flag(.minimumService, .shortService(months: months, minimum: rules.minServiceMonths),
                 [RuleEvidence { $0.word("thời gian công tác: \(months) tháng", "months in service: \(months)") }])
        }
        if let d = facts.discipline, d >= rules.disciplineBarsFrom {
            flag(.discipline, .disciplined(d), [RuleEvidence { v in v.word("mức kỷ luật: ", "discipline: ") + v.discipline(d) }])
        }
        if n.title == .cstdcs, !n.isRefused, let quota = quotaFlag(for: n) { out.append(quota) }
        out += reuseFlags(for: n)
        if councilSize > 0, let f = voteFlag(for: n) { out.append(f) }
        if rules.dutyRelevanceWarning {
            for f in findings[n.id] ?? [] where f.kind == .offDuty {
                flag(.dutyRelevance, .offDuty(position: n.position),
                     f.evidence.isEmpty ? [RuleEvidence { v in v.word("độ liên quan ", "relevance ") + Percent.oneDecimal(f.score, in: v.language) }]
                         : f.evidence.map { RuleEvidence(text: $0) }, severity: .warning)
            }
        }
        if rules.decidingLevel == .commune && n.title == .cstdcs && !rules.communeMayAwardCSTDCS {
            flag(.decidingLevel, .communeCannotAwardCSTDCS,
                 [RuleEvidence(text: "deciding_level = commune")])
        }
        return out.sorted { ($0.severity == .violation ? 0 : 1) < ($1.severity == .violation ? 0 : 1) }
    }

    /// Flags of many nominations (only those with flags).
    public func flagsByNomination(_ ids: [String]) -> [String: [RuleFlag]] {
        var out: [String: [RuleFlag]] = [:]
        for id in ids {
            let f = flags(of: id)
            if !f.isEmpty { out[id] = f }
        }
        return out
    }

    // MARK: - Checks that look at other nominations

    /// The unit's LĐTT holders that year: declared, or counted from its nominees whose LĐTT is not
    /// denied (a CSTĐCS nominee is proposed as an LĐTT holder too, and keeps LĐTT if CSTĐCS is refused);
    /// LĐTT is denied by a refused LĐTT nomination or by appraisal.
    public func ldttHolders(_ key: UnitYear) -> (count: Int, declared: Bool) {
        if let b = quotaBase[key] { return (b.holders, b.declared) }
        return (declaredLDTTHolders[key] ?? 0, declaredLDTTHolders[key] != nil)
    }

    func quotaFlag(for n: ReviewedNomination) -> RuleFlag? {
        let key = UnitYear(unitID: n.unitID, year: n.year)
        let base = quotaBase[key]
        let cstdcs = base?.cstdcs ?? []
        let holders = ldttHolders(key)
        let q = rules.cstdcsQuota
        let allowed = rules.cstdcsAllowed(holders: holders.count)
        guard cstdcs.count > allowed else { return nil }
        // "tối đa: 0 (15% × 6 = 0,90, làm tròn xuống)": a bare "15% × 6 = 0" read as a wrong sum.
        // Counted from the desk, the holders are a lower bound (staff rated LĐTT without a nomination here
        // are missing), so the excess is only a warning until the unit declares its count.
        return RuleFlag(
            check: .cstdcsQuota, severity: holders.declared ? .violation : .warning,
            detail: .quotaExceeded(unit: n.unitName, year: n.year, nominations: cstdcs.count, holders: holders.count,
                                   quota: q, allowed: allowed),
            evidence: [RuleEvidence(text: base?.listed ?? "CSTĐCS: "),
                       RuleEvidence { v in "LĐTT: \(holders.count) (" + (holders.declared ? v.word("đơn vị kê khai", "declared by the unit")
                                                                                    : v.word("đếm theo hồ sơ trên bàn", "counted from the desk's dossiers")) + ")" },
                       RuleEvidence { v in v.word("tối đa: ", "at most: ") + "\(allowed) (\(Percent.share(q, in: v.language)) × \(holders.count) = "
                           + v.quotaProduct(q, of: holders.count, rounding: rules.cstdcsQuotaRounding) + ")" }],
            basis: RuleCheck.cstdcsQuota.basis(for: rules.id), related: cstdcs.filter { $0 != n.id })
    }

    /// A finding counts as the same initiative when it is a whole re-use, or a partial one covering at
    /// least `reuse_min_coverage` of the text.
    func isSameInitiative(_ f: StoredFinding) -> Bool {
        switch f.kind {
        case .selfReuse, .copyOther: return true
        case .partial: return rules.reuseMinCoverage.isReached(by: Int((f.coverage * 1_000_000).rounded()), of: 1_000_000)
        case .offDuty: return false
        }
    }

    func reuseFlags(for n: ReviewedNomination) -> [RuleFlag] {
        var out: [RuleFlag] = []
        for f in findings[n.id] ?? [] where isSameInitiative(f) {
            guard let sid = f.sourceID, sid != n.id, let source = nominations[sid] else { continue }
            // The kind in words ("của người khác"), not its code: the evidence is read in `binhxet show`.
            let found = RuleEvidence { v in
                "\(v.findingKind(f.kind)): \(Percent.coverage(f.coverage, in: v.language)) " + v.word("nội dung trùng với", "of the text matches")
                    + " \(sid) (\(source.personName), \(source.year))"
            }
            // What became of the source, with its decisions' numbers: imported outcomes and recognitions
            // count as much as the council's own approvals.
            let standing = source.standing
            let said = standing.isNotable ? [RuleEvidence { v in "\(sid): \(v.standing(standing))" }] : []
            out.append(RuleFlag(
                check: .initiativeNotNovel, severity: .violation,
                detail: .notNovel(own: source.personID == n.personID, coverage: f.coverage, source: sid,
                                  person: source.personName, year: source.year, standing: standing.isNotable ? standing : nil),
                evidence: [found] + said, basis: RuleCheck.initiativeNotNovel.basis(for: rules.id), related: [sid]))
            if rules.oneAwardPerInitiative && source.isAwarded {
                out.append(RuleFlag(
                    check: .oneAwardPerInitiative, severity: .violation,
                    detail: .alreadyAwarded(title: source.title.rawValue, year: source.year, person: source.personName, source: sid),
                    evidence: [found, RuleEvidence { v in "\(sid): " + v.word("đã thông qua", "approved") + v.decision(standing) }],
                    basis: RuleCheck.oneAwardPerInitiative.basis(for: rules.id), related: [sid]))
            }
            let recognised = source.isAwarded || facts[sid]?.initiativeRecognised == true
            if rules.noRerecognition && source.unitID == n.unitID && source.year < n.year && recognised {
                let how = RuleEvidence { v in
                    "\(sid): " + (source.recognition.flatMap { $0.recognised ? v.recognition($0) : nil }
                        ?? (source.isAwarded ? v.word("đã thông qua", "approved") : v.word("đã được công nhận", "recognised")))
                }
                out.append(RuleFlag(
                    check: .noRerecognition, severity: .violation,
                    detail: .alreadyRecognised(unit: n.unitName, year: source.year, source: sid, person: source.personName),
                    evidence: [found, how],
                    basis: RuleCheck.noRerecognition.basis(for: rules.id), related: [sid]))
            }
        }
        return out
    }

    func voteFlag(for n: ReviewedNomination) -> RuleFlag? {
        let t = tallies[n.id]
        if let reason = n.outcomeOverride, let outcome = n.lastOutcome, outcome != .supplement {
            return RuleFlag(check: .voteThreshold, severity: .violation,
                            detail: .outcomeAgainstVote(approved: outcome == .approve, reason: reason),
                            evidence: [Self.ballotEvidence(t)],
                            basis: RuleCheck.voteThreshold.basis(for: rules.id))
        }
        if let t, t.passes { return nil }
        let votes = t.map { RuleFlagDetail.VoteCount(agree: $0.agree, denominator: $0.denominator, percent: $0.agreePercent) }
        func detail(approved: Bool) -> RuleFlagDetail {
            .votesShort(approved: approved, votes: votes, comparison: rules.voteComparison, threshold: rules.voteThreshold,
                        of: rules.voteDenominator)
        }
        // Only the council's own approvals answer to its ballots; an imported archive outcome does not.
        if n.lastOutcome == .approve {
            return RuleFlag(check: .voteThreshold, severity: .violation, detail: detail(approved: true),
                            evidence: [Self.ballotEvidence(t)],
                            basis: RuleCheck.voteThreshold.basis(for: rules.id))
        }
        guard let t, n.lastOutcome == nil else { return nil }
        return RuleFlag(check: .voteThreshold, severity: .warning, detail: detail(approved: false),
                        evidence: [Self.ballotEvidence(t)],
                        basis: RuleCheck.voteThreshold.basis(for: rules.id))
    }

    /// The ballots as evidence: "đồng ý 4, không đồng ý 2, không biểu quyết 1; 7 thành viên".
    static func ballotEvidence(_ t: VoteTally?) -> RuleEvidence {
        RuleEvidence { v in
            guard let t else { return v.word("không có phiếu nào", "no ballot cast") }
            return v.word("đồng ý \(t.agree), không đồng ý \(t.disagree), không biểu quyết \(t.abstain); \(t.members) thành viên",
                          "\(t.agree) agree, \(t.disagree) disagree, \(t.abstain) abstain; \(t.members) members")
        }
    }

    /// "92,5%": Vietnamese writes a decimal comma.
    static func percent(_ share: Double) -> String { Percent.oneDecimal(share, in: .vi) }
}
