import BinhXetSimilarity
import BinhXetText
import Foundation

/// The kết quả kiểm tra trùng lặp of one nomination: the evidence a unit told "your initiative copies
/// another" must be able to read, as Turnitin, iThenticate and DoIT hand theirs over. The checked initiative,
/// the overall similarity and each source (author, unit, year, what became of it), the method and its
/// thresholds, then every matched passage side by side with the shared words marked, the differing words
/// plain, and administrative template lines greyed as not counted.
enum SimilarityReportDocument {
    struct Source {
        var finding: StoredFinding
        var nomination: ReviewedNomination?
        var text: String
    }

    static func build(_ n: ReviewedNomination, text: String, sources: [Source], offDuty: StoredFinding?, templates: [String],
                      parameters: SimilarityParameters, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let scalars = Array(text.unicodeScalars)
        var body: [DocumentBlock] = [
            .text("I. SÁNG KIẾN ĐƯỢC KIỂM TRA", .heading),
            .labelled("Người đề nghị: ", "\(n.personName), \(n.position), \(n.unitName)."),
            .labelled("Danh hiệu đề nghị: ", "\(ReportText.title(n.title)) năm \(n.year)."),
            .labelled("Tên sáng kiến: ", "\(n.initiativeTitle ?? "—")."),
            .labelled("Phương pháp: ", "văn bản được so với mọi sáng kiến nhận trước đó (các năm trước và trước đó trong năm) trên cùng bàn làm việc; so theo âm tiết đã bỏ dấu và chữ hoa (bản không dấu, mã cũ vẫn khớp), lấy dấu vân tay theo cụm \(parameters.shingleSize) âm tiết (bảo đảm phát hiện mọi đoạn trùng từ \(parameters.guaranteeThreshold) âm tiết), rồi căn từng đoạn; một đoạn trùng cần ít nhất \(parameters.minPassageTokens) âm tiết, một kết luận cần ít nhất \(parameters.minReusedTokens) âm tiết trùng và một đoạn neo \(parameters.minAnchorTokens) âm tiết. Văn bản mẫu hành chính (quốc hiệu, tiêu đề, mục của biểu mẫu, câu thường dùng) không tính."),
            .labelled("Ngưỡng: ", "sử dụng lại từ \(c.rules.reuseMinCoverage) nội dung được coi là cùng một sáng kiến (reuse_min_coverage); dưới mức đó là trùng lặp một phần."),
            .text("II. KẾT QUẢ CHUNG", .heading),
        ]
        let overall = sources.map(\.finding.coverage).max() ?? 0
        body.append(.labelled("Tỷ lệ trùng lặp cao nhất: ", sources.isEmpty ? "không phát hiện đoạn trùng với sáng kiến nào trước đó." :
            "\(DocumentText.share(overall)) nội dung (không kể văn bản mẫu), với \(DocumentText.count(sources.count)) sáng kiến nguồn."))
        if !sources.isEmpty {
            let columns = [TableColumn.figure("STT", width: 5), TableColumn("Sáng kiến nguồn", width: 26), TableColumn("Tác giả, đơn vị", width: 24),
                           .figure("Năm", width: 7), TableColumn("Kết quả của sáng kiến nguồn", width: 22), TableColumn("Loại trùng", width: 16),
                           .figure("Tỷ lệ", width: 9)]
            let rows = sources.enumerated().map { i, src -> TableRow in
                let sn = src.nomination
                return TableRow([String(i + 1), sn?.initiativeTitle ?? "—", sn.map { "\($0.personName), \($0.unitName)" } ?? "—",
                                 sn.map { String($0.year) } ?? "—", sn.map(outcome) ?? "—",
                                 SimilarityFlagsReport.kind(src.finding.kind) + (src.finding.titleReused ? "; trùng tên" : ""),
                                 DocumentText.share(src.finding.coverage)])
            }
            body.append(.table(DocumentTable(columns: columns, rows: rows)))
        }
        if let off = offDuty {
            body.append(.labelled("Liên quan nhiệm vụ: ", "nội dung sáng kiến có thể không liên quan nhiệm vụ được giao (điểm \(String(format: "%.2f", off.score)), ngưỡng \(String(format: "%.2f", parameters.offDutyThreshold))). Từ ngữ của sáng kiến: \(off.evidence.joined(separator: ", ")); của chức vụ, nhiệm vụ: \(off.dutyEvidence.joined(separator: ", "))" + (off.witnesses.isEmpty ? "." : "; người khác viết cùng chủ đề: \(off.witnesses.joined(separator: ", ")).")))
        }
        if !sources.isEmpty {
            body.append(.text("III. CÁC ĐOẠN TRÙNG LẶP", .heading))
            body.append(.text("Mỗi đoạn in hai bên: bên trái là sáng kiến được kiểm tra, bên phải là sáng kiến nguồn. Chữ tô nền vàng là chữ trùng nhau; chữ không tô là chỗ khác nhau; chữ nghiêng màu xám là văn bản mẫu, không tính.", .body))
            let total = max(1, WordDiff.words(text).count)
            for (k, src) in sources.enumerated() {
                let sn = src.nomination
                body.append(.text("Nguồn \(k + 1): \(sn?.initiativeTitle ?? "—") (\(sn.map { "\($0.personName), \($0.unitName), năm \($0.year)" } ?? "—"))", .heading))
                let sourceScalars = Array(src.text.unicodeScalars)
                for (p, pair) in src.finding.passages.sorted(by: { $0.offset < $1.offset }).enumerated() {
                    let left = slice(scalars, pair.offset, pair.length), right = slice(sourceScalars, pair.sourceOffset, pair.sourceLength)
                    var (l, r) = WordDiff.runs(left, right)
                    l = markTemplate(l, templates: templates); r = markTemplate(r, templates: templates)
                    let share = DocumentText.percent(WordDiff.words(left).count, of: total)
                    body.append(.text("Đoạn \(p + 1): \(WordDiff.words(left).count) từ, \(share) văn bản được kiểm tra; vị trí \(pair.offset)–\(pair.offset + pair.length) và \(pair.sourceOffset)–\(pair.sourceOffset + pair.sourceLength).", .plain))
                    body.append(.table(DocumentTable(
                        columns: [TableColumn("Sáng kiến được kiểm tra", width: 50), TableColumn("Sáng kiến nguồn", width: 50)],
                        rows: [TableRow(runs: [l, r])], compact: true)))
                }
            }
        }
        let number = s.number(.nextReportNumber, code: "BC-\(s[.departmentCode])")
        return OfficialDocument(
            header: c.departmentHeader(number: number), typeName: "BÁO CÁO",
            summary: ["Kết quả kiểm tra trùng lặp sáng kiến", "của \(n.personName) (\(n.unitName)), năm \(n.year)"], body: body,
            closing: DocumentClosing(recipients: [n.unitName, "Thường trực \(s.council)", c.archiveLine],
                                     right: SignatureBlock(title: s[.departmentHeadTitle], name: s[.departmentHeadName])),
            sheet: DataSheet(columns: ["Nguồn", "Tác giả", "Đơn vị", "Năm", "Loại", "Tỷ lệ trùng", "Vị trí", "Độ dài", "Vị trí nguồn", "Độ dài nguồn"],
                             rows: sources.flatMap { src in src.finding.passages.map { p in
                                 [src.nomination?.initiativeTitle ?? "", src.nomination?.personName ?? "", src.nomination?.unitName ?? "",
                                  src.nomination.map { String($0.year) } ?? "", src.finding.kind.rawValue, String(format: "%.3f", src.finding.coverage),
                                  String(p.offset), String(p.length), String(p.sourceOffset), String(p.sourceLength)] } }))
    }

