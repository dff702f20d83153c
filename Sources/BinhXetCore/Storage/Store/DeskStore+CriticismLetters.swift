

// DeskStore reads and writes for CriticismLetterDocument; its types and rules stay in Reports/Document/CriticismLetterDocument.swift (one home for storage, issue 14).

extension DeskStore {
    /// The letter for the latest criticism recorded against a unit.
    func criticismLetter(unit query: String, context: DocumentContext) throws -> OfficialDocument {
        let unit = try unit(matching: query)
        guard let criticism = try criticisms().last(where: { $0.unitID == unit.id }) else {
            throw ReportError.noCriticism(unit: unit.name)
        }
        let all = Dictionary(uniqueKeysWithValues: try reviewedNominations().map { ($0.id, $0) })
        let flags = try ruleReview().flagsByNomination(criticism.nominations)
        let facts = try criticism.nominations.compactMap { id -> CriticismLetterDocument.Fact? in
            guard let n = all[id] else { return nil }
            let findings = try findings(of: id).map { ($0, $0.sourceID.flatMap { all[$0] }) }
            return CriticismLetterDocument.Fact(nomination: n, findings: findings, flags: flags[id] ?? [])
        }
        return CriticismLetterDocument.build(criticism, facts: facts, head: unit.headTitle, context: context)
    }
}
