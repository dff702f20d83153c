import BinhXetText
import Foundation

/// An official document as one HTML page for printing from a browser: the same layout as the DOCX (A4,
/// NĐ 30/2020 margins, Times New Roman, the two-column header, Nơi nhận and signature side by side), and a
/// named landscape page for an annex or a document that needs one.
enum DocumentHTML {
    static func render(_ doc: OfficialDocument, fontSize: Int = 14) -> String {
        var out = prologue(caption: doc.caption, fontSize: fontSize)
        for (i, d) in ([doc] + doc.following).enumerated() { out += page(d, newPage: i > 0) }
        return out + "</body>\n</html>\n"
    }

    /// Everything before the first page: the title and the print stylesheet every document shares (the
    /// report goldens keep the stylesheet once, by comparing each page against this).
    static func prologue(caption: String, fontSize: Int) -> String {
        let e = HTMLRendering.escape
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(e(caption))</title>
            <style>
            @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
            @page landscape { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: \(fontSize)pt; line-height: 1.2; margin: 0; }
            .page { max-width: 165mm; }
            .landscape { page: landscape; max-width: 252mm; }
            .annex { break-before: page; }
            .form { text-align: right; font-weight: bold; margin: 0; }
            table.head, table.close { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.head td, table.close td { border: none; vertical-align: top; text-align: center; padding: 0; }
            table.head td.left { width: 40%; } table.close td.left { width: 45%; text-align: left; }
            .head p { margin: 0; font-size: 12pt; }
            .head .motto { font-size: 13pt; font-weight: bold; }
            .head .number, .head .date { font-size: 13pt; margin-top: 4pt; }
            .head .date { font-style: italic; }
            .rule { border: none; border-top: 1px solid #000; margin: 1pt auto 0; width: 33%; }
            .rule.wide { width: 60%; }
            .type { text-align: center; font-weight: bold; font-size: 14pt; margin: 12pt 0 0; }
            .summary { text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }
            .authority, .centred-bold { text-align: center; font-weight: bold; margin: 6pt 0 0; }
            .centred-italic { text-align: center; font-style: italic; margin: 0; }
            .to { text-align: center; margin: 6pt 0; }
            p.body, p.basis, p.heading { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
            p.basis { font-style: italic; margin-bottom: 3pt; }
            p.heading { font-weight: bold; }
            p.plain { margin: 0; }
            table.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6pt 0; font-size: 13pt; }
            table.data.compact { font-size: 11pt; }
            table.data th, table.data td { border: 1px solid #000; padding: 1pt 3pt; vertical-align: top; }
            table.data.bare th, table.data.bare td { border: none; }
            table.data th { font-weight: bold; text-align: center; vertical-align: middle; }
            table.data thead { display: table-header-group; }
            table.data tr { break-inside: avoid; }
            td.c { text-align: center; } td.r { text-align: right; } td.nw { white-space: nowrap; }
            tr.group td, tr.total td { font-weight: bold; }
            mark { background: #ff0; } .template { color: #666; font-style: italic; }
            .recipients { font-size: 11pt; } .recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
            .signer p { margin: 0; } .signer .caps { font-weight: bold; } .signer .space { height: 20mm; }
            .signer .name { font-weight: bold; }
            </style>
            </head>
            <body>

            """
    }

    static func page(_ doc: OfficialDocument, newPage: Bool) -> String {
        let e = HTMLRendering.escape
        var out = "<div class=\"page\(doc.orientation == .landscape ? " landscape" : "")\(newPage ? " annex" : "")\">\n"
        if let f = doc.formLabel { out += "<p class=\"form\">\(e(f))</p>\n" }
        let h = doc.header
        out += "<table class=\"head\"><tr><td class=\"left\">"
        if let p = h.parentBody { out += "<p>\(e(p.vietnameseUppercased))</p>" }
        out += "<p><b>\(e(h.issuingBody.vietnameseUppercased))</b></p><hr class=\"rule\">"
        out += "</td><td><p><b>\(e(DocumentHeader.nationalName))</b></p><p class=\"motto\">\(e(DocumentHeader.motto))</p><hr class=\"rule wide\"></td></tr>\n"
        out += "<tr><td class=\"left\">" + (h.numberLine.map { "<p class=\"number\">\(e($0))</p>" } ?? "")
            + (h.subject.map { "<p>\(e($0))</p>" } ?? "") + "</td><td><p class=\"date\">\(e(h.placeAndDate))</p></td></tr></table>\n"
        if let t = doc.typeName { out += "<p class=\"type\">\(e(t))</p>\n" }
        for s in doc.summary { out += "<p class=\"summary\">\(e(s))</p>\n" }
        if doc.typeName != nil || !doc.summary.isEmpty { out += "<hr class=\"rule\">\n" }
        if let a = doc.authority { out += "<p class=\"authority\">\(e(a.vietnameseUppercased))</p>\n" }
        for a in doc.addressees { out += "<p class=\"to\">\(e(a))</p>\n" }
        for b in doc.body { out += block(b) }
        out += closing(doc.closing)
        out += "</div>\n"
        for a in doc.annexes {
            out += "<div class=\"page annex\(a.orientation == .landscape ? " landscape" : "")\">\n"
            for l in a.heading { out += "<p class=\"centred-bold\">\(e(l))</p>\n" }
            for l in a.subheading { out += "<p class=\"centred-italic\">\(e(l))</p>\n" }
            if !a.heading.isEmpty { out += "<hr class=\"rule\">\n" }
            for b in a.body { out += block(b) }
            out += "</div>\n"
        }
        return out
    }

    static func block(_ b: DocumentBlock) -> String {
        switch b {
        case .paragraph(let p):
            let cls: String
            switch p.role {
            case .body: cls = "body"
            case .basis: cls = "basis"
            case .heading: cls = "heading"
            case .centredBold: cls = "centred-bold"
            case .centredItalic: cls = "centred-italic"
            case .plain: cls = "plain"
            }
            return "<p class=\"\(cls)\">\(runs(p.runs))</p>\n"
        case .table(let t): return table(t)
        }
    }

    static func runs(_ rs: [TextRun]) -> String {
        rs.map { r in
            var s = HTMLRendering.escape(r.text)
            if r.bold { s = "<b>\(s)</b>" }
            if r.italic { s = "<i>\(s)</i>" }
            if r.shared || r.changed { s = "<mark>\(s)</mark>" }
            if r.inserted { s = "<ins>\(s)</ins>" }
            if r.template { s = "<span class=\"template\">\(s)</span>" }
            return s
        }.joined()
    }

    static func table(_ t: DocumentTable) -> String {
        let total = max(1, t.columns.reduce(0) { $0 + $1.width })
        var out = "<table class=\"data\(t.compact ? " compact" : "")\(t.ruled ? "" : " bare")\">\n<colgroup>"
        out += t.columns.map { "<col style=\"width: \(String(format: "%.1f", Double($0.width) * 100 / Double(total)))%\">" }.joined()
        out += "</colgroup>\n<thead>\n"
        for row in t.header {
            out += "<tr>" + row.map { c in
                "<th" + (c.columns > 1 ? " colspan=\"\(c.columns)\"" : "") + (c.rows > 1 ? " rowspan=\"\(c.rows)\"" : "") + ">\(HTMLRendering.escape(c.text))</th>"
            }.joined() + "</tr>\n"
        }
        out += "</thead>\n<tbody>\n"
        for row in t.rows {
            switch row.kind {
            case .group:
                out += "<tr class=\"group\"><td colspan=\"\(t.columns.count)\">\(runs(row.cells.first ?? []))</td></tr>\n"
            case .data, .total:
                out += "<tr\(row.kind == .total ? " class=\"total\"" : "")>"
                for (i, col) in t.columns.enumerated() {
                    var cls: [String] = []
                    if col.alignment == .centre { cls.append("c") } else if col.alignment == .right { cls.append("r") }
                    if col.noWrap { cls.append("nw") }
                    out += "<td" + (cls.isEmpty ? "" : " class=\"\(cls.joined(separator: " "))\"") + ">"
                        + runs(i < row.cells.count ? row.cells[i] : []) + "</td>"
                }
                out += "</tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n"
    }

    static func closing(_ c: DocumentClosing) -> String {
        guard !c.recipients.isEmpty || c.left != nil || c.right != nil else { return "" }
        var left = ""
        if let s = c.left { left = signer(s) } else if !c.recipients.isEmpty {
            left = "<div class=\"recipients\"><p class=\"label\">Nơi nhận:</p>"
                + c.recipientLines.map { "<p class=\"plain\">\(HTMLRendering.escape($0))</p>" }.joined() + "</div>"
        }
        return "<table class=\"close\"><tr><td class=\"left\">\(left)</td><td>\(c.right.map(signer) ?? "")</td></tr></table>\n"
    }

    static func signer(_ s: SignatureBlock) -> String {
        let e = HTMLRendering.escape
        var out = "<div class=\"signer\">" + s.capitalLines.map { "<p class=\"caps\">\(e($0))</p>" }.joined()
        if let n = s.note { out += "<p><i>\(e(n))</i></p>" }
        return out + "<div class=\"space\"></div><p class=\"name\">\(e(s.name))</p></div>"
    }
}
