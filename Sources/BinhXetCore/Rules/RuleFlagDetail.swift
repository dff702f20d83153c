/// What a rule flag says, as data: the Vietnamese `RuleFlag.message` is made from it for documents and
/// the command line, and a UI in another language words it from the same facts.
public enum RuleFlagDetail: Sendable, Codable, Equatable {
    case notLDTT(year: Int)
    case sameYearLDTTRefused(nomination: String)
    case noInitiative
    case initiativeNotRecognised
    case shortService(months: Int, minimum: Int)
    case disciplined(DisciplineLevel)
    case quotaExceeded(unit: String, year: Int, nominations: Int, holders: Int, quota: Share, allowed: Int)
    case alreadyAwarded(title: String, year: Int, person: String, source: String)
    case alreadyRecognised(unit: String, year: Int, source: String, person: String)
    /// `approved`: the nomination was passed although the votes fall short.
    case votesShort(approved: Bool, votes: VoteCount?, comparison: VoteComparison, threshold: Share, of: VoteDenominator)
    case offDuty(position: String)
    case communeCannotAwardCSTDCS

    /// Agreeing votes over the denominator the rules count by.
    public struct VoteCount: Sendable, Codable, Equatable {
        public var agree: Int
        public var denominator: Int
        /// Percent agreeing, when the denominator is not zero.
        public var percent: Double?

        public init(agree: Int, denominator: Int, percent: Double?) {
            self.agree = agree; self.denominator = denominator; self.percent = percent
        }
    }
}
