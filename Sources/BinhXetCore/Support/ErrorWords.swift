import BinhXetText
import Foundation

/// The one place an error becomes a line for a reader, in the reader's language. Errors keep their
/// English `description` (logs, tests, programs); a front end words them through here, so the command
/// line and the review desk say the same thing. An error not known here is given as its description.
public enum ErrorWords {
    public static func line(_ error: any Error, in language: Language) -> String {
        guard language == .vi else { return String(describing: error) }
        return vietnamese(error) ?? String(describing: error)
    }

    /// The Vietnamese line of an error this table knows, nil for others.
    static func vietnamese(_ error: any Error) -> String? {
        switch error {
        case let e as DeskError: return desk(e)
        case let e as LanguageChoiceError: return e.description
        case let e as ImpersonationRefused:
            return "bạn đang đăng nhập là '\(e.osUser)' nên không thể làm thay '\(e.claimed)': mỗi thành viên làm việc "
                + "bằng tài khoản của mình (chỉ quản trị viên, root, mới được nêu tên thành viên khác)"
        case let e as CouncilError: return council(e)
        case let e as DecisionError: return decision(e)
        case let e as BallotError:
            switch e {
            case .alreadyCast(let id, let login):
                return "\(login) đã bỏ phiếu kín cho hồ sơ \(id); phiếu kín không sửa được"
            }
        case let e as ImportFailed:
            return e.problems.map { importProblem($0) }.joined(separator: "\n")
                + "\n\(e.problems.count) lỗi; không nhập gì vào bàn làm việc"
        case let e as ImportProblem: return importProblem(e)
        case let e as CSVError:
            switch e {
            case .empty: return "tệp trống (không có dòng tiêu đề)"
            case .unterminatedQuote(let l): return "dòng \(l): một ô mở ngoặc kép mà không đóng"
            }
        case let e as DocumentError: return document(e)
        case let e as TextDecodingError: return textDecoding(e)
        case let e as UnitLookupError:
            switch e {
            case .none(let q): return "không có đơn vị nào khớp với '\(q)' (xem tên đơn vị bằng `binhxet list`)"
            case .ambiguous(let q, let names): return "'\(q)' khớp với nhiều đơn vị: \(names.joined(separator: "; "))"
            }
        case let e as OneStopError:
            switch e {
            case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
            case .notFrom(let id, let status, let step):
                return "hồ sơ \(id) đang ở trạng thái \(Vocabulary.vi.status(status)): bước '\(step.rawValue)' chỉ đi sau "
                    + step.allowedFrom.map { Vocabulary.vi.status($0) }.sorted().joined(separator: ", ")
            case .reasonRequired(let what): return "\(what): cần nêu lý do (--reason)"
            }
        case let e as ReceptionError:
            switch e {
            case .noPapers: return "khi ghi tiếp nhận phải nêu các giấy tờ đã nhận (--paper, mỗi loại một lần)"
            case .badTime(let t): return "'\(t)' không phải giờ trong ngày (viết 09:15)"
            }
        case let e as MeetingError:
            switch e {
            case .badTime(let t): return "'\(t)' không phải thời gian (viết 08:00, hoặc ngày và giờ: 28/05/2018 08:00)"
            case .endsBeforeStart(let s, let e): return "phiên họp không thể kết thúc lúc \(e) khi đã bắt đầu lúc \(s) cùng ngày"
            case .noPlace: return "phiên họp phải ghi địa điểm họp"
            case .notAMember(let l): return "'\(l)' không phải thành viên đương nhiệm của Hội đồng (binhxet member list)"
            case .nothingRecorded(let y):
                return "chưa ghi phiên họp nào của năm \(y) (binhxet meeting --year \(y) --start … --end … --place …)"
            }
        case let e as DismissalError:
            switch e {
            case .noSuchFinding(let n, let s): return "hồ sơ \(n) không có kết quả trùng lặp với \(s)"
            case .alreadyDismissed(let n, let s): return "kết quả trùng lặp của \(n) với \(s) đã được gạt trước đó"
            case .notDismissed(let n, let s): return "kết quả trùng lặp của \(n) với \(s) chưa bị gạt"
            case .unknownReason(let r):
                return "lý do không hợp lệ '\(r)' (\(DismissalReason.allCases.map(\.rawValue).joined(separator: ", ")))"
            }
        case let e as RecognitionError:
            switch e {
            case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
            case .noInitiative(let id): return "hồ sơ \(id) không có sáng kiến để công nhận"
            case .missing(let what): return "cần nêu \(what)"
            case .badDate(let s): return "'\(s)' không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd), hoặc là ngày trong tương lai"
            case .unknownScope(let s, let allowed):
                return "phạm vi không hợp lệ '\(s)' (bộ quy định cho phép \(allowed.joined(separator: ", ")))"
            case .alreadyRecorded(let id, let recorded):
                return "hồ sơ \(id) đã có quyết định công nhận (\(recorded)); không ghi thêm"
            }
        case let e as ReviewYearError:
            switch e {
            case .implausibleYear(let y): return "\(y) không phải năm thi đua hợp lệ (1990–2100)"
            case .notUnderReview(let id, let year, let open):
                return "hồ sơ \(id) thuộc năm \(year), không phải năm đang xét (\(open)); muốn ghi kết quả cho hồ sơ này, "
                    + "hãy xác nhận năm bằng --year-confirm \(year)"
            }
        case let e as AsOfError:
            switch e {
            case .beforeTheYear(let d, let y): return "ngày xét \(d.vietnamese) ở trước khi năm đang xét (\(y)) bắt đầu"
            }
        case let e as ReportError:
            switch e {
            case .subjectNeeded(let k):
                let what = k == .criticismLetter ? "ĐƠN_VỊ" : "MÃ_HỒ_SƠ"
                return "báo cáo \(k.rawValue) cần nêu \(k == .criticismLetter ? "đơn vị" : "mã hồ sơ"): binhxet report \(k.rawValue) \(what)"
            case .noCriticism(let u): return "chưa ghi phê bình nào đối với \(u) (trước hết: binhxet criticise ĐƠN_VỊ --text …)"
            }
        case let e as SlipError:
            switch e {
            case .nothingToPrint(let id, let slip, let needs): return "không có phiếu \(slip.rawValue) cho hồ sơ \(id): \(needs)"
            }
        case let e as BackupError: return backup(e)
        case let e as RuleSetFileError: return "\(e.file): dòng \(e.line): \(e.reason)"
        case let e as HolidayTableError: return "\(e.file): dòng \(e.line): \(e.reason)"
        default: return nil
        }
    }

