import BinhXetCore
import BinhXetSimilarity
import Foundation

/// Scores the findings a desk stored against truth.json and prints the per-label table.
struct EvalReport {
    let truth: EvalTruth
    let desk: EvalDesk
    /// Re-use findings as stored (off-duty ones are in `offDuty`).
    let findings: [StoredFinding]
    /// Nominations with an off-duty finding.
    let offDuty: Set<String>
    /// Every relevance assessment, by nomination (only for `--verbose`).
    let assessments: [String: RelevanceAssessment]
    /// Document id (SK…) by nomination id (N…), and back.
    let docOf: [String: String]
    let nominationOf: [String: String]
    /// Documents that were scanned, by document id.
    let scanned: Set<String>

    init(truth: EvalTruth, desk: EvalDesk, scanned nominations: [String], findings: [StoredFinding],
         assessments: [String: RelevanceAssessment]) {
        self.truth = truth
        self.desk = desk
        self.findings = findings.filter { $0.kind.hasSource }
        offDuty = Set(findings.filter { $0.kind == .offDuty }.map(\.nominationID))
        self.assessments = assessments
        var docOf: [String: String] = [:]
        for (doc, d) in truth.documents { docOf[d.nomination_id] = doc }
        self.docOf = docOf
        nominationOf = Dictionary(docOf.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        scanned = Set(nominations.compactMap { docOf[$0] })
    }

    /// Label of a truth pair: its case's label for a planted case, else its relation.
    private func label(of pair: EvalTruth.Pair) -> String {
        if pair.relation == "direct", let id = pair.case_ids.first,
           let c = truth.cases.first(where: { $0.case_id == id }) { return c.label }
        return pair.relation
    }

    func print(verbose: Bool) {
        let truthPairs = truth.pairs.filter { scanned.contains($0.susp_doc) && scanned.contains($0.src_doc) }
        let skippedPairs = truth.pairs.count - truthPairs.count
        let truthKeys = Dictionary(truthPairs.map { ("\($0.susp_doc)|\($0.src_doc)", $0) }, uniquingKeysWith: { a, _ in a })
        let predicted = Dictionary(findings.compactMap { f -> (String, StoredFinding)? in
            guard let s = docOf[f.nominationID], let r = f.sourceID.flatMap({ docOf[$0] }) else { return nil }
            return ("\(s)|\(r)", f)
        }, uniquingKeysWith: { a, _ in a })

        // Labels: those of truth pairs, then the negatives' case labels.
        var labels: [String] = []
        for p in truthPairs where !labels.contains(label(of: p)) { labels.append(label(of: p)) }
        labels.sort()

        // A false pair counts against every label its checked document carries.
        func docLabels(_ doc: String) -> [String] { truth.documents[doc]?.labels ?? [] }
        var falsePairsByLabel: [String: [String]] = [:]
        for key in predicted.keys where truthKeys[key] == nil {
            let susp = String(key.split(separator: "|")[0])
            for l in Set(docLabels(susp)) { falsePairsByLabel[l, default: []].append(key) }
            falsePairsByLabel["all", default: []].append(key)
        }

        func detections(_ keys: [String]) -> [EvalPassage] {
            keys.flatMap { key -> [EvalPassage] in
                guard let f = predicted[key] else { return [] }
                let parts = key.split(separator: "|").map(String.init)
                return f.passages.map {
                    EvalPassage(susp: parts[0], source: parts[1], suspRange: $0.offset..<($0.offset + $0.length),
                                sourceRange: $0.sourceOffset..<($0.sourceOffset + $0.sourceLength))
                }
            }
        }
        func cases(_ pairs: [EvalTruth.Pair]) -> [EvalPassage] {
            pairs.flatMap { p in
                p.passages.map {
                    EvalPassage(susp: p.susp_doc, source: p.src_doc, suspRange: $0.susp_offset..<($0.susp_offset + $0.susp_length),
                                sourceRange: $0.src_offset..<($0.src_offset + $0.src_length))
                }
            }
        }

        Swift.print("Corpus: \(desk.report.added) nominations imported, \(truth.documents.count) reports, \(scanned.count) scanned.")
        if !desk.checksumMismatches.isEmpty {
            Swift.print("WARNING: \(desk.checksumMismatches.count) stored texts differ from truth.json (offsets unreliable): "
                        + desk.checksumMismatches.prefix(5).joined(separator: ", "))
        }
        Swift.print("Truth pairs: \(truth.pairs.count), of which \(truthPairs.count) have both documents scanned (\(skippedPairs) not).")
        Swift.print("")
        let header = "label                       pairs found  recall  prec    F1     | passages detections  PAN-prec PAN-rec gran   plagdet"
        Swift.print(header)
        Swift.print(String(repeating: "-", count: header.count))
        var rows: [(String, [EvalTruth.Pair], [String])] = labels.map { l in
            (l, truthPairs.filter { label(of: $0) == l }, falsePairsByLabel[l] ?? [])
        }
        rows.append(("ALL", truthPairs, falsePairsByLabel["all"] ?? []))
        for (name, pairs, falseKeys) in rows {
            var scores = EvalPairScores()
            var truePositiveKeys: [String] = []
            for p in pairs {
                let key = "\(p.susp_doc)|\(p.src_doc)"
                if predicted[key] != nil { scores.truePositives += 1; truePositiveKeys.append(key) } else { scores.falseNegatives += 1 }
            }
            scores.falsePositives = falseKeys.count
            let pan = EvalPAN(cases: cases(pairs), detections: detections(truePositiveKeys + falseKeys))
            Swift.print(pad(name, 27) + pad("\(pairs.count)", 6) + pad("\(scores.truePositives)", 6)
                        + pad(fmt(scores.recall), 8) + pad(fmt(scores.precision), 8) + pad(fmt(scores.f1), 7) + "| "
                        + pad("\(pan.cases)", 9) + pad("\(pan.detections)", 12)
                        + pad(fmt(pan.precision), 9) + pad(fmt(pan.recall), 8) + pad(fmt(pan.granularity), 7) + fmt(pan.plagdet))
        }

        // Negatives: planted cases that must not be flagged.
        Swift.print("")
        for negative in ["template_only", "same_topic_independent"] {
            let list = truth.cases.filter { $0.label == negative && scanned.contains($0.susp_doc) }
            let flaggedPair = list.filter { c in predicted["\(c.susp_doc)|\(c.src_doc ?? "")"] != nil }
            let flaggedDoc = list.filter { c in
                predicted.keys.contains { $0.hasPrefix(c.susp_doc + "|") && truthKeys[$0] == nil }
            }
            Swift.print("negative \(negative): \(list.count) cases scanned, pair flagged: \(flaggedPair.count), "
                        + "document with any false finding: \(flaggedDoc.count)")
        }

        // Kinds given to the found pairs, by truth label.
        Swift.print("")
        Swift.print("kinds of found pairs by label (self_reuse / copy_other / partial):")
        for l in labels {
            var counts: [FindingKind: Int] = [:]
            for p in truthPairs where label(of: p) == l {
                if let f = predicted["\(p.susp_doc)|\(p.src_doc)"] { counts[f.kind, default: 0] += 1 }
            }
            Swift.print("  " + pad(l, 25) + "\(counts[.selfReuse] ?? 0) / \(counts[.copyOther] ?? 0) / \(counts[.partial] ?? 0)")
        }

        // Off duty, per document.
        let offDutyTruth = Set(truth.documents.filter { $0.value.labels.contains("off_duty") }.map(\.key)).intersection(scanned)
        let offDutyPredicted = Set(offDuty.compactMap { docOf[$0] })
        var od = EvalPairScores()
        od.truePositives = offDutyTruth.intersection(offDutyPredicted).count
        od.falsePositives = offDutyPredicted.subtracting(offDutyTruth).count
        od.falseNegatives = offDutyTruth.subtracting(offDutyPredicted).count
        Swift.print("")
        Swift.print("off_duty: \(offDutyTruth.count) documents, flagged \(offDutyPredicted.count): precision \(fmt(od.precision)), "
                    + "recall \(fmt(od.recall)), F1 \(fmt(od.f1))")

        if verbose {
            Swift.print("")
            let scores = assessments.compactMap { nomination, a -> (Bool, Double)? in
                guard let doc = docOf[nomination] else { return nil }
                return (offDutyTruth.contains(doc), a.score)
            }
            for flag in [true, false] {
                let v = scores.filter { $0.0 == flag }.map(\.1).sorted()
                guard !v.isEmpty else { continue }
                let q = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map { v[min(v.count - 1, Int($0 * Double(v.count - 1)))] }
                Swift.print("relevance scores, \(flag ? "off-duty" : "on-duty ") documents: " + q.map { fmt($0) }.joined(separator: " "))
            }
            for p in truthPairs where predicted["\(p.susp_doc)|\(p.src_doc)"] == nil {
                Swift.print("missed: \(p.susp_doc) <- \(p.src_doc) [\(label(of: p))]")
            }
            for key in predicted.keys.sorted() where truthKeys[key] == nil {
                let f = predicted[key]!
                Swift.print("unexpected: \(key) \(f.kind.rawValue) coverage \(fmt(f.coverage)) passages \(f.passages.count) "
                            + "labels \(docLabels(String(key.split(separator: "|")[0])))")
            }
            for doc in offDutyTruth.symmetricDifference(offDutyPredicted).sorted() {
                guard let n = nominationOf[doc], let a = assessments[n] else { continue }
                Swift.print("off_duty \(offDutyTruth.contains(doc) ? "missed" : "false"): \(doc) score \(fmt(a.score)) "
                            + "duty \(a.dutyFields.prefix(3)) text \(a.textFields.prefix(3)) evidence \(a.textEvidence.prefix(4))")
            }
        }
    }

    /// Every stored finding as one JSON object per line.
    static func writeFindings(_ findings: [StoredFinding], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        for f in findings { out += try encoder.encode(f); out += Data("\n".utf8) }
        try out.write(to: URL(fileURLWithPath: path))
    }
}

private func fmt(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "-" }
private func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
