import Foundation

/// A unit of the district that submits nominations (trường, xã, phòng…).
public struct OrgUnit: Sendable, Codable, Equatable, Hashable {
    public var id: Int64?
    /// Short code (U01…) when the unit list gives one; used in dossier codes.
    public var code: String?
    public var name: String
    public var kind: String?
    public var parent: String?
    public var place: String?
    /// The name narrow lists show, when units.csv gives one (`short_name`); else one is derived
    /// (`UnitShortName`).
    public var shortName: String?

    public init(id: Int64? = nil, code: String? = nil, name: String, kind: String? = nil,
                parent: String? = nil, place: String? = nil, shortName: String? = nil) {
        self.id = id; self.code = code; self.name = name; self.kind = kind; self.parent = parent; self.place = place
        self.shortName = shortName
    }

    /// The title of the unit's head, as a letter addresses them ("Kính gửi: Hiệu trưởng Trường …"), from the
    /// unit's kind in units.csv; "Thủ trưởng" (the head, whatever the title) when the kind is not known.
    public var headTitle: String {
        switch kind {
        case "school": return "Hiệu trưởng"
        case "commune": return "Chủ tịch"
        case "health", "police", "phong": return "Trưởng"
        case "military": return "Chỉ huy trưởng"
        case "coop": return "Giám đốc"
        default: return "Thủ trưởng"
        }
    }
}

/// A nominee, identified by a stable ID that the person keeps across years and positions.
public struct Person: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}

/// An original document kept byte for byte under `documents/`, addressed by its SHA-256.
public struct StoredDocument: Sendable, Codable, Equatable {
    public var sha256: String
    /// "txt" or "docx".
    public var format: String
    /// The encoding the text was decoded from (utf-8, tcvn3, vni…).
    public var encoding: String
    public var byteCount: Int
    /// The file name it was imported under (for the user; storage uses the hash).
    public var originalName: String

    public init(sha256: String, format: String, encoding: String, byteCount: Int, originalName: String) {
        self.sha256 = sha256; self.format = format; self.encoding = encoding
        self.byteCount = byteCount; self.originalName = originalName
    }
}

/// An initiative report attached to a nomination: its title, decoded NFC text and original document.
public struct Initiative: Sendable, Codable, Equatable {
    public var id: Int64?
    public var nominationID: String
    public var title: String
    /// Decoded text: NFC, LF line ends, exactly what offsets of similarity findings count in.
    public var text: String
    public var documentSHA256: String
    /// SHA-256 of the UTF-8 of `text`.
    public var textSHA256: String
    /// Length of `text` in Unicode scalars.
    public var scalarCount: Int

    public init(id: Int64? = nil, nominationID: String, title: String, text: String, documentSHA256: String,
                textSHA256: String, scalarCount: Int) {
        self.id = id; self.nominationID = nominationID; self.title = title; self.text = text
        self.documentSHA256 = documentSHA256; self.textSHA256 = textSHA256; self.scalarCount = scalarCount
    }
}

/// A nomination of one person for one title in one emulation year.
public struct Nomination: Sendable, Codable, Equatable {
    /// The nomination ID of the imported CSV (e.g. N2018-0042).
    public var id: String
    public var year: Int
    public var personID: String
    public var unitID: Int64
    public var position: String
    public var duties: String
    public var workerCategory: WorkerCategory
    public var title: AwardTitle
    /// ISO date (yyyy-MM-dd) the dossier reached the council.
    public var receivedOn: String
    public var status: NominationStatus

    public init(id: String, year: Int, personID: String, unitID: Int64, position: String, duties: String,
                workerCategory: WorkerCategory, title: AwardTitle, receivedOn: String,
                status: NominationStatus = .received) {
        self.id = id; self.year = year; self.personID = personID; self.unitID = unitID
        self.position = position; self.duties = duties; self.workerCategory = workerCategory
        self.title = title; self.receivedOn = receivedOn; self.status = status
    }
}
