/// What initiative titles are about, so initiatives on one subject can be found by their titles.
///
/// A title's subject is its words (folded, the unit's name left out) that are not title boilerplate:
/// words in more than `boilerplateShare` of the archive's titles ("một số giải pháp nâng cao hiệu quả",
/// "tại") only say that it is a title. "Một số kinh nghiệm về chuyển đổi cơ cấu cây trồng tại xã X" and
/// "Giải pháp đổi mới chuyển đổi cơ cấu cây trồng ở thị trấn Y" share the subject "chuyển đổi cơ cấu
/// cây trồng" once the stock openings are frequent enough to be recognised as such.
struct TitleSubjects: Sendable {
    let boilerplateShare: Double
    /// How many titles hold each word.
    private var frequency: [UInt64: Int] = [:]
    private var titleCount = 0
    /// Initiatives by subject, in the order added.
    private var groups: [String: [String]] = [:]
    /// The same read in place from a mapped model (`readView`).
    private var mapped: Mapped?
    private struct Mapped: Sendable {
        var words: FrozenArray<UInt64>
        var frequency: FrozenArray<Int64>
        /// Subjects sorted by their bytes; each one's members are `members[starts[i]..<starts[i + 1]]`.
        var subjects: FrozenStrings
        var starts: FrozenArray<Int64>
        var members: FrozenStrings
    }

    init(boilerplateShare: Double) { self.boilerplateShare = boilerplateShare }

    /// The words of a title that can say what it is about: folded token hashes (numbers as one class)
    /// without the words of the unit's name, which say where ("… tại Trường THCS Hồng Kim", "… tại xã
    /// Hương Phong" from "UBND xã Hương Phong").
    static func tokens(title: String, unit: String) -> [UInt64] {
        let place = Set(TokenStream(text: unit, numbersAsClass: true).hashes)
        return TokenStream(text: title, numbersAsClass: true).hashes.filter { !place.contains($0) }
    }

    /// Counts the words of every title of the archive; call before `add`, with all of them.
    mutating func count(_ titles: [[UInt64]]) {
        frequency = [:]
        groups = [:]
        titleCount = titles.count
        for t in titles { for w in Set(t) { frequency[w, default: 0] += 1 } }
    }

    /// Files an initiative under its title's subject.
    mutating func add(id: String, tokens: [UInt64]) {
        if let s = subject(tokens) { groups[s, default: []].append(id) }
    }

    /// The title's subject: its words that are not boilerplate, in order; nil when none is left.
    func subject(_ tokens: [UInt64]) -> String? {
        let limit = boilerplateShare * Double(titleCount)
        let kept = tokens.filter { Double(count(of: $0)) <= limit }
        return kept.isEmpty ? nil : kept.map(String.init).joined(separator: " ")
    }

    /// The initiatives filed under the same subject as these title words.
    func members(sharingSubjectOf tokens: [UInt64]) -> [String] {
        guard let subject = subject(tokens) else { return [] }
        guard let mapped else { return groups[subject] ?? [] }
        guard let i = mapped.subjects.index(of: subject), i + 1 < mapped.starts.count else { return [] }
        let from = Int(truncatingIfNeeded: mapped.starts[i]), to = Int(truncatingIfNeeded: mapped.starts[i + 1])
        guard from >= 0, from <= to, to <= mapped.members.count else { return [] }
        return (from..<to).compactMap { mapped.members[$0] }
    }

    /// How many titles hold the word.
    private func count(of word: UInt64) -> Int {
        guard let mapped else { return frequency[word] ?? 0 }
        return mapped.words.firstIndex(ofSorted: word).map { Int(truncatingIfNeeded: mapped.frequency[$0]) } ?? 0
    }

    /// The form a mapped model holds (`DutyRelevance.mappedSnapshot`). Not for a model read in place.
    func writeView(to w: inout ModelWriter) {
        precondition(mapped == nil)
        let words = frequency.sorted { $0.key < $1.key }
        w.viewArray(words.map(\.key)); w.viewArray(words.map { Int64($0.value) })
        w.int(titleCount)
        let subjects = groups.sorted { FrozenStrings.byteOrder($0.key, $1.key) }
        FrozenStrings.write(subjects.map(\.key), to: &w)
        var starts: [Int64] = [0]
        for s in subjects { starts.append(starts[starts.count - 1] + Int64(s.value.count)) }
        w.viewArray(starts)
        FrozenStrings.write(subjects.flatMap(\.value), to: &w)
    }

    static func readView(from r: inout ModelViewReader, boilerplateShare: Double) throws(ModelReader.Malformed) -> TitleSubjects {
        var t = TitleSubjects(boilerplateShare: boilerplateShare)
        let words = try r.array(UInt64.self), frequency = try r.array(Int64.self)
        guard words.count == frequency.count else { throw ModelReader.Malformed() }
        t.titleCount = try r.int()
        let subjects = try FrozenStrings.read(from: &r)
        let starts = try r.array(Int64.self)
        guard starts.count == subjects.count + 1 else { throw ModelReader.Malformed() }
        t.mapped = Mapped(words: words, frequency: frequency, subjects: subjects, starts: starts,
                          members: try FrozenStrings.read(from: &r))
        return t
    }

    func write(to w: inout ModelWriter) {
        let words = frequency.sorted { $0.key < $1.key }
        w.array(words.map(\.key)); w.array(words.map(\.value))
        w.int(titleCount)
        let subjects = groups.sorted { $0.key < $1.key }
        w.strings(subjects.map(\.key))
        for s in subjects { w.strings(s.value) }
    }

    static func read(from r: inout ModelReader, boilerplateShare: Double) throws(ModelReader.Malformed) -> TitleSubjects {
        var t = TitleSubjects(boilerplateShare: boilerplateShare)
        let keys = try r.array(UInt64.self), values = try r.array(Int.self)
        guard keys.count == values.count else { throw ModelReader.Malformed() }
        t.frequency = Dictionary(zip(keys, values), uniquingKeysWith: { a, _ in a })
        t.titleCount = try r.int()
        for subject in try r.strings() { t.groups[subject] = try r.strings() }
        return t
    }
}
