import BinhXetCore

/// Unit names as clerks shorten them when space is short: the core's `UnitShortName` (the declared
/// `short_name`, else "Trường THCS Hồng Kim" → "THCS Hồng Kim"). Only for narrow columns; full names
/// everywhere else.
enum UnitName {
    static func short(_ name: String, declared: String? = nil) -> String { UnitShortName.of(name, declared: declared) }
}
