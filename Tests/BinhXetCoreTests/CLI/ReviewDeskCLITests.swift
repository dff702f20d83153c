import Foundation
import Testing

/// Opening the review desk where it cannot work: one line saying why, and a non-zero status.
@Suite struct ReviewDeskCLITests {
    @Test func aTerminalWithoutCursorAddressingIsToldWhatToUse() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        for (term, shown) in [("dumb", "TERM=dumb"), ("", "TERM is unset"), ("no-such-terminal", "TERM=no-such-terminal")] {
            let r = try CLI.run(["--desk", desk], env: ["TERM": term])
            #expect(r.status == 1, "\(term)")
            #expect(r.out.isEmpty)
            #expect(r.err == "binhxet: the review desk needs a terminal with cursor addressing (\(shown)); try TERM=xterm-256color\n")
        }
        // A terminal that has it gets as far as asking for one (the tests run without).
        let xterm = try CLI.run(["--desk", desk], env: ["TERM": "xterm-256color"])
        #expect(xterm.err == "binhxet: the review desk needs a terminal; in scripts use the subcommands (list, show, text)\n")
    }
}
