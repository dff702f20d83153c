import Foundation

/// A generator of large synthetic archives of initiative reports for benchmarks, built from the real
/// Vietnamese prose in `shared/corpus/raw`.
///
/// Body text comes from a first-order word Markov chain per subject, trained on the raw prose: it has
/// the word frequencies and stock phrases of real Vietnamese but sentences no source contains, so two
/// independent reports share only common wording — as real independent reports do. A fixed share of
/// reports copies an earlier report (verbatim or with a few words changed), so the checker has real
/// work: half of those re-submit its whole body, half take one to three of its paragraphs into a report
/// of their own. Every report is made from its index alone (seeded), so a benchmark can make it again
/// instead of holding 100,000 texts in memory.
struct SyntheticArchive: Sendable {
    struct Chain: Sendable {
        var words: [String] = []
        var next: [[Int32]] = []
        var starts: [Int32] = []
    }

    let chains: [Chain]
    let subjects: [String]
    /// Share of reports that re-use paragraphs of an earlier one.
    let copyShare: Double
    let seed: UInt64

    init(rawFolder: URL, copyShare: Double = 0.03, seed: UInt64 = 1) throws {
        guard let listed = try? FileManager.default.contentsOfDirectory(atPath: rawFolder.path) else {
            throw LabError("\(rawFolder.path): no such folder (the raw prose, shared/corpus/raw; give it with --raw)")
        }
        let files = listed.filter { $0.hasPrefix("viwiki_") && $0.hasSuffix(".txt") }.sorted()
        guard !files.isEmpty else { throw LabError("no viwiki_*.txt files in \(rawFolder.path)") }
        var chains: [Chain] = []
        for f in files {
            let text = try String(contentsOf: rawFolder.appendingPathComponent(f), encoding: .utf8)
            chains.append(Self.train(text))
        }
        self.chains = chains
        self.subjects = files.map { String($0.dropFirst(7).dropLast(4)) }
        self.copyShare = copyShare
        self.seed = seed
    }

    static func train(_ text: String) -> Chain {
        var chain = Chain()
        var ids: [Substring: Int32] = [:]
        func id(_ w: Substring) -> Int32 {
            if let i = ids[w] { return i }
            let i = Int32(chain.words.count)
            ids[w] = i
            chain.words.append(String(w))
            chain.next.append([])
            return i
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("@@@") {
            var previous: Int32 = -1
            for w in line.split(separator: " ") {
                let i = id(w)
                if previous < 0 { chain.starts.append(i) } else { chain.next[Int(previous)].append(i) }
                previous = i
            }
        }
        return chain
    }

    /// Metadata of report `index`: who, where, when; it does not need the text.
    struct Meta: Sendable {
        var id: String
        var nomineeID: String
        var unit: String
        var year: Int
        var subject: Int
        var title: String
        /// The earlier report this one copies from, if any.
        var copiedFrom: Int?
    }

    func meta(_ index: Int, total: Int) -> Meta {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let years = 8
        let year = 2018 + index * years / max(1, total)
        let subject = Int(rng.next() % UInt64(chains.count))
        let unit = "Đơn vị số \(rng.next() % 400 + 1)"
        let nominee = "CB\(String(format: "%06d", Int(rng.next() % UInt64(max(1, total / 3)))))"
        var copied: Int?
        if index > 50, Double(rng.next() % 10_000) / 10_000 < copyShare {
            copied = Int(rng.next() % UInt64(index))
        }
        let title = "Sáng kiến số \(index) về \(subjects[subject].replacingOccurrences(of: "_", with: " "))"
        return Meta(id: "S\(year)-\(String(format: "%07d", index))", nomineeID: nominee, unit: unit, year: year,
                    subject: subject, title: title, copiedFrom: copied)
    }

    /// The text of report `index`.
    func text(_ index: Int, total: Int) -> String {
        let m = meta(index, total: total)
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        var paragraphs = body(subject: m.subject, rng: &rng)
        if let source = m.copiedFrom {
            let theirs = body(of: source, total: total)
            if rng.next() % 2 == 0 {
                // A re-submission: the earlier report's body, a paragraph dropped, every other one edited.
                paragraphs = theirs.enumerated().filter { $0.offset != Int(rng.next() % UInt64(theirs.count)) }
                    .map { $0.offset % 2 == 0 ? $0.element : lightlyEdited($0.element, rng: &rng) }
            } else {
                // A partial copy: one to three paragraphs of it among the report's own.
                let take = Int(rng.next() % 3) + 1
                for k in 0..<min(take, theirs.count) {
                    var p = theirs[(k * 2) % theirs.count]
                    if rng.next() % 2 == 0 { p = lightlyEdited(p, rng: &rng) }
                    paragraphs.insert(p, at: min(paragraphs.count, Int(rng.next() % UInt64(paragraphs.count + 1))))
                }
            }
        }
        return header(m) + paragraphs.joined(separator: "\n") + "\n" + footer(m)
    }

    /// Body paragraphs of report `index` as generated (before any copying into it).
    func body(of index: Int, total: Int) -> [String] {
        let m = meta(index, total: total)
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        return body(subject: m.subject, rng: &rng)
    }

    private func body(subject: Int, rng: inout SplitMix64) -> [String] {
        let chain = chains[subject]
        let count = 12 + Int(rng.next() % 16)
        return (0..<count).map { _ in
            var words: [String] = []
            let length = 40 + Int(rng.next() % 120)
            var w = chain.starts[Int(rng.next() % UInt64(chain.starts.count))]
            while words.count < length {
                words.append(chain.words[Int(w)])
                let options = chain.next[Int(w)]
                w = options.isEmpty ? chain.starts[Int(rng.next() % UInt64(chain.starts.count))]
                    : options[Int(rng.next() % UInt64(options.count))]
            }
            return words.joined(separator: " ")
        }
    }

    private func lightlyEdited(_ p: String, rng: inout SplitMix64) -> String {
        var words = p.split(separator: " ").map(String.init)
        for _ in 0..<max(1, words.count / 25) {
            words[Int(rng.next() % UInt64(words.count))] = ["nhằm", "để", "giúp", "việc", "rất", "nhiều"][Int(rng.next() % 6)]
        }
        return words.joined(separator: " ")
    }

    // The administrative frame, written for this generator.
    private func header(_ m: Meta) -> String {
        """
        \(m.unit.uppercased())
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Ngày 15 tháng 5 năm \(m.year)
        BÁO CÁO SÁNG KIẾN KINH NGHIỆM
        Tên sáng kiến: \(m.title)
        Tác giả: \(m.nomineeID)
        I. ĐẶT VẤN ĐỀ

        """
    }

    private func footer(_ m: Meta) -> String {
        """
        V. KẾT LUẬN VÀ KIẾN NGHỊ
        Trên đây là báo cáo sáng kiến của bản thân, kính đề nghị Hội đồng xem xét.
        Người viết báo cáo

        """
    }
}

/// A small, fast, seedable random generator (Steele, Lea, Flood 2014): reproducible archives.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct LabError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
