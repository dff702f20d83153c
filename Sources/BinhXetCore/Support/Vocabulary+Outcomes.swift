/// What became of a nomination and of its initiative, as a reader's line says it: the nominee's other
/// nominations, a matched source's standing. The Vietnamese is the core's own (`outcomeVietnamese`,
/// `recognitionVietnamese`, which JSON and documents keep); the English moved here from the review desk's
/// strings so the command line says the same.
extension Vocabulary {
    /// "thông qua", "được khen thưởng (QĐ 308/QĐ-UBND ngày 18/12/2017)" / "awarded (decision … of …)".
    public func outcome(of r: ReviewedNomination) -> String {
        guard language == .en else { return r.outcomeVietnamese }
        let decision = r.lastOutcome == nil
            ? r.imported.flatMap { i in i.decisionNo.map { " (decision \($0)\(i.decisionDate.map { " of \(day($0))" } ?? ""))" } } ?? ""
            : ""
        if let o = r.lastOutcome { return o == .approve ? "approved" : o == .reject ? "rejected" : "awaiting supplement" }
        switch r.imported?.outcome {
        case .awarded?: return "awarded" + decision
        case .notAwarded?: return "not awarded"
        case .withdrawn?: return "withdrawn"
        case nil: return r.status == .withdrawn ? "withdrawn" : "not decided"
        }
    }

    /// The unit's decision on the initiative; nil when the nomination has none.
    public func recognition(of r: ReviewedNomination) -> String? {
        guard language == .en else { return r.recognitionVietnamese }
        guard r.hasInitiative else { return nil }
        guard let rec = r.recognition else { return "no recognition recorded" }
        return recognition(rec)
    }
}
