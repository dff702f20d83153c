import BinhXetCore
import Foundation

/// A desk in a temporary folder, filled from `Tests/Fixtures/review-desk` (the same files the end-to-end
/// script uses): two 2017 initiatives, seven 2018 nominations, findings for some, one not checked yet,
/// one already approved and one returned for supplement.
public final class TestDesk: @unchecked Sendable {
    public let folder: URL
    public let store: DeskStore

    /// `Tests/Fixtures/review-desk`.
    public static let fixture = Fixtures.folder.appendingPathComponent("review-desk")

    public init(withFindings: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-ui-\(UUID().uuidString)")
        store = try DeskStore.create(at: folder.appendingPathComponent("review.desk"))
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: TestDesk.fixture.appendingPathComponent("nominations.csv"))
        if withFindings {
            try FindingFixture.plant(from: TestDesk.fixture.appendingPathComponent("findings.tsv"), in: store,
                                     checkedAt: "2018-06-15T02:00:00.000Z")
        }
        try store.decide("N2017-0004", .approve, confirmYear: 2017, actor: "Lê Chủ Tịch", at: "2017-06-20T03:00:00.000Z")
        try store.decide("N2017-0007", .approve, confirmYear: 2017, actor: "Lê Chủ Tịch", at: "2017-06-20T03:01:00.000Z")
        try store.decide("N2018-0005", .approve, actor: "Lê Chủ Tịch", at: "2018-06-12T03:00:00.000Z")
        try store.decide("N2018-0007", .supplement, reason: "Thiếu biên bản họp hội đồng sáng kiến cơ sở",
                         actor: "Lê Chủ Tịch", at: "2018-06-12T03:05:00.000Z")
        // The screens show the desk as it stood on 20/06/2018: the core's today for deadlines and the queues.
        try store.openYear(2018, asOf: CalendarDay(year: 2018, month: 6, day: 20), actor: "Văn thư", at: "2018-06-12T03:06:00.000Z")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
