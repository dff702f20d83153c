import BinhXetTestSupport
import Testing
@testable import BinhXetSimilarity

struct WinnowingTests {
    /// Fixed seeds, so failures reproduce.
    typealias Generator = SeededGenerator

    static func words(_ count: Int, _ g: inout Generator) -> [String] {
        (0..<count).map { _ in "w\(g.next() % 1_000_000)" }
    }

    static func fingerprintHashes(_ words: [String], _ p: SimilarityParameters) -> Set<UInt64> {
        Set(SimilarityArchive.fingerprints(of: words.joined(separator: " "), parameters: p).map(\.hash))
    }

    @Test("Every shared run of t tokens gives a shared fingerprint")
    func guaranteeThreshold() {
        let p = SimilarityParameters.standard
        var g = Generator(seed: 42)
        for trial in 0..<300 {
            // Given two unrelated texts that share one run of exactly t tokens at random places
            let run = Self.words(p.guaranteeThreshold, &g)
            var a = Self.words(200, &g), b = Self.words(200, &g)
            a.insert(contentsOf: run, at: Int(g.next() % 200))
            b.insert(contentsOf: run, at: Int(g.next() % 200))
            // Then their fingerprints intersect
            let shared = Self.fingerprintHashes(a, p).intersection(Self.fingerprintHashes(b, p))
            #expect(!shared.isEmpty, "trial \(trial)")
        }
    }

    @Test("Runs shorter than the noise threshold k never match")
    func noiseThreshold() {
        let p = SimilarityParameters.standard
        var g = Generator(seed: 7)
        for _ in 0..<100 {
            let run = Self.words(p.shingleSize - 1, &g)
            var a = Self.words(200, &g), b = Self.words(200, &g)
            a.insert(contentsOf: run, at: 100)
            b.insert(contentsOf: run, at: 50)
            #expect(Self.fingerprintHashes(a, p).isDisjoint(with: Self.fingerprintHashes(b, p)))
        }
    }

    @Test("Fingerprints are at most a window apart on a line, and a short line still has one")
    func density() {
        let p = SimilarityParameters.standard
        var g = Generator(seed: 3)
        let text = Self.words(500, &g).joined(separator: " ") + "\nmột hai ba bốn năm sáu"
        let f = SimilarityArchive.fingerprints(of: text, parameters: p)
        let onFirstLine = f.filter { $0.position < 500 }.map(\.position)
        for (x, y) in zip(onFirstLine, onFirstLine.dropFirst()) { #expect(y - x <= p.window) }
        #expect(f.contains { $0.position >= 500 })
    }

    @Test("Robust winnowing keeps its choice while it stays in the window: repeated text gives one per window")
    func robustOnRepetition() {
        // Given 100 equal tokens: 96 equal shingles
        let p = SimilarityParameters.standard
        let text = Array(repeating: "ha", count: 100).joined(separator: " ")
        let shingles = 100 - p.shingleSize + 1
        // Then a new fingerprint is taken only when the previous one leaves the window (rightmost-minimum
        // winnowing without robustness would take one per window position)
        #expect(SimilarityArchive.fingerprints(of: text, parameters: p).count == (shingles - 1) / p.window + 1)
    }
}
