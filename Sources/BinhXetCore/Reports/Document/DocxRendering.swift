import BinhXetText
import Foundation
import ZIPFoundation

/// An official document as a Word file (WordprocessingML in a zip, written through ZIPFoundation): A4 with
/// NĐ 30/2020 margins, Times New Roman, named paragraph styles, the header as a borderless two-column table,
/// real tables with repeated header rows, and a section of its own (landscape when asked) for each annex.
public enum DocxRendering {
    /// Page geometry in twips (1/20 pt; 1 mm = 56.7 twips).
    public enum Page {
        public static let shortSide = 11906   // 210 mm
        public static let longSide = 16838    // 297 mm
        public static let top = 1134          // 20 mm
        public static let bottom = 1134       // 20 mm
        public static let left = 1701         // 30 mm
        public static let right = 851         // 15 mm
        public static let headerDistance = 567

        static func textWidth(_ o: PageOrientation) -> Int {
            (o == .portrait ? shortSide : longSide) - left - right
        }
    }

    /// The package's parts: path and content. `word/document.xml` and `word/styles.xml` are what golden files
    /// compare; the rest is fixed.
    public static func parts(_ doc: OfficialDocument, fontSize: Int = 14) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRels),
         ("word/_rels/document.xml.rels", documentRels), ("word/document.xml", documentXML(doc)),
         ("word/styles.xml", stylesXML(fontSize: fontSize)), ("word/settings.xml", settingsXML),
         ("word/header1.xml", headerXML), ("docProps/core.xml", coreXML(doc))]
    }

    /// The zip. Entries carry a fixed time (1/1/2000), so the same document gives the same bytes.
    public static func render(_ doc: OfficialDocument, fontSize: Int = 14) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let fixed = Date(timeIntervalSince1970: 946_684_800)
        for (path, text) in parts(doc, fontSize: fontSize) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: - document.xml

    static func documentXML(_ doc: OfficialDocument) -> String {
        var b = ""
        var first = true
        var current = doc.orientation
        for (i, d) in ([doc] + doc.following).enumerated() {
            if i > 0 {
                // A section break: the paragraph carries the properties of the section it ends.
                b += "<w:p><w:pPr>\(sectionProperties(current, first: first))</w:pPr></w:p>"
                first = false
                current = d.orientation
            }
            b += content(d, current: &current, first: &first)
        }
        b += sectionProperties(current, first: first)
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(ns)" xmlns:r="\(relNS)"><w:body>\(b)</w:body></w:document>
            """ + "\n"
    }

    /// One document's parts, its annexes each in a section of its own.
    static func content(_ doc: OfficialDocument, current: inout PageOrientation, first: inout Bool) -> String {
        var b = ""
        let width = Page.textWidth(doc.orientation)
        if let form = doc.formLabel { b += paragraph([TextRun(form, bold: true)], style: "Dong", align: "right") }
        b += headerTable(doc.header, width: width)
        if let t = doc.typeName { b += paragraph([TextRun(t, bold: true)], style: "TenLoai") }
        for (i, s) in doc.summary.enumerated() {
            b += paragraph([TextRun(s, bold: true)], style: doc.typeName == nil ? "GiuaDam" : "TrichYeu")
            if i == doc.summary.count - 1 { b += rule(width: width, share: 3) }
        }
        if doc.typeName != nil && doc.summary.isEmpty { b += rule(width: width, share: 3) }
        if let a = doc.authority { b += paragraph([TextRun(a.vietnameseUppercased, bold: true)], style: "GiuaDam") }
        for a in doc.addressees { b += paragraph([TextRun(a)], style: "KinhGui") }
        for block in doc.body { b += xml(block, width: width) }
        b += closingTable(doc.closing, width: width)
        for annex in doc.annexes {
            b += "<w:p><w:pPr>\(sectionProperties(current, first: first))</w:pPr></w:p>"
            first = false
            current = annex.orientation
            let w = Page.textWidth(current)
            for h in annex.heading { b += paragraph([TextRun(h, bold: true)], style: "GiuaDam") }
            for h in annex.subheading { b += paragraph([TextRun(h, italic: true)], style: "GiuaNghieng") }
            if !annex.heading.isEmpty { b += rule(width: w, share: 3) }
            for block in annex.body { b += xml(block, width: w) }
        }
        return b
    }

    static func sectionProperties(_ o: PageOrientation, first: Bool) -> String {
        let (w, h) = o == .portrait ? (Page.shortSide, Page.longSide) : (Page.longSide, Page.shortSide)
        let orient = o == .landscape ? " w:orient=\"landscape\"" : ""
        // Page numbers from page 2 (NĐ 30/2020): the first page of the document has an empty first-page header.
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:type w:val=\"nextPage\"/>"
            + "<w:pgSz w:w=\"\(w)\" w:h=\"\(h)\"\(orient)/>"
            + "<w:pgMar w:top=\"\(Page.top)\" w:right=\"\(Page.right)\" w:bottom=\"\(Page.bottom)\" w:left=\"\(Page.left)\" "
            + "w:header=\"\(Page.headerDistance)\" w:footer=\"\(Page.headerDistance)\" w:gutter=\"0\"/>"
            + (first ? "<w:titlePg/>" : "") + "</w:sectPr>"
    }

    /// The header: a borderless table, 40 % and 60 % (the national name needs the wider column at 12–13 pt).
    static func headerTable(_ h: DocumentHeader, width: Int) -> String {
        let left = width * 2 / 5, right = width - left
        var l1 = ""
        for line in h.parentBody.map(DocumentHeader.bodyLines) ?? [] { l1 += paragraph([TextRun(line)], style: "DauVanBan") }
        for line in DocumentHeader.bodyLines(h.issuingBody) { l1 += paragraph([TextRun(line, bold: true)], style: "DauVanBan") }
        l1 += rule(width: left, share: 3)
        var r1 = paragraph([TextRun(DocumentHeader.nationalName, bold: true)], style: "DauVanBan")
        r1 += paragraph([TextRun(DocumentHeader.motto, bold: true)], style: "TieuNgu")
        r1 += rule(width: right, share: 3, of: 5)
        var l2 = h.numberLine.map { paragraph([TextRun($0)], style: "SoKyHieu") } ?? paragraph([], style: "SoKyHieu")
        if let s = h.subject { l2 += paragraph([TextRun(s)], style: "TrichYeuCongVan") }
        let r2 = paragraph([TextRun(h.placeAndDate, italic: true)], style: "DiaDanh")
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblBorders>\(noBorders)</w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(left)\"/><w:gridCol w:w=\"\(right)\"/></w:tblGrid>"
            + "<w:tr>\(cell(l1, width: left))\(cell(r1, width: right))</w:tr>"
            + "<w:tr>\(cell(l2, width: left))\(cell(r2, width: right))</w:tr></w:tbl>"
            + paragraph([], style: "Dong")
    }

    /// Nơi nhận on the left (or the left signer), the signer on the right.
    static func closingTable(_ c: DocumentClosing, width: Int) -> String {
        guard !c.recipients.isEmpty || c.left != nil || c.right != nil else { return "" }
        let left = width * 9 / 20, right = width - left
        var l = ""
        if let s = c.left { l += signature(s) } else if !c.recipients.isEmpty {
            l += paragraph([TextRun("Nơi nhận:", bold: true, italic: true)], style: "NoiNhan")
            for line in c.recipientLines { l += paragraph([TextRun(line)], style: "NoiNhanMuc") }
        }
        if l.isEmpty { l = paragraph([], style: "Dong") }
        let r = c.right.map(signature) ?? paragraph([], style: "Dong")
        return paragraph([], style: "Dong")
            + "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblBorders>\(noBorders)</w:tblBorders><w:tblLook w:val=\"0000\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"\(left)\"/><w:gridCol w:w=\"\(right)\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:cantSplit/></w:trPr>\(cell(l, width: left))\(cell(r, width: right))</w:tr></w:tbl>"
    }

    static func signature(_ s: SignatureBlock) -> String {
        var out = s.capitalLines.map { paragraph([TextRun($0, bold: true)], style: "ChuKy") }.joined()
        if let n = s.note { out += paragraph([TextRun(n, italic: true)], style: "ChuKy") }
        // Room for the signature and the seal.
        out += String(repeating: paragraph([], style: "ChuKy"), count: 4)
        out += paragraph([TextRun(s.name, bold: true)], style: "ChuKy")
        return out
    }

    static func xml(_ block: DocumentBlock, width: Int) -> String {
        switch block {
        case .paragraph(let p): return paragraph(p.runs, style: style(p.role))
        case .table(let t): return table(t, width: width)
        }
    }

    static func style(_ r: ParagraphRole) -> String {
        switch r {
        case .body: return "VanBan"
        case .basis: return "CanCu"
        case .heading: return "DeMuc"
        case .centredBold: return "GiuaDam"
        case .centredItalic: return "GiuaNghieng"
        case .plain: return "Dong"
        }
    }

    // MARK: - tables

    static func table(_ t: DocumentTable, width: Int) -> String {
        let total = max(1, t.columns.reduce(0) { $0 + $1.width })
        var widths = t.columns.map { $0.width * width / total }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        widths = wordsFit(widths, t)
        let textStyle = t.compact ? "BangNho" : "Bang"
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        out += "<w:tblBorders>" + (t.ruled ? ruledBorders : noBorders) + "</w:tblBorders>"
        out += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        out += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in headerGrid(t) {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            for slot in row {
                let w = widths[slot.column..<slot.column + slot.span].reduce(0, +)
                var props = "<w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>"
                if slot.span > 1 { props += "<w:gridSpan w:val=\"\(slot.span)\"/>" }
                switch slot.merge {
                case .restart: props += "<w:vMerge w:val=\"restart\"/>"
                case .continued: props += "<w:vMerge/>"
                case .none: break
                }
                props += "<w:vAlign w:val=\"center\"/>"
                let text = slot.merge == .continued ? "" : slot.text
                out += "<w:tc><w:tcPr>\(props)</w:tcPr>" + paragraph(text.isEmpty ? [] : [TextRun(text, bold: true)], style: textStyle, align: "center") + "</w:tc>"
            }
            out += "</w:tr>"
        }
        for row in t.rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            if row.kind == .group {
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(max(1, t.columns.count))\"/></w:tcPr>"
                    + paragraph(row.cells.first ?? [], style: textStyle) + "</w:tc>"
            } else {
                for (i, col) in t.columns.enumerated() {
                    let runs = i < row.cells.count ? row.cells[i] : []
                    let props = "<w:tcW w:w=\"\(widths[i])\" w:type=\"dxa\"/>" + (col.noWrap ? "<w:noWrap/>" : "")
                    let align = col.alignment == .centre ? "center" : col.alignment == .right ? "right" : nil
                    out += "<w:tc><w:tcPr>\(props)</w:tcPr>" + paragraph(runs, style: textStyle, align: align) + "</w:tc>"
                }
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>" + paragraph([], style: "Dong")
    }

    struct HeaderSlot { enum Merge { case none, restart, continued }; var column: Int; var span: Int; var text: String; var merge: Merge }

    /// Twips a bold header letter may take, with the cell's margins: generous for capitals at 13 pt.
    static let headerLetter = 200, cellMargins = 114

    /// Column widths (twips) widened where a header word would not fit its column, the room taken from the
    /// columns with room to spare: LibreOffice broke "STT" into "ST/T" and "Không" into "Khôn/g" in narrow
    /// columns. Widths stay as given when every word fits, or when the words cannot all fit at once.
    static func wordsFit(_ widths: [Int], _ t: DocumentTable) -> [Int] {
        var need = [Int](repeating: 0, count: widths.count)
        for slot in headerGrid(t).joined() where slot.span == 1 && slot.column < widths.count {
            let longest = slot.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
            need[slot.column] = max(need[slot.column], longest * headerLetter + cellMargins)
        }
        // A column that never wraps ("85,7%") needs its longest cell whole.
        for (i, column) in t.columns.enumerated() where column.noWrap && i < widths.count {
            for row in t.rows where row.kind == .data && i < row.cells.count {
                need[i] = max(need[i], row.cells[i].map(\.text).joined().count * headerLetter + cellMargins)
            }
        }
        let short = zip(widths, need).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        let spare = zip(widths, need).reduce(0) { $0 + max(0, $1.0 - $1.1) }
        guard short > 0, spare >= short else { return widths }
        var out = widths
        var taken = 0
        for i in out.indices where out[i] > need[i] {
            // Rounded up, so what is given covers the shortfall; any excess goes back below.
            let give = min(out[i] - need[i], ((out[i] - need[i]) * short + spare - 1) / spare)
            out[i] -= give
            taken += give
        }
        for i in out.indices where out[i] < need[i] {
            let add = min(need[i] - out[i], taken)
            out[i] += add
            taken -= add
        }
        // What integer division left over goes back to the widest column, so the table keeps its width.
        if taken > 0, let widest = out.indices.max(by: { out[$0] < out[$1] }) { out[widest] += taken }
        return out
    }

    /// Header rows as grid slots: a cell spanning both rows starts a vertical merge in the first and has a
    /// continuation slot in the second at the same columns.
    static func headerGrid(_ t: DocumentTable) -> [[HeaderSlot]] {
        var out: [[HeaderSlot]] = []
        var carried: [HeaderSlot] = []
        for row in t.header {
            var slots = carried
            var col = 0
            var next: [HeaderSlot] = []
            for c in row {
                while slots.contains(where: { $0.column <= col && col < $0.column + $0.span }) { col += 1 }
                let slot = HeaderSlot(column: col, span: c.columns, text: c.text, merge: c.rows > 1 ? .restart : .none)
                slots.append(slot)
                if c.rows > 1 { next.append(HeaderSlot(column: col, span: c.columns, text: "", merge: .continued)) }
                col += c.columns
            }
            carried = next
            out.append(slots.sorted { $0.column < $1.column })
        }
        return out
    }

    // MARK: - pieces

    static func cell(_ content: String, width: Int) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(content)</w:tc>"
    }

    /// A short centred rule: an empty paragraph with a bottom border, indented to `1/share` of `width` (or
    /// `of` fifths of it).
    static func rule(width: Int, share: Int, of fifths: Int = 0) -> String {
        let length = fifths > 0 ? width * 3 / fifths : width / share
        let indent = max(0, (width - length) / 2)
        return "<w:p><w:pPr><w:pStyle w:val=\"Gach\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/></w:pPr></w:p>"
    }

    static func paragraph(_ runs: [TextRun], style: String, align: String? = nil) -> String {
        var p = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>" + (align.map { "<w:jc w:val=\"\($0)\"/>" } ?? "") + "</w:pPr>"
        for r in runs where !r.text.isEmpty { p += run(r) }
        return p + "</w:p>"
    }

    static func run(_ r: TextRun) -> String {
        var props = ""
        if r.bold || r.changed { props += "<w:b/><w:bCs/>" }
        if r.italic || r.template { props += "<w:i/><w:iCs/>" }
        if r.template { props += "<w:color w:val=\"666666\"/>" }
        if r.shared || r.changed { props += "<w:highlight w:val=\"yellow\"/>" }
        if r.inserted { props += "<w:u w:val=\"single\"/>" }
        var out = "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")
        let lines = ControlPictures.visible(r.text, keeping: .lines).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if i > 0 { out += "<w:br/>" }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            for (j, part) in parts.enumerated() {
                if j > 0 { out += "<w:tab/>" }
                if !part.isEmpty { out += "<w:t xml:space=\"preserve\">\(escape(String(part)))</w:t>" }
            }
        }
        return out + "</w:r>"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static let ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let noBorders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
    static let ruledBorders = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()

    // MARK: - styles.xml

    /// Named styles, so an office that edits the file finds "Căn cứ", "Nơi nhận" and so on in Word's list.
    /// Sizes in half-points; `fontSize` is the body's (13 or 14).
    static func stylesXML(fontSize: Int) -> String {
        let body = fontSize * 2
        func style(_ id: String, _ name: String, jc: String? = nil, firstLine: Int = 0, after: Int = 0, before: Int = 0,
                   size: Int? = nil, bold: Bool = false, italic: Bool = false, keepNext: Bool = false) -> String {
            var p = "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\" w:line=\"240\" w:lineRule=\"auto\"/>"
            if firstLine > 0 { p += "<w:ind w:firstLine=\"\(firstLine)\"/>" }
            if let jc { p += "<w:jc w:val=\"\(jc)\"/>" }
            if keepNext { p = "<w:keepNext/>" + p }
            var r = ""
            if bold { r += "<w:b/><w:bCs/>" }
            if italic { r += "<w:i/><w:iCs/>" }
            if let size { r += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
            return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr>\(p)</w:pPr>" + (r.isEmpty ? "" : "<w:rPr>\(r)</w:rPr>") + "</w:style>"
        }
        let styles = [
            style("VanBan", "Văn bản", jc: "both", firstLine: 567, after: 120),
            style("CanCu", "Căn cứ", jc: "both", firstLine: 567, after: 60, italic: true),
            style("DeMuc", "Đề mục", jc: "both", firstLine: 567, after: 120, before: 60, bold: true, keepNext: true),
            style("GiuaDam", "Giữa đậm", jc: "center", after: 60, before: 60, bold: true, keepNext: true),
            style("GiuaNghieng", "Giữa nghiêng", jc: "center", after: 0, italic: true, keepNext: true),
            style("Dong", "Dòng", after: 0),
            style("TenLoai", "Tên loại văn bản", jc: "center", after: 0, before: 240, size: 28, bold: true, keepNext: true),
            style("TrichYeu", "Trích yếu", jc: "center", after: 0, size: 28, bold: true, keepNext: true),
            style("KinhGui", "Kính gửi", jc: "center", after: 120, before: 120, size: 28),
            style("DauVanBan", "Đầu văn bản", jc: "center", after: 0, size: 24),
            style("TieuNgu", "Tiêu ngữ", jc: "center", after: 0, size: 26, bold: true),
            style("SoKyHieu", "Số, ký hiệu", jc: "center", after: 0, before: 60, size: 26),
            style("TrichYeuCongVan", "Trích yếu công văn", jc: "center", after: 0, size: 24),
            style("DiaDanh", "Địa danh và thời gian", jc: "center", after: 0, before: 60, size: 26, italic: true),
            style("Gach", "Gạch dưới", jc: "center", after: 120, size: 4),
            style("NoiNhan", "Nơi nhận", after: 0, size: 24, bold: true, italic: true),
            style("NoiNhanMuc", "Nơi nhận mục", after: 0, size: 22),
            style("ChuKy", "Chữ ký", jc: "center", after: 0, size: 28),
            style("Bang", "Bảng", after: 0, size: 26),
            style("BangNho", "Bảng nhỏ", after: 0, size: 22),
        ]
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(ns)"><w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\
            <w:sz w:val="\(body)"/><w:szCs w:val="\(body)"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            \(styles.joined())</w:styles>

            """
    }

    // MARK: - fixed parts

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        </Relationships>
        """

    static let settingsXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="vi-VN"/></w:settings>
        """

    /// The page number, centred in the top margin.
    static let headerXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>
        """

    static func coreXML(_ doc: OfficialDocument) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(ControlPictures.visible(doc.caption)))</dc:title>\
        <dc:language>vi-VN</dc:language><dc:creator>BinhXet</dc:creator></cp:coreProperties>
        """
    }
}
