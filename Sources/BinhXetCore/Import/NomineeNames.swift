/// The names a desk and a file give nominee IDs. An ID names one person: a row that gives a known ID
/// another name is refused, whether the desk or an earlier row of the file knew it (the nominations and
/// the registrations importers alike).
struct NomineeNames {
    private var names: [String: String]
    /// The row of this file that first named an ID the desk did not know.
    private var firstRow: [String: Int] = [:]

    /// `desk`: the nominees the desk knows, ID → name.
    init(desk: [String: String]) { names = desk }

    /// Why row `line` may not call `id` `name`, nil when it may; a new ID takes the name from here on.
    mutating func problem(id: String, name: String, line: Int) -> String? {
        if let known = names[id] {
            guard known != name else { return nil }
            let where_ = firstRow[id].map { "row \($0) of this file" } ?? "the desk"
            return "nominee ID \(id) is '\(known)' in \(where_), not '\(name)'"
        }
        names[id] = name
        firstRow[id] = line
        return nil
    }
}
