import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// `--member LOGIN`: for the administrator (root) only, act as this council member. Everyone else acts
/// as the OS user they are logged in as; naming another member is refused.
struct MemberOptions: ParsableArguments {
    @Option(help: help(.memberHelp, valueName: "login"))
    var member: String?

    /// Who the action is recorded as; refuses an ordinary user naming someone else.
    var actor: String {
        get throws { try CurrentUser.actingMember(claimed: member) }
    }
}
