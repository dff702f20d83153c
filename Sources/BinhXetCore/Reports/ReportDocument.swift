/// A report or slip as content, apart from how it is printed: the same document renders to CSV for
/// spreadsheets and to Markdown or HTML for printing.
public struct ReportDocument: Sendable, Equatable {
    /// Lines above the title: the issuing body and the national motto, as Vietnamese papers begin.
    public var letterhead: [String]
    public var title: String
    /// Lines under the title: year, rule set, date, figures.
    public var meta: [String]
    /// CSV only: the name of the column that carries each section's heading (nil: sections have none).
    public var groupColumn: String?
    /// The columns of every section's table (empty for a letter).
    public var columns: [String]
    public var sections: [ReportSection]
    /// Text after the tables, one paragraph each.
    public var paragraphs: [String]
    /// Titles of the people who sign, left to right.
    public var signatures: [String]

    public init(letterhead: [String] = [], title: String, meta: [String] = [], groupColumn: String? = nil,
                columns: [String] = [], sections: [ReportSection] = [], paragraphs: [String] = [],
                signatures: [String] = []) {
        self.letterhead = letterhead; self.title = title; self.meta = meta; self.groupColumn = groupColumn
        self.columns = columns; self.sections = sections; self.paragraphs = paragraphs; self.signatures = signatures
    }

    /// Rows in all sections.
    public var rowCount: Int { sections.reduce(0) { $0 + $1.rows.count } }
}

/// A heading, the lines that introduce it, and a table under the document's columns.
public struct ReportSection: Sendable, Equatable {
    public var heading: String?
    public var intro: [String]
    public var rows: [[String]]

    public init(heading: String? = nil, intro: [String] = [], rows: [[String]]) {
        self.heading = heading; self.intro = intro; self.rows = rows
    }
}
