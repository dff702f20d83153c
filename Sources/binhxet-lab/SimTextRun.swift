import Foundation

/// Dick Grune's `sim_text` (Debian package similarity-tester) on a set of new texts against old ones,
/// for comparing times: the texts are written to a temporary folder first (not timed), then
/// `sim_text -p -i` reads the file names from standard input, new ones before the `/` separator.
struct SimTextRun {
    let executable: String

    struct Result {
        var seconds: Double
        /// Lines of its percentage report ("x consists for n % of y material").
        var pairs: Int
    }

    func compare(newTexts: [String], oldTexts: [String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-sim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String] = []
        for (kind, texts) in [("new", newTexts), ("old", oldTexts)] {
            let dir = folder.appendingPathComponent(kind)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            if kind == "old" { names.append("/") }
            for (i, text) in texts.enumerated() {
                let url = dir.appendingPathComponent(String(format: "%06d.txt", i))
                try Data(text.utf8).write(to: url)
                names.append(url.path)
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-p", "-i"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        // Feed the names while reading the report, so neither pipe fills up.
        let list = Data((names.joined(separator: "\n") + "\n").utf8)
        let writer = DispatchQueue(label: "sim_text stdin")
        writer.async {
            input.fileHandleForWriting.write(list)
            try? input.fileHandleForWriting.close()
        }
        let report = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let lines = String(decoding: report, as: UTF8.self).split(separator: "\n").filter { $0.contains(" consists for ") }
        return Result(seconds: seconds, pairs: lines.count)
    }
}
