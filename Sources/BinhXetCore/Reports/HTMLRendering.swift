import BinhXetText
import Foundation

/// A report as one self-contained HTML page for printing (A4, Times New Roman as state papers use).
enum HTMLRendering {
    static func render(_ doc: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(escape(doc.title))</title>
            <style>
            body { font-family: "Times New Roman", serif; font-size: 13pt; margin: 2cm; }
            .letterhead { text-align: center; font-weight: bold; }
            h1 { text-align: center; font-size: 14pt; }
            .meta { text-align: center; font-style: italic; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
            th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
            th { background: #eee; }
            .signatures { display: flex; justify-content: space-around; margin-top: 2em; font-weight: bold; }
            @page { size: A4; margin: 2cm; }
            </style>
            </head>
            <body>

            """
        if !doc.letterhead.isEmpty {
            out += "<p class=\"letterhead\">" + doc.letterhead.map(escape).joined(separator: "<br>") + "</p>\n"
        }
        out += "<h1>\(escape(doc.title))</h1>\n"
        if !doc.meta.isEmpty { out += "<p class=\"meta\">" + doc.meta.map(escape).joined(separator: "<br>") + "</p>\n" }
        for section in doc.sections {
            if let h = section.heading { out += "<h2>\(escape(h))</h2>\n" }
            for line in section.intro { out += "<p>\(escape(line))</p>\n" }
            if !doc.columns.isEmpty {
                out += "<table>\n<thead><tr>" + doc.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                if section.rows.isEmpty { out += "<tr><td colspan=\"\(doc.columns.count)\">—</td></tr>\n" }
                for row in section.rows { out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</tbody>\n</table>\n"
            }
        }
        for p in doc.paragraphs { out += "<p>\(escape(p))</p>\n" }
        if !doc.signatures.isEmpty {
            out += "<div class=\"signatures\">" + doc.signatures.map { "<div>\(escape($0))</div>" }.joined() + "</div>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Escapes the five characters HTML gives meaning to; line breaks become <br>; control characters
    /// become visible (HTML forbids most of them, and the page may be printed to a terminal).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in ControlPictures.visible(s, keeping: .lines) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }
}
