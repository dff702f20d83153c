/// The help screen: the generated help page, scrolled.
enum HelpView {
    static func draw(_ state: AppState, into buf: inout ScreenBuffer) {
        buf.write(" " + state.strings.helpTitle + " ", x: 0, y: FrameLayout(state.size).titleRow, style: .tabActive)
        let page = HelpPage(state)
        let area = PageLayout(state.size).page
        for r in 0..<area.height {
            let i = state.helpScroll + r
            guard i < page.lines.count else { break }
            buf.write(page.lines[i], x: 1, y: area.y + r, limit: state.size.width - 1)
        }
    }
}
