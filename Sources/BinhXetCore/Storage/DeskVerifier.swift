import BinhXetText
import Foundation
import GRDB

/// Something wrong with a desk: what kind, which thing (an event, a nomination, a file, a trigger) and why.
public struct VerificationProblem: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// SQLite's own checks (integrity_check, foreign keys) or a desk too old to carry the chain.
        case database
        /// An event changed, deleted, re-ordered or written around binhxet.
        case chain
        /// An event dated well before the one logged before it.
        case outOfOrder = "out_of_order"
        /// An integrity trigger missing or altered in the file.
        case trigger
        /// A stored status the events do not lead to.
        case status
        /// An initiative's text that no longer matches its checksum.
        case initiative
        /// An original document missing or changed.
        case document
        /// Secret ballots whose counts or casts disagree with the log.
        case ballot
        /// A council member's name, role or seat that the membership events do not lead to.
        case member
        /// Not a failure: a past repair the log records (triggers put back at an open).
        case notice
    }
    public var kind: Kind
    /// "event 12", "N2018-0001", "documents/ab/ab….txt", "trigger event_no_update".
    public var subject: String
    public var message: String
    /// The subject and message in Vietnamese, worded where the problem is found (JSON keeps the English).
    public var vietnameseSubject: String?
    public var vietnameseMessage: String?

    enum CodingKeys: String, CodingKey { case kind, subject, message }

    public init(kind: Kind, subject: String, message: String, vi: (subject: String, message: String)? = nil) {
        self.kind = kind; self.subject = subject; self.message = message
        vietnameseSubject = vi?.subject; vietnameseMessage = vi?.message
    }

    public var line: String { "\(subject): \(message)" }

    /// The line in the reader's language.
    public func line(in language: Language) -> String {
        guard language == .vi else { return line }
        return "\(vietnameseSubject ?? subject): \(vietnameseMessage ?? message)"
    }
}

/// What `DeskVerifier` found.
public struct VerificationReport: Sendable, Codable, Equatable {
    public var desk: String
    public var events: Int
    public var nominations: Int
    public var initiatives: Int
    public var documents: Int
    /// The newest event's hash: written down elsewhere (on paper, in the backup log), it shows a later
    /// wholesale rewrite of the chain, which the chain alone cannot.
    public var lastHash: String?
    public var problems: [VerificationProblem]
    public var notices: [VerificationProblem]

    public var isClean: Bool { problems.isEmpty }

    public var summary: String {
        "\(desk): \(events) events, \(nominations) nominations, \(initiatives) initiatives, \(documents) documents: "
            + (problems.isEmpty ? "no problems" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")")
            + (lastHash.map { "; last event hash \($0)" } ?? "")
    }
}

/// Checks a desk for damage and tampering without writing to it: SQLite's integrity check, the event
/// hash chain, the integrity triggers, every status against the events, every initiative text against
/// its checksum and every original document against its SHA-256.
public enum DeskVerifier {
    /// An event dated earlier than the one before it by more than this is reported: clocks of members'
    /// terminals differ a little, a back-dated forgery more.
    public static let clockSkew: TimeInterval = 5 * 60

