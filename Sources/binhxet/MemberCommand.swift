import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: words(.memberAbstract),
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: words(.memberAddAbstract), discussion: words(.memberAddDiscussion))
        @Argument(help: help(.memberLoginHelp)) var login: String
        @Option(help: help(.memberNameHelp)) var name: String
        @Option(help: help(.memberRoleHelp)) var role: String = "member"
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            guard let r = CouncilRole(code: role) else {
                throw unknownChoice(.nRole, role, CouncilRole.allCases.map(\.rawValue))
            }
            // The login is checked here, where a person types it: the store also seats names the review
            // desk's tests give (see DECISIONS.md, 2026-12-07).
            if let problem = CouncilMember.loginProblem(login) { throw CLIError(problem) }
            let store = try deskOptions.open(forWriting: true)
            let m = try store.addMember(login: login, name: name, role: r, actor: memberOptions.actor)
            writeOut(words(.memberAdded, m.login, m.name, words.vocabulary.role(m.role)) + "\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: words(.memberListAbstract))
        @OptionGroup var deskOptions: DeskOptions
        @Flag(help: help(.memberAllHelp)) var all = false
        @Flag(help: help(.jsonHelp)) var json = false

        func run() throws {
            let store = try deskOptions.open()
            let members = try store.members(includingFormer: all)
            if json { try printJSON(members); return }
            if members.isEmpty { writeOut(words(.memberNone) + "\n"); return }
            // The role's code stays beside its words, under the role's heading: it is what `member add
            // --role` takes (under the name's heading, "chair" read as part of the name).
            let rows = members.map { [$0.login, $0.name, $0.role.rawValue, words.vocabulary.role($0.role), $0.active ? "" : words(.memberFormer)] }
            writeOut(PlainTable.render(header: [words(.hLogin), words(.hName), words(.hRole), "", ""], rows: rows))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: words(.memberRemoveAbstract))
        @Argument(help: help(.memberLoginHelp)) var login: String
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            let store = try deskOptions.open(forWriting: true)
            try store.removeMember(login: login, actor: memberOptions.actor)
            writeOut(words(.memberRemoved, login) + "\n")
        }
    }
}
