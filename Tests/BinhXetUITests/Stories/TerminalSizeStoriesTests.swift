import BinhXetUI
import Foundation
import Testing

/// The desk in terminals of different sizes.
struct TerminalSizeStoriesTests {
    @Test func aSmallTerminalSaysHowLargeItMustBeAndOnlyQuits() throws {
        let h = try Harness(Size(width: 70, height: 20))
        #expect(h.line(containing: "Cửa sổ quá nhỏ: 70×20.") != nil)
        #expect(h.line(containing: "Cần ít nhất 80 cột × 24 dòng.") != nil)
        // Keys do nothing blind…
        h.press(.tab, .enter)
        #expect(h.state.screen == .queues)
        #expect(h.state.queue.tab == .received)
        // …until the window is large enough again
        h.resize(Size(width: 100, height: 30))
        #expect(h.line(containing: "Mới tiếp nhận 5") != nil)
        h.resize(Size(width: 79, height: 30))
        h.press("q")
        #expect(h.driver.isFinished)
    }

    @Test func resizingSideBySideRewrapsAndStaysOnThePassage() throws {
        let h = try Harness(Size(width: 80, height: 24))
        h.open("N2018-0001")
        h.press("cn")
        let narrow = h.state.compare!.left!.width
        h.resize(Size(width: 150, height: 45))
        #expect(h.state.compare!.left!.width > narrow)
        // Passage 2 is still focused and starts on the same row on both sides
        let layout = ComparisonLayout(h.state.size)
        let row = try #require(h.screen.lines.firstIndex { $0.hasPrefix("▸ 2│") })
        let right = (layout.rightX..<(layout.rightX + 4)).map { h.screen[$0, row].grapheme }.joined()
        #expect(right == "▸ 2│")
    }

    @Test func everyLineFitsItsWidthAtEverySize() throws {
        for size in [Size(width: 80, height: 24), Size(width: 97, height: 31), Size(width: 120, height: 40)] {
            let h = try Harness(size)
            h.open("N2018-0001")
            h.press("c")
            for line in h.screen.lines { #expect(line.count <= size.width) }
        }
    }
}

/// The tab bar at 80 columns when the counts have three digits: whole labels, the chosen tab always shown.
struct TabBarWidthStoriesTests {
    @Test func tabsThatDoNotFitAreLeftOutWithAnEllipsisNeverCut() throws {
        let h = try Harness(Size(width: 80, height: 24), desk: try WorkStoriesTests.deskWithCleanRows(120))
        let bar = h.screen.lines[1].trimmingCharacters(in: .whitespaces)
        #expect(bar.count <= 80)
        #expect(bar.hasPrefix("Của tôi 12"), "\(bar)")
        #expect(bar.hasSuffix("…"), "the last tabs are left out, not cut: \(bar)")
        // Every label shown is whole: a name and its count before each separator
        let labels = bar.split(separator: "│").dropLast()
        #expect(labels.allSatisfy { $0.last?.isNumber == true }, "\(bar)")
        // Going to the last tab shows it, with "…" for the tabs left out before it
        h.press("8")
        let last = h.screen.lines[1].trimmingCharacters(in: .whitespaces)
        #expect(h.state.queue.tab == .all)
        #expect(last.hasPrefix("…") && last.contains("Tất cả 12"), "\(last)")
    }
}
