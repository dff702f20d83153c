import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

/// Records the council's meeting of a year for its minutes: time, place, chair, secretary, who was absent.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: words(.meetingAbstract), discussion: words(.meetingDiscussion))
    @OptionGroup var yearOptions: YearOptions
    @Option(help: help(.meetingStartHelp, valueName: "time")) var start: String?
    @Option(help: help(.meetingEndHelp, valueName: "hh:mm")) var end: String?
    @Option(help: help(.meetingPlaceHelp)) var place: String?
    @Option(help: help(.meetingChairHelp, valueName: "login")) var chair: String?
    @Option(help: help(.meetingSecretaryHelp, valueName: "login")) var secretary: String?
    @Option(help: help(.meetingAbsentHelp, valueName: "login: reason"))
    var absent: [String] = []
    @OptionGroup var memberOptions: MemberOptions
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        let year = try yearOptions.year(in: store) ?? CLIError.wrap { try store.today().year }
        guard let start else {
            guard let m = try CLIError.wrap({ try store.meeting(year: year) }) else { throw CLIError(MeetingError.nothingRecorded(year: year)) }
            // People by the names the minutes give them ("chủ trì root" read like a machine's log).
            let names = Dictionary(try store.members().map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            let name = { (login: String) in names[login] ?? login }
            writeOut(words(.meetingShown, m.year, CLIWords.day(m.startsAt), m.endsAt, m.place, name(m.chair), name(m.secretary))
                     + (m.absent.isEmpty ? "" : words(.meetingAbsent, m.absent.keys.sorted().map { "\(name($0)) (\(m.absent[$0]!))" }.joined(separator: ", "))) + "\n")
            return
        }
        guard let end, let place, !place.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError(words(.meetingNeeds))
        }
        let parts = start.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = CalendarDay(String(parts[0])) else { throw CLIError(MeetingError.badTime(start)) }
        let members = try store.members()
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
        try store.recordMeeting(m, actor: actor)
        writeOut(words(.meetingRecorded, year, day.vietnamese, parts[1], end, m.place) + "\n")
    }
}
