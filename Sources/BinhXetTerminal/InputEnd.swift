import Foundation

/// Whether the terminal's input has ended for good, told apart from a read that merely timed out.
///
/// `get_wch` returns ERR both when its 100 ms timeout passes and when the input is gone: end of file, or a
/// terminal hung up (its window closed, an ssh link dropped). Under `su` or `runuser` the desk is in
/// another session and gets no SIGHUP, so the loop read ERR forever at 100 % CPU. After an ERR, a poll that
/// costs nothing tells them apart: a hang-up or error is reported as such; input "ready" with no byte
/// waiting is end of file.
enum InputEnd {
    static func isReached(fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let n = poll(&p, 1, 0)
        if n < 0 { return errno != EINTR && errno != EAGAIN }
        if n == 0 { return false }   // nothing happened: the read timed out
        if p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        // Readable: either a key arrived just after the read gave up, or the input is at end of file.
        var waiting: Int32 = 0
        if ioctl(fd, UInt(FIONREAD), &waiting) != 0 { return true }
        return waiting == 0
    }
}
