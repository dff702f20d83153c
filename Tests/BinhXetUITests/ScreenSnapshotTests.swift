import BinhXetCore
import BinhXetUI
import Testing

/// Every screen and dialog as a member sees it, at 80×24 and 120×40, in Vietnamese and English, as golden
/// text (with style runs beside it). `RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests` refreshes.
struct ScreenSnapshotTests {
    struct Setup: Sendable, CustomTestStringConvertible {
        var size: Size
        var language: Language
        var name: String { "\(language.rawValue)-\(size.width)x\(size.height)" }
        var testDescription: String { name }
    }

    static let setups = [Setup(size: Size(width: 80, height: 24), language: .vi),
                         Setup(size: Size(width: 80, height: 24), language: .en),
                         Setup(size: Size(width: 120, height: 40), language: .vi),
                         Setup(size: Size(width: 120, height: 40), language: .en)]

    /// What the member did before the picture was taken.
    enum Scene: String, CaseIterable, Sendable {
        case queues, queuesFlagged, queuesSearch, queuesFilter
        case nomination, nominationPassage, nominationNotChecked, nominationOffDuty, nominationDecided
        case sideBySide, sideBySideNextPassage, sideBySideSecondSource, sideBySideWideText, sideBySideLeftOnly
        case approveDialog, rejectDialog, rejectConfirm, rejectMissingReason, supplementDialog, criticiseDialog
        case changedMeanwhile, quitConfirm, recorded, help
        case queuesSearchFields, queuesFilterFlag
        case queuesMine, queuesTagged, bulkApprove, bulkSupplement, sortPicker, discardConfirm, nextNomination

        func play(_ h: Harness) throws {
            switch self {
            case .queues: break
            case .queuesFlagged: h.press(.tab)
            case .queuesSearch: h.press("/"); h.type("nguyen van")
            case .queuesFilter: h.press("f"); h.type("2018"); h.press(.tab); h.type("Hồng Kim")
            case .nomination: h.open("N2018-0001")
            case .nominationPassage: h.open("N2018-0001"); h.press("nn")
            case .nominationNotChecked: h.open("N2018-0003")
            case .nominationOffDuty: h.open("N2018-0006")
            case .nominationDecided: h.open("N2018-0005"); h.press("a")
            case .sideBySide: h.open("N2018-0001"); h.press("c")
            case .sideBySideNextPassage: h.open("N2018-0001"); h.press("cnn")
            case .sideBySideSecondSource: h.open("N2018-0001"); h.press("c]")
            case .sideBySideWideText: h.open("N2018-0001"); h.press("c]l"); h.press(.home)
            case .sideBySideLeftOnly: h.open("N2018-0001"); h.press("chjjjj")
            case .approveDialog: h.open("N2018-0002"); h.press("a")
            case .rejectDialog: h.open("N2018-0001"); h.press("r1"); h.type("trùng 3 đoạn với sáng kiến năm 2017")
            case .rejectConfirm: h.open("N2018-0001"); h.press("r1"); h.type("trùng 3 đoạn"); h.press(.enter)
            case .rejectMissingReason: h.open("N2018-0001"); h.press("r"); h.press(.enter)
            case .supplementDialog: h.open("N2018-0002"); h.press("b"); h.type("Thiếu giấy chứng nhận sáng kiến")
            case .criticiseDialog:
                h.open("N2018-0001"); h.press("p")
                h.type("Hội đồng cơ sở công nhận lại sáng kiến đã dùng năm 2017")
            case .changedMeanwhile:
                h.open("N2018-0001"); h.press("r1"); h.press(.enter)
                try h.desk.store.decide("N2018-0001", .approve, actor: "Trần Văn Bảo", at: "2018-06-20T03:10:00.000Z")
                h.press(.enter)
            case .quitConfirm: h.open("N2018-0001"); h.press("r"); h.type("chưa xong"); h.press(.function(10))
            case .recorded: h.open("N2018-0001"); h.press("r"); h.type("Sáng kiến trùng lặp"); h.press(.enter, .enter)
            case .help: h.press("?")
            case .queuesSearchFields: h.press("8/"); h.type("dung"); h.press(.enter)
            case .queuesFilterFlag: h.press("f"); h.press(.up, .left, .left)
            case .queuesMine: h.press("1")
            case .queuesTagged: h.press("   ")
            case .bulkApprove: h.press("   a")
            case .bulkSupplement: h.press("  b"); h.type("Thiếu biên bản họp hội đồng")
            case .sortPicker: h.press("s"); h.press(.down)
            case .discardConfirm: h.open("N2018-0001"); h.press("r"); h.type("chưa xong"); h.press(.escape)
            case .nextNomination: h.press(.enter); h.press("J")
            }
        }
    }

    @Test(arguments: Scene.allCases, setups)
    func screen(_ scene: Scene, _ setup: Setup) throws {
        let h = try Harness(setup.size, setup.language)
        try scene.play(h)
        assertSnapshot(h.screen, named: "\(scene.rawValue).\(setup.name)")
    }

    @Test(arguments: [Language.vi, .en])
    func terminalTooSmall(_ language: Language) throws {
        let h = try Harness(Size(width: 70, height: 20), language)
        assertSnapshot(h.screen, named: "tooSmall.\(language.rawValue)-70x20")
    }
}
