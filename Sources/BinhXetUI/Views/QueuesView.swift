import BinhXetCore
import BinhXetText

/// The queues: tabs with counts, what is sorted and filtered, column titles and the rows.
enum QueuesView {
    /// `cache` holds rows already drawn (`QueueLineCache`); without it every row is drawn, to the same cells.
    static func draw(_ state: AppState, into buf: inout ScreenBuffer, cache: QueueLineCache? = nil) {
        let layout = QueueLayout(state.size)
        let s = state.strings
        let q = state.queue
        tabs(state, into: &buf)

        // Sort, filter, search and what is not checked yet.
        var info: StyledLine = [Span(" \(s.sortLabel): ", .label), Span(s.sort(q.sort) + (q.descending ? " " + s.descendingMark : ""))]
        info += [Span(" · \(s.filterLabel): ", .label), Span(filterText(q.filter, s))]
        if !q.search.isEmpty && !q.searching { info += [Span(" · \(s.searchLabel): ", .label), Span(q.search.text, .input)] }
        if !q.search.isEmpty && !q.searchCounts.isEmpty {
            // Which field each match was found in, so "dung" finding initiative titles says so.
            let parts = SearchField.allCases.sorted().compactMap { f in q.searchCounts[f].map { s.searchMatches($0, in: f) } }
            info += [Span(" (" + parts.joined(separator: ", ") + ")", .dim)]
        }
        if !q.tagged.isEmpty { info += [Span(" · \(s.taggedLabel): ", .label), Span("\(q.tagged.count)", .flag)] }
        let unchecked = q.uncheckedCount
        if q.loaded && unchecked > 0 { info += [Span(" · "), Span(s.notChecked(count: unchecked), .error)] }
        let position = q.visible.isEmpty ? "" : s.rowPosition(q.selected + 1, of: q.visible.count) + " "
        let pw = DisplayWidth.of(position)
        buf.write(info, x: 0, y: layout.infoRow, limit: state.size.width - pw - 1)
        buf.write(position, x: state.size.width - pw, y: layout.infoRow, style: .dim)

        // A tab that holds one status does not need a column saying it.
        let cols = QueueColumns(width: state.size.width, status: ![.awaitingSupplement, .approved, .rejected].contains(q.tab),
                                titleHeading: DisplayWidth.of(s.columnTitleInFull))
        buf.fill(Rect(x: 0, y: layout.columnsRow, width: state.size.width, height: 1), style: .columnHeader)
        let titleHeading = DisplayWidth.of(s.columnTitleInFull) <= cols.widths[3] ? s.columnTitleInFull : s.columnTitle
        cols.draw([s.columnID, s.columnNominee, s.columnUnit, titleHeading, s.columnInitiative, s.columnSimilarity,
                   s.columnFlags, s.columnDue, s.columnStatus], y: layout.columnsRow, style: .columnHeader, into: &buf)

        let list = layout.list
        guard q.loaded else {
            buf.write(" " + s.loading, x: 0, y: list.y, style: .dim)
            return
        }
        if q.visible.isEmpty {
            buf.write(" " + (q.search.isEmpty ? s.emptyQueue : s.emptySearch), x: 0, y: list.y, style: .dim)
            return
        }
        for r in 0..<list.height {
            let i = q.top + r
            guard i < q.visible.count else { break }
            let row = q.rows[q.visible[i]]
            let line = QueueLine(row, width: state.size.width, language: state.language, statusColumn: cols.widths[8] > 0,
                                 selected: i == q.selected, tagged: q.tagged.contains(row.id), matched: q.matchedField[q.visible[i]])
            let y = list.y + r
            if let cache, let cells = cache.cells(of: line) {
                buf.setRow(y, cells)
            } else {
                line.draw(y: y, columns: cols, into: &buf)
                cache?.keep(buf.row(y), for: line)
            }
        }
    }

    /// "Mới tiếp nhận 3 │ Bị gắn cờ 1 │ …", short names when the full ones do not fit.
    static func tabs(_ state: AppState, into buf: inout ScreenBuffer) {
        let s = state.strings
        let q = state.queue
        func labels(_ name: (QueueTab) -> String) -> [String] {
            QueueTab.allCases.map { " \(name($0)) \(q.counts[$0] ?? 0) " }
        }
        func fits(_ names: [String]) -> Bool { names.map { DisplayWidth.of($0) + 1 }.reduce(0, +) <= state.size.width }
        var names = labels(s.tab)
        if !fits(names) { names = names.map { String($0.dropFirst().dropLast()) } }
        if !fits(names) { names = labels(s.tabShort) }
        if !fits(names) { names = names.map { String($0.dropFirst().dropLast()) } }
        // Still too wide (many digits in the counts, a narrow terminal): the bar shows the tabs that fit
        // around the chosen one, and "…" where tabs are left out, rather than cutting a label in the middle.
        let tabs = QueueTab.allCases
        let widths = names.map { DisplayWidth.of($0) + 1 }
        let chosen = tabs.firstIndex(of: q.tab) ?? 0
        var first = 0
        while first < chosen && (first > 0 ? 1 : 0) + widths[first...chosen].reduce(0, +) + 1 > state.size.width { first += 1 }
        var x = first > 0 ? buf.write("…", x: 0, y: 1, style: .dim) : 0
        for i in first..<tabs.count {
            let room = state.size.width - (i == tabs.count - 1 ? 0 : 1)
            guard x + widths[i] <= room else { buf.write("…", x: x, y: 1, style: .dim); break }
            x = buf.write(names[i], x: x, y: 1, style: tabs[i] == q.tab ? .tabActive : .tab)
            x = buf.write("│", x: x, y: 1, style: .dim)
        }
    }

