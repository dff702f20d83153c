import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// One-line fields in dialogs scroll as the queue search does: with a long text the cursor stays in the
/// box (it ran off the right edge, and what was typed last could not be seen).
struct DialogFieldStoriesTests {
    static let long = "Thủ trưởng Phòng Giáo dục và Đào tạo huyện Lạc Hòa, tỉnh Quảng Nam, theo ủy quyền KẾT"

    /// The line holding the cursor, inside the dialog's frame, and the frame's right edge still drawn there;
    /// with `next`, the line after it is the next field's (the field kept to one line).
    func cursorLine(_ h: Harness, next: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let size = h.state.size
        let y = try #require((0..<size.height).first { y in (0..<size.width).contains { h.screen[$0, y].grapheme == "▏" } },
                             "no cursor on screen:\n\(h.text)", sourceLocation: sourceLocation)
        let top = try #require((0..<size.height).first { y in (0..<size.width).contains { h.screen[$0, y].grapheme == "┐" } },
                               sourceLocation: sourceLocation)
        let right = try #require((0..<size.width).first { h.screen[$0, top].grapheme == "┐" }, sourceLocation: sourceLocation)
        #expect(h.screen[right, y].grapheme == "│", "the field ran over the frame:\n\(h.text)", sourceLocation: sourceLocation)
        if let next { #expect(h.screen.lines[y + 1].contains(next), "the field took more than a line:\n\(h.text)", sourceLocation: sourceLocation) }
        return h.screen.lines[y]
    }

    /// Types the long text at the end of the focused field, then Home: the cursor shows with the text's
    /// end, then with its start.
    func expectScrolls(_ h: Harness, next: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        h.press(.ctrl("u"))
        h.type(Self.long)
        #expect(try cursorLine(h, next: next, sourceLocation: sourceLocation).contains("theo ủy quyền KẾT▏"), sourceLocation: sourceLocation)
        h.press(.home)
        #expect(try cursorLine(h, next: next, sourceLocation: sourceLocation).contains("▏Thủ trưởng"), sourceLocation: sourceLocation)
        h.press(.end)
    }

    @Test(arguments: [Language.vi, .en])
    func recognitionFieldsScroll(_ language: Language) throws {
        let desk = try TestDesk()
        try desk.store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
        try desk.store.addMember(login: Harness.member, name: Harness.member, role: .standingViceChair, actor: "chu")
        let h = try Harness(Size(width: 80, height: 24), language, desk: desk)
        h.open("N2018-0002")
        h.press("i")
        guard case .recognition? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        let s = h.state.strings
        try expectScrolls(h, next: s.recognitionField(.number))
        h.press(.tab); try expectScrolls(h, next: s.recognitionField(.date))
    }

    @Test(arguments: [Language.vi, .en])
    func meetingFieldsAndAnAbsenceReasonScroll(_ language: Language) throws {
        let h = try Harness(Size(width: 80, height: 24), language, desk: try PaperStoriesTests.desk(role: .secretary))
        h.press("m")
        guard case .meeting(let m)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        h.press(.tab, .tab, .tab)               // place
        try expectScrolls(h, next: h.state.strings.meetingField(.chair))
        // A member marked absent, the reason typed on their line
        while h.state.modal.flatMap({ if case .meeting(let d) = $0 { return d.field } else { return nil } }) != .member(m.members.count - 1) {
            h.press(.tab)
        }
        h.press(.char(" "))
        try expectScrolls(h)
    }

    @Test(arguments: [Language.vi, .en])
    func theFiltersUnitQueryScrolls(_ language: Language) throws {
        let h = try Harness(Size(width: 80, height: 24), language)
        h.press("f")
        h.press(.tab)                           // unit
        h.type("truong trung hoc co so nguyen trai va truong tieu hoc phu vinh cung hop tac xa KET")
        #expect(try cursorLine(h).contains("KET▏"))
    }
}
