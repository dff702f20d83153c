import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// The screens of producing papers (`d`) and recording the meeting (`m`), at 80×24 and 120×40 in both
/// languages, on the review desk with a council whose secretary is at the terminal. The documents folder
/// is a temporary one: saved paths are shown under `/srv/binhxet` so the pictures are the same on every run.
struct PaperSnapshotTests {
    enum Scene: String, CaseIterable, Sendable {
        case documentsYear, documentsNomination, documentsSaved
        case meetingDialog, meetingProblem, meetingConfirm, meetingOnSummary

        func play(_ h: Harness) throws {
            switch self {
            case .documentsYear: h.press("d")
            case .documentsNomination: h.open("N2018-0001"); h.press("d"); h.press(.down)
            case .documentsSaved: h.open("N2018-0001"); h.press("d"); h.press(.enter)
            case .meetingDialog:
                h.press("m"); h.press(.tab); h.type("08:00"); h.press(.tab); h.type("11:30"); h.press(.tab); h.type("Hội trường")
            case .meetingProblem:
                h.press("m"); h.press(.tab); h.type("08:00"); h.press(.tab); h.type("07:30"); h.press(.enter)
            case .meetingConfirm:
                h.press("m"); h.press(.tab); h.type("08:00"); h.press(.tab); h.type("11:30"); h.press(.tab); h.type("Hội trường")
                h.press(.tab, .tab, .tab, .tab, .tab); h.type("ốm"); h.press(.enter)
            case .meetingOnSummary:
                h.press("m"); h.press(.tab); h.type("08:00"); h.press(.tab); h.type("11:30"); h.press(.tab); h.type("Hội trường")
                h.press(.enter, .enter, .char("t"))
            }
        }
    }

    @Test(arguments: Scene.allCases, ScreenSnapshotTests.setups)
    func screen(_ scene: Scene, _ setup: ScreenSnapshotTests.Setup) throws {
        let desk = try PaperStoriesTests.desk(role: .secretary)
        let h = try Harness(setup.size, setup.language, desk: desk)
        let folder = desk.folder.standardizedFileURL.path
        h.driver.resultFilter = { msg in
            let m = Harness.pinImportTimes(msg)
            guard case .documentIssued(let paper, let path) = m else { return m }
            return .documentIssued(paper, path: path.replacingOccurrences(of: folder, with: "/srv/binhxet"))
        }
        try scene.play(h)
        assertSnapshot(h.screen, named: "\(scene.rawValue).\(setup.name)")
    }
}
