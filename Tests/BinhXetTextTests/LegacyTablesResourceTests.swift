import BinhXetTestSupport
import Foundation
import Testing
@testable import BinhXetText

/// The tables compiled into BinhXetText must be exactly the data files in Resources/encodings, which are
/// the documented, reviewable form (provenance in their README).
@Suite struct LegacyTablesResourceTests {
    struct Row {
        var bytes: [UInt8]
        var scalars: [UInt32]
        var kind: String
    }

    static let encodingsFolder = Fixtures.resources.appendingPathComponent("encodings")

    /// Rows of a `byte(s) <TAB> U+XXXX [U+YYYY] <TAB> character <TAB> kind` file; `#` lines are comments.
    static func rows(_ name: String) throws -> [Row] {
        let text = try String(contentsOf: encodingsFolder.appendingPathComponent(name), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(cols.count == 4, "bad line: \(line)")
            let bytes = try cols[0].split(separator: " ").map { try #require(UInt8($0, radix: 16)) }
            let scalars = try cols[1].split(separator: " ").map { u in
                try #require(u.hasPrefix("U+") ? UInt32(u.dropFirst(2), radix: 16) : nil)
            }
            // The character column is for readers; it must show the same scalars (minus the dotted
            // circle that carries a lone mark), or be empty for invisible characters.
            let shown = cols[2].unicodeScalars.map(\.value).filter { $0 != 0x25CC }
            #expect(shown.isEmpty || shown == scalars, "character column of \(line)")
            return Row(bytes: bytes, scalars: scalars, kind: String(cols[3]))
        }
    }

    @Test func tcvn3FileEqualsCompiledTable() throws {
        let rows = try Self.rows("tcvn3.tsv")
        #expect(rows.map(\.bytes) == (0x80...0xFF).map { [UInt8($0)] })
        #expect(rows.map(\.scalars) == TCVN3Table.high.map { [$0] })
        #expect(rows.filter { $0.kind == "VN3" }.count == 74)
        #expect(Array(TCVN3Table.high[0..<32]) == Windows1252.high)
    }

    @Test func vniFileEqualsCompiledTables() throws {
        let rows = try Self.rows("vni.tsv")
        let singles = rows.filter { $0.bytes.count == 1 }
        let pairs = rows.filter { $0.bytes.count == 2 }
        #expect(singles.map(\.bytes) == (0x80...0xFF).map { [UInt8($0)] })
        #expect(singles.map(\.scalars) == VNITable.high)
        #expect(Set(singles.filter { $0.kind == "letter" }.map { $0.bytes[0] }) == VNITable.letterBytes)
        #expect(singles.filter { $0.kind.hasPrefix("mark") }.allSatisfy { $0.scalars.allSatisfy { (0x300...0x36F).contains($0) } })
        #expect(pairs.count == VNITable.pairs.count)
        #expect(pairs.map(\.bytes) == VNITable.pairs.map { [$0.base, $0.mark] })
        #expect(pairs.map(\.scalars) == VNITable.pairs.map { [$0.letter] })
        #expect(Array(VNITable.high[0..<32]) == Windows1252.high.map { [$0] })
    }

    /// VNI covers all 134 toned and shaped Vietnamese letters and Đ/đ: 116 two-byte letters plus 18
    /// single-byte ones.
    @Test func vniCoversEveryVietnameseLetter() {
        var letters = Set(VNITable.pairs.map(\.letter))
        for b in VNITable.letterBytes { letters.insert(VNITable.high[Int(b) - 0x80][0]) }
        #expect(letters.count == 134)
        #expect(letters.contains(0x0110) && letters.contains(0x0111))
    }
}
