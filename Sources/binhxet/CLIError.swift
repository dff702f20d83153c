import ArgumentParser
import Foundation

/// A one-line message for the user; `main` prints it as `binhxet: <message>` and exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
    init(_ message: String, exitCode: Int32 = 1) { description = message; self.exitCode = exitCode }

    /// Runs `body`, turning the desk's and importer's errors into messages (never a stack trace).
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as CLIError { throw e } catch let e as ExitCode { throw e } catch {
            throw CLIError(String(describing: error))
        }
    }
}

/// Standard error, for messages and progress.
enum StdErr {
    static func print(_ s: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((s + terminator).utf8))
    }
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// Writes text to standard output exactly as given (no added newline).
func writeOut(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }

/// JSON as BinhXet prints it: snake_case keys, sorted, UTF-8 unescaped.
func printJSON<T: Encodable>(_ value: T) throws {
    let enc = JSONEncoder()
    enc.keyEncodingStrategy = .convertToSnakeCase
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    writeOut(String(decoding: try enc.encode(value), as: UTF8.self) + "\n")
}
