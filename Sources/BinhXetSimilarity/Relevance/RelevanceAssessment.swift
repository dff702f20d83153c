import Foundation

/// How well an initiative fits the nominee's duties, with the terms that show it.
public struct RelevanceAssessment: Sendable, Hashable, Codable {
    /// 0–1: how expected the initiative's fields are for someone with these duties (1 = the most
    /// expected field).
    public var score: Double
    /// True when `score` is below `SimilarityParameters.offDutyThreshold`.
    public var offDuty: Bool
    /// Field codes the duties point to, strongest first.
    public var dutyFields: [String]
    /// Field codes the initiative is about, strongest first.
    public var textFields: [String]
    /// Lexicon terms found in the position, duties and unit.
    public var dutyEvidence: [String]
    /// Lexicon terms of the initiative's main fields found in its title and text, most frequent first.
    public var textEvidence: [String]
    /// The positions of the other people who wrote initiatives on the same title subject, most frequent
    /// first, with their count: "Chỉ huy trưởng Ban Chỉ huy Quân sự (3)".
    public var subjectWitnesses: [String] = []

    enum CodingKeys: String, CodingKey {
        case score
        case offDuty = "off_duty"
        case dutyFields = "duty_fields"
        case textFields = "text_fields"
        case dutyEvidence = "duty_evidence"
        case textEvidence = "text_evidence"
        case subjectWitnesses = "subject_witnesses"
    }
}
