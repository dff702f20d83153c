import BinhXetCore
import Foundation

/// Everything the desk shows, as plain values: `reduce` changes it, views draw it.
public struct AppState: Sendable {
    public var size: Size
    public var language: Language
    public var keymap: KeyMap
    /// The member at this terminal (recorded with every decision).
    public var member: String
    /// The desk file's name, for the header.
    public var deskName: String
    public var readOnly: Bool
    /// Today as yyyy-MM-dd (deadlines); fixed by tests.
    public var today: String
    /// Where event times are shown in.
    public var timeZone: TimeZone

    /// The screens open, the current one last; the queues are always at the bottom.
    public var stack: [ScreenKind] = [.queues]
    public var queue = QueueState()
    public var nomination: NominationState?
    public var compare: CompareState?
    /// The year summary while its screen is open.
    public var summary: SummaryState?
    /// The core's attention from the last rule review (flags, ballots short, the year summary); nil until
    /// the first one is loaded after the queue.
    public var attention: DeskAttention?
    /// The year's council meeting as last loaded (the year summary shows it; `m` records it).
    public var yearMeeting: YearMeeting?
    public var helpScroll = 0
    public var modal: Modal?
    /// The meeting form as it was sent to be recorded: a refusal reopens it as typed.
    var meetingSent: MeetingDialog?
    public var message: StatusMessage?
    /// Whether the desk checks unchecked nominations itself, in the background (the terminal desk does;
    /// screen tests do not, so their pictures do not depend on timing).
    public var checksInBackground = false
    /// The background check under way.
    public var checking: CheckProgress?
    /// Nominations the background check has been asked for (not asked again if the check left them).
    public var checkTried: Set<String> = []
    /// The desk's change token when last looked at; nil before the first look.
    public var changeToken: String?
    /// What the desk remembers for this member (year filter, opening the next after a decision).
    public var preferences = MemberPreferences()
    /// This terminal wrote something and the queue has not been reloaded since: a row that leaves the
    /// tab then left because of the member's own action, which needs no notice.
    var ownWritePending = false

    public init(size: Size, language: Language, keymap: KeyMap = .defaults, member: String, deskName: String,
                readOnly: Bool = false, today: String, timeZone: TimeZone = .current) {
        self.size = size; self.language = language; self.keymap = keymap; self.member = member
        self.deskName = deskName; self.readOnly = readOnly; self.today = today; self.timeZone = timeZone
    }

    public var screen: ScreenKind { stack.last ?? .queues }
    public var strings: any UIStrings { language.strings }

    /// The nomination page as currently laid out.
    var nominationPage: NominationPage? {
        nomination.map { NominationPage($0, strings: strings, size: size, timeZone: timeZone, today: today) }
    }
}
