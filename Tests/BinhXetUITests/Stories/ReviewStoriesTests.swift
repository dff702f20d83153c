import BinhXetCore
import Foundation
import BinhXetUI
import Testing

/// A member reading a flagged nomination and comparing it with its sources.
struct ReviewStoriesTests {
    @Test func openingAFlaggedNominationShowsItsSources() throws {
        let h = try Harness()
        // When the member opens the first flagged nomination
        h.press(.tab, .enter)
        // Then its facts, its two matched sources and its history are on the page
        #expect(h.state.screen == .nomination)
        #expect(h.line(containing: "▸1 N2017-0004  Nguyễn Văn An · Trường THCS Hồng Kim · 2017") != nil)
        #expect(h.line(containing: "tự dùng lại · tỷ\u{A0}lệ\u{A0}trùng\u{A0}62,0% · độ\u{A0}giống\u{A0}71% · 3\u{A0}đoạn\u{A0}trùng") != nil)
        #expect(h.line(containing: "2 N2017-0007  Trần Thị Bình") != nil)
        #expect(h.line(containing: "Văn thư  Nhập hồ sơ từ tệp nominations.csv") != nil)
    }

    @Test func aNominationNotCheckedYetSaysSoAndCannotBeCompared() throws {
        let h = try Harness()
        h.open("N2018-0003")
        #expect(h.line(containing: "Chưa kiểm tra trùng lặp: bàn tự kiểm tra khi mở, kết quả hiện khi xong.") != nil)
        h.press("c")
        #expect(h.state.screen == .nomination)
        #expect(h.state.message?.text == "Hồ sơ chưa kiểm tra trùng lặp (bàn đang tự kiểm tra).")
    }

    @Test func nextPassageScrollsTheTextToItAndMarksIt() throws {
        let h = try Harness()
        h.open("N2018-0001")
        // When the member presses n
        h.press("n")
        // Then the first matched passage is focused, and its lines carry ▸ and the source number
        let focused = h.screen.text(styled: .matchFocused).joined()
        #expect(focused.contains("chất lượng môn Toán của học sinh lớp"))
        // Inside it, the class the copy changed (9 here, 8 in 2017) stands out, and the stock opening is dimmed
        #expect(h.screen.text(styled: .matchChanged) == ["9"])
        #expect(h.screen.text(styled: .matchTemplate).joined().contains("Trong những năm gần đây"))
        #expect(h.screen.lines.contains { $0.hasPrefix("▸ 1│") })
        // And N from the first passage wraps to the last
        h.press("N")
        #expect(h.state.nomination?.focusedMark == 3)
    }

    @Test func thePageWalksPassagesInTheOrderSideBySideNumbersThem() throws {
        let h = try Harness()
        h.open("N2018-0001")
        let n = try #require(h.state.nomination)
        let data = try #require(n.data)
        // The core's one reading order: source by source, each strongest first, weak last
        let walk = PassageReadingOrder.walk(data.findings, explanations: data.explanations)
        #expect(walk.count == n.marks.count && walk.count == 4)
        let sources = PassageReadingOrder.sources(data.findings)
        let offsets = walk.map { sources[$0.source].passages[$0.pair].offset }
        #expect(offsets != offsets.sorted(), "the fixture's strongest passage is not the first in the text")
        let row = h.screen.height - 2
        for step in walk {
            // n on the page reaches each passage in turn, captioned with its source and its number
            h.press("n")
            let mark = try #require(h.state.nomination.flatMap { m in m.focusedMark.map { m.marks[$0] } })
            #expect(mark.source == step.source && mark.pair == step.number - 1)
            let onPage = h.screen.lines[row]
            let prefix = " Nguồn \(step.source + 1)/2 · Đoạn \(step.number)/"
            #expect(onPage.hasPrefix(prefix), "\(onPage)")
            // c opens side by side on that same passage, captioned alike
            h.press("c")
            #expect(h.state.compare?.source == step.source && h.state.compare?.focused == step.number - 1)
            let caption = String(onPage.dropFirst(" Nguồn \(step.source + 1)/2 ·".count))
            #expect(h.screen.lines[row].hasPrefix(caption + " · "), "\(h.screen.lines[row])")
            h.press(.escape)
        }
    }

