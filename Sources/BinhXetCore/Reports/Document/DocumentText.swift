import Foundation

/// Numbers, money and shares as Vietnamese administrative documents write them.
enum DocumentText {
    /// "02", "15": counts of people and numbers below 10 with a leading 0.
    static func count(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "1.490.000 đồng".
    static func money(_ n: Int) -> String { grouped(n) + " đồng" }

    /// "1.490.000": documents are Vietnamese, grouped as `Vocabulary` groups.
    static func grouped(_ n: Int) -> String { Vocabulary.vi.grouped(n) }

    /// "85,7%": the core's one Vietnamese percent (`Percent`).
    static func percent(_ n: Int, of total: Int) -> String { Percent.of(n, of: total, in: .vi) }

    /// "92,0%" for a share of 0…1.
    static func share(_ x: Double) -> String { Percent.oneDecimal(x, in: .vi) }

    /// "0,82": a score with two decimals and a decimal comma.
    static func decimal(_ x: Double) -> String { Percent.decimal(x, places: 2, in: .vi) }

    /// "1,0", "0,3": a coefficient in tenths.
    static func tenths(_ t: Int) -> String { "\(t / 10),\(t % 10)" }

    /// "ngày 20 tháng 6 năm 2018" (running text), with the decree's leading zeros.
    static func longDate(_ d: CalendarDay) -> String {
        let (y, m, day) = d.components
        return "ngày \(day < 10 ? "0\(day)" : "\(day)") tháng \(m < 3 ? "0\(m)" : "\(m)") năm \(y)"
    }

    /// "“Chiến sĩ thi đua cơ sở”", with the quotation marks Vietnamese documents put around a title.
    static func quoted(_ t: AwardTitle) -> String { "“\(ReportText.title(t))”" }
}
