/// One reason a file cannot be imported, naming the file, and the row and column when there is one.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the CSV where the record starts (header = 1).
    public var row: Int?
    public var column: String?
    public var reason: String
    /// The reason in Vietnamese when the importer words it itself (a refused document, a code it names);
    /// nil: `ErrorWords` words `reason` by its patterns.
    public var vietnameseReason: String?

    public init(file: String, row: Int? = nil, column: String? = nil, reason: String, vietnameseReason: String? = nil) {
        self.file = file; self.row = row; self.column = column; self.reason = reason
        self.vietnameseReason = vietnameseReason
    }

    public var description: String {
        var s = file
        if let row { s += ": row \(row)" }
        if let column { s += ", column \(column)" }
        return s + ": " + reason
    }
}

/// An import that was refused as a whole; nothing was written to the desk.
public struct ImportFailed: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was imported"
    }
}

/// What an import did.
public struct ImportReport: Sendable, Codable, Equatable {
    public var file: String
    /// Nominations new to the desk.
    public var added: Int
    /// Nominations already in the desk with the same content.
    public var unchanged: Int
    /// Original documents stored for the first time.
    public var documentsStored: Int
    public var documentBytes: Int
}