    @Test func sideBySideOpensOnTheFirstPassageAlignedOnBothSides() throws {
        let h = try Harness()
        h.open("N2018-0001")
        // When the member presses c
        h.press("c")
        // Then the nomination is on the left and the strongest source on the right,
        // and passage 1 starts on the same row on both sides
        #expect(h.state.screen == .compare)
        try expectAligned(h, passage: 1)
        #expect(h.line(containing: "Đoạn 1/3 · 180 ký tự · mục I · cuộn: cả hai bên") != nil)
    }

    @Test func passagesAreNumberedStrongestFirstOnceTheCoreHasExplainedThem() throws {
        let h = try Harness()
        // Select the nomination, then open it and side by side in one go, before the deferred work runs
        h.open("N2018-0001")
        h.press(.escape)
        h.driver.send(.key(.enter))
        h.driver.send(.key(.char("c")))
        // Then the first frame has the passages in text order, without captions' sizes
        #expect(h.state.nomination?.sources.first?.explanations.isEmpty == true)
        #expect(h.line(containing: "Đoạn 1/3 · cuộn: cả hai bên") != nil)
        let textOrder = try #require(h.state.nomination?.sources.first?.pairs)
        // When the explanations arrive after the frame
        h.driver.runDeferred()
        // Then the same passages are numbered strongest first, side by side moved to the strongest
        let source = try #require(h.state.nomination?.sources.first)
        #expect(Set(source.pairs) == Set(textOrder) && source.pairs != textOrder)
        let strengths = source.explanations.map(\.strength)
        #expect(strengths == strengths.sorted(by: >))
        #expect(h.state.compare?.focused == 0)
        #expect(h.line(containing: "Đoạn 1/3 · 180 ký tự · mục I · cuộn: cả hai bên") != nil)
        // And a passage the member moved to stays focused when explanations come again (a reload)
        h.press("n")
        let shown = source.pairs[1]
        h.driver.send(.passagesExplained(id: "N2018-0001", explanations: try #require(h.state.nomination?.data?.explanations)))
        #expect(h.state.compare.flatMap { c in c.focused.map { source.pairs[$0] } } == shown)
    }

    @Test func nAndNKeepBothSidesAlignedOnEachPassage() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("c")
        for passage in [2, 3, 1] {
            h.press("n")
            try expectAligned(h, passage: passage)
        }
        h.press("N")
        try expectAligned(h, passage: 3)
    }

    @Test func theSameStyleMarksAPairOnBothSides() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.open("N2018-0001")
        h.press("cn")   // focus passage 2; passage 1 and 3 keep their pair styles
        let layout = ComparisonLayout(h.state.size)
        var leftStyles = Set<String>(), rightStyles = Set<String>()
        for y in 0..<h.screen.height {
            for x in 0..<h.screen.width {
                let s = h.screen[x, y].style
                guard case .match = s else { continue }
                if x < layout.separatorX { leftStyles.insert(s.name) } else { rightStyles.insert(s.name) }
            }
        }
        #expect(!leftStyles.isEmpty)
        #expect(leftStyles == rightStyles)
    }

