/// The screens of the desk, which are also the sections of a keymap file (`generic` applies everywhere
/// a screen does not bind the key itself, as in tig).
public enum ScreenKind: String, CaseIterable, Sendable {
    case generic
    case queues
    case nomination
    case compare
    case help
    /// The year summary per unit (`t`).
    case summary
}