    static func desk(_ e: DeskError) -> String {
        switch e {
        case .notFound(let p): return "\(p): không có bàn làm việc ở đây; tạo mới bằng `binhxet init --desk \(p)`"
        case .alreadyExists(let p): return "\(p): ở đây đã có một bàn làm việc"
        case .isDirectory(let p): return "\(p): là thư mục, không phải tệp bàn làm việc"
        case .readOnly(let p): return "\(p): bàn làm việc chỉ đọc đối với bạn; không ghi được gì"
        case .cannotRead(let p, let user, let owner, let group, let mode):
            return "\(p): bạn (người dùng hệ thống '\(user)') không có quyền đọc tệp bàn làm việc này (chủ sở hữu \(owner), "
                + "nhóm \(group), quyền \(mode)); hãy đề nghị quản trị viên thêm '\(user)' vào nhóm '\(group)', rồi đăng nhập lại"
        case .notADesk(let p): return "\(p): không phải bàn làm việc BinhXet (không phải tệp SQLite do binhxet tạo)"
        case .newerSchema(let p, let m):
            return "\(p): bàn làm việc do phiên bản BinhXet mới hơn tạo (bước cấu trúc lạ: \(m.joined(separator: ", "))); hãy nâng cấp binhxet"
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .database(let m): return "lỗi cơ sở dữ liệu của bàn làm việc: \(m)"
        case .diskFull(let p): return "\(p): ổ đĩa đã đầy; không ghi được gì (giải phóng bớt dung lượng rồi thử lại)"
        case .cannotStore(let p, let reason): return "\(p): không ghi được tệp (\(reason)); không ghi được gì"
        case .unknownGroup(let g): return "nhóm '\(g)' không có trên máy này (xem `getent group`)"
        case .notInGroup(let g): return "không giao được bàn làm việc cho nhóm '\(g)': bạn không thuộc nhóm này"
        case .cannotOpenReadOnly(let p):
            return "\(p): không mở được bàn làm việc để đọc: thư mục của nó chỉ đọc đối với bạn, mà SQLite cần tệp -shm "
                + "ở đó, tệp này chỉ có khi có người đang mở bàn làm việc (hãy xin quyền ghi vào thư mục)"
        case .needsUpgrade(let p, let m):
            return "\(p): bàn làm việc cần nâng cấp (bước cấu trúc: \(m.joined(separator: ", "))) mà bạn chỉ có quyền đọc; "
                + "hãy để một người có quyền ghi mở nó một lần"
        }
    }