    @Test func bracketSwitchesSourceAndFocusesItsFirstPassage() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("c]")
        #expect(h.state.compare?.source == 1)
        // The title's two rows at 80 columns: which source and what kind of re-use, then whose and where (the unit shortened so the id stays whole)
        #expect(h.line(containing: "Nguồn 2/2 · 2017 · của người khác") != nil)
        #expect(h.line(containing: "│ Trần Thị Bình · THCS Hồng… · N2017-0007") != nil)
        try expectAligned(h, passage: 1)
        h.press("[")
        #expect(h.state.compare?.source == 0)
    }

    @Test func theSourcesTitleKeepsItsAuthorAndUnitAtEveryWidth() throws {
        // At 150 columns one row cut the unit; below 181 the title takes two rows, from there one
        for (width, rows) in [(80, 2), (150, 2), (200, 1)] {
            let h = try Harness(Size(width: width, height: 30))
            h.open("N2018-0001")
            h.press("c]")
            #expect(ComparisonLayout(h.state.size).titleRows == rows, "\(width)")
            let author = try #require(h.line(containing: "Trần Thị Bình"), "\(width)")
            #expect(width == 80 || author.contains("Trần Thị Bình · THCS Hồng Kim"), "\(width): \(author)")
            #expect(h.line(containing: "của người khác") != nil, "\(width)")
        }
    }

    @Test func theSourcesIdIsNeverCutAndTheUnitGivesWayForIt() throws {
        // At 80 columns the title's second row ended "· N…": the id is how a member names the dossier aloud
        for (width, language) in [(80, Language.vi), (80, .en), (120, .vi), (200, .vi)] {
            let h = try Harness(Size(width: width, height: 30), language)
            h.open("N2018-0001")
            h.press("c")
            for _ in h.state.nomination!.sources.indices {
                let c = try #require(h.state.compare)
                let id = h.state.nomination!.sources[c.source].id
                let layout = ComparisonLayout(h.state.size)
                let rows = (1...layout.titleRows).map { y in
                    (layout.rightX..<width).map { h.screen[$0, y].grapheme }.joined()
                        .trimmingCharacters(in: .whitespaces)
                }
                #expect(rows.last!.hasSuffix(" · " + id), "\(width) \(language): \(rows)")
                // and the share re-used ends the first row whole ("another person's 9…" in English)
                #expect(rows.first!.firstMatch(of: /\d+%/) != nil, "\(width) \(language): \(rows)")
                h.press("]")
            }
        }
    }

    @Test func scrollingOneSideLeavesTheOtherWhereItIs() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("c")
        let before = h.state.compare!
        h.press("l")         // right side only
        h.press("jj")
        #expect(h.state.compare?.leftTop == before.leftTop)
        #expect(h.state.compare?.rightTop == before.rightTop + 2)
        h.press("=")         // both again
        h.press("k")
        #expect(h.state.compare?.leftTop == before.leftTop - 1)
        #expect(h.state.compare?.rightTop == before.rightTop + 1)
    }

    @Test func cFromTheQueueOpensSideBySideDirectly() throws {
        let h = try Harness()
        h.press(.tab)
        h.press("c")
        #expect(h.state.stack == [.queues, .nomination, .compare])
        try expectAligned(h, passage: 1)
        // Esc goes back to the nomination, then to the queue
        h.press(.escape)
        #expect(h.state.screen == .nomination)
        h.press(.escape)
        #expect(h.state.screen == .queues)
    }

    @Test func wideCharactersAreNeverCut() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("c]l")
        h.press(.home)
        let line = try #require(h.line(containing: "学而时习之"))
        #expect(line.contains("Người xưa dạy: 学而时习之, nghĩa là"))
    }

    @Test func helpListsEveryActionWithItsKeysAndWhyItIsUnavailable() throws {
        let h = try Harness(Size(width: 120, height: 40), .en)
        h.open("N2018-0005")        // already approved
        h.press("?")
        var all: [String] = []
        for _ in 0..<6 { all += h.screen.lines; h.press(.pageDown) }
        let text = all.joined(separator: "\n")
        for action in ActionID.allCases { #expect(text.contains(action.name), "\(action.name)") }
        #expect(text.contains("✗ unavailable now: Already decided: approved."))
        #expect(text.contains("R  re-uses own earlier initiative"))
        h.press(.escape)
        #expect(h.state.screen == .nomination)
    }

    /// Passage `passage` (1-based) has its first line on the same row on both sides, marked ▸ on both.
    private func expectAligned(_ h: Harness, passage: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let layout = ComparisonLayout(h.state.size)
        let rows = h.screen.lines.enumerated().filter { _, l in
            l.hasPrefix("▸\(passage < 10 ? " " : "")\(passage)│")
        }
        let first = try #require(rows.first, "passage \(passage) is not on the left", sourceLocation: sourceLocation)
        // The right pane's gutter on that same row.
        let cells = (layout.rightX..<(layout.rightX + 4)).map { h.screen[$0, first.offset].grapheme }.joined()
        #expect(cells == "▸\(passage < 10 ? " " : "")\(passage)│", "row \(first.offset): \(first.element)",
                sourceLocation: sourceLocation)
    }
}
