import BinhXetCore
import BinhXetUI
import Testing

/// The screens of the council's desk work added after the first ones (recognition, the year summary,
/// dismissed findings, checking from the desk), at 80×24 and 120×40 in both languages. Kept apart from
/// `ScreenSnapshotTests` so their goldens live in their own folder.
struct DeskWorkSnapshotTests {
    enum Scene: String, CaseIterable, Sendable {
        case recognitionDialog, recognitionConfirm, recognitionRecorded
        case summary, summarySecondUnit, summaryFiltered

        func play(_ h: Harness) throws {
            switch self {
            case .recognitionDialog:
                h.open("N2018-0002"); h.press("i"); h.press(.tab); h.type("12/QĐ-TH")
            case .recognitionConfirm:
                h.open("N2018-0002"); h.press("i"); h.press(.tab); h.type("12/QĐ-TH"); h.press(.tab, .tab, .right, .enter)
            case .recognitionRecorded:
                h.open("N2018-0002"); h.press("i"); h.press(.tab); h.type("12/QĐ-TH"); h.press(.enter, .enter)
            case .summary: h.press(.char("t"))
            case .summarySecondUnit: h.press(.char("t"), .down, .down, .down)
            case .summaryFiltered: h.press(.char("t"), .down, .down, .down, .enter)
            }
        }
    }

    @Test(arguments: Scene.allCases, ScreenSnapshotTests.setups)
    func screen(_ scene: Scene, _ setup: ScreenSnapshotTests.Setup) throws {
        let h = try Harness(setup.size, setup.language)
        try scene.play(h)
        assertSnapshot(h.screen, named: "\(scene.rawValue).\(setup.name)")
    }
}
