import BinhXetText

/// The help screen's lines, generated from the action table: keys as the keymap binds them, the action's
/// name (its keymap token), what it does, when it is unavailable, and why it is unavailable right now on
/// the screen help was opened from.
struct HelpPage {
    private(set) var lines: [StyledLine] = []

    init(_ state: AppState) {
        let s = state.strings
        let width = max(20, state.size.width - 2)
        // The screen under help decides what is available "now".
        var context = state
        if context.screen == .help { context.stack.removeLast() }
        let keyWidth = 14, nameWidth = 20
        let textWidth = max(10, width - keyWidth - nameWidth)
        func keysText(_ keys: [Key]) -> String {
            DisplayWidth.fit(keys.map(KeyName.display).joined(separator: " "), to: keyWidth - 1) + " "
        }
        // First how the day's tasks go, then what works on this screen now, by its Vietnamese name; the
        // full list with the keymap's names below.
        lines.append(NominationPage.rule(s.helpGuideTitle, width))
        for step in s.helpGuide { lines += StyledWrap.wrap([Span(step)], width: width) }
        lines.append([])
        lines.append(NominationPage.rule(s.helpHereTitle(s.screenName(context.screen)), width))
        for spec in ActionTable.all where spec.id != .help && context.unavailableReason(spec.id) == nil {
            let keys = state.keymap.keys(for: spec.id, on: context.screen)
            guard !keys.isEmpty, spec.keys.contains(where: { $0.0 == context.screen }) || !spec.bar.isDisjoint(with: [context.screen]) else { continue }
            let label = DisplayWidth.fit(s.actionLabel(spec.id), to: nameWidth - 1) + " "
            let help = StyledWrap.wrap([Span(s.actionHelp(spec.id))], width: textWidth)
            let indent = Span(String(repeating: " ", count: keyWidth + nameWidth))
            for (i, h) in help.enumerated() {
                lines.append(i == 0 ? [Span(keysText(keys), .statusKey), Span(label, .label)] + h : [indent] + h)
            }
        }
        lines.append([])
        lines.append(NominationPage.rule(s.helpAllTitle, width))
        lines.append([])
        for group in ActionGroup.allCases {
            lines.append(NominationPage.rule(s.group(group), width))
            for spec in ActionTable.all where spec.group == group {
                var keys: [Key] = []
                for screen in ScreenKind.allCases {
                    for k in state.keymap.keys(for: spec.id, on: screen) where !keys.contains(k) { keys.append(k) }
                }
                let keyText = DisplayWidth.fit(keys.map(KeyName.display).joined(separator: " "), to: keyWidth - 1) + " "
                let name = DisplayWidth.fit(spec.id.name, to: nameWidth - 1) + " "
                let reason = context.unavailableReason(spec.id)
                let help = StyledWrap.wrap([Span(s.actionHelp(spec.id), reason == nil ? .normal : .dim)], width: textWidth)
                let indent = Span(String(repeating: " ", count: keyWidth + nameWidth))
                for (i, h) in help.enumerated() {
                    lines.append(i == 0 ? [Span(keyText, .statusKey), Span(name, .label)] + h : [indent] + h)
                }
                let when = s.unavailableWhen(spec.id)
                if let reason {
                    for l in StyledWrap.wrap([Span("✗ \(s.unavailableNow): \(reason)", .dim)], width: textWidth) {
                        lines.append([indent] + l)
                    }
                } else if !when.isEmpty {
                    for l in StyledWrap.wrap([Span(when, .dim)], width: textWidth) { lines.append([indent] + l) }
                }
            }
            lines.append([])
        }
        lines.append(NominationPage.rule(s.flagsLegendTitle, width))
        for f in QueueFlag.allCases {
            lines.append([Span(" " + s.flagLetter(f) + "  ", f == .overdue ? .overdue : .flag), Span(s.flagName(f))])
        }
        lines.append([Span(" ?  ", .dim), Span(s.notCheckedReason)])
        lines.append([])
        lines += StyledWrap.wrap([Span(s.keymapNote, .dim)], width: width)
    }
}
