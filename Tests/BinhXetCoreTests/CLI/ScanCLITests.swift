import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// What `binhxet scan` says of the findings it kept: nothing after a first scan (no earlier check to
/// keep from), how many after one that found its stamps holding.
@Suite struct ScanCLITests {
    @Test func aFirstScanSaysNothingOfKeptFindingsAndASecondDoes() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        func vi(_ args: [String]) throws -> CLI.Result {
            let r = try CLI.runVietnamese(args + ["--desk", desk])
            #expect(r.status == 0, "\(args): \(r.err)")
            return r
        }
        _ = try vi(["init"])
        _ = try vi(["import", Fixtures.resources.appendingPathComponent("demo/nominations.csv").path, "--quiet"])
        let first = try vi(["scan", "--year", "2024"])
        #expect(first.out.contains("đã kiểm tra "), "\(first.out)")
        #expect(!first.out.contains("giữ kết quả"), "\(first.out)")
        let second = try vi(["scan", "--year", "2024"])
        #expect(second.out.contains("kiểm tra lại 0 sáng kiến; giữ kết quả của"), "\(second.out)")
    }
}
