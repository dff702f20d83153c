import Foundation

/// An official document as Markdown, for reading at a terminal or in a Markdown viewer: the header's two
/// columns as a two-column table, the parts in order, tables as pipe tables. Layout is the DOCX's business;
/// this keeps the words and their order.
enum DocumentMarkdown {
    static func render(_ doc: OfficialDocument) -> String {
        ([doc] + doc.following).map(parts).map { $0.joined(separator: "\n\n") }.joined(separator: "\n\n---\n\n") + "\n"
    }

    static func parts(_ doc: OfficialDocument) -> [String] {
        let e = MarkdownRendering.escape, c = MarkdownRendering.cell
        var out: [String] = []
        if let f = doc.formLabel { out.append("*\(e(f))*") }
        let h = doc.header
        // The bodies on the first two rows beside Quốc hiệu and Tiêu ngữ, the number beside the date.
        let bodies = [h.parentBody?.vietnameseUppercased, h.issuingBody.vietnameseUppercased].compactMap { $0 }
        let left = (bodies.count == 1 ? bodies + [""] : bodies) + [h.numberLine ?? "", h.subject ?? ""]
        let right = h.rightLines + [""]
        var head = ["| \(c(left[0])) | \(c(right[0])) |", "| :-: | :-: |"]
        for i in 1..<4 where !(left[i].isEmpty && right[i].isEmpty) { head.append("| \(c(left[i])) | \(c(right[i])) |") }
        out.append(head.joined(separator: "\n"))
        var title: [String] = []
        if let t = doc.typeName { title.append("# \(e(t))") }
        if !doc.summary.isEmpty { title.append("**" + doc.summary.map(e).joined(separator: " ") + "**") }
        if !title.isEmpty { out.append(title.joined(separator: "\n\n")) }
        if let a = doc.authority { out.append("**\(e(a.vietnameseUppercased))**") }
        if !doc.addressees.isEmpty { out.append(doc.addressees.map(e).joined(separator: "  \n")) }
        out += doc.body.map(block)
        out += closing(doc.closing)
        for a in doc.annexes {
            out.append("---")
            out.append(a.heading.map { "## \(e($0))" }.joined(separator: "\n"))
            if !a.subheading.isEmpty { out.append(a.subheading.map { "*\(e($0))*" }.joined(separator: "  \n")) }
            out += a.body.map(block)
        }
        return out
    }

    static func runs(_ rs: [TextRun], inCell: Bool = false) -> String {
        rs.map { r in
            var s = inCell ? MarkdownRendering.cell(r.text) : MarkdownRendering.escape(r.text)
            guard !s.trimmingCharacters(in: .whitespaces).isEmpty else { return s }
            // Emphasis markers hug the text: spaces at either end go outside them.
            let lead = String(s.prefix { $0 == " " }), trail = String(s.reversed().prefix { $0 == " " })
            s = String(s.dropFirst(lead.count).dropLast(trail.count))
            if r.shared { s = "==\(s)==" }
            // A changed word in bold, words only one side has in angle brackets: both survive plain text.
            if r.changed { s = "**\(s)**" }
            if r.inserted { s = "⟨\(s)⟩" }
            if r.bold { s = "**\(s)**" }
            if r.italic || r.template { s = "*\(s)*" }
            return lead + s + trail
        }.joined()
    }

    static func block(_ b: DocumentBlock) -> String {
        switch b {
        case .paragraph(let p):
            let text = runs(p.runs)
            switch p.role {
            case .basis: return "*\(text)*"
            case .heading: return "### \(text)"
            case .centredBold: return "**\(text)**"
            default: return text
            }
        case .table(let t):
            var lines: [String] = []
            let names = t.columns.map { MarkdownRendering.cell($0.name) }
            lines.append("| " + names.joined(separator: " | ") + " |")
            lines.append("|" + t.columns.map { $0.alignment == .left ? " --- |" : " :-: |" }.joined())
            if t.rows.isEmpty { lines.append("| — " + String(repeating: "| ", count: max(0, t.columns.count - 1)) + "|") }
            for row in t.rows {
                if row.kind == .group {
                    lines.append("| " + runs(row.cells.first ?? [], inCell: true) + " " + String(repeating: "| ", count: max(0, t.columns.count - 1)) + "|")
                } else {
                    lines.append("| " + t.columns.indices.map { i in i < row.cells.count ? runs(row.cells[i], inCell: true) : "" }
                        .joined(separator: " | ") + " |")
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    static func closing(_ c: DocumentClosing) -> [String] {
        var out: [String] = []
        let e = MarkdownRendering.escape
        func signer(_ s: SignatureBlock) -> String {
            (s.capitalLines.map { "**\(e($0))**" } + (s.note.map { ["*\(e($0))*"] } ?? []) + ["", s.name.isEmpty ? "" : "**\(e(s.name))**"])
                .joined(separator: "  \n")
        }
        if let l = c.left { out.append(signer(l)) }
        if let r = c.right { out.append(signer(r)) }
        if !c.recipients.isEmpty {
            out.append((["***Nơi nhận:***"] + c.recipientLines.map(e)).joined(separator: "  \n"))
        }
        return out
    }
}
