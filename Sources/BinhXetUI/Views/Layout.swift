/// Where the fixed parts of every screen go. Rows from the top: 0 the header, 1 the screen's title line
/// (tabs, breadcrumb, side titles); from the bottom: the message line, then the status bar.
public struct FrameLayout: Equatable, Sendable {
    public var size: Size
    public init(_ size: Size) { self.size = size }

    public var headerRow: Int { 0 }
    public var titleRow: Int { 1 }
    public var messageRow: Int { size.height - 2 }
    public var statusRow: Int { size.height - 1 }
    /// Rows between the title line and the message line.
    public var body: Rect { Rect(x: 0, y: 2, width: size.width, height: size.height - 4) }
}

/// The queues screen: an info line and the column titles above the rows.
public struct QueueLayout: Equatable, Sendable {
    public var frame: FrameLayout
    public init(_ size: Size) { frame = FrameLayout(size) }

    public var infoRow: Int { frame.body.y }
    public var columnsRow: Int { frame.body.y + 1 }
    public var list: Rect { Rect(x: 0, y: frame.body.y + 2, width: frame.size.width, height: frame.body.height - 2) }
}

/// A scrolling page (nomination, help): a gutter for passage numbers, then the text.
public struct PageLayout: Equatable, Sendable {
    public var frame: FrameLayout
    public init(_ size: Size) { frame = FrameLayout(size) }

    /// "▸12│": a focus mark, two digits of passage or source number, and a rule.
    public static let gutterWidth = 4
    public var page: Rect { frame.body }
    public var textX: Int { PageLayout.gutterWidth }
    /// One column is kept free on the right so a wrapped line never touches the terminal edge.
    public var textWidth: Int { max(10, frame.size.width - PageLayout.gutterWidth - 1) }
}

/// The side-by-side screen (difftastic's `SourceDimensions`): two panes of equal width, each a gutter and
/// a text column, split by a one-column rule.
///
/// The split is always half and half: the two texts are read against each other, so neither side gets
/// more room, and at 80 columns each side still wraps at 35 columns (about six Vietnamese words).
public struct ComparisonLayout: Equatable, Sendable {
    public var frame: FrameLayout
    public init(_ size: Size) { frame = FrameLayout(size) }

    /// Panes narrower than this get their titles on two rows: which kind of re-use the source is and by
    /// whom do not fit one row of a half screen (at 120 columns the source's author was cut, at 150 its
    /// unit: "N2022-0006 · 2022 · tự dùng lại 100% · Trương Công Minh · UBND xã Vân Khê" is ~85 columns).
    static let oneTitleRowWidth = 90
    /// Rows of each pane's title, from the frame's title row.
    public var titleRows: Int { paneWidth < Self.oneTitleRowWidth && frame.body.height > 8 ? 2 : 1 }
    public var paneTop: Int { frame.body.y + titleRows - 1 }
    public var paneHeight: Int { frame.body.height - (titleRows - 1) }
    /// Columns of each pane including its gutter.
    public var paneWidth: Int { (frame.size.width - 1) / 2 }
    public var leftX: Int { 0 }
    public var separatorX: Int { paneWidth }
    public var rightX: Int { paneWidth + 1 }
    /// Text columns on each side (a pane minus its gutter).
    public var textWidth: Int { max(10, paneWidth - PageLayout.gutterWidth) }
    /// The row (from the pane top) a focused passage is brought to on both sides: a few lines of what
    /// comes before it stay visible.
    public var focusRow: Int { min(3, paneHeight / 4) }
}
