/// An administrative document (văn bản hành chính) as structured content, laid out as Nghị định
/// 30/2020/NĐ-CP Phụ lục I describes: the two-column header, the type name and summary, the body, then
/// Nơi nhận on the left and the signature on the right. Built once per document and rendered to DOCX, HTML,
/// Markdown and (when it holds a data table) CSV, so every format carries the same parts.
public struct OfficialDocument: Sendable, Equatable {
    public var header: DocumentHeader
    /// The form's number printed at the top right above the header ("Mẫu số 01"), for the one-stop forms.
    public var formLabel: String?
    /// "QUYẾT ĐỊNH", "TỜ TRÌNH", …; nil for a công văn, whose summary sits under its number.
    public var typeName: String?
    /// The trích yếu under the type name ("Về việc tặng danh hiệu …"), one line or more.
    public var summary: [String]
    /// A decision's authority line in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN A LƯỚI").
    public var authority: String?
    /// "Kính gửi: …" (a công văn or tờ trình only; a decision and a notice name theirs in Nơi nhận).
    public var addressees: [String]
    public var body: [DocumentBlock]
    public var closing: DocumentClosing
    /// The main part's page; a wide table (statistics) asks for landscape.
    public var orientation: PageOrientation
    /// Parts on pages of their own after the signature: a decision's list attached.
    public var annexes: [DocumentAnnex]
    /// The document's data for a spreadsheet (`--format csv`); nil for a letter.
    public var sheet: DataSheet?
    /// Documents printed after this one, each from a new page: one notice per unit in a single file.
    public var following: [OfficialDocument] = []

    public init(header: DocumentHeader, formLabel: String? = nil, typeName: String?, summary: [String] = [],
                authority: String? = nil, addressees: [String] = [], body: [DocumentBlock],
                closing: DocumentClosing, orientation: PageOrientation = .portrait, annexes: [DocumentAnnex] = [],
                sheet: DataSheet? = nil) {
        self.header = header; self.formLabel = formLabel; self.typeName = typeName; self.summary = summary
        self.authority = authority; self.addressees = addressees; self.body = body; self.closing = closing
        self.orientation = orientation; self.annexes = annexes; self.sheet = sheet
    }

    /// The title a window or file list shows: type name and summary.
    public var caption: String {
        let words = ([typeName].compactMap { $0 } + summary).joined(separator: " ")
        // A công văn has no type name and its summary is the "V/v …" under its number.
        return words.isEmpty ? header.subject ?? "" : words
    }

    /// Every table of the body and the annexes, in order.
    public var tables: [DocumentTable] {
        (body + annexes.flatMap(\.body)).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    /// Every piece of text, in reading order: what structure tests and the PDF check search.
    public var plainText: String {
        var lines: [String] = []
        lines += header.leftLines + header.rightLines
        lines += [typeName].compactMap { $0 } + summary + [authority].compactMap { $0 } + addressees
        lines += body.map(\.plainText)
        lines += closing.recipients + [closing.left, closing.right].compactMap { $0 }.flatMap(\.lines)
        for a in annexes { lines += a.heading + a.body.map(\.plainText) }
        lines += following.map(\.plainText)
        return lines.joined(separator: "\n")
    }
}

/// The header of NĐ 30/2020: the bodies and the number on the left, Quốc hiệu, Tiêu ngữ and the place and
/// date on the right.
public struct DocumentHeader: Sendable, Equatable {
    /// The body above the issuer (nil when the People's Committee itself issues), in normal case.
    public var parentBody: String?
    /// The issuing body, in normal case ("Hội đồng Thi đua - Khen thưởng"); printed in capitals.
    public var issuingBody: String
    /// "15/QĐ-UBND"; a number the office has not given yet prints as dots before the slash. Nil: no number
    /// (the one-stop forms carry the dossier code instead).
    public var number: String?
    /// A công văn's "V/v …" under its number.
    public var subject: String?
    public var place: String
    /// The day of signing; nil leaves "ngày … tháng … năm …" for the office to fill in.
    public var date: CalendarDay?

    public init(parentBody: String?, issuingBody: String, number: String?, subject: String? = nil, place: String,
                date: CalendarDay?) {
        self.parentBody = parentBody; self.issuingBody = issuingBody; self.number = number; self.subject = subject
        self.place = place; self.date = date
    }

