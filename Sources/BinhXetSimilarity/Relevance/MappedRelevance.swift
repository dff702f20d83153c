/// What `DutyRelevance.assess` reads of a prepared model, read in place from its mapped form
/// (`DutyRelevance.mappedSnapshot`, issue 13): sorted ids and persons searched by binary search, each
/// learned initiative's rows and each duty wording's group located where they lie, so opening a model
/// of 100,000 reports reads a few pages and one assessment a few more. Every index read from the bytes
/// is checked before it is used: a value out of bounds reads as absent, never as another's memory.
struct MappedRelevance: Sendable {
    /// Learned initiatives' ids, sorted by their bytes; the index of an id numbers the per-initiative arrays.
    let ids: FrozenStrings
    /// Per initiative: its author (an index into `persons`, sorted by bytes) and position (into `positions`).
    let personOf: FrozenArray<Int32>
    let persons: FrozenStrings
    let positionOf: FrozenArray<Int32>
    let positions: FrozenStrings
    /// The learned fields, subjects and jobs: per initiative the row (-1: none) in a flat array of rows.
    let tables: [(rowOf: FrozenArray<Int32>, values: FrozenArray<Double>)]
    let fieldCount: Int
    /// Duty wordings' groups: the words of group g are `wordKeys/wordValues[wordStarts[g]..<wordStarts[g + 1]]`
    /// (in key order) with the norm `norms[g]`; the rest of a group is read when it is a colleague's.
    let wordStarts: FrozenArray<Int64>
    let wordKeys: FrozenArray<UInt64>
    let wordValues: FrozenArray<Double>
    let norms: FrozenArray<Double>
    let recordOffsets: FrozenArray<Int64>
    let records: Range<Int>
    let bytes: ModelBytes
    /// How many learned duty wordings hold each word (sorted keys).
    let frequencyWords: FrozenArray<UInt64>
    let frequencyCounts: FrozenArray<Int64>

    enum Table: Int { case fields = 0, subjects = 1, jobs = 2 }

    var groupCount: Int { norms.count }

    func index(ofID id: String) -> Int? { ids.index(of: id) }

    func personIndex(of person: String) -> Int? { persons.index(of: person) }

    /// The author of the learned initiative at `i` (an index into `persons`).
    func personIndex(at i: Int) -> Int? {
        guard personOf.contains(index: i) else { return nil }
        let p = Int(personOf[i])
        return p >= 0 && p < persons.count ? p : nil
    }

    func person(of id: String) -> String? {
        index(ofID: id).flatMap(personIndex(at:)).flatMap { persons[$0] }
    }

    func position(of id: String) -> String? {
        guard let i = index(ofID: id), positionOf.contains(index: i) else { return nil }
        return positions[Int(positionOf[i])]
    }

    func row(_ table: Table, of id: String) -> [Double]? {
        guard let i = index(ofID: id) else { return nil }
        let (rowOf, values) = tables[table.rawValue]
        guard rowOf.contains(index: i) else { return nil }
        let r = Int(rowOf[i])
        guard r >= 0, (r + 1) * fieldCount <= values.count else { return nil }
        return values.slice((r * fieldCount)..<((r + 1) * fieldCount))
    }

    func wordFrequency(_ word: UInt64) -> Int? {
        frequencyWords.firstIndex(ofSorted: word).map { Int(truncatingIfNeeded: frequencyCounts[$0]) }
    }

    /// `SparseVector.cosine` of `words` with group g's words, the same sums in the same order.
    func cosine(_ words: SparseVector, group g: Int) -> Double {
        guard g >= 0, g + 1 < wordStarts.count, norms.contains(index: g) else { return 0 }
        let from = Int(truncatingIfNeeded: wordStarts[g]), to = Int(truncatingIfNeeded: wordStarts[g + 1])
        guard from >= 0, from <= to, to <= wordKeys.count, to <= wordValues.count else { return 0 }
        let norm = norms[g]
        guard words.norm > 0, norm > 0 else { return 0 }
        var dot = 0.0, i = 0, j = from
        while i < words.keys.count, j < to {
            let key = wordKeys[j]
            if words.keys[i] == key { dot += words.values[i] * wordValues[j]; i += 1; j += 1 }
            else if words.keys[i] < key { i += 1 } else { j += 1 }
        }
        return dot / (words.norm * norm)
    }

