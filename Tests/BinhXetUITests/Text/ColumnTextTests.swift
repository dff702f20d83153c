@testable import BinhXetUI
import BinhXetText
import Testing

/// What a narrow queue column keeps of names, initiative titles and units.
struct ColumnTextTests {
    @Test func aNameIsCutFromTheMiddleKeepingTheGivenName() {
        #expect(ColumnText.name("Nguyễn Văn Dũng", width: 14) == "Nguyễn V… Dũng")
        #expect(ColumnText.name("Lê Văn Cường", width: 10) == "Lê… Cường")
        #expect(ColumnText.name("Nguyễn Văn An", width: 20) == "Nguyễn Văn An")
        for w in 4...14 { #expect(DisplayWidth.of(ColumnText.name("Nguyễn Thị Thanh Hương", width: w)) <= w) }
    }

    @Test func aStockOpeningIsDroppedWhenTheTitleDoesNotFit() {
        let t = "Một số biện pháp giúp học sinh lớp 9 học tốt hình học"
        #expect(ColumnText.initiative(t, width: 20) == "…giúp học sinh lớp …")
        #expect(ColumnText.initiative(t, width: 80) == t)
        #expect(ColumnText.initiative("Rèn kỹ năng đọc diễn cảm", width: 10) == "Rèn kỹ nă…")
    }

    @Test func unitsKeepTheirDistinguishingWords() {
        let communes = ["Ủy ban nhân dân xã Phú Vinh", "Ủy ban nhân dân xã Hồng Kim", "Ủy ban nhân dân xã Vân Khê"]
        let shown = communes.map { ColumnText.unit($0, width: 13) }
        #expect(shown == ["Phú Vinh·UBND", "Hồng Kim·UBND", "Vân Khê·UBND"])
        #expect(ColumnText.unit("Ủy ban nhân dân xã Phú Vinh", width: 16) == "UBND xã Phú Vinh")
        #expect(ColumnText.unit("Ủy ban nhân dân xã Phú Vinh", width: 9) == "Phú Vinh")
        #expect(ColumnText.unit("Trường THCS Hồng Kim", width: 16) == "THCS Hồng Kim")
    }

    @Test func oneCommunesUnitsStayApartWhereOnlyThePlaceWouldFit() {
        // 11 columns: the queue's unit column at 80×24. The place alone would read the same for all three.
        let units = ["Ủy ban nhân dân xã Vân Khê", "Ban Chỉ huy Quân sự xã Vân Khê", "Trường THCS Vân Khê"]
        let shown = units.map { ColumnText.unit($0, width: 11) }
        #expect(Set(shown).count == units.count, "\(shown)")
        #expect(shown.allSatisfy { $0.hasPrefix("Vân Khê·") && DisplayWidth.of($0) <= 11 }, "\(shown)")
    }
}
