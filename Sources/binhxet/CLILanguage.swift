import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

/// The language of this run, resolved once from the command line and the environment before
/// ArgumentParser reads the command definitions: their help text is computed from it.
enum CLI {
    /// What the command line asked for, with `--lang` taken out of the arguments handed to the parser.
    struct Start {
        var language: Language
        var arguments: [String]
        /// A `--lang` or `$BINHXET_LANG` naming no language: reported before anything runs.
        var problem: LanguageChoiceError?
    }

    static let start = split(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    static var language: Language { start.language }

    /// `--lang X` or `--lang=X` anywhere before a `--` is the one language option of every command (and
    /// of the review desk); it is taken out here, so every subcommand accepts it, and `Language.chosen`
    /// resolves it with `$BINHXET_LANG`.
    static func split(_ args: [String], environment: [String: String]) -> Start {
        var rest: [String] = []
        var option: String?
        var i = 0
        var problem: LanguageChoiceError?
        while i < args.count {
            let a = args[i]
            if a == "--" { rest += args[i...]; break }
            if a == "--lang" {
                if i + 1 < args.count { option = args[i + 1]; i += 2 } else { option = ""; i += 1 }
                continue
            }
            if a.hasPrefix("--lang=") { option = String(a.dropFirst(7)); i += 1; continue }
            rest.append(a)
            i += 1
        }
        let language: Language
        do {
            language = try Language.chosen(option: option, environment: environment)
        } catch {
            problem = error
            language = .vi
        }
        return Start(language: language, arguments: rest, problem: problem)
    }
}

/// The command line's words in this run's language.
let words = CLIWords(CLI.language)

/// Help for an option or argument, in this run's language.
func help(_ key: CLIString, _ args: Any..., valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(words.say(key, args), valueName: valueName)
}

/// `--lang vi|en`: declared so that every command's help, the manual and the completions show it; its
/// value is read (and taken out of the arguments) before parsing, by `CLI.split`.
struct LanguageOptions: ParsableArguments {
    @Option(help: help(.langHelp, valueName: "vi|en")) var lang: String?
}

/// "unknown step 'x' (expected a, b or c)".
func unknownChoice(_ noun: CLIString, _ value: String, _ allowed: [String]) -> CLIError {
    let list = allowed.count > 1
        ? allowed.dropLast().joined(separator: ", ") + " " + words(.or) + " " + allowed.last!
        : allowed.joined()
    return CLIError(words(.unknownChoice, words(noun), value, list))
}