    /// A group's members (initiative indices, ascending) with their fields, its sum, and per author
    /// (person indices, ascending) the sum of their members' fields and how many there are.
    struct Group {
        let members: FrozenArray<Int32>
        let memberFields: FrozenArray<Double>
        let sum: [Double]
        let persons: FrozenArray<Int32>
        let personSums: FrozenArray<Double>
        let personCounts: FrozenArray<Double>
        let fieldCount: Int

        func byPerson(_ p: Int) -> (sum: [Double], count: Double)? {
            guard let i = persons.firstIndex(ofSorted: Int32(truncatingIfNeeded: p)) else { return nil }
            return (personSums.slice((i * fieldCount)..<((i + 1) * fieldCount)), personCounts[i])
        }

        /// The fields of the member that is learned initiative `i`.
        func memberFields(of i: Int) -> [Double]? {
            guard let m = members.firstIndex(ofSorted: Int32(truncatingIfNeeded: i)) else { return nil }
            return memberFields.slice((m * fieldCount)..<((m + 1) * fieldCount))
        }
    }

    /// Group g read where it lies; nil when its record is out of bounds or malformed.
    func group(_ g: Int) -> Group? {
        guard recordOffsets.contains(index: g) else { return nil }
        let at = records.lowerBound + Int(truncatingIfNeeded: recordOffsets[g])
        guard at >= records.lowerBound, at < records.upperBound else { return nil }
        var r = ModelViewReader(bytes, from: at)
        let n = fieldCount
        guard let members = try? r.array(Int32.self), let fields = try? r.array(Double.self),
              let sum = try? r.array(Double.self), let persons = try? r.array(Int32.self),
              let sums = try? r.array(Double.self), let counts = try? r.array(Double.self),
              fields.count == members.count * n, sum.count == n, sums.count == persons.count * n,
              counts.count == persons.count else { return nil }
        return Group(members: members, memberFields: fields, sum: sum.array, persons: persons, personSums: sums,
                     personCounts: counts, fieldCount: n)
    }

    /// Reads the tables (after the header, at `r`), checking every length against the bytes.
    static func read(from r: inout ModelViewReader, fieldCount n: Int) throws(ModelReader.Malformed) -> MappedRelevance {
        let ids = try FrozenStrings.read(from: &r)
        let personOf = try r.array(Int32.self), persons = try FrozenStrings.read(from: &r)
        let positionOf = try r.array(Int32.self), positions = try FrozenStrings.read(from: &r)
        guard personOf.count == ids.count, positionOf.count == ids.count, n > 0 else { throw ModelReader.Malformed() }
        var tables: [(rowOf: FrozenArray<Int32>, values: FrozenArray<Double>)] = []
        for _ in 0..<3 {
            let rowOf = try r.array(Int32.self), values = try r.array(Double.self)
            guard rowOf.count == ids.count, values.count % n == 0 else { throw ModelReader.Malformed() }
            tables.append((rowOf, values))
        }
        let groupCount = try r.int()
        guard groupCount >= 0 else { throw ModelReader.Malformed() }
        let wordStarts = try r.array(Int64.self), wordKeys = try r.array(UInt64.self)
        let wordValues = try r.array(Double.self), norms = try r.array(Double.self)
        let recordOffsets = try r.array(Int64.self)
        guard wordStarts.count == groupCount + 1, wordKeys.count == wordValues.count, norms.count == groupCount,
              recordOffsets.count == groupCount else { throw ModelReader.Malformed() }
        let length = try r.int()
        let start = r.offset
        guard length >= 0, length <= r.end - start else { throw ModelReader.Malformed() }
        try r.seek(start + length)
        let frequencyWords = try r.array(UInt64.self), frequencyCounts = try r.array(Int64.self)
        guard frequencyWords.count == frequencyCounts.count else { throw ModelReader.Malformed() }
        return MappedRelevance(ids: ids, personOf: personOf, persons: persons, positionOf: positionOf, positions: positions,
                               tables: tables, fieldCount: n, wordStarts: wordStarts, wordKeys: wordKeys,
                               wordValues: wordValues, norms: norms, recordOffsets: recordOffsets,
                               records: start..<(start + length), bytes: r.bytes,
                               frequencyWords: frequencyWords, frequencyCounts: frequencyCounts)
    }
}
