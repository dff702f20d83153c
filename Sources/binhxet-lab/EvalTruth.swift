import Foundation

/// truth.json of an evaluation corpus, only the fields the evaluation reads (see the corpus README).
struct EvalTruth: Decodable {
    struct Document: Decodable {
        var file: String
        var nomination_id: String
        var year: Int
        var labels: [String]
        var chars: Int
        var text_sha256: String
    }
    struct Case: Decodable {
        var case_id: String
        var label: String
        var susp_doc: String
        var src_doc: String?
        var positive: Bool
    }
    struct Passage: Decodable {
        var susp_offset: Int
        var susp_length: Int
        var src_offset: Int
        var src_length: Int
    }
    struct Pair: Decodable {
        var susp_doc: String
        var src_doc: String
        var relation: String
        var case_ids: [String]
        var passages: [Passage]
    }
    var documents: [String: Document]
    var cases: [Case]
    var pairs: [Pair]

    static func load(corpus: URL) throws -> EvalTruth {
        try JSONDecoder().decode(EvalTruth.self, from: Data(contentsOf: corpus.appendingPathComponent("truth.json")))
    }
}
