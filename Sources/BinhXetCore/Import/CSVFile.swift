import BinhXetText
import Foundation

extension CSVTable {
    /// Reads and parses a CSV file given to an import (nominations' outcomes, units, registrations), any
    /// text encoding the desk decodes; a missing, unreadable or malformed file is one problem naming it.
    static func read(file url: URL) throws(ImportFailed) -> CSVTable {
        let file = url.path
        let data = try contents(of: url)
        do {
            return try CSVTable(parsing: try TextDecoder.decode(data).text)
        } catch let e as CSVError {
            throw ImportFailed(problems: [ImportProblem(file: file, reason: e.description)])
        } catch {
            throw ImportFailed(problems: [ImportProblem(file: file, reason: "\(error)", vietnameseReason: ErrorWords.vietnamese(error))])
        }
    }

    /// The bytes of a CSV file given to an import; a folder, or a missing or unreadable file, is one
    /// problem naming it.
    static func contents(of url: URL) throws(ImportFailed) -> Data {
        let file = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue,
              let data = FileManager.default.contents(atPath: file) else {
            throw ImportFailed(problems: [ImportProblem(file: file, reason: isDir.boolValue
                ? "is a directory, not a CSV file" : "cannot read the file (missing or no permission)")])
        }
        return data
    }
}
