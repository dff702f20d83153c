import BinhXetCore
import BinhXetText

/// The recognition dialog's lines: four fields, then the confirmation repeating what will be written.
enum RecognitionDialogView {
    static func lines(_ r: RecognitionDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = DialogView.innerWidth(state)
        var lines: [StyledLine] = [[Span(r.nominee, .label), Span(" · \(r.unitName)", .dim)], []]
        lines += StyledWrap.wrap([Span(s.recognitionPrompt(title: r.initiativeTitle))], width: w)
        lines.append([])
        let labelWidth = RecognitionDialog.Field.allCases.map { DisplayWidth.of(s.recognitionField($0)) }.max()! + 3
        for field in RecognitionDialog.Field.allCases {
            let active = field == r.field && !r.confirming
            let value: String
            switch field {
            case .by: value = active ? r.by.beforeCursor + "▏" + r.by.afterCursor : r.by.text
            case .number: value = active ? r.number.beforeCursor + "▏" + r.number.afterCursor : r.number.text
            case .date: value = active ? r.date.beforeCursor + "▏" + r.date.afterCursor : r.date.text
            case .scope: value = "‹ " + s.recognitionScope(r.scope) + " ›"
            }
            let label = (active ? "▸ " : "  ") + s.recognitionField(field)
            lines += StyledWrap.labelled(DisplayWidth.fit(label, to: labelWidth), [Span(value, active ? .input : .dialog)],
                                         labelWidth: labelWidth, width: w)
        }
        if let p = r.problem { lines += [[]] + StyledWrap.wrap([Span(p, .error)], width: w) }
        lines.append([])
        if r.confirming {
            lines += StyledWrap.wrap([Span(s.recognitionConfirm(id: r.nominationID), .label)], width: w)
            lines += [[], [Span(s.confirmingKeys, .dim)]]
        } else {
            lines += StyledWrap.wrap([Span(s.recognitionKeys, .dim)], width: w)
        }
        return lines
    }
}
