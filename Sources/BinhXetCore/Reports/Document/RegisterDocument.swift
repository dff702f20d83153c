/// A register or list (sổ theo dõi, danh sách, thống kê) as an official document: the tabular report's
/// title becomes the document's name, its facts plain paragraphs, its sections group rows of one real table,
/// and its data the CSV sheet (the same sheet `CSVRendering` writes).
enum RegisterDocument {
    static func make(_ r: ReportDocument, header: DocumentHeader, columns: [TableColumn]? = nil, tableHeader: [[HeaderCell]]? = nil,
                     closing: DocumentClosing, orientation: PageOrientation = .portrait, compact: Bool = false) -> OfficialDocument {
        let cols = columns ?? r.columns.map(column)
        var rows: [TableRow] = []
        for s in r.sections {
            if let h = s.heading, r.sections.count > 1 || r.groupColumn != nil { rows.append(.group(h)) }
            for line in s.intro { rows.append(.group(line)) }
            for row in s.rows { rows.append(TableRow(row, kind: row.first.map(isTotal) == true ? .total : .data)) }
        }
        var body: [DocumentBlock] = r.meta.map { .text($0, .body) }
        if !r.columns.isEmpty {
            body.append(.table(DocumentTable(columns: cols, header: tableHeader ?? [cols.map { HeaderCell($0.name) }], rows: rows, compact: compact)))
        }
        body += r.paragraphs.map { .text($0, .body) }
        return OfficialDocument(header: header, typeName: r.title, body: body, closing: closing, orientation: orientation,
                                sheet: sheet(r))
    }

    static func isTotal(_ first: String) -> Bool { first.hasPrefix("Tổng") || first.hasPrefix("Cộng") }

    /// Widths by what a column holds: numbers and dates narrow and unbroken, names and reasons wide.
    static func column(_ name: String) -> TableColumn {
        let lower = name.lowercased()
        if lower == "stt" { return .figure(name, width: 5) }
        if lower.hasPrefix("ngày") || lower.hasPrefix("năm") || lower.hasPrefix("tỷ lệ") || lower.hasPrefix("mã") || lower == "danh hiệu" {
            return .figure(name, width: 11)
        }
        if lower.hasPrefix("lý do") || lower.hasPrefix("nội dung") || lower.hasPrefix("sáng kiến") || lower.hasPrefix("vi phạm") {
            return TableColumn(name, width: 28)
        }
        return TableColumn(name, width: 16)
    }

    static func sheet(_ r: ReportDocument) -> DataSheet {
        let header = (r.groupColumn.map { [$0] } ?? []) + r.columns
        let rows = r.sections.flatMap { s in s.rows.map { (r.groupColumn != nil ? [s.heading ?? ""] : []) + $0 } }
        return DataSheet(columns: header, rows: rows)
    }
}
