import Foundation

/// What every document builder needs besides its facts: the settings (who issues, signs, where), the rule
/// set whose law it cites, and the day it is dated.
public struct DocumentContext: Sendable {
    public var settings: DocumentSettings
    public var rules: RuleSet
    public var day: CalendarDay

    public init(settings: DocumentSettings, rules: RuleSet, day: CalendarDay) {
        self.settings = settings; self.rules = rules; self.day = day
    }

    /// "Ủy ban nhân dân huyện A Lưới" issues alone: one line, no parent (NĐ 30/2020 Phụ lục I).
    func committeeHeader(number: String?, subject: String? = nil) -> DocumentHeader {
        DocumentHeader(parentBody: nil, issuingBody: settings.committee, number: number, subject: subject,
                       place: settings.place, date: day)
    }

    /// The council under the committee.
    func councilHeader(number: String?) -> DocumentHeader {
        DocumentHeader(parentBody: settings.committee, issuingBody: settings.council, number: number, place: settings.place, date: day)
    }

    /// The office (Phòng Nội vụ) under the committee.
    func departmentHeader(number: String?) -> DocumentHeader {
        DocumentHeader(parentBody: settings.committee, issuingBody: settings[.department], number: number,
                       place: settings.place, date: day)
    }

    /// "15/QĐ-UBND" from the decisions' sequence.
    var decisionNumber: String { settings.number(.nextDecisionNumber, code: "QĐ-\(settings[.committeeCode])") }
    /// The council's own papers: "TTr-HĐTĐKT" and so on.
    func councilNumber(_ s: DocumentSetting, type: String, offset: Int = 0) -> String {
        settings.number(s, code: "\(type)-HĐTĐKT", offset: offset)
    }
    /// A công văn carries the committee and the drafting office: "88/UBND-NV".
    var letterNumber: String { settings.number(.nextLetterNumber, code: "\(settings[.committeeCode])-\(settings[.departmentCode])") }

    /// The chairman's signature, or the vice-chairman's for him, on behalf of the committee.
    var committeeSignature: SignatureBlock {
        if settings[.decisionSigner] == "vice_chairman" {
            return SignatureBlock(authority: ["KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: settings[.viceChairmanName])
        }
        return SignatureBlock(title: "CHỦ TỊCH", name: settings[.chairmanName])
    }

    /// "Chủ tịch Ủy ban nhân dân huyện A Lưới", in running text.
    var chairmanPhrase: String { "Chủ tịch \(settings.committee)" }

    /// "Trưởng phòng Nội vụ": the head's title with the office's name, "Phòng" said once.
    var departmentHeadPhrase: String {
        let title = settings[.departmentHeadTitle], dept = settings[.department]
        if title.lowercased().hasSuffix("phòng"), dept.hasPrefix("Phòng ") { return title + dept.dropFirst(5) }
        return "\(title) \(dept)"
    }

    /// The archive line of Nơi nhận: văn thư and the drafting office.
    var archiveLine: String { "Lưu: VT, \(settings[.departmentCode])" }
}

extension DocumentContext {
    /// A register's or statistics' signers: who prepared it on the left, the office's head on the right.
    var preparerAndHead: DocumentClosing {
        DocumentClosing(left: SignatureBlock(title: "Người lập biểu", name: ""),
                        right: SignatureBlock(title: settings[.departmentHeadTitle], name: settings[.departmentHeadName]))
    }
}
