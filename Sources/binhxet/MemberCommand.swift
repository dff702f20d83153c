import ArgumentParser
import BinhXetCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "The council's members and their roles.",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a member, or change a member's name or role.",
            discussion: "LOGIN is the OS user name of the member's terminal, so what they do there is recorded as theirs. Once the council has members, only the chair, the standing vice-chair or the secretary may change it.")
        @Argument(help: "The member's OS user name.") var login: String
        @Option(help: "Full name, as the minutes print it.") var name: String
        @Option(help: "chair, vice_chair, standing_vice_chair, secretary or member.") var role: String = "member"
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            guard let r = CouncilRole(code: role) else {
                throw CLIError("unknown role '\(role)' (expected \(CouncilRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let store = try deskOptions.open(forWriting: true)
            let m = try CLIError.wrap { try store.addMember(login: login, name: name, role: r, actor: memberOptions.actor) }
            writeOut("\(m.login): \(m.name), \(m.role.rawValue)\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the council's members.")
        @OptionGroup var deskOptions: DeskOptions
        @Flag(help: "Include former members.") var all = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let store = try deskOptions.open()
            let members = try CLIError.wrap { try store.members(includingFormer: all) }
            if json { try printJSON(members); return }
            if members.isEmpty { writeOut("no council members yet: add them with `binhxet member add LOGIN --name … --role …`\n"); return }
            let rows = members.map { [$0.login, $0.name, $0.role.rawValue, $0.role.vietnamese, $0.active ? "" : "former"] }
            writeOut(PlainTable.render(header: ["Login", "Name", "Role", "Vai trò", ""], rows: rows))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a member (their earlier votes stay in the log).")
        @Argument(help: "The member's OS user name.") var login: String
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            let store = try deskOptions.open(forWriting: true)
            try CLIError.wrap { try store.removeMember(login: login, actor: memberOptions.actor) }
            writeOut("\(login) removed from the council\n")
        }
    }
}
