@testable import BinhXetTerminal
import Foundation
import Testing

/// Telling a read that timed out from an input that is gone, on a pipe as the terminal's stand-in.
struct InputEndTests {
    @Test func onlyAnInputThatEndedIsReported() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        // Open and empty: the read merely timed out.
        #expect(!InputEnd.isReached(fd: fds[0]))
        // A key waiting (arrived just after the timeout): not the end.
        #expect(write(fds[1], "x", 1) == 1)
        #expect(!InputEnd.isReached(fd: fds[0]))
        var byte: UInt8 = 0
        #expect(read(fds[0], &byte, 1) == 1)
        #expect(!InputEnd.isReached(fd: fds[0]))
        // Nobody left to write: end of file.
        close(fds[1])
        #expect(InputEnd.isReached(fd: fds[0]))
    }

    @Test func aClosedDescriptorIsTheEnd() {
        #expect(InputEnd.isReached(fd: 987))
    }
}
