import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetText
import Foundation

/// A one-line message for the user; `main` prints it as `binhxet: <message>` and exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
    init(_ message: String, exitCode: Int32 = 1) { description = message; self.exitCode = exitCode }

    /// Runs `body`, turning the desk's and importer's errors into lines in the reader's language, worded
    /// by the core's `ErrorWords` (never a stack trace).
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as CLIError { throw e } catch let e as ExitCode { throw e } catch {
            throw CLIError(error)
        }
    }

    /// Reads a document the user named, saying which file a reading error is about ("SK.docx: là một thư
    /// mục, không phải tệp thường"): `compare` takes two, and a bare reason did not say which.
    static func reading<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as DocumentError {
            throw CLIError(ControlPictures.visible(path) + ": " + ErrorWords.line(e, in: CLI.language))
        }
    }

    /// Any error as the reader's line: the one place errors are mapped to lines.
    init(_ error: any Error) {
        self.init(ErrorWords.line(error, in: CLI.language))
    }
}

extension ProgressLine {
    /// A progress line of this command: on standard error, in the command's language (the one place the
    /// commands make theirs; each wrote both out, and a Vietnamese line ended in English once).
    static func onStandardError(_ label: String, enabled: Bool) -> ProgressLine {
        ProgressLine(label, language: CLI.language, enabled: enabled) { StdErr.print($0, terminator: "") }
    }
}

/// Standard error, for messages and progress.
enum StdErr {
    static func print(_ s: String, terminator: String = "\n") {
        // Not `write(_:)`, which traps when the terminal has hung up (the desk's last message then).
        try? FileHandle.standardError.write(contentsOf: Data((s + terminator).utf8))
    }
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// Writes text to standard output as given (no added newline), except that control characters other
/// than line feeds and tabs become visible: everything the CLI prints passes here, and text from the desk
/// must not reach the reader's terminal as commands (see `ControlPictures`). `keeping: .lineEnds` also
/// lets CRLF through, for CSV.
func writeOut(_ s: String, keeping kept: ControlPictures.Kept = .lines) {
    FileHandle.standardOutput.write(Data(ControlPictures.visible(s, keeping: kept).utf8))
}

/// JSON as BinhXet prints it: snake_case keys, sorted, UTF-8 unescaped.
func printJSON<T: Encodable>(_ value: T) throws {
    let enc = JSONEncoder()
    enc.keyEncodingStrategy = .convertToSnakeCase
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    writeOut(JSONControls.escaped(String(decoding: try enc.encode(value), as: UTF8.self)) + "\n")
}

/// The encoder escapes C0 controls in strings (`\u001b`) but writes DEL and C1 controls raw; escaping
/// them too keeps the JSON exact for programs and inert on a terminal. Outside strings JSON has none.
enum JSONControls {
    static func escaped(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && $0.value <= 0x9F }) else { return json }
        var out = String.UnicodeScalarView()
        for u in json.unicodeScalars {
            if u.value >= 0x7F && u.value <= 0x9F {
                out.append(contentsOf: String(format: "\\u%04x", u.value).unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
