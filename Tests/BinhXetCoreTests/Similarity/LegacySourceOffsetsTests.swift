import BinhXetCore
import BinhXetSimilarity
import BinhXetText
import Foundation
import Testing

/// Passages point exactly into the decoded text whatever the original was: TCVN3 and VNI bytes, a .docx
/// with words split across runs. Offsets count Unicode scalars of the NFC text the desk stores (scan), or of
/// the file's decoded text with its own line ends (check).
@Suite struct LegacySourceOffsetsTests {
    /// Bytes of `text` in a legacy encoding, found by decoding every byte and letter-and-mark pair through
    /// `LegacyVietnamese` (so the tables are the product's). TCVN3 has no capitals with tone marks: as in
    /// real ABC documents they are written with the small letter's code.
    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8] {
        var code: [Unicode.Scalar: [UInt8]] = [:]
        for mark in UInt8(0x80)...0xFF {
            // VNI writes most toned letters as a letter (ASCII, or ơ ư Ơ Ư) and a mark byte, small letters
            // with the small marks (0xE0 on), capitals with the capital ones.
            for base in [UInt8]() + Array(0x41...0x5A) + Array(0x61...0x7A) + Array(0x80...0xFF) where encoding == .vni {
                let s = LegacyVietnamese.decode([base, mark], as: encoding).unicodeScalars
                guard s.count == 1, let letter = s.first else { continue }
                if code[letter] == nil || (letter.properties.isLowercase == (mark >= 0xE0) && code[letter]!.count == 2) {
                    code[letter] = [base, mark]
                }
            }
            let s = LegacyVietnamese.decode([mark], as: encoding).unicodeScalars
            if s.count == 1, s.first!.value >= 0xC0 { code[s.first!] = [mark] }
        }
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.append(UInt8(scalar.value)); continue }
            if let bytes = code[scalar] { out += bytes; continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first!
            out += code[lower] ?? [0x3F]
        }
        return out
    }

    /// A .docx of the text's lines, each paragraph cut into runs at arbitrary points, even inside a word.
    static func docx(_ text: String) throws -> Data {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line -> String in
            let chars = Array(line)
            var runs: [String] = []
            var i = 0
            while i < chars.count {
                let n = min(chars.count - i, 7 + runs.count % 5)
                runs.append(DocxFixture.run(String(chars[i..<(i + n)])))
                i += n
            }
            return "<w:p>" + runs.joined() + "</w:p>"
        }
        return try DocxFixture.docx(DocxFixture.document(paragraphs.joined()))
    }

    static let title = "Giải toán bằng sơ đồ"
    static var original: String { DeskCheckerTests.report(title, paragraphs: DeskCheckerTests.bodyA) }

    static func slice(_ text: String, _ offset: Int, _ length: Int) -> String { DeskCheckerTests.slice(text, offset, length) }

    @Test func scannedPassagesPointIntoTheDecodedTextOfTCVN3VNIAndDocxReports() throws {
        // Given a 2017 report in UTF-8 and three re-submissions of it: TCVN3 and VNI text files and a .docx
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("d/a.txt", Self.original)
        try s.write("d/tcvn3.txt", Data(Self.encode(Self.original, as: .tcvn3)))
        try s.write("d/vni.txt", Data(Self.encode(Self.original, as: .vni)))
        try s.write("d/word.docx", try Self.docx(Self.original))
        var rows = [SampleCSV.header,
                    "N2017-0001,2017,CB1,Người CB1,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,\(Self.title),d/a.txt,2017-05-01"]
        for (n, file) in ["tcvn3.txt", "vni.txt", "word.docx"].enumerated() {
            rows.append("N2018-000\(n + 1),2018,CB\(n + 2),Người CB\(n + 2),Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,\(Self.title),d/\(file),2018-05-0\(n + 1)")
        }
        try NominationImporter(store: store).importCSV(at: try s.write("n.csv", rows.joined(separator: "\n") + "\n"))
        let checker = try DeskChecker(store: store)
        try checker.scan(["N2018-0001", "N2018-0002", "N2018-0003"])
        let source = try #require(try store.initiativeText(of: "N2017-0001"))
        for id in ["N2018-0001", "N2018-0002", "N2018-0003"] {
            // When each is read back with its finding against the 2017 report
            let text = try #require(try store.initiativeText(of: id))
            let finding = try #require(try store.findings(of: id).first { $0.sourceID == "N2017-0001" }, "\(id)")
            #expect(finding.titleReused)
            // Then every passage covers the same words on both sides (TCVN3: but for the case of capitals
            // with tone marks), the body paragraphs and the kept title among them
            var covered: [String] = []
            for p in finding.passages {
                let a = Self.slice(text, p.offset, p.length), b = Self.slice(source, p.sourceOffset, p.sourceLength)
                #expect(a.lowercased() == b.lowercased(), "\(id): \(a) ≠ \(b)")
                covered.append(b)
            }
            for paragraph in DeskCheckerTests.bodyA { #expect(covered.contains { $0.contains(paragraph) }, "\(id)") }
            #expect(covered.contains { $0.contains(Self.title) }, "\(id)")
        }
    }

    @Test func checkedPassagesPointIntoTheFileAsDecodedWithItsOwnLineEnds() throws {
        // Given a desk with the 2017 report, and the same report as a TCVN3 file with CRLF line ends
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("d/a.txt", Self.original)
        try NominationImporter(store: store).importCSV(at: try s.write("n.csv", SampleCSV.header + "\n"
            + "N2017-0001,2017,CB1,Người CB1,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,\(Self.title),d/a.txt,2017-05-01\n"))
        let crlf = Self.original.replacingOccurrences(of: "\n", with: "\r\n")
        let file = try s.write("old.txt", Data(Self.encode(crlf, as: .tcvn3)))
        // When it is checked as `binhxet check` does (decoded, line ends kept)
        let text = try DocumentReader.read(url: file, newlines: .preserve).text
        #expect(text.contains("\r\n"))
        let finding = try #require(try DeskChecker(store: store).check(text: text, title: Self.title).first)
        // Then the passages cover the paragraphs in the file's own text, CRs and all
        let source = try #require(try store.initiativeText(of: "N2017-0001"))
        #expect(finding.source == "N2017-0001")
        for p in finding.passages {
            let a = Self.slice(text, p.offset, p.length), b = Self.slice(source, p.sourceOffset, p.sourceLength)
            #expect(a.replacingOccurrences(of: "\r\n", with: "\n").lowercased() == b.lowercased())
        }
        let covered = finding.passages.map { Self.slice(text, $0.offset, $0.length) }
        for paragraph in DeskCheckerTests.bodyA { #expect(covered.contains { $0.contains(paragraph) }) }
    }
}