    static func council(_ e: CouncilError) -> String {
        switch e {
        case .notAMember(let login):
            return "'\(login)' không phải thành viên Hội đồng (xem `binhxet member list`); mỗi thành viên làm việc bằng tài khoản của mình"
        case .notAllowed(let login, let role, let action, let allowed):
            return "\(login) (\(role.vietnamese)) không được \(action): theo quy định của bàn làm việc này chỉ "
                + allowed.map(\.vietnamese).joined(separator: ", ") + " được làm"
        case .alreadyDecided(let id, let status):
            return "hồ sơ \(id) đã có kết quả (\(Vocabulary.vi.status(status))): đã hết biểu quyết"
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .unknownMember(let login): return "không có thành viên Hội đồng '\(login)'"
        case .nameRequired: return "thành viên cần có họ tên (--name), để ghi vào biên bản"
        }
    }

    static func decision(_ e: DecisionError) -> String {
        switch e {
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .reasonRequired(let o): return o == .reject ? "không đạt thì phải nêu lý do" : "hãy nêu hồ sơ còn thiếu gì"
        case .changedMeanwhile(let id, let by, let at, let kind):
            return "hồ sơ \(id) vừa được thay đổi: \(Vocabulary.vi.eventKind(kind)) bởi \(by) lúc \(at); không ghi đè"
        case .alreadyDecided(let id, let by, let at, let kind):
            return "hồ sơ \(id) đã có kết quả: \(Vocabulary.vi.eventKind(kind)) bởi \(by) lúc \(at); không ghi gì "
                + "(muốn sửa, nêu lý do bằng --revise)"
        case .voteDisagrees(let id, let outcome, let tally):
            return "hồ sơ \(id) không thể \(outcome == .approve ? "thông qua" : "ghi không đạt"): kết quả biểu quyết "
                + "\(outcome == .approve ? "chưa đạt" : "đã đạt") ngưỡng (\(tally)); muốn vẫn ghi, nêu lý do bằng --override"
        }
    }

    static func importProblem(_ p: ImportProblem) -> String {
        var s = p.file
        if let row = p.row { s += ": dòng \(row)" }
        if let column = p.column { s += ", cột \(column)" }
        return s + ": " + importReason(p.reason)
    }

    /// The importers' most common reasons, which they word in English as free text, in Vietnamese:
    /// each English pattern with its Vietnamese template (`$1`… the captured parts). A reason not here
    /// stays as written.
    static let importReasons: [(NSRegularExpression, String)] = [
        ("is empty", "bị trống"),
        ("missing column", "thiếu cột"),
        ("column appears twice", "cột bị lặp"),
        ("unknown column \\(expected: (.*)\\)", "cột không rõ (cần: $1)"),
        ("has (\\d+) fields, the header has (\\d+)", "có $1 ô, dòng tiêu đề có $2"),
        ("'(.*)' is not a year", "'$1' không phải năm"),
        ("'(.*)' is not a date \\(yyyy-mm-dd or dd/mm/yyyy\\)", "'$1' không phải ngày (yyyy-mm-dd hoặc dd/mm/yyyy)"),
        ("unknown title code '(.*)' \\(expected CSTDCS, LDTT or CSTT\\)", "mã danh hiệu không rõ '$1' (cần CSTDCS, LDTT hoặc CSTT)"),
        ("unknown worker category '(.*)' \\(expected one of (.*)\\)", "đối tượng không rõ '$1' (cần một trong: $2)"),
        ("is empty; a CSTĐCS nomination needs an initiative", "bị trống; hồ sơ đề nghị CSTĐCS phải có sáng kiến"),
        ("is empty; a CSTĐCS nomination needs an initiative report", "bị trống; hồ sơ đề nghị CSTĐCS phải có báo cáo sáng kiến"),
        ("is empty but an initiative file is given", "bị trống trong khi đã có tệp sáng kiến"),
        ("nomination ID (\\S+) already appears at row (\\d+) with different content", "mã hồ sơ $1 đã có ở dòng $2 với nội dung khác"),
        ("nomination ID (\\S+) is already in the desk with different content", "mã hồ sơ $1 đã có trong bàn làm việc với nội dung khác"),
        ("nominee ID (\\S+) is '(.*)' in (.*), not '(.*)'", "mã cán bộ $1 là '$2' trong $3, không phải '$4'"),
        ("no nomination with ID (\\S+) in the desk; import its nominations file first",
         "không có hồ sơ đề nghị mã $1 trong bàn làm việc; hãy nhập tệp hồ sơ đề nghị trước"),
        ("could not store: (.*)", "không lưu được: $1"),
    ].map { (try! NSRegularExpression(pattern: "^" + $0.0 + "$"), $0.1) }

