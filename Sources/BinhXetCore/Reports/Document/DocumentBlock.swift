/// A piece of a document's body.
public enum DocumentBlock: Sendable, Equatable {
    case paragraph(DocumentParagraph)
    case table(DocumentTable)

    public static func text(_ s: String, _ role: ParagraphRole = .body) -> DocumentBlock {
        .paragraph(DocumentParagraph([TextRun(s)], role: role))
    }

    /// "Điều 1. …" with the label in bold.
    public static func article(_ n: Int, _ text: String) -> DocumentBlock {
        .paragraph(DocumentParagraph([TextRun("Điều \(n). ", bold: true), TextRun(text)], role: .body))
    }

    /// A paragraph starting with a bold label ("Thời gian: …").
    public static func labelled(_ label: String, _ text: String, _ role: ParagraphRole = .body) -> DocumentBlock {
        .paragraph(DocumentParagraph([TextRun(label, bold: true), TextRun(text)], role: role))
    }

    var plainText: String {
        switch self {
        case .paragraph(let p): return p.plainText
        case .table(let t): return t.plainText
        }
    }
}

/// How a paragraph sits on the page.
public enum ParagraphRole: String, Sendable, Equatable {
    /// Justified, first line indented.
    case body
    /// A "Căn cứ …" line: justified, indented, italic.
    case basis
    /// A section heading inside the body ("I. KẾT QUẢ …"): bold, indented.
    case heading
    /// "QUYẾT ĐỊNH:", "NỘI DUNG": bold and centred.
    case centredBold
    /// An explanation under a heading: italic and centred.
    case centredItalic
    /// Left, no indent (a list line, a form item).
    case plain
}

/// A paragraph of runs.
public struct DocumentParagraph: Sendable, Equatable {
    public var runs: [TextRun]
    public var role: ParagraphRole

    public init(_ runs: [TextRun], role: ParagraphRole = .body) { self.runs = runs; self.role = role }

    public var plainText: String { runs.map(\.text).joined() }
}

/// Text with one look.
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// Words this text shares with another (the similarity report): highlighted.
    public var shared: Bool
    /// Administrative template text (Quốc hiệu, headings of a form): shown greyed, never counted as copied.
    public var template: Bool
    /// Words that differ from the other side of a matched passage (a changed number, name, year): marked.
    public var changed: Bool
    /// Words only this side of a matched passage has: underlined.
    public var inserted: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false, shared: Bool = false, template: Bool = false,
                changed: Bool = false, inserted: Bool = false) {
        self.text = text; self.bold = bold; self.italic = italic; self.shared = shared; self.template = template
        self.changed = changed; self.inserted = inserted
    }
}

/// A table with real cells: one or two header rows (cells may span columns, or both rows), data rows, group
/// rows across the whole width (a unit's name in a list) and total rows in bold.
public struct DocumentTable: Sendable, Equatable {
    public var columns: [TableColumn]
    public var header: [[HeaderCell]]
    public var rows: [TableRow]
    /// A lined table (lists), or a borderless one (a layout of two texts side by side keeps its lines).
    public var ruled: Bool
    /// Smaller type for a wide table.
    public var compact: Bool

    public init(columns: [TableColumn], header: [[HeaderCell]], rows: [TableRow], ruled: Bool = true, compact: Bool = false) {
        self.columns = columns; self.header = header; self.rows = rows; self.ruled = ruled; self.compact = compact
    }

    /// A table with one header row, one cell per column.
    public init(columns: [TableColumn], rows: [TableRow], compact: Bool = false) {
        self.init(columns: columns, header: [columns.map { HeaderCell($0.name) }], rows: rows, compact: compact)
    }

    var plainText: String {
        (header.map { $0.map(\.text).joined(separator: " | ") }
            + rows.map { $0.cells.map { $0.map(\.text).joined() }.joined(separator: " | ") }).joined(separator: "\n")
    }
}

public struct TableColumn: Sendable, Equatable {
    public enum Alignment: String, Sendable { case left, centre, right }
    /// The column's name where a data sheet needs one (the header rows may say it in two levels).
    public var name: String
    /// A share of the table's width, in any unit: the renderings scale them.
    public var width: Int
    public var alignment: Alignment
    /// Figures and percentages: never wrapped inside a cell ("85,7%" stays on one line).
    public var noWrap: Bool

    public init(_ name: String, width: Int, alignment: Alignment = .left, noWrap: Bool = false) {
        self.name = name; self.width = width; self.alignment = alignment; self.noWrap = noWrap
    }

    /// A narrow centred column of figures.
    public static func figure(_ name: String, width: Int = 8) -> TableColumn {
        TableColumn(name, width: width, alignment: .centre, noWrap: true)
    }
}

/// A header cell; `columns` > 1 spans columns, `rows` == 2 spans both header rows.
public struct HeaderCell: Sendable, Equatable {
    public var text: String
    public var columns: Int
    public var rows: Int

    public init(_ text: String, columns: Int = 1, rows: Int = 1) { self.text = text; self.columns = columns; self.rows = rows }
}

public struct TableRow: Sendable, Equatable {
    public enum Kind: String, Sendable { case data, group, total }
    public var kind: Kind
    /// One run list per column; a group row has one cell spanning the width.
    public var cells: [[TextRun]]

    public init(_ cells: [String], kind: Kind = .data) {
        self.kind = kind
        self.cells = cells.map { [TextRun($0, bold: kind != .data)] }
    }

    public init(runs: [[TextRun]], kind: Kind = .data) { self.kind = kind; self.cells = runs }

    public static func group(_ text: String) -> TableRow { TableRow([text], kind: .group) }
}

/// What `--format csv` writes: one header row and the data, a group column first when rows are grouped.
public struct DataSheet: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]]) { self.columns = columns; self.rows = rows }
}