    static func filterText(_ f: QueueFilter, _ s: any UIStrings) -> String {
        var parts: [String] = []
        if let y = f.year { parts.append("\(y)") }
        if let u = f.unit { parts.append(u) }
        if let t = f.title { parts.append(s.awardTitleShort(t)) }
        if let fl = f.flag { parts.append(s.flagFilter(fl)) }
        return parts.isEmpty ? s.noFilter : parts.joined(separator: ", ")
    }
}

/// Column widths of the queue for a terminal width: fixed columns keep their size, the three text
/// columns (nominee, unit, initiative) share what is left.
struct QueueColumns {
    var widths: [Int]
    /// Right-aligned columns (similarity).
    let rightAligned: Set<Int> = [5]

    /// - Parameter titleHeading: the width of the title column's heading in full ("Danh hiệu"): the column
    ///   is that wide, so its heading is never abbreviated.
    init(width: Int, status showStatus: Bool = true, titleHeading: Int = 6) {
        let id = 10, title = max(6, titleHeading), similarity = 5, flags = 5, due = 7
        let status = showStatus ? (width >= 120 ? 19 : 13) : 0
        let fixed = id + title + similarity + flags + due + status
        let flex = max(18, width - 1 - fixed - (showStatus ? 8 : 7))
        // An initiative column narrower than about ten columns shows a word and a half ("Nâng ca…") while
        // names and units lose their ends: below that the initiative is left to the nomination page (search
        // still finds by it) and its room goes to the name and the unit (80 columns with the status column).
        if flex < 30 {
            // The name gets the larger part: at 80 columns 12 of 23 ("Nguyễn V… An", the given name kept) and
            // the unit 11, which holds the place of every unit of the test desk ("Nguyễn Trãi", "TH Phú Vinh").
            let room = flex + 1
            let nominee = min(room * 55 / 100, 22)
            widths = [id, nominee, room - nominee, title, 0, similarity, flags, due, status]
            return
        }
        // Names first: a member scans the queue by person; initiative titles are long whatever the width.
        // On wide terminals the names stop growing (22 columns hold nearly every Vietnamese full name).
        let nominee = min(flex * 4 / 10, 22)
        let unit = min(flex * 3 / 10, 30)
        widths = [id, nominee, unit, title, flex - nominee - unit, similarity, flags, due, status]
    }

    func draw(_ values: [String], y: Int, style: Style, into buf: inout ScreenBuffer, styles: [Int: Style] = [:]) {
        var x = 1
        for (i, v) in values.enumerated() {
            let w = widths[i]
            if w == 0 { continue }
            Self.drawCell(v, x: x, y: y, width: w, rightAligned: rightAligned.contains(i), style: styles[i] ?? style, into: &buf)
            x += w + 1
        }
    }

    /// One column's text cut or padded to `width` (`DisplayWidth.fit`), right-aligned when it fits and is
    /// asked to be. Written straight into the frame: the same cells as writing the fitted string, without
    /// building it (a queue frame writes some 350 of them).
    static func drawCell(_ v: String, x: Int, y: Int, width w: Int, rightAligned: Bool, style: Style, into buf: inout ScreenBuffer) {
        // A line end stops `write`, and with it the padding the fitted string carried after it.
        if v.utf8.contains(10) {
            var text = DisplayWidth.fit(v, to: w)
            if rightAligned, DisplayWidth.of(v) <= w { text = String(repeating: " ", count: w - DisplayWidth.of(v)) + v }
            buf.write(text, x: x, y: y, style: style)
            return
        }
        let vw = DisplayWidth.of(v)
        if vw <= w {
            if rightAligned {
                buf.fill(Rect(x: x, y: y, width: w - vw, height: 1), style: style)
                buf.write(v, x: x + w - vw, y: y, style: style)
            } else {
                let next = buf.write(v, x: x, y: y, style: style)
                buf.fill(Rect(x: next, y: y, width: w - vw, height: 1), style: style)
            }
            return
        }
        let head = DisplayWidth.prefix(v, fitting: w - 1)
        let next = buf.write("…", x: buf.write(head, x: x, y: y, style: style), y: y, style: style)
        buf.fill(Rect(x: next, y: y, width: w - 1 - DisplayWidth.of(head), height: 1), style: style)
    }
}
