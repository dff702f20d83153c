import BinhXetText

/// Draws the whole frame for a state: header, the current screen, any dialog, the message line and the
/// status bar. Pure: the same state always gives the same cells, with or without `cache` (queue rows
/// drawn for an earlier frame, by everything they depend on: `QueueLineCache`).
public func render(_ state: AppState, cache: QueueLineCache? = nil) -> ScreenBuffer {
    var buf = ScreenBuffer(size: state.size)
    guard state.size.isUsable else {
        TooSmallView.draw(state, into: &buf)
        return buf
    }
    Chrome.header(state, into: &buf)
    switch state.screen {
    case .queues, .generic: QueuesView.draw(state, into: &buf, cache: cache)
    case .nomination: NominationView.draw(state, into: &buf)
    case .compare: CompareView.draw(state, into: &buf)
    case .help: HelpView.draw(state, into: &buf)
    case .summary: SummaryView.draw(state, into: &buf)
    }
    if let modal = state.modal { DialogView.draw(modal, state, into: &buf) }
    Chrome.messageLine(state, into: &buf)
    Chrome.statusBar(state, into: &buf)
    return buf
}

/// What a terminal smaller than 80×24 shows: how large it must be.
enum TooSmallView {
    static func draw(_ state: AppState, into buf: inout ScreenBuffer) {
        let lines = state.strings.tooSmall(state.size, minimum: .minimum)
        let top = max(0, (state.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.size.width - DisplayWidth.of(line)) / 2)
            buf.write(line, x: x, y: top + i, style: i == 0 ? .error : .normal)
        }
    }
}
