import BinhXetText

/// Two passages word by word: the words both share (compared folded: case, tones and đ do not matter, as the
/// checker compares them) and the words only one has, as runs, so shared text is marked and the differences
/// stay visible on each side.
enum WordDiff {
    /// Runs for the left and the right text. Beyond `limit` words a side, the whole passage is marked shared
    /// (the checker already aligned it; a quadratic diff of a whole chapter would only slow printing).
    static func runs(_ left: String, _ right: String, limit: Int = 3000) -> ([TextRun], [TextRun]) {
        let a = words(left), b = words(right)
        guard a.count <= limit, b.count <= limit else {
            return ([TextRun(left, shared: true)], [TextRun(right, shared: true)])
        }
        let ka = a.map(\.key), kb = b.map(\.key)
        // Longest common subsequence of the folded words.
        var table = Array(repeating: Array(repeating: 0, count: kb.count + 1), count: ka.count + 1)
        for i in stride(from: ka.count - 1, through: 0, by: -1) {
            for j in stride(from: kb.count - 1, through: 0, by: -1) {
                table[i][j] = !ka[i].isEmpty && ka[i] == kb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var sharedA = Array(repeating: false, count: a.count), sharedB = Array(repeating: false, count: b.count)
        var i = 0, j = 0
        while i < ka.count && j < kb.count {
            if !ka[i].isEmpty && ka[i] == kb[j] { sharedA[i] = true; sharedB[j] = true; i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        return (merge(a, sharedA), merge(b, sharedB))
    }

    struct Word { var text: String; var key: String }

    /// Words with the spaces after them; the key is the folded word without punctuation.
    static func words(_ s: String) -> [Word] {
        var out: [Word] = []
        var current = ""
        var inSpace = false
        for ch in s {
            if ch.isWhitespace { inSpace = true; current.append(ch); continue }
            if inSpace { out.append(Word(text: current, key: key(current))); current = ""; inSpace = false }
            current.append(ch)
        }
        if !current.isEmpty { out.append(Word(text: current, key: key(current))) }
        return out
    }

    static func key(_ w: String) -> String {
        VietnameseFolding.fold(w.filter { $0.isLetter || $0.isNumber }).lowercased()
    }

    static func merge(_ ws: [Word], _ shared: [Bool]) -> [TextRun] {
        var out: [TextRun] = []
        for (w, s) in zip(ws, shared) {
            if let last = out.last, last.shared == s { out[out.count - 1].text += w.text } else { out.append(TextRun(w.text, shared: s)) }
        }
        return out
    }
}