    static func outcome(_ n: ReviewedNomination) -> String {
        let standing = n.standing.vietnamese
        let result = n.isAwarded ? "được khen thưởng" : n.isRefused ? "không được khen thưởng" : ReportText.status(n.status).lowercased()
        return standing.isEmpty ? "\(ReportText.titleCode(n.title)) \(n.year): \(result)" : standing
    }

    static func slice(_ s: [Unicode.Scalar], _ offset: Int, _ length: Int) -> String {
        let lo = max(0, min(offset, s.count)), hi = max(lo, min(offset + length, s.count))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[lo..<hi])
        return String(out)
    }

    /// Whole lines of the passage that are a template phrase (folded, as the checker matches them) are
    /// marked as template: greyed, and not shown as shared even when both sides have them.
    static func markTemplate(_ runs: [TextRun], templates: [String]) -> [TextRun] {
        guard !templates.isEmpty else { return runs }
        let phrases = Set(templates.map(WordDiff.key(phraseKey:)))
        let lines = runs.map(\.text).joined().split(separator: "\n", omittingEmptySubsequences: false)
        let isTemplate = lines.map { phrases.contains(WordDiff.key(phraseKey: String($0))) }
        var out: [TextRun] = []
        var line = 0
        for r in runs {
            for (i, piece) in r.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { out.append(TextRun("\n", shared: r.shared)); line += 1 }
                guard !piece.isEmpty else { continue }
                var run = TextRun(String(piece), shared: r.shared)
                if isTemplate[line] { run.template = true; run.shared = false }
                if let last = out.last, last.shared == run.shared, last.template == run.template, last.text != "\n" {
                    out[out.count - 1].text += run.text
                } else {
                    out.append(run)
                }
            }
        }
        return out
    }
}

extension WordDiff {
    /// A line's folded words joined by one space: the form template phrases are compared in.
    static func key(phraseKey s: String) -> String {
        words(s).map(\.key).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
