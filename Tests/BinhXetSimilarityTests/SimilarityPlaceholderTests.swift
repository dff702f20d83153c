import Testing
@testable import BinhXetSimilarity
@Test func placeholder() { #expect(String(describing: SimilarityModule.self) == "SimilarityModule") }
