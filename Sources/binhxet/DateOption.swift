import BinhXetCLIWords
import BinhXetCore

/// Dates on the command line: `2018-05-21` or `21/05/2018`.
enum DateOption {
    static func parse(_ text: String) throws -> CalendarDay {
        guard let d = CalendarDay(text) else { throw CLIError(words(.badDate, text)) }
        return d
    }
}