    /// Verifies the desk at `url` over its own read-only connection (so that opening it does not first
    /// repair what is to be checked).
    ///
    /// - Parameter progress: hears (done, total) while the originals are read and hashed (most of the time
    ///   on a big desk), for a progress line.
    public static func verify(deskAt url: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> VerificationReport {
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DeskError.notFound(path) }
        if isDir.boolValue { throw DeskError.isDirectory(path) }
        let config = readingConfiguration(for: url, label: "verify")
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                try verify(db, files: DeskFiles(url), desk: path, progress: progress)
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw DeskError.notADesk(path) }
            throw DeskError.database(error.message ?? "\(error)")
        }
    }

    /// A connection that only reads. A read-only connection leaves -wal/-shm behind it, which a restore
    /// would then find beside the desk; so where the file may be written the connection is an ordinary
    /// one refusing writes (query_only), which tidies them away when it closes.
    static func readingConfiguration(for url: URL, label: String) -> Configuration {
        var config = Configuration()
        if DeskStore.isWritable(url) {
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        } else {
            config.readonly = true
        }
        config.busyMode = .timeout(30)
        config.label = label
        return config
    }

    static func verify(_ db: Database, files: DeskFiles, desk: String,
                       progress: ((Int, Int) -> Void)? = nil) throws -> VerificationReport {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard appID == DeskMigrations.applicationID else { throw DeskError.notADesk(desk) }
        var report = VerificationReport(desk: desk, events: 0, nominations: 0, initiatives: 0, documents: 0,
                                        lastHash: nil, problems: [], notices: [])
        report.problems += try sqliteProblems(db)
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        guard applied.contains("v6-event-chain") else {
            report.problems.append(.init(kind: .database, subject: "desk",
                                         message: "made before the event chain (v6-event-chain): open it once with binhxet to upgrade, then verify",
                                         vi: ("bàn xét duyệt", "được tạo trước khi có chuỗi băm nhật ký (v6-event-chain): hãy mở một lần bằng binhxet để nâng cấp, rồi kiểm tra lại")))
            return report
        }
        report.problems += try IntegrityTriggers.deviations(db).map {
            VerificationProblem(kind: .trigger, subject: "trigger \($0.name)",
                                message: $0.missing ? "missing: the desk's file was altered" : "altered: the desk's file was altered",
                                vi: ("ràng buộc toàn vẹn \($0.name)", ($0.missing ? "bị thiếu" : "bị sửa") + ": tệp của bàn xét duyệt đã bị sửa ngoài binhxet"))
        }
        let statuses = try checkChain(db, into: &report)
        try checkStatuses(db, derived: statuses, into: &report)
        try checkInitiatives(db, into: &report)
        try checkBallots(db, into: &report)
        try checkMembers(db, into: &report)
        try checkDocuments(db, files: files, into: &report, progress: progress)
        return report
    }

    /// SQLite's page-level check and the foreign keys.
    static func sqliteProblems(_ db: Database) throws -> [VerificationProblem] {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)").filter { $0 != "ok" }
            .map { VerificationProblem(kind: .database, subject: "database", message: "integrity check: \($0)",
                                       vi: ("cơ sở dữ liệu", "kiểm tra toàn vẹn của SQLite: \($0)")) }
        problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(20).map { row in
            VerificationProblem(kind: .database, subject: "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0)",
                                message: "refers to a missing \(row[2] as String? ?? "row")",
                                vi: ("bảng \(row[0] as String? ?? "?") dòng \(row[1] as Int64? ?? 0)",
                                     "tham chiếu tới một dòng không còn trong bảng \(row[2] as String? ?? "?")"))
        }
        return problems
    }

    /// Walks the log in ID order recomputing every hash; returns each nomination's status as the events
    /// set it.
    static func checkChain(_ db: Database, into report: inout VerificationReport) throws -> [String: NominationStatus] {
        var statuses: [String: NominationStatus] = [:]
        var previous: (id: Int64, hash: String?, at: Date?, atText: String)?
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, nominationID, unitID, kind, actor, osUser, at, payload, prevHash, hash FROM event ORDER BY id
            """)
        let decoder = JSONDecoder()
        let time = EventTimeParser()
        while let row = try cursor.next() {
            report.events += 1
            let id: Int64 = row["id"]
            let kind: String = row["kind"] ?? ""
            let nominationID: String? = row["nominationID"]
            let at: String = row["at"] ?? ""
            let stored: String? = row["hash"]
            let prevHash: String? = row["prevHash"]
            let subject = "event \(id)"
            let what = "(\(kind)\(nominationID.map { ", \($0)" } ?? ""))"
            let viWhat = "(\(DeskEvent.Kind(rawValue: kind).map(Vocabulary.vi.eventKind) ?? kind)\(nominationID.map { ", \($0)" } ?? ""))"
            func problem(_ kind: VerificationProblem.Kind, _ message: String, _ vi: String) {
                report.problems.append(.init(kind: kind, subject: subject, message: message, vi: ("sự kiện \(id)", vi)))
            }
            let expectedID = (previous?.id ?? 0) + 1
            let payloadText: String = row["payload"] ?? ""
            let payload = try? decoder.decode([String: String].self, from: Data(payloadText.utf8))
            if id != expectedID {
                problem(.chain, expectedID == id - 1 ? "event \(expectedID) before it is missing (deleted)"
                                                      : "events \(expectedID)–\(id - 1) before it are missing (deleted)",
                        expectedID == id - 1 ? "thiếu sự kiện \(expectedID) ngay trước nó (đã bị xóa)"
                                             : "thiếu các sự kiện \(expectedID)–\(id - 1) trước nó (đã bị xóa)")
            } else if stored != nil, prevHash != (previous.map { $0.hash ?? "" } ?? EventChain.genesis) {
                problem(.chain, "does not follow the event logged before it \(what): an earlier event was replaced",
                        "không nối tiếp sự kiện ghi trước nó \(viWhat): một sự kiện trước đó đã bị thay")
            }
            if stored == nil {
                problem(.chain, "has no chain hash \(what): it was written around binhxet",
                        "không có mã băm của chuỗi \(viWhat): được ghi vào ngoài binhxet")
            } else if let payload {
                let content = EventChain.Content(id: id, nominationID: nominationID, unitID: row["unitID"], kind: kind,
                                                 actor: row["actor"] ?? "", osUser: row["osUser"], at: at,
                                                 payload: payload, prevHash: prevHash ?? "")
                if EventChain.hash(of: content) != stored {
                    problem(.chain, "changed after it was written \(what)", "bị sửa sau khi ghi \(viWhat)")
                }
            } else {
                problem(.chain, "its details are not readable \(what): changed after it was written",
                        "không đọc được nội dung \(viWhat): bị sửa sau khi ghi")
            }
            let date = time.date(at)
            if let date, let before = previous?.at, date < before.addingTimeInterval(-clockSkew) {
                problem(.outOfOrder, "dated \(at), before event \(previous!.id) (\(previous!.atText)): out of order",
                        "ghi thời điểm \(EventTime.display(at)), trước sự kiện \(previous!.id) (\(EventTime.display(previous!.atText))): sai thứ tự")
            }
            let known = DeskEvent.Kind(rawValue: kind)
            if known == nil { problem(.chain, "has the unknown kind '\(kind)' \(what)", "có loại sự kiện không rõ '\(kind)' \(viWhat)") }
            if known == .integrityRestored {
                let names = [payload?["missing"], payload?["altered"]].compactMap { $0 }.filter { !$0.isEmpty }
                report.notices.append(.init(kind: .notice, subject: subject,
                                            message: "integrity triggers (\(names.joined(separator: ","))) were found missing or altered and put back at \(at) by \(row["osUser"] as String? ?? "?")",
                                            vi: ("sự kiện \(id)", "các ràng buộc toàn vẹn (\(names.joined(separator: ","))) bị thiếu hoặc bị sửa và đã được khôi phục lúc \(EventTime.display(at)), người dùng \(row["osUser"] as String? ?? "?")")))
            }
            if let nominationID, let known {
                let event = DeskEvent(nominationID: nominationID, kind: known, actor: "", at: at, payload: payload ?? [:])
                statuses[nominationID] = (statuses[nominationID] ?? .received).after(event)
            }
            previous = (id, stored, date ?? previous?.at, at)
        }
        // AUTOINCREMENT remembers the highest ID ever given: events deleted from the end show here.
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'event'") ?? 0
        let lastID = previous?.id ?? 0
        if sequence > lastID {
            report.problems.append(.init(kind: .chain, subject: "event log",
                                         message: sequence - lastID == 1 ? "the last event, \(sequence), is missing (deleted)"
                                                                         : "the last events, \(lastID + 1)–\(sequence), are missing (deleted)",
                                         vi: ("nhật ký sự kiện", sequence - lastID == 1 ? "thiếu sự kiện cuối cùng, số \(sequence) (đã bị xóa)"
                                                                                       : "thiếu các sự kiện cuối, số \(lastID + 1)–\(sequence) (đã bị xóa)")))
        }
        report.lastHash = previous?.hash
        return statuses
    }

    static func checkStatuses(_ db: Database, derived: [String: NominationStatus], into report: inout VerificationReport) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, status FROM nomination ORDER BY id") {
            report.nominations += 1
            let id: String = row["id"]
            let raw: String = row["status"] ?? ""
            let expected = derived[id] ?? .received
            if NominationStatus(rawValue: raw) != expected {
                report.problems.append(.init(kind: .status, subject: id,
                                             message: "status is '\(raw)' but its events lead to '\(expected.rawValue)': changed without an event",
                                             vi: (id, "trạng thái là “\(NominationStatus(rawValue: raw).map(Vocabulary.vi.status) ?? raw)” nhưng các sự kiện "
                                                  + "dẫn tới “\(Vocabulary.vi.status(expected))”: bị đổi mà không có sự kiện")))
            }
        }
    }

    /// The secret ballot box sits outside the chain (it must not say who voted what, so no event carries a
    /// choice); it is checked against the chained `ballot_cast` events instead: every nomination has as
    /// many counted ballots as members who cast one, and as many `ballot_cast` rows.
    static func checkBallots(_ db: Database, into report: inout VerificationReport) throws {
        guard try db.tableExists("ballot_box") else { return }
        let rows = try Row.fetchAll(db, sql: """
            SELECT id,
                   (SELECT coalesce(sum(count), 0) FROM ballot_box b WHERE b.nominationID = n.id) AS counted,
                   (SELECT count(*) FROM ballot_cast c WHERE c.nominationID = n.id) AS cast,
                   (SELECT count(*) FROM event e WHERE e.nominationID = n.id AND e.kind = '\(DeskEvent.Kind.ballotCast.rawValue)') AS logged
            FROM nomination n ORDER BY id
            """)
        for row in rows {
            let counted: Int = row["counted"], cast: Int = row["cast"], logged: Int = row["logged"]
            guard counted != logged || cast != logged else { continue }
            report.problems.append(.init(kind: .ballot, subject: row["id"],
                                         message: "\(counted) secret ballots counted, \(cast) recorded as cast, \(logged) in the log: the ballot box was altered",
                                         vi: (row["id"], "hòm phiếu đếm \(counted) phiếu kín, ghi nhận \(cast) lượt bỏ phiếu, nhật ký có \(logged): hòm phiếu đã bị sửa")))
        }
    }

    /// The council as its chained events leave it: every member's name, role and whether they sit. The
    /// table is what the desk reads to allow a vote or an outcome, so a role changed in the file (a member
    /// made chair with sqlite3, who then approved with an override) is a change around binhxet.
    static func checkMembers(_ db: Database, into report: inout VerificationReport) throws {
        var expected: [String: (name: String, role: String, active: Bool)] = [:]
        let kinds = [DeskEvent.Kind.memberAdded, .memberChanged, .memberRemoved]
        for e in try DeskEvent.filter(kinds.map(\.rawValue).contains(Column("kind"))).order(Column("id")).fetchAll(db) {
            guard let p = try? e.details(EventPayload.Member.self) else { continue }
            if e.kind == .memberRemoved {
                expected[p.login]?.active = false
            } else {
                expected[p.login] = (p.name ?? expected[p.login]?.name ?? "", p.role ?? expected[p.login]?.role ?? "", true)
            }
        }
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT login, name, role, active FROM member ORDER BY login") {
            let login: String = row["login"], name: String = row["name"], role: String = row["role"], active: Bool = row["active"]
            seen.insert(login)
            guard let want = expected[login] else {
                report.problems.append(.init(kind: .member, subject: login,
                                             message: "is on the council but no event added them: added around binhxet",
                                             vi: (login, "có trong Hội đồng nhưng không có sự kiện nào thêm vào: được thêm ngoài binhxet")))
                continue
            }
            guard want.name != name || want.role != role || want.active != active else { continue }
            report.problems.append(.init(kind: .member, subject: login,
                                         message: "is '\(name)', \(role), \(active ? "sitting" : "removed") but the events leave '\(want.name)', "
                                             + "\(want.role), \(want.active ? "sitting" : "removed"): changed without an event",
                                         vi: (login, "đang là “\(name)”, \(role), \(active ? "đương nhiệm" : "đã thôi") nhưng các sự kiện dẫn tới “\(want.name)”, "
                                              + "\(want.role), \(want.active ? "đương nhiệm" : "đã thôi"): bị đổi mà không có sự kiện")))
        }
        for login in expected.keys.sorted() where !seen.contains(login) {
            report.problems.append(.init(kind: .member, subject: login,
                                         message: "was added by an event but is not in the council's table: deleted around binhxet",
                                         vi: (login, "đã được thêm bằng sự kiện nhưng không còn trong bảng Hội đồng: bị xoá ngoài binhxet")))
        }
    }

    static func checkInitiatives(_ db: Database, into report: inout VerificationReport) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT nominationID, text, textSHA256 FROM initiative ORDER BY nominationID")
        while let row = try cursor.next() {
            report.initiatives += 1
            let text: String = row["text"] ?? ""
            if SHA256.hex(of: text) != (row["textSHA256"] as String? ?? "") {
                report.problems.append(.init(kind: .initiative, subject: row["nominationID"] ?? "?",
                                             message: "the initiative's text no longer matches its checksum: edited in the desk",
                                             vi: (row["nominationID"] ?? "?", "văn bản sáng kiến không còn khớp mã kiểm tra: đã bị sửa trong bàn xét duyệt")))
            }
        }
    }

    static func checkDocuments(_ db: Database, files: DeskFiles, into report: inout VerificationReport,
                               progress: ((Int, Int) -> Void)? = nil) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT sha256, format, byteCount FROM document ORDER BY sha256")
        for row in rows {
            report.documents += 1
            progress?(report.documents, rows.count)
            let sha: String = row["sha256"]
            let url = files.documentURL(sha256: sha, format: row["format"])
            let name = "documents/\(sha.prefix(2))/\(url.lastPathComponent)"
            guard let data = FileManager.default.contents(atPath: url.path) else {
                report.problems.append(.init(kind: .document, subject: name, message: "the original document is missing",
                                             vi: (name, "thiếu tài liệu gốc")))
                continue
            }
            if SHA256.hex(of: data) != sha {
                report.problems.append(.init(kind: .document, subject: name,
                                             message: "the original document was changed (its SHA-256 differs; \(data.count) bytes, \(row["byteCount"] as Int? ?? 0) stored)",
                                             vi: (name, "tài liệu gốc đã bị thay đổi (mã SHA-256 khác; hiện có \(Vocabulary.vi.grouped(data.count)) byte, "
                                                  + "khi lưu có \(Vocabulary.vi.grouped(row["byteCount"] as Int? ?? 0)) byte)")))
            }
        }
    }
}

/// Reads event times as `Clock.isoNow` writes them (with or without fractional seconds).
struct EventTimeParser {
    private let withFraction: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
    private let plain = ISO8601DateFormatter()

    func date(_ text: String) -> Date? { withFraction.date(from: text) ?? plain.date(from: text) }
}
