import BinhXetCore
import BinhXetText

/// Where the year summary's parts go: the table of units (with the district's line under it) on top, the
/// selected unit's detail below.
struct SummaryLayout {
    let frame: FrameLayout
    init(_ size: Size) { frame = FrameLayout(size) }
    /// Lines of detail under the table (rule, quota, its flag, favoured share, the rest).
    static let detailHeight = 7
    var columnsRow: Int { frame.body.y }
    var listY: Int { frame.body.y + 1 }
    /// Unit rows that fit above the district line and the detail.
    var listHeight: Int { max(1, frame.body.height - 1 - 1 - SummaryLayout.detailHeight) }
}

/// The year summary: per unit, the nominations, flagged, decided, the CSTĐCS quota against the LĐTT
/// holders, the favoured groups' share against the target, criticisms; the district's totals; the
/// selected unit's quota warning, once.
enum SummaryView {
    static func draw(_ state: AppState, into buf: inout ScreenBuffer) {
        let s = state.strings
        let layout = SummaryLayout(state.size)
        let w = state.size.width
        guard let sum = state.summary, sum.loaded else {
            buf.write(" " + s.summaryTitle(year: nil), x: 0, y: layout.frame.titleRow, style: .sectionTitle)
            buf.write(" " + s.loading, x: 0, y: layout.listY, style: .dim)
            return
        }
        guard let data = sum.data else {
            buf.write(" " + s.summaryTitle(year: nil), x: 0, y: layout.frame.titleRow, style: .sectionTitle)
            buf.write(" " + s.summaryNoYear, x: 0, y: layout.listY, style: .dim)
            return
        }
        var title: StyledLine = [Span(" " + s.summaryTitle(year: data.year), .sectionTitle),
                                 Span(" · " + s.summaryCounts(units: data.units.count, nominations: data.district.nominations), .dim)]
        if !data.units.isEmpty {
            title.append(Span("  " + s.rowPosition(sum.selected + 1, of: data.units.count), .dim))
        }
        buf.write(title, x: 0, y: layout.frame.titleRow, limit: w)

        let cols = SummaryColumns(width: w)
        buf.fill(Rect(x: 0, y: layout.columnsRow, width: w, height: 1), style: .columnHeader)
        cols.draw(s.summaryColumns, y: layout.columnsRow, style: .columnHeader, into: &buf)
        if data.units.isEmpty {
            buf.write(" " + s.emptyQueue, x: 0, y: layout.listY, style: .dim)
            return
        }
        var y = layout.listY
        // Every row by its short name, the name the core orders units by, at every width: full names in
        // short-name order (or mixed with short ones) would not read in order. The full name heads the
        // selected unit's detail below.
        for i in sum.top..<min(data.units.count, sum.top + layout.listHeight) {
            let line = data.units[i]
            let selected = i == sum.selected
            if selected { buf.fill(Rect(x: 0, y: y, width: w, height: 1), style: .selection) }
            let name = line.shortName
            cols.draw(values(line, name: name, data, s), y: y, style: selected ? .selection : .normal, into: &buf,
                      styles: selected ? [:] : styles(line, data))
            y += 1
        }
        cols.draw(values(data.district, name: s.summaryDistrict, data, s), y: y, style: .label, into: &buf,
                  styles: styles(data.district, data).merging([0: .label]) { $1 })

        // The selected unit's detail.
        guard let line = sum.selectedLine else { return }
        var detail: [StyledLine] = [NominationPage.rule(line.unitName, w - 2)]
        // The quota line says the limit, what was proposed and by how much it is over: the rule's own flag
        // message (`line.quotaFlag`) would only say it again.
        detail += StyledWrap.wrap([Span(s.summaryQuotaLine(line, quota: data.quota, rounding: data.rounding), line.overQuota ? .flag : .normal)], width: w - 2)
        detail += StyledWrap.wrap([Span(s.summaryFavouredLine(line, target: data.favouredTarget),
                                        data.belowFavouredTarget(line) ? .flag : .normal)], width: w - 2)
        let detailTop = layout.frame.messageRow - SummaryLayout.detailHeight
        // "~1" in the LĐTT column says the count is the desk's own (the unit declared none): a legend under the
        // district's line says so whenever a row shows it, among the detail lines when the table leaves no room.
        if data.units.contains(where: { !$0.holdersDeclared }) {
            if y + 1 < detailTop { buf.write(DisplayWidth.fit(s.summaryCountedHoldersLegend, to: w - 2), x: 1, y: y + 1, style: .dim) }
            else { detail.append([Span(s.summaryCountedHoldersLegend, .dim)]) }
        }
        if let ym = state.yearMeeting, ym.year == data.year, let m = ym.meeting {
            // The year's meeting as recorded (`m`), on one line under the district's totals when the table leaves
            // the room, else among the detail lines.
            let names = Dictionary(ym.members.map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            let text = DisplayWidth.fit(s.meetingLine(m, names: names), to: w - 2)
            if y + 1 < detailTop - 1 { buf.write(text, x: 1, y: y + 2, style: .normal) } else { detail.append([Span(text)]) }
        }
        detail += StyledWrap.wrap([Span(s.summaryOpenHint, .dim)], width: w - 2)
        for (i, l) in detail.prefix(SummaryLayout.detailHeight).enumerated() {
            buf.write(l, x: 1, y: detailTop + i, limit: w - 1)
        }
    }

    private static func values(_ l: YearSummary.Line, name: String, _ d: YearSummary, _ s: any UIStrings) -> [String] {
        [name, String(l.nominations), String(l.flagged), String(l.decided), "\(l.cstdcs)/\(l.quotaAllowed)",
         (l.holdersDeclared ? "" : "~") + String(l.ldttHolders),
         l.favouredShare.map { "\(l.favoured) · \(Percent.of($0))" } ?? "0", String(l.criticisms)]
    }

    private static func styles(_ l: YearSummary.Line, _ d: YearSummary) -> [Int: Style] {
        var out: [Int: Style] = [:]
        if l.flagged > 0 { out[2] = .flag }
        if l.overQuota { out[4] = .flag }
        if !l.holdersDeclared { out[5] = .dim }
        if d.belowFavouredTarget(l) { out[6] = .flag }
        if l.criticisms > 0 { out[7] = .flag }
        return out
    }
}

/// The summary's columns: the unit's name takes what the numbers leave.
struct SummaryColumns {
    var widths: [Int]
    init(width: Int) {
        // The CSTĐCS column reads "proposed/quota" under a header that says so ("CSTĐCS/hạn mức").
        let numbers = [6, 5, 7, 14, 6, 9, 8]
        let unit = max(16, width - 2 - numbers.reduce(0, +) - numbers.count)
        widths = [min(unit, 50)] + numbers
    }

    func draw(_ values: [String], y: Int, style: Style, into buf: inout ScreenBuffer, styles: [Int: Style] = [:]) {
        var x = 1
        for (i, v) in values.enumerated() {
            let w = widths[i]
            // Numbers right-aligned under their titles; the unit's name left.
            var text = DisplayWidth.fit(v, to: w)
            if i > 0, DisplayWidth.of(v) <= w { text = String(repeating: " ", count: w - DisplayWidth.of(v)) + v }
            buf.write(text, x: x, y: y, style: styles[i] ?? style)
            x += w + 1
        }
    }
}
