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
        let kept = tokens.filter { Double(frequency[$0] ?? 0) <= limit }
        return kept.isEmpty ? nil : kept.map(String.init).joined(separator: " ")
    }

    /// The initiatives filed under the same subject as these title words.
    func members(sharingSubjectOf tokens: [UInt64]) -> [String] {
        subject(tokens).flatMap { groups[$0] } ?? []
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