    public static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// Hyphens with spaces, not en dashes (NĐ 30/2020 Phụ lục I).
    public static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// "Số: 15/QĐ-UBND".
    public var numberLine: String? { number.map { "Số: \($0)" } }

    /// "A Lưới, ngày 05 tháng 12 năm 2018": day below 10 and months 1–2 with a leading 0.
    public var placeAndDate: String {
        guard let date else { return "\(place), ngày     tháng     năm \(CalendarDay.today().year)" }
        let (y, m, d) = date.components
        let day = d < 10 ? "0\(d)" : "\(d)"
        let month = m < 3 ? "0\(m)" : "\(m)"
        return "\(place), ngày \(day) tháng \(month) năm \(y)"
    }

    /// A body's name in capitals as lines of the header's left column: a People's Committee whose name will
    /// not fit the column breaks after "ỦY BAN NHÂN DÂN", as offices set it, instead of wherever the line ends
    /// ("ỦY BAN NHÂN DÂN HUYỆN A / LƯỚI").
    public static func bodyLines(_ name: String) -> [String] {
        let upper = name.vietnameseUppercased
        let committee = "ỦY BAN NHÂN DÂN "
        guard upper.count > 22, upper.hasPrefix(committee) else { return [upper] }
        return [String(committee.dropLast()), String(upper.dropFirst(committee.count))]
    }

    /// The left column as printed (capitals for the bodies).
    public var leftLines: [String] {
        [parentBody?.vietnameseUppercased, issuingBody.vietnameseUppercased, numberLine, subject].compactMap { $0 }
    }

    public var rightLines: [String] { [Self.nationalName, Self.motto, placeAndDate] }
}

public enum PageOrientation: String, Sendable, Equatable {
    case portrait, landscape
}

/// A part on pages of its own: a heading (bold capitals, then italic lines) and its blocks.
public struct DocumentAnnex: Sendable, Equatable {
    public var heading: [String]
    /// Lines under the heading in italics ("(Kèm theo Quyết định số …)").
    public var subheading: [String]
    public var body: [DocumentBlock]
    public var orientation: PageOrientation

    public init(heading: [String], subheading: [String] = [], body: [DocumentBlock], orientation: PageOrientation = .portrait) {
        self.heading = heading; self.subheading = subheading; self.body = body; self.orientation = orientation
    }
}

/// Nơi nhận at the bottom left (or a second signer there, as minutes are signed) and the signer at the
/// bottom right.
public struct DocumentClosing: Sendable, Equatable {
    /// Items without the leading "- " and the closing ";"/"." (the renderings add them).
    public var recipients: [String]
    public var left: SignatureBlock?
    public var right: SignatureBlock?

    public init(recipients: [String] = [], left: SignatureBlock? = nil, right: SignatureBlock?) {
        self.recipients = recipients; self.left = left; self.right = right
    }

    /// "- Như Điều 3;" … "- Lưu: VT, NV.": every item but the last ends with ";", the last with ".".
    public var recipientLines: [String] {
        recipients.enumerated().map { i, r in "- \(r)\(i == recipients.count - 1 ? "." : ";")" }
    }
}

/// One signer: the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the title, room to sign, the
/// full name.
public struct SignatureBlock: Sendable, Equatable {
    public var authority: [String]
    public var title: String
    /// Under the title in italics: "(Ký, ghi rõ họ tên)" on a form.
    public var note: String?
    /// The full name; empty leaves the line for a name written by hand.
    public var name: String

    public init(authority: [String] = [], title: String, note: String? = nil, name: String) {
        self.authority = authority; self.title = title; self.note = note; self.name = name
    }

    /// Capitals lines, as printed.
    public var capitalLines: [String] { (authority + [title]).map(\.vietnameseUppercased) }

    public var lines: [String] { capitalLines + [note, name].compactMap { $0 } }
}

extension String {
    /// Capitals as Vietnamese prints them (Ư, Ơ, Đ and every tone stay on their letters).
    public var vietnameseUppercased: String { uppercased(with: .init(identifier: "vi_VN")) }
}
