import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import BinhXetUI
import Testing

/// Every screen and dialog as a member sees it, at 80×24 and 120×40, in Vietnamese and English, as golden
/// text (with style runs beside it). `RECORD_GOLDEN=1 swift test --filter ScreenSnapshotTests` refreshes.
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
        case queuesSearchFields, queuesFilterFlag, queuesApproved
        case queuesMine, queuesTagged, bulkApprove, bulkSupplement, sortPicker, discardConfirm, nextNomination
        case sideBySideWeakPassage, nominationWeakPassage

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
            case .queuesApproved: h.press("5")
            case .queuesTagged: h.press("   ")
            case .bulkApprove: h.press("   a")
            case .bulkSupplement: h.press("  b"); h.type("Thiếu biên bản họp hội đồng")
            case .sortPicker: h.press("s"); h.press(.down)
            case .discardConfirm: h.open("N2018-0001"); h.press("r"); h.type("chưa xong"); h.press(.escape)
            case .nextNomination: h.press(.enter); h.press("J")
            case .sideBySideWeakPassage:
                // The checker also paired two unrelated sentences of N2018-0001 and N2017-0007: a weak passage,
                // numbered after the strong one whatever its place in the text, and said to be weak.
                try Self.addWeakPassage(h.desk.store)
                h.open("N2018-0001"); h.press("c]n")
            case .nominationWeakPassage: try Self.addWeakPassage(h.desk.store); h.open("N2018-0001")
            }
        }

        static func addWeakPassage(_ store: DeskStore) throws {
            var findings = try store.findings(of: "N2018-0001")
            let i = try #require(findings.firstIndex { $0.sourceID == "N2017-0007" })
            let text = try #require(try store.initiativeText(of: "N2018-0001"))
            let source = try #require(try store.initiativeText(of: "N2017-0007"))
            let mine = try #require(FindingFixture.scalarRange(
                of: "Giúp học sinh lớp 9 nắm vững kiến thức hình học, tự tin khi làm bài thi vào lớp 10.", in: text))
            let theirs = try #require(FindingFixture.scalarRange(
                of: "Tổ Toán đã có 120 bài giảng điện tử; học sinh hứng thú hơn trong giờ học.", in: source))
            findings[i].passages.append(PassagePair(offset: mine.offset, length: mine.length, sourceOffset: theirs.offset,
                                                    sourceLength: theirs.length))
            try store.replaceFindings(findings, forNominations: ["N2018-0001"], checkedAt: "2018-06-15T02:00:00.000Z")
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
