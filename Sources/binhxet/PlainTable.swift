import BinhXetText

/// A left-aligned table whose columns line up by display width (Vietnamese names, CJK).
enum PlainTable {
    static func render(header: [String], rows: [[String]]) -> String {
        // Controls made visible before measuring: each then takes the one column it is drawn in.
        let rows = rows.map { $0.map { ControlPictures.visible($0) } }
        var widths = header.map { DisplayWidth.of($0) }
        for r in rows { for (i, f) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(f)) } }
        func line(_ fields: [String]) -> String {
            var out = ""
            for (i, f) in fields.enumerated() {
                out += i == fields.count - 1 ? f : DisplayWidth.fit(f, to: widths[i]) + "  "
            }
            return String(out.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        return ([header] + rows).map(line).joined()
    }
}
