/// More of the domain's words: ballots, the count a share is taken over, a flag's weight, a nominee's
/// category. Kept beside
/// `Vocabulary` (same type) so the command line words them from the core like every other term.
extension Vocabulary {
    private func say(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// A member's ballot.
    public func voteChoice(_ c: VoteChoice) -> String {
        switch c {
        case .agree: return say(c.vietnamese, "agree")
        case .disagree: return say(c.vietnamese, "disagree")
        case .abstain: return say(c.vietnamese, "abstain")
        }
    }

    /// What the share of "agree" is taken over.
    public func denominator(_ d: VoteDenominator) -> String {
        switch d {
        // Words, not the settings' codes ("0/5 all_members" in an English tally): `rules` gives the codes.
        case .allMembers: return say("tổng số thành viên", "all members")
        case .presentMembers: return say("số thành viên dự họp", "members present")
        case .validBallots: return say("số phiếu hợp lệ", "valid ballots")
        }
    }

    /// How heavy a rule flag is.
    public func severity(_ s: FlagSeverity) -> String {
        switch s {
        case .violation: return say("vi phạm", "violation")
        case .warning: return say("lưu ý", "warning")
        }
    }

    /// A nominee's category (the Vietnamese as the statistics report heads its columns).
    public func category(_ c: WorkerCategory) -> String {
        guard language == .en else { return ReportText.category(c) }
        switch c {
        case .civilServant: return "civil servant"
        case .worker: return "worker"
        case .farmer: return "farmer"
        case .directLabour: return "direct labourer"
        case .armedForces: return "armed forces"
        case .militia: return "militia"
        case .communePolice: return "commune police"
        }
    }
}
