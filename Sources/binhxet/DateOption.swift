import BinhXetCore

/// Dates on the command line: `2018-05-21` or `21/05/2018`.
enum DateOption {
    static func parse(_ text: String) throws -> CalendarDay {
        guard let d = CalendarDay(text) else { throw CLIError("'\(text)' is not a date (yyyy-mm-dd or dd/mm/yyyy)") }
        return d
    }
}
