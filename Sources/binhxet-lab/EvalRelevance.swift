import BinhXetSimilarity

/// Relevance-to-duties over the whole corpus: learn field associations from every nomination (as the
/// desk would from its archive), then assess each one.
struct EvalRelevance {
    var findings: [(nomination: String, assessment: RelevanceAssessment)]

    static func run(corpus: EvalCorpus, documents: [EvalNomination], archive: SimilarityArchive,
                    lexicon: DomainLexicon, parameters: SimilarityParameters) -> EvalRelevance {
        var model = DutyRelevance(lexicon: lexicon, parameters: parameters)
        let own = Dictionary(documents.map { ($0.id, archive.ownText(of: corpus.texts[$0.id]!, as: $0.documentInfo)) },
                             uniquingKeysWith: { a, _ in a })
        for n in documents {
            model.learn(id: n.id, profile(n), title: n.title, text: own[n.id]!)
        }
        model.prepare()
        let findings = documents.map { n in
            (n.id, model.assess(id: n.id, profile(n), title: n.title, text: own[n.id]!))
        }
        return EvalRelevance(findings: findings)
    }

    private static func profile(_ n: EvalNomination) -> DutyProfile {
        DutyProfile(position: n.position, duties: n.duties, unit: n.unit)
    }
}
