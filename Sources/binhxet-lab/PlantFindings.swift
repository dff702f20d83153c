import ArgumentParser
import BinhXetCore
import BinhXetTestSupport
import Foundation

/// Test support, hidden from help: stores the findings a fixture file describes
/// (`Tests/Fixtures/review-desk/findings.tsv`), for the end-to-end script on a desk where the similarity
/// checker found nothing. It lives here, not in `binhxet`, so the installed program cannot plant findings.
struct PlantFindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plant-findings", abstract: "Store findings from a fixture file (test support).",
        shouldDisplay: false)

    @Option(help: "The fixture file (see Tests/Fixtures/review-desk/findings.tsv).") var from: String
    @Option(help: "The desk.") var desk: String

    func run() throws {
        let store = try DeskStore.open(at: URL(fileURLWithPath: desk), forWriting: true)
        let planted = try FindingFixture.plant(from: URL(fileURLWithPath: from), in: store)
        print("\(planted.findings) findings stored for \(planted.checked) checked nominations")
    }
}
