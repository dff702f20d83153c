import BinhXetCore
import BinhXetSimilarity
import Foundation
import Testing

/// import --outcomes, recognise, the nominee's history in show and the revocation list of scan --all.
@Suite struct ArchiveCLITests {
    @Test func outcomesRecognitionAndHistoryThroughTheCommandLine() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        let outcomes = try s.write("outcomes.csv", OutcomeImportTests.header
            + "\nN2017-0001,awarded,308/QĐ-UBND,2017-12-18,yes,5/QĐ-THCS,2017-04-18,Thủ trưởng Trường THCS Hòa Bình\n")
        let imp = try CLI.run(["import", csv.path, "--outcomes", outcomes.path, "--desk", desk])
        #expect(imp.status == 0, "\(imp.err)")
        #expect(imp.out.contains("1 outcomes and 1 initiative recognitions added"))
        let again = try CLI.run(["import", "--outcomes", outcomes.path, "--desk", desk])
        #expect(again.out.contains("0 outcomes and 0 initiative recognitions added, 1 rows already in the desk"))
        let bad = try s.write("bad.csv", OutcomeImportTests.header + "\nN2017-0001,maybe,,,,,,\n")
        let refused = try CLI.run(["import", "--outcomes", bad.path, "--desk", desk])
        #expect(refused.status != 0 && refused.err.contains("row 2, column outcome: unknown outcome 'maybe'"))

        let rec = try CLI.run(["recognise", "N2018-0001", "--by", "Thủ trưởng Trường THCS Hòa Bình", "--number", "12/QĐ-THCS",
                               "--date", "20/04/2018", "--desk", desk, "--member", "office"])
        #expect(rec.status == 0 && rec.out.contains("initiative recognised"), "\(rec.err)")

        // The outcomes and recognitions read in the reader's language (English here, Vietnamese by default)
        let show = try CLI.run(["show", "N2018-0001", "--desk", desk])
        #expect(show.out.contains("Recognition  recognised by decision 12/QĐ-THCS of 20/04/2018"), "\(show.out)")
        #expect(show.out.contains("N2017-0001  2017  CSTĐCS  Giáo viên Toán, Trường THCS Hòa Bình: awarded (decision 308/QĐ-UBND of 18/12/2017)"))
        #expect(show.out.contains("recognition: recognised by decision 5/QĐ-THCS of 18/04/2017"))
        let vi = try CLI.runVietnamese(["show", "N2018-0001", "--desk", desk]).out
        #expect(vi.contains("đã được công nhận theo QĐ 12/QĐ-THCS ngày 20/04/2018"), "\(vi)")
        #expect(vi.contains("N2017-0001  2017  CSTĐCS  Giáo viên Toán, Trường THCS Hòa Bình: được khen thưởng (QĐ 308/QĐ-UBND ngày 18/12/2017)"))
        #expect(vi.contains("công nhận: đã được công nhận theo QĐ 5/QĐ-THCS ngày 18/04/2017"))

        // A finding against the 2017 initiative: the source header says what became of it
        let store = try DeskStore.open(at: s.deskURL)
        try store.replaceFindings([StoredFinding(nominationID: "N2018-0001", sourceID: "N2017-0001", kind: .selfReuse,
                                                 coverage: 0.9, score: 0.9)], forNominations: ["N2018-0001"])
        let withFinding = try CLI.run(["show", "N2018-0001", "--desk", desk])
        #expect(withFinding.out.contains("source title:  Dạy học giải toán bằng sơ đồ"))
        #expect(withFinding.out.contains("author then:   Nguyễn Văn An, Giáo viên Toán, Trường THCS Hòa Bình (2017)"))
        #expect(withFinding.out.contains("outcome:       CSTĐCS 2017: awarded (decision 308/QĐ-UBND"), "\(withFinding.out)")
        // The rule flag speaks the reader's language (English here), as the review desk's does
        #expect(withFinding.out.contains("that initiative was recognised by decision 5/QĐ-THCS of 18/04/2017"), "\(withFinding.out)")
        // …and so do the facts under it (they were Vietnamese sentences: "· tự dùng lại: 90,0% nội dung trùng với …")
        #expect(withFinding.out.contains("· own, re-used: 90.0% of the text matches N2017-0001 (Nguyễn Văn An, 2017)"), "\(withFinding.out)")
        #expect(withFinding.out.contains("· N2017-0001: recognised by decision 5/QĐ-THCS of 18/04/2017"), "\(withFinding.out)")
        let evidence = withFinding.out.split(separator: "\n").filter { $0.hasPrefix("      · ") }
        #expect(!evidence.isEmpty && evidence.allSatisfy { !$0.contains("trùng") && !$0.contains("công nhận") && !$0.contains("thông qua") }, "\(evidence)")
        // In Vietnamese, as before
        let viFinding = try CLI.runVietnamese(["show", "N2018-0001", "--desk", desk]).out
        #expect(viFinding.contains("· tự dùng lại: 90,0% nội dung trùng với N2017-0001 (Nguyễn Văn An, 2017)"), "\(viFinding)")
    }
}
