/// What became of a nomination of an earlier year, as the archive records it (kết quả khen thưởng).
public enum ArchiveOutcome: String, Sendable, Codable, CaseIterable {
    /// Được khen thưởng: the chairman's decision awarded the title.
    case awarded
    /// Không được khen thưởng.
    case notAwarded = "not_awarded"
    /// Rút hồ sơ: the unit withdrew the nomination before a decision.
    case withdrawn

    /// The status an archive nomination takes from its imported outcome.
    public var resultingStatus: NominationStatus {
        switch self {
        case .awarded: return .approved
        case .notAwarded: return .rejected
        case .withdrawn: return .withdrawn
        }
    }

    /// Reads a code as the outcomes file or a clerk writes it: "awarded", "Được khen thưởng", "rút"…
    public init?(code: String) {
        let key = NominationColumn.foldHeader(code)
        if let o = ArchiveOutcome(rawValue: key) { self = o; return }
        switch key {
        case "duoc_khen_thuong", "khen_thuong", "dat", "co": self = .awarded
        case "khong_duoc_khen_thuong", "khong_dat", "khong": self = .notAwarded
        case "rut", "rut_ho_so", "da_rut": self = .withdrawn
        default: return nil
        }
    }

    public var vietnamese: String {
        switch self {
        case .awarded: return "được khen thưởng"
        case .notAwarded: return "không được khen thưởng"
        case .withdrawn: return "đơn vị rút hồ sơ"
        }
    }
}

/// The outcome of an archive nomination as imported, with the chairman's decision and where it came from.
public struct ImportedOutcome: Sendable, Codable, Equatable {
    public var outcome: ArchiveOutcome
    /// Số quyết định khen thưởng, e.g. "308/QĐ-UBND"; nil when there is none (not awarded, withdrawn).
    public var decisionNo: String?
    /// ISO date of the decision.
    public var decisionDate: String?
    /// The file (name only) and row it was imported from.
    public var file: String
    public var row: Int

    public init(outcome: ArchiveOutcome, decisionNo: String?, decisionDate: String?, file: String, row: Int) {
        self.outcome = outcome; self.decisionNo = decisionNo; self.decisionDate = decisionDate
        self.file = file; self.row = row
    }

    /// The outcome as an `outcome_imported` event stores it.
    var details: EventPayload.Outcome {
        EventPayload.Outcome(outcome: outcome.rawValue, file: file, row: String(row), decisionNo: decisionNo,
                             decisionDate: decisionDate)
    }

    init?(details p: EventPayload.Outcome) {
        guard let o = ArchiveOutcome(rawValue: p.outcome) else { return nil }
        self.init(outcome: o, decisionNo: p.decisionNo, decisionDate: p.decisionDate, file: p.file ?? "",
                  row: p.row.flatMap(Int.init) ?? 0)
    }

    /// The same facts (the file it came from aside): re-importing them is a no-op.
    func sameFacts(as o: ImportedOutcome) -> Bool {
        outcome == o.outcome && decisionNo == o.decisionNo && decisionDate == o.decisionDate
    }
}
