@testable import BinhXetCore
import Foundation
import Testing

@Suite struct BundledDataTests {
    static let resources: URL = {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("Resources/similarity")
    }()

    @Test(arguments: [("template-phrases.txt", BundledSimilarityData.templatePhrases),
                      ("domain-lexicon.txt", BundledSimilarityData.domainLexicon)])
    func compiledInDataEqualsTheResourcesFile(file: String, compiled: String) throws {
        // The binary carries the data; Resources/ is what people read and edit. Run
        // scripts/embed-resources.sh when this fails.
        let text = try String(contentsOf: Self.resources.appendingPathComponent(file), encoding: .utf8)
        #expect(text.hasSuffix("\n") ? String(text.dropLast()) == compiled : text == compiled)
    }
}
