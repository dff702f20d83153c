import ArgumentParser
import BinhXetCore
import Foundation

/// Records the council's meeting of a year for its minutes: time, place, chair, secretary, who was absent.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Record the council's meeting for the minutes: time, place, chair, secretary, absent members.",
        discussion: """
            binhxet meeting --year 2018 --start "28/05/2018 08:00" --end 11:30 --place "Hội trường UBND huyện" \
            --chair chutich --secretary thuky --absent "uyvien: đi công tác". Every other active member counts as \
            present. Without --start, prints the meeting recorded for the year.
            """)
    @OptionGroup var yearOptions: YearOptions
    @Option(help: ArgumentHelp("Day and time it began: \"28/05/2018 08:00\" or \"2018-05-28 08:00\".", valueName: "time")) var start: String?
    @Option(help: ArgumentHelp("Time it ended, the same day: 11:30.", valueName: "hh:mm")) var end: String?
    @Option(help: "Where it was held.") var place: String?
    @Option(help: ArgumentHelp("Login of the member who chaired (default: the chair).", valueName: "login")) var chair: String?
    @Option(help: ArgumentHelp("Login of the member who kept the minutes (default: the secretary).", valueName: "login")) var secretary: String?
    @Option(help: ArgumentHelp("An absent member and the reason: \"login: reason\" (repeat for each).", valueName: "login: reason"))
    var absent: [String] = []
    @OptionGroup var memberOptions: MemberOptions
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        let year = try yearOptions.year(in: store) ?? CLIError.wrap { try store.today().year }
        guard let start else {
            guard let m = try CLIError.wrap({ try store.meeting(year: year) }) else { throw CLIError(MeetingError.nothingRecorded(year: year).description) }
            writeOut("\(m.year): \(m.startsAt.replacingOccurrences(of: "T", with: " "))–\(m.endsAt), \(m.place); chair \(m.chair), secretary \(m.secretary)"
                     + (m.absent.isEmpty ? "" : "; absent " + m.absent.keys.sorted().map { "\($0) (\(m.absent[$0]!))" }.joined(separator: ", ")) + "\n")
            return
        }
        guard let end, let place, !place.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError("a meeting needs --end and --place as well as --start")
        }
        let parts = start.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = CalendarDay(String(parts[0])) else { throw CLIError(MeetingError.badTime(start).description) }
        let members = try CLIError.wrap { try store.members() }
        let chairLogin = chair ?? members.first { $0.role == .chair }?.login ?? ""
        let secretaryLogin = secretary ?? members.first { $0.role == .secretary }?.login ?? ""
        var away: [String: String] = [:]
        for a in absent {
            let kv = a.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            away[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        let m = Meeting(year: year, startsAt: "\(day.iso)T\(parts[1])", endsAt: end, place: place.precomposedStringWithCanonicalMapping,
                        chair: chairLogin, secretary: secretaryLogin, absent: away)
        let actor = try memberOptions.actor
        try CLIError.wrap { try store.recordMeeting(m, actor: actor) }
        writeOut("meeting of \(year) recorded: \(day.vietnamese) \(parts[1])–\(end), \(m.place)\n")
    }
}
