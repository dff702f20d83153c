import BinhXetSimilarity
import BinhXetText
import Foundation

/// The kết quả kiểm tra trùng lặp of one nomination: the evidence a unit told "your initiative copies
/// another" must be able to read, as Turnitin, iThenticate and DoIT hand theirs over. The checked initiative,
/// the overall similarity and each source (author, unit, year, what became of it), the method and its
/// thresholds, then every matched passage side by side, strongest first, with the words that differ marked on
/// both sides and administrative template greyed as not counted.
enum SimilarityReportDocument {
    struct Source {
        var finding: StoredFinding
        var nomination: ReviewedNomination?
        var text: String
        /// The finding's passages explained, in the finding's order.
        var explanations: [PassageExplanation]
    }

    static func build(_ n: ReviewedNomination, text: String, sources: [Source], offDuty: StoredFinding?,
                      parameters: SimilarityParameters, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let scalars = Array(text.unicodeScalars)
        var body: [DocumentBlock] = [
            .text("I. SÁNG KIẾN ĐƯỢC KIỂM TRA", .heading),
            .labelled("Người đề nghị: ", "\(n.personName), \(n.position), \(n.unitName)."),
            .labelled("Danh hiệu đề nghị: ", "\(ReportText.title(n.title)) năm \(n.year)."),
            .labelled("Tên sáng kiến: ", "\(n.initiativeTitle ?? "—")."),
            .labelled("Phương pháp: ", "văn bản được so với mọi sáng kiến nhận trước đó (các năm trước và trước đó trong năm) trong cơ sở dữ liệu sáng kiến của Hội đồng; so theo âm tiết đã bỏ dấu và chữ hoa (bản không dấu, mã cũ vẫn khớp), lấy dấu vân tay theo cụm \(parameters.shingleSize) âm tiết (bảo đảm phát hiện mọi đoạn trùng từ \(parameters.guaranteeThreshold) âm tiết), rồi căn từng đoạn; một đoạn trùng cần ít nhất \(parameters.minPassageTokens) âm tiết, một kết luận cần ít nhất \(parameters.minReusedTokens) âm tiết trùng và một đoạn neo \(parameters.minAnchorTokens) âm tiết. Văn bản mẫu hành chính (quốc hiệu, tiêu đề, mục của biểu mẫu, câu thường dùng) không tính."),
            .labelled("Ngưỡng: ", "sử dụng lại từ \(Percent.share(c.rules.reuseMinCoverage, in: .vi)) nội dung được coi là cùng một sáng kiến (reuse_min_coverage); dưới mức đó là trùng lặp một phần."),
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
            body.append(.labelled("Liên quan nhiệm vụ: ", "nội dung sáng kiến có thể không liên quan nhiệm vụ được giao (điểm \(DocumentText.decimal(off.score)), ngưỡng \(DocumentText.decimal(parameters.offDutyThreshold))). Từ ngữ của sáng kiến: \(off.evidence.joined(separator: ", ")); của chức vụ, nhiệm vụ: \(off.dutyEvidence.joined(separator: ", "))" + (off.witnesses.isEmpty ? "." : "; người khác viết cùng chủ đề: \(off.witnesses.joined(separator: ", ")).")))
        }
        if !sources.isEmpty {
            body.append(.text("III. CÁC ĐOẠN TRÙNG LẶP", .heading))
            body.append(.text("Mỗi đoạn in hai bên: bên trái là sáng kiến được kiểm tra, bên phải là sáng kiến nguồn; các đoạn xếp từ mạnh đến yếu (số ký tự trùng, không kể văn bản mẫu, nhân với tỷ lệ từ giống nhau), đoạn ngắn hoặc ít từ giống nhau ghi \"yếu\" và xếp cuối. Chữ tô nền vàng là chữ khác nhau giữa hai bên (số liệu, tên, năm học thường được đổi); chữ gạch chân chỉ có ở một bên; chữ nghiêng màu xám là văn bản mẫu, không tính vào độ dài đoạn.", .body))
            let vocabulary = Vocabulary.vi
            for (k, src) in sources.enumerated() {
                let sn = src.nomination
                body.append(.text("Nguồn \(k + 1): \(sn?.initiativeTitle ?? "—") (\(sn.map { "\($0.personName), \($0.unitName), năm \($0.year)" } ?? "—"))", .heading))
                let sourceScalars = Array(src.text.unicodeScalars)
                for (p, e) in ordered(src.explanations).enumerated() {
                    let pair = e.pair
                    let caption = vocabulary.passageCaption(p + 1, of: src.explanations.count, e)
                    body.append(.text("\(caption): \(e.countedWords.left) từ không kể văn bản mẫu, \(e.sameWords.left) từ giống nguồn (\(DocumentText.share(e.similarity)) từ hai bên giống nhau); vị trí \(pair.offset)–\(pair.offset + pair.length) và \(pair.sourceOffset)–\(pair.sourceOffset + pair.sourceLength).", .plain))
                    body.append(.table(DocumentTable(
                        columns: [TableColumn("Sáng kiến được kiểm tra", width: 50), TableColumn("Sáng kiến nguồn", width: 50)],
                        rows: [TableRow(runs: [runs(e.left, scalars), runs(e.right, sourceScalars)])], compact: true)))
                }
            }
        }
        let number = s.number(.nextReportNumber, code: "BC-\(s[.departmentCode])")
        return OfficialDocument(
            header: c.departmentHeader(number: number), typeName: "BÁO CÁO",
            summary: ["Kết quả kiểm tra trùng lặp sáng kiến", "của \(n.personName) (\(n.unitName)), năm \(n.year)"], body: body,
            closing: DocumentClosing(recipients: [n.unitName, "Thường trực \(s.council)", c.archiveLine],
                                     right: SignatureBlock(title: s[.departmentHeadTitle], name: s[.departmentHeadName])),
            sheet: DataSheet(columns: ["Nguồn", "Tác giả", "Đơn vị", "Năm", "Loại", "Tỷ lệ trùng", "Vị trí", "Độ dài", "Vị trí nguồn", "Độ dài nguồn",
                                       "Ký tự (không kể mẫu)", "Tỷ lệ từ giống", "Yếu"],
                             rows: sources.flatMap { src in ordered(src.explanations).map { e in
                                 let p = e.pair
                                 return [src.nomination?.initiativeTitle ?? "", src.nomination?.personName ?? "", src.nomination?.unitName ?? "",
                                         src.nomination.map { String($0.year) } ?? "", src.finding.kind.rawValue, String(format: "%.3f", src.finding.coverage),
                                         String(p.offset), String(p.length), String(p.sourceOffset), String(p.sourceLength),
                                         String(e.countedCharacters), String(format: "%.3f", e.similarity), e.isWeak ? "1" : "0"] } }))
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

    /// Passages in the core's reading order: strongest first, weak ones last (`PassageReadingOrder`).
    static func ordered(_ es: [PassageExplanation]) -> [PassageExplanation] {
        PassageReadingOrder.passages(es.map(\.pair), explanations: es).map { es[$0] }
    }

    /// One side of a passage as runs: changed words marked, words only this side has underlined, template
    /// greyed (template wins: it is not counted whatever the other side has).
    static func runs(_ spans: [AlignedSpan], _ scalars: [Unicode.Scalar]) -> [TextRun] {
        spans.map { span in
            let text = slice(scalars, span.start, span.end - span.start)
            if span.template { return TextRun(text, template: true) }
            return TextRun(text, changed: span.difference == .changed, inserted: span.difference == .onlyHere)
        }
    }
}
