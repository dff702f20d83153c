import BinhXetCore
import BinhXetText

/// One row of the queue as drawn: everything its cells depend on, and nothing else. The row is drawn from
/// these fields alone (`draw`), so a `QueueLineCache` keyed by them can never hand back a row drawn from
/// other data: a status, a flag, the width, the language, the selection or a tag that changes makes a
/// different key.
struct QueueLine: Hashable {
    // The frame: column widths, words and styles.
    var width: Int
    var language: Language
    var statusColumn: Bool
    // How the row is shown.
    var selected: Bool
    var tagged: Bool
    var matched: SearchField?
    // The row's data.
    var id: String
    var personName: String
    var unitName: String
    var unitShortName: String?
    var title: AwardTitle
    var initiativeTitle: String?
    var status: NominationStatus
    var checked: Bool
    var highestSimilarity: Double?
    var flags: [QueueFlag]
    var due: DueStanding?

    init(_ row: QueueRow, width: Int, language: Language, statusColumn: Bool, selected: Bool, tagged: Bool, matched: SearchField?) {
        self.width = width; self.language = language; self.statusColumn = statusColumn
        self.selected = selected; self.tagged = tagged; self.matched = matched
        let sum = row.summary
        id = sum.id; personName = sum.personName; unitName = sum.unitName; unitShortName = sum.unitShortName
        title = sum.title; initiativeTitle = sum.initiativeTitle; status = sum.status
        checked = row.checked; highestSimilarity = row.highestSimilarity; flags = row.flags; due = row.due
    }

    /// Hashed by what tells rows apart cheaply; equality compares every field.
    func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(width)
        h.combine(selected)
        h.combine(status)
    }

    /// Draws the row on line `y` of a frame whose line is still blank. `columns` are the queue's for
    /// `width`, `statusColumn` and the language's title heading.
    func draw(y: Int, columns cols: QueueColumns, into buf: inout ScreenBuffer) {
        let s = language.strings
        if selected { buf.fill(Rect(x: 0, y: y, width: width, height: 1), style: .selection) }
        let similarity: String
        if !checked { similarity = "?" } else if let h = highestSimilarity { similarity = Percent.of(h) } else { similarity = "–" }
        let flagText = flags.map { s.flagLetter($0) }.joined()
        var styles: [Int: Style] = [:]
        if !selected {
            if !checked { styles[5] = .dim }
            if !flagText.isEmpty { styles[6] = flags.contains(.overdue) ? .overdue : .flag }
            if due?.isLate == true { styles[7] = .overdue }
            if let f = matched { styles[f.column] = .label }
        }
        // A tagged row is marked in the margin before its ID.
        if tagged { buf.write("*", x: 0, y: y, style: selected ? .selection : .flag) }
        cols.draw([id, ColumnText.name(personName, width: cols.widths[1]),
                   ColumnText.unit(unitName, width: cols.widths[2], declared: unitShortName), s.awardTitleShort(title),
                   initiativeTitle.map { ColumnText.initiative($0, width: cols.widths[4]) } ?? "—",
                   similarity, flagText, due.map(s.due) ?? "", s.status(status)], y: y, style: selected ? .selection : .normal,
                  into: &buf, styles: styles)
    }
}
