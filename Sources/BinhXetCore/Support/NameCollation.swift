import BinhXetText

/// The one order of people and units, for the queues, the CLI and the reports: people by given name (the
/// last word), then the full name, then as written; the Vietnamese convention. Folding leaves tones out
/// of the order, so "Anh" and "Ánh" tie on the first two keys and fall back to code-point order.
public enum NameCollation {
    /// The sort key of a person's name.
    public static func personKey(_ name: String) -> String {
        let given = name.split(separator: " ").last.map(String.init) ?? name
        return VietnameseFolding.fold(given) + "\u{1}" + VietnameseFolding.fold(name) + "\u{1}" + name
    }

    /// The sort key of a unit's name.
    public static func unitKey(_ name: String) -> String { VietnameseFolding.fold(name) + "\u{1}" + name }
}
