import BinhXetText
import BinhXetUI
import CNcursesw
import Foundation

/// The terminal through ncursesw: start-up and restore, reading keys, and drawing frames by flushing only
/// the cells that changed since the last frame.
@MainActor
public final class Curses {
    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    private var screen: OpaquePointer?
    private var shown: ScreenBuffer?
    private let color: Bool
    private var pairs: [Style: Int16] = [:]
    private var attributes: [Style: attr_t] = [:]

    /// Starts curses: a UTF-8 locale, raw keys, no echo, keypad codes, colours unless NO_COLOR.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        Curses.ensureUTF8Locale()
        guard let s = cn_newterm() else {
            throw OpenError(description: "cannot open the terminal (TERM=\(environment["TERM"] ?? "unset")); "
                            + "run binhxet in a terminal, or use its subcommands")
        }
        screen = s
        raw(); noecho(); nonl()
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        // A short read timeout lets a SIGWINCH that arrived just before get_wch surface as KEY_RESIZE on the
        // next doupdate (see notes §3), and gives the loop its tick for polling the desk.
        wtimeout(cn_stdscr(), 100)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        // COLORS is only set by start_color(): read before it, it is 0 and no terminal ever got colour.
        var color = false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            color = cn_colors() >= 8
        }
        self.color = color
        for (i, style) in Style.all.enumerated() {
            let look = StyleTable.look(style, color: color)
            var a = cn_a_normal()
            if look.bold { a |= cn_a_bold() }
            if look.reverse { a |= cn_a_reverse() }
            if look.underline { a |= cn_a_underline() }
            if look.dim { a |= cn_a_dim() }
            attributes[style] = a
            if color {
                let pair = Int16(i + 1)
                init_pair(pair, look.foreground, look.background)
                pairs[style] = pair
            }
        }
    }

    /// Falls back to C.UTF-8 when the environment names no UTF-8 locale: otherwise every Vietnamese cell
    /// would be blank.
    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        if String(cString: cn_codeset()) != "UTF-8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard let s = screen else { return }
        endwin()
        delscreen(s)
        screen = nil
    }

    /// The terminal's size now.
    public var size: Size {
        Size(width: Int(getmaxx(cn_stdscr())), height: Int(getmaxy(cn_stdscr())))
    }

    /// Reads taken after an ESC but not part of its sequence, to be read first.
    private var unread: [RawRead] = []

    /// How long to wait for the rest of an escape sequence, in milliseconds (curses' own ESCDELAY).
    private static let sequenceDelay: Int32 = 25

    /// Waits up to the read timeout for a key, or only takes one already waiting (`waiting: false`).
    /// An escape sequence is read whole (`KeyDecoder.decode(_:more:unread:)`); one that names no key the
    /// desk has is passed over.
    public func read(waiting: Bool = true) -> TerminalInput {
        var wait = waiting
        while true {
            let first: RawRead
            if !unread.isEmpty {
                first = unread.removeFirst()
            } else if let r = readRaw(timeout: wait ? 100 : 0) {
                first = r
            } else {
                if InputEnd.isReached(fd: 0) { return .closed }
                // Turns a pending SIGWINCH into KEY_RESIZE for the next read.
                doupdate()
                return .timeout
            }
            let input = KeyDecoder.decode(first, more: {
                unread.isEmpty ? readRaw(timeout: Curses.sequenceDelay) : unread.removeFirst()
            }, unread: { unread.insert(contentsOf: $0, at: 0) })
            if let input { return input }
            wait = false
        }
    }

    /// One `get_wch`, nil when nothing arrived within `timeout` milliseconds.
    private func readRaw(timeout: Int32) -> RawRead? {
        wtimeout(cn_stdscr(), timeout)
        var wch: wint_t = 0
        let rc = get_wch(&wch)
        if rc == ERR { return nil }
        return RawRead(UInt32(wch), isKeyCode: rc == KEY_CODE_YES)
    }

    /// Forgets what is on screen, so the next draw repaints every cell (after a resize or Ctrl-L).
    public func invalidate(clearScreen: Bool = false) {
        shown = nil
        if clearScreen { _ = cn_clear_screen() }
    }

    /// Draws a frame, sending only the rows' changed spans.
    public func draw(_ frame: ScreenBuffer) {
        if shown?.size != frame.size {
            shown = nil
            erase()
        }
        for y in 0..<frame.height {
            guard let (from, to) = changedSpan(frame, y) else { continue }
            var x = from
            while x <= to {
                let style = frame[x, y].style
                var text = ""
                let start = x
                while x <= to && frame[x, y].style == style {
                    text += frame[x, y].grapheme   // a covered half adds nothing: the wide grapheme covers it
                    x += 1
                }
                _ = cn_set_attr(attributes[style] ?? cn_a_normal(), pairs[style] ?? 0)
                // Cells hold no control characters (`Cell.drawable`); a cell made some other way still cannot
                // send one to the terminal.
                var wide = text.unicodeScalars.map { wchar_t(bitPattern: ControlPictures.picture(for: $0).value) } + [0]
                // Writing the bottom-right cell returns ERR (the cursor cannot advance) but draws it.
                _ = mvaddwstr(Int32(y), Int32(start), &wide)
            }
        }
        _ = cn_set_attr(cn_a_normal(), 0)
        shown = frame
        refresh()
    }

    /// The first and last column of a row that differ from what is shown, widened so a wide grapheme is
    /// always drawn whole.
    private func changedSpan(_ frame: ScreenBuffer, _ y: Int) -> (Int, Int)? {
        guard let old = shown else { return (0, frame.width - 1) }
        var first = -1, last = -1
        for x in 0..<frame.width where frame[x, y] != old[x, y] {
            if first < 0 { first = x }
            last = x
        }
        guard first >= 0 else { return nil }
        if first > 0 && frame[first, y].isContinuation { first -= 1 }
        if last + 1 < frame.width && frame[last + 1, y].isContinuation { last += 1 }
        return (first, last)
    }
}
