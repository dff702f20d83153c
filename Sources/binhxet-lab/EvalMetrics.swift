import Foundation

/// A passage pair between two documents, by document id: a truth case or a detection.
struct EvalPassage: Sendable {
    var susp: String
    var source: String
    var suspRange: Range<Int>
    var sourceRange: Range<Int>
}

/// Pair-level precision, recall and F1.
struct EvalPairScores {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double? { truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double? { truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double? {
        guard let p = precision, let r = recall, p + r > 0 else { return nil }
        return 2 * p * r / (p + r)
    }
}

/// Character-level text-alignment measures of PAN (Potthast, Stein, Barrón-Cedeño, Rosso 2010): macro
/// precision and recall over cases and detections, granularity, and plagdet = F1 / log2(1 + granularity).
///
/// As in PAN's reference implementation, a detection detects a case when both concern the same document
/// pair and their ranges overlap in the suspicious document; the characters counted are those of both
/// documents.
struct EvalPAN {
    var precision: Double?
    var recall: Double?
    var granularity: Double?
    var cases: Int
    var detections: Int

    var plagdet: Double? {
        guard let p = precision, let r = recall else { return nil }
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        return f / log2(1 + (granularity ?? 1))
    }

    init(cases: [EvalPassage], detections: [EvalPassage]) {
        self.cases = cases.count
        self.detections = detections.count
        let detectionsByPair = Dictionary(grouping: detections) { "\($0.susp)|\($0.source)" }
        let casesByPair = Dictionary(grouping: cases) { "\($0.susp)|\($0.source)" }

        if cases.isEmpty { recall = nil; granularity = nil } else {
            var recallSum = 0.0, granularitySum = 0, detected = 0
            for c in cases {
                let hits = (detectionsByPair["\(c.susp)|\(c.source)"] ?? []).filter { $0.suspRange.overlaps(c.suspRange) }
                recallSum += EvalPAN.fraction(of: c, coveredBy: hits)
                if !hits.isEmpty { detected += 1; granularitySum += hits.count }
            }
            recall = recallSum / Double(cases.count)
            granularity = detected == 0 ? 1 : Double(granularitySum) / Double(detected)
        }
        if detections.isEmpty { precision = nil } else {
            var sum = 0.0
            for d in detections {
                let hits = (casesByPair["\(d.susp)|\(d.source)"] ?? []).filter { $0.suspRange.overlaps(d.suspRange) }
                sum += EvalPAN.fraction(of: d, coveredBy: hits)
            }
            precision = sum / Double(detections.count)
        }
    }

    /// Share of a passage's characters (both documents) inside the union of the others' ranges.
    static func fraction(of p: EvalPassage, coveredBy others: [EvalPassage]) -> Double {
        let total = p.suspRange.count + p.sourceRange.count
        guard total > 0 else { return 0 }
        let a = unionLength(others.map { clamp($0.suspRange, to: p.suspRange) })
        let b = unionLength(others.map { clamp($0.sourceRange, to: p.sourceRange) })
        return Double(a + b) / Double(total)
    }

    private static func clamp(_ r: Range<Int>, to bounds: Range<Int>) -> Range<Int> {
        let lo = max(r.lowerBound, bounds.lowerBound), hi = min(r.upperBound, bounds.upperBound)
        return lo < hi ? lo..<hi : lo..<lo
    }

    private static func unionLength(_ ranges: [Range<Int>]) -> Int {
        var total = 0
        var end = Int.min
        for r in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.lowerBound >= end { total += r.count; end = r.upperBound } else if r.upperBound > end {
                total += r.upperBound - end; end = r.upperBound
            }
        }
        return total
    }
}
