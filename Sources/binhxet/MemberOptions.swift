import ArgumentParser
import BinhXetCore

/// `--member LOGIN`: for the administrator (root) only, act as this council member. Everyone else acts
/// as the OS user they are logged in as; naming another member is refused.
struct MemberOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Act as this council member: root only (default: the OS user; root may also set $BINHXET_MEMBER).",
                               valueName: "login"))
    var member: String?

    /// Who the action is recorded as; refuses an ordinary user naming someone else.
    var actor: String {
        get throws { try CLIError.wrap { try CurrentUser.actingMember(claimed: member) } }
    }
}
