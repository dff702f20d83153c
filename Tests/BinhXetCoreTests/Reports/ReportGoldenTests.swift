import BinhXetCore
import Foundation
import Testing

/// Every report in every format against its golden file (record with RECORD_GOLDEN=1).
@Suite struct ReportGoldenTests {
    static let scopes: [(ReportKind, ReportScope)] = [
        (.decision, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.submission, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.minutes, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.ballotCount, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.notices, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.criticisms, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.stats, ReportScope(year: nil, on: CalendarDay("2018-06-20")!)),
        (.overdue, ReportScope(year: 2018, on: CalendarDay("2018-06-05")!, within: 3)),
        (.flags, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!)),
        (.similarity, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!, subject: "N2018-0001")),
        (.criticismLetter, ReportScope(year: 2018, on: CalendarDay("2018-06-20")!, subject: "Trường THCS Hồng Kim")),
    ]

    @Test(arguments: ReportKind.allCases, DocumentFormat.allCases)
    func report(kind: ReportKind, format: DocumentFormat) throws {
        // The desk value keeps its scratch folder (and settings file) alive while the report is made.
        let desk = try ReportDesk()
        let scope = Self.scopes.first { $0.0 == kind }!.1
        try withExtendedLifetime(desk) {
            try GoldenDocument.check(try desk.store.document(kind, scope: scope), format, kind.rawValue)
        }
    }

    @Test(arguments: [(OneStopSlip.receipt, "N2018-0001"), (.supplement, "N2018-0004"), (.refusal, "N2018-0005"),
                      (.apology, "N2018-0003")], [DocumentFormat.md, .html, .docx])
    func slip(slip: (OneStopSlip, String), format: DocumentFormat) throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            try GoldenDocument.check(try desk.store.slipDocument(slip.0, for: slip.1), format,
                                     "slip-\(slip.0.rawValue)")
        }
    }
}

