import BinhXetUI
import Testing
@testable import BinhXetTerminal

/// Colours are decided here only, and a monochrome terminal still tells every emphasis apart.
struct StyleTableTests {
    @Test func monochromeNeverUsesColour() {
        for style in Style.all {
            let look = StyleTable.look(style, color: false)
            #expect(look.foreground == -1 && look.background == -1, "\(style.name)")
        }
    }

    @Test func passagesAndFocusAreVisibleWithoutColour() {
        let match = StyleTable.look(.match(2), color: false)
        let focused = StyleTable.look(.matchFocused, color: false)
        #expect(match.underline)
        #expect(focused.reverse && focused.bold)
        #expect(StyleTable.look(.selection, color: false).reverse)
    }

    @Test func bothSidesOfAPairLookTheSame() {
        // Pair 5 on the left and pair 5 on the right get the same palette entry.
        #expect(StyleTable.look(Style.passage(5), color: true) == StyleTable.look(.match(1), color: true))
    }

    @Test func changedWordsStandOutOfEveryPassageWithAndWithoutColour() {
        for color in [false, true] {
            let changed = StyleTable.look(.matchChanged, color: color)
            let others = [StyleTable.look(.matchFocused, color: color), StyleTable.look(.normal, color: color),
                          StyleTable.look(.matchTemplate, color: color)] + (0..<Style.matchPalette).map { StyleTable.look(.match($0), color: color) }
            #expect(!others.contains(changed), "color: \(color)")
            // Without colour the difference is in the attributes themselves.
            #expect(changed.bold && changed.underline)
            #expect(StyleTable.look(.matchTemplate, color: color).dim)
        }
    }
}
