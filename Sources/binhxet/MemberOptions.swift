import ArgumentParser
import BinhXetCore

/// `--member LOGIN`: act as this council member instead of the OS user at this terminal.
struct MemberOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Act as this council member (default: $BINHXET_MEMBER, else the OS user).",
                               valueName: "login"))
    var member: String?

    /// Who the action is recorded as.
    var actor: String { member ?? CurrentUser.name }
}
