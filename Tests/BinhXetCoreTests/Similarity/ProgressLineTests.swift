import BinhXetCore
import Foundation
import Testing

@Suite struct ProgressLineTests {
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ s: String) { lock.lock(); parts.append(s); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }

    @Test func theLineSaysHowFarHowFastAndHowLongStill() {
        #expect(ProgressLine.format("checking", done: 250, total: 1000, elapsed: 10, in: .en) == "checking 250/1000 · 25/s · 30 s left")
        #expect(ProgressLine.format("checking", done: 3, total: 1000, elapsed: 2, in: .en) == "checking 3/1000 · 1.5/s · 11 min 05 s left")
        #expect(ProgressLine.format("checking", done: 10, total: 100_000, elapsed: 2, in: .en) == "checking 10/100000 · 5.0/s · 5 h 33 min left")
        #expect(ProgressLine.format("checking", done: 1000, total: 1000, elapsed: 4, in: .en) == "checking 1000/1000 · 250/s")
        #expect(ProgressLine.format("checking", done: 0, total: 1000, elapsed: 0, in: .en) == "checking 0/1000")
    }

    @Test func theVietnameseLineIsVietnameseToTheEnd() {
        // It said "đang chép bản gốc 2214/10001 · 849/s · 10 s left"
        #expect(ProgressLine.format("đang kiểm tra", done: 250, total: 1000, elapsed: 10, in: .vi) == "đang kiểm tra 250/1000 · 25/giây · còn 30 giây")
        #expect(ProgressLine.format("đang kiểm tra", done: 3, total: 1000, elapsed: 2, in: .vi) == "đang kiểm tra 3/1000 · 1,5/giây · còn 11 phút 05 giây")
        #expect(ProgressLine.format("đang kiểm tra", done: 10, total: 100_000, elapsed: 2, in: .vi) == "đang kiểm tra 10/100000 · 5,0/giây · còn 5 giờ 33 phút")
        #expect(ProgressLine.format("đang kiểm tra", done: 1000, total: 1000, elapsed: 4, in: .vi) == "đang kiểm tra 1000/1000 · 250/giây")
    }

    @Test func nothingIsDrawnWhenDisabledNorInTheFirstSecond() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let off = Sink()
        let silent = ProgressLine("checking", language: .en, enabled: false, start: start) { off.append($0) }
        for i in 1...100 { silent.update(i, of: 100, now: start.addingTimeInterval(Double(i))) }
        silent.finish()
        #expect(off.text.isEmpty)

        let on = Sink()
        let line = ProgressLine("checking", language: .en, enabled: true, start: start) { on.append($0) }
        line.update(1, of: 10, now: start.addingTimeInterval(0.5))
        #expect(on.text.isEmpty)
        line.update(2, of: 10, now: start.addingTimeInterval(2))
        line.update(3, of: 10, now: start.addingTimeInterval(2.05))   // too soon after the last: not drawn
        line.update(10, of: 10, now: start.addingTimeInterval(4))
        line.finish()
        #expect(on.text == "\rchecking 2/10 · 1.0/s · 8 s left\u{1B}[K\rchecking 10/10 · 2.5/s\u{1B}[K\n")
    }

    @Test func commandsWhoseStandardErrorIsNotATerminalPrintNoProgress() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        let imported = try CLI.run(["import", csv.path, "--desk", desk])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.err.isEmpty)
        let scanned = try CLI.run(["scan", "--all", "--desk", desk])
        #expect(scanned.status == 0 && scanned.err.isEmpty, "\(scanned.err)")
    }
}