    static func importReason(_ reason: String) -> String {
        let range = NSRange(reason.startIndex..., in: reason)
        for (pattern, template) in importReasons where pattern.firstMatch(in: reason, range: range) != nil {
            return pattern.stringByReplacingMatches(in: reason, range: range, withTemplate: template)
        }
        return reason
    }

    static func document(_ e: DocumentError) -> String {
        switch e {
        case .fileNotFound: return "không tìm thấy tệp"
        case .unreadableFile(let reason): return "không đọc được tệp: \(reason)"
        case .oldWordFormat: return "không đọc định dạng Word .doc cũ; hãy lưu lại thành .docx"
        case .encrypted: return "tài liệu có mật khẩu (đã mã hóa); hãy lưu lại không đặt mật khẩu"
        case .notAZip: return "không phải tài liệu .docx (tệp không phải tệp nén zip)"
        case .truncatedZip: return "tệp .docx bị cắt cụt (sao chép hoặc tải về chưa xong)"
        case .corruptZip(let detail): return "tệp .docx bị hỏng: \(detail)"
        case .unsafeEntryPath(let path): return "tệp .docx chứa đường dẫn không an toàn \"\(path)\" nên bị từ chối"
        case .zipBomb(let detail): return "tệp .docx giải nén vượt giới hạn an toàn (bom zip?): \(detail)"
        case .missingDocumentPart: return "không phải tài liệu Word: thiếu word/document.xml"
        case .malformedXML(let line, let detail): return "nội dung tài liệu (word/document.xml) sai cú pháp XML ở dòng \(line): \(detail)"
        case .undecodableText(let error): return "không giải mã được văn bản: \(textDecoding(error))"
        case .notARegularFile(let kind): return "là \(kind), không phải tệp thường"
        case .tooLarge(let bytes, let limit):
            return "tệp nặng \(DocumentError.megabytes(bytes)) MB; không nhận tệp trên \(DocumentError.megabytes(limit)) MB "
                + "(thiết lập max_report_mb)"
        }
    }

    static func textDecoding(_ e: TextDecodingError) -> String {
        switch e {
        case .invalidUTF8(let o): return "UTF-8 không hợp lệ ở byte \(o)"
        case .invalidUTF16: return "UTF-16 không hợp lệ (độ dài lẻ hoặc nửa cặp thay thế)"
        case .unknownEncoding: return "không nhận ra bảng mã (không phải UTF-8, UTF-16, TCVN3 hay VNI)"
        case .binary: return "dữ liệu nhị phân, không phải văn bản"
        }
    }

    static func backup(_ e: BackupError) -> String {
        switch e {
        case .sameFile(let p): return "\(p): bản sao lưu sẽ đè lên chính bàn làm việc được sao; hãy chọn đường dẫn khác"
        case .inUse(let p, let pids):
            return "\(p): đang được tiến trình \(pids.map(String.init).joined(separator: ", ")) sử dụng; hãy đóng binhxet ở đó trước"
        case .sideFilesPresent(let p, let files):
            return "\(p): bên cạnh có \(files.joined(separator: ", ")): bàn làm việc đang mở hoặc chưa đóng đúng cách. "
                + "Hãy đóng mọi binhxet đang mở nó; nếu không còn cái nào chạy, --force sẽ chuyển các tệp này sang bên (giữ cùng bàn bị thay)"
        case .backupDoesNotVerify(let p, let problems):
            return "\(p): bản sao lưu không qua kiểm tra, không khôi phục gì (\(problems.count) lỗi: "
                + problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; …" : "") + ")"
        }
    }
}
