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
        case let e as CriticismError:
            switch e {
            case .textRequired: return "phê bình phải ghi nội dung (--text): đơn vị đã làm sai điều gì"
            case .notOfUnit(let id, let unit, let other):
                return "hồ sơ \(id) do \(other) đề nghị, không phải \(unit): phê bình \(unit) chỉ nêu hồ sơ của chính đơn vị"
            }
        case let e as BallotError:
            switch e {
            case .alreadyCast(let id, let login):
                return "\(login) đã bỏ phiếu kín cho hồ sơ \(id); phiếu kín không sửa được"
            case .absentFromMeeting(let login, let year):
                return "\(login) được ghi vắng mặt tại cuộc họp Hội đồng năm \(year) nên không bỏ phiếu được "
                    + "(nếu có mặt, ghi lại cuộc họp)"
            }
        case let e as ImportFailed:
            return e.problems.map { importProblem($0) }.joined(separator: "\n")
                + "\n\(e.problems.count) lỗi; không nhập gì vào bàn xét duyệt"
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
            case .reasonRequired(let what): return "\(phrase(what)): cần nêu lý do (--reason)"
            case .afterToday(let id, let act, let day, let today, let asOf):
                return "hồ sơ \(id): không ghi được \(oneStopAct(act)) vào ngày \(day.vietnamese), sau "
                    + (asOf ? "ngày xét của bàn xét duyệt (\(today.vietnamese))" : "hôm nay (\(today.vietnamese))")
            case .beforeReceipt(let id, let act, let day, let received):
                return "hồ sơ \(id): không ghi được \(oneStopAct(act)) vào ngày \(day.vietnamese), trước ngày tiếp nhận hồ sơ (\(received.vietnamese))"
            case .beforePrevious(let id, let act, let day, let previous, let previousOn):
                return "hồ sơ \(id): không ghi được \(oneStopAct(act)) vào ngày \(day.vietnamese), trước bước trước đó của hồ sơ "
                    + "(\(Vocabulary.vi.eventKind(previous)), ngày \(previousOn.vietnamese))"
            case .flowEnded(let id, let status):
                return "hồ sơ \(id) đang ở trạng thái \(Vocabulary.vi.status(status)): chỉ hẹn lại ngày trả kết quả cho hồ sơ đang giải quyết"
            case .clockStopped(let id):
                return "hồ sơ \(id) đang chờ bổ sung: thời hạn đang dừng, chưa có ngày hẹn để hẹn lại (ngày hẹn được tính lại khi đơn vị nộp bổ sung)"
            case .notLater(let id, let to, let due):
                return "hồ sơ \(id): ngày hẹn mới \(to.vietnamese) không sau ngày hẹn hiện tại (\(due.vietnamese)); hẹn lại là để lùi ngày trả kết quả khi giải quyết chậm"
            case .alreadyPast(let id, let to, let today):
                return "hồ sơ \(id): ngày hẹn mới \(to.vietnamese) ở trước ngày hẹn lại (\(today.vietnamese))"
            case .notAWorkingDay(let day, let holiday):
                return "\(day.vietnamese) là " + (holiday.map { "ngày nghỉ (\($0))" } ?? (day.isoWeekday == 7 ? "Chủ nhật" : "thứ Bảy"))
                    + ", không phải ngày làm việc; ngày hẹn trả kết quả phải là ngày làm việc"
            }
        case let e as EligibilityError:
            switch e {
            case .implausibleServiceMonths(let m):
                let r = EligibilityFacts.plausibleServiceMonths
                return "\(m) không phải số tháng công tác (từ \(r.lowerBound) đến \(r.upperBound) tháng, tức năm mươi năm)"
            }
        case let e as ReceptionError:
            switch e {
            case .noPapers: return "khi ghi tiếp nhận phải nêu các giấy tờ đã nhận (--paper, mỗi loại một lần)"
            case .badTime(let t): return "'\(t)' không phải giờ trong ngày (viết 09:15)"
            }
        case let e as MeetingError:
            switch e {
            case .badTime(let t): return "'\(t)' không phải thời gian (viết 08:00, hoặc ngày và giờ: 28/05/2018 08:00)"
            case .endsBeforeStart(let s, let e): return "cuộc họp không thể kết thúc lúc \(e) khi đã bắt đầu lúc \(s) cùng ngày"
            case .noPlace: return "cuộc họp phải ghi địa điểm họp"
            case .notAMember(let l): return "'\(l)' không phải thành viên đương nhiệm của Hội đồng (binhxet member list)"
            case .nothingRecorded(let y):
                return "chưa ghi cuộc họp nào của năm \(y) (binhxet meeting --year \(y) --start … --end … --place …)"
            case .absentButVoted(let l, let name, let y, let n):
                return "\(name) ('\(l)') đã bỏ phiếu cho \(n) hồ sơ năm \(y) nên không ghi vắng mặt tại cuộc họp được"
            }
        case let e as DismissalError:
            switch e {
            case .noSuchFinding(let n, let s): return "hồ sơ \(n) không có cảnh báo trùng với \(s)"
            case .alreadyDismissed(let n, let s): return "cảnh báo \(n) trùng với \(s) đã được bỏ qua trước đó"
            case .notDismissed(let n, let s): return "cảnh báo \(n) trùng với \(s) đang được tính, chưa bỏ qua"
            case .unknownReason(let r):
                return "lý do không hợp lệ '\(r)' (\(DismissalReason.allCases.map(\.rawValue).joined(separator: ", ")))"
            }
        case let e as RecognitionError:
            switch e {
            case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
            case .noInitiative(let id): return "hồ sơ \(id) không có sáng kiến để công nhận"
            case .missing(let what): return "cần nêu \(phrase(what))"
            case .badDate(let s): return "'\(s)' không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)"
            case .afterToday(let d, let today, let asOf):
                return "ngày công nhận \(d.vietnamese) ở sau " + (asOf ? "ngày xét của bàn xét duyệt (\(today.vietnamese))" : "hôm nay (\(today.vietnamese))")
                    + ": quyết định chỉ được ghi khi đã ký"
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
            case .nothingToPrint(let id, let slip, _):
                // Why is fixed by the slip: the event it needs has not been recorded.
                let title = slip.title.prefix(1) + slip.title.dropFirst().lowercased()
                let needs: String
                switch slip {
                case .receipt: needs = "hồ sơ chưa được tiếp nhận"
                case .supplement: needs = "chưa có yêu cầu bổ sung (binhxet decide MÃ supplement --reason …)"
                case .refusal: needs = "hồ sơ chưa bị từ chối tiếp nhận (binhxet advance MÃ refused --reason …)"
                case .apology: needs = "chưa hẹn lại ngày trả kết quả (binhxet reschedule MÃ --to NGÀY --reason …)"
                }
                return "chưa lập được \(title) (\(slip.form)) cho hồ sơ \(id): \(needs)"
            }
        case let e as BackupError: return backup(e)
        case let e as OutputFileError:
            switch e {
            case .isFolder(let p): return "\(p): là một thư mục, không phải tệp; hãy nêu tên tệp trong thư mục đó (-o THƯ_MỤC/TÊN_TỆP)"
            case .noFolder(let p, let f): return "\(p): không có thư mục \(f); hãy tạo thư mục trước, hoặc ghi vào chỗ khác"
            case .folderIsAFile(let p, let f): return "\(p): \(f) là một tệp, không phải thư mục"
            case .noPermission(let p, let f): return "\(p): bạn không có quyền ghi vào \(f); không ghi được gì"
            case .diskFull(let p): return "\(p): ổ đĩa đã đầy; không ghi được gì (giải phóng bớt dung lượng rồi thử lại)"
            case .cannotWrite(let p, let reason): return "\(p): không ghi được tệp (\(reason)); không ghi được gì"
            case .deskFile(let p): return "\(p): là tệp của chính bàn xét duyệt; không bao giờ ghi báo cáo đè lên đó (hãy ghi vào chỗ khác)"
            }
        case let e as RuleSetFileError: return "\(e.file): dòng \(e.line): \(settingReason(e.reason))"
        case let e as ReportPathRefused: return importReason(e.description)
        case let e as HolidayTableError: return "\(e.file): dòng \(e.line): \(settingReason(e.reason))"
        default: return nil
        }
    }

    /// A one-stop act in a Vietnamese line: a step by its name, a new appointment date as the slip says it.
    static func oneStopAct(_ act: DeskEvent.Kind) -> String {
        act == .rescheduled ? "việc hẹn lại ngày trả kết quả" : "bước '\(Vocabulary.vi.eventKind(act))'"
    }

    static func desk(_ e: DeskError) -> String {
        switch e {
        case .notFound(let p): return "\(p): không có bàn xét duyệt ở đây; tạo mới bằng `binhxet init --desk \(p)`"
        case .alreadyExists(let p): return "\(p): ở đây đã có một bàn xét duyệt"
        case .fileInTheWay(let p):
            return "\(p): là một tệp khác, không phải bàn xét duyệt; không thay đổi gì (hãy chọn đường dẫn khác cho bàn mới)"
        case .isDirectory(let p): return "\(p): là thư mục, không phải tệp bàn xét duyệt"
        case .readOnly(let p): return "\(p): bàn xét duyệt chỉ đọc đối với bạn; không ghi được gì"
        case .cannotRead(let p, let user, let owner, let group, let mode):
            return "\(p): bạn (người dùng hệ thống '\(user)') không có quyền đọc tệp bàn xét duyệt này (chủ sở hữu \(owner), "
                + "nhóm \(group), quyền \(mode)); hãy đề nghị quản trị viên thêm '\(user)' vào nhóm '\(group)', rồi đăng nhập lại"
        case .notADesk(let p): return "\(p): không phải bàn xét duyệt BinhXet (không phải tệp SQLite do binhxet tạo)"
        case .newerSchema(let p, let m):
            return "\(p): bàn xét duyệt do phiên bản BinhXet mới hơn tạo (bước cấu trúc lạ: \(m.joined(separator: ", "))); hãy nâng cấp binhxet"
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .database(let m): return "lỗi cơ sở dữ liệu của bàn xét duyệt: \(m)"
        case .diskFull(let p): return "\(p): ổ đĩa đã đầy; không ghi được gì (giải phóng bớt dung lượng rồi thử lại)"
        case .cannotStore(let p, let reason): return "\(p): không ghi được tệp (\(reason)); không ghi được gì"
        case .unknownGroup(let g): return "nhóm '\(g)' không có trên máy này (xem `getent group`)"
        case .notInGroup(let g): return "không giao được bàn xét duyệt cho nhóm '\(g)': bạn không thuộc nhóm này"
        case .cannotOpenReadOnly(let p):
            return "\(p): không mở được bàn xét duyệt để đọc: thư mục của nó chỉ đọc đối với bạn, mà SQLite cần tệp -shm "
                + "ở đó, tệp này chỉ có khi có người đang mở bàn xét duyệt (hãy xin quyền ghi vào thư mục)"
        case .needsUpgrade(let p, let m):
            return "\(p): bàn xét duyệt cần nâng cấp (bước cấu trúc: \(m.joined(separator: ", "))) mà bạn chỉ có quyền đọc; "
                + "hãy để một người có quyền ghi mở nó một lần"
        }
    }

    static func council(_ e: CouncilError) -> String {
        switch e {
        case .notAMember(let login):
            return "'\(login)' không phải thành viên Hội đồng (xem `binhxet member list`); mỗi thành viên làm việc bằng tài khoản của mình"
        case .notAllowed(let login, let role, let action, let allowed):
            return "\(login) (\(role.vietnamese)) không được \(phrase(action)): theo quy định của bàn xét duyệt này chỉ "
                + allowed.map(\.vietnamese).joined(separator: ", ") + " được làm"
        case .alreadyDecided(let id, let status):
            return "hồ sơ \(id) đã có kết quả (\(Vocabulary.vi.status(status))): đã hết biểu quyết"
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .unknownMember(let login): return "không có thành viên Hội đồng '\(login)'"
        case .nameRequired: return "thành viên cần có họ tên (--name), để ghi vào biên bản"
        case .notYetReceived(let id, let received, let today):
            return "hồ sơ \(id) tiếp nhận ngày \(EventTime.day(received)), sau ngày xét \(EventTime.day(today)): "
                + "chưa biểu quyết hoặc ghi kết quả được"
        case .notALogin(let login):
            return "'\(login)' không thể là tên đăng nhập: thành viên được nhận biết bằng tên người dùng hệ thống, chỉ gồm chữ cái "
                + "a–z, A–Z, chữ số, '.', '_' và '-', không bắt đầu bằng '-', dài tối đa \(CouncilMember.loginMaxLength) ký tự (xem `id -un`)"
        case .controlCharacterInName(let c):
            return "họ tên thành viên không được chứa ký tự điều khiển (\(c)); hãy viết họ tên như sẽ in trong biên bản"
        }
    }

    /// The fixed English phrases the core puts into some errors (the action a role may not do, what a
    /// step or a recognition lacks), in Vietnamese; a phrase not listed is given as written.
    static let phrases: [String: String] = [
        "change the council's membership": "thay đổi thành viên Hội đồng",
        "record an initiative's recognition": "ghi quyết định công nhận sáng kiến",
        "record an outcome": "ghi kết quả xét",
        "criticise a unit": "ghi phê bình đơn vị",
        "record the council's meeting": "ghi cuộc họp Hội đồng",
        "open the year under review": "mở năm xét và chọn ngày xét",
        "issue the council's documents": "lập văn bản của Hội đồng",
        "a refusal": "từ chối tiếp nhận hồ sơ",
        "a new appointment date": "hẹn lại ngày trả kết quả",
        "the decision's number (--number)": "số quyết định (--number)",
        "who recognised it (--by)": "người ký quyết định công nhận (--by)",
    ]

    static func phrase(_ english: String) -> String { phrases[english] ?? english }

    static func decision(_ e: DecisionError) -> String {
        switch e {
        case .unknownNomination(let id): return "không có hồ sơ đề nghị mã \(id)"
        case .reasonRequired(let o): return o == .reject ? "không đạt thì phải nêu lý do" : "hãy nêu hồ sơ còn thiếu gì"
        case .changedMeanwhile(let id, let by, let at, let kind):
            return "hồ sơ \(id) vừa được thay đổi: \(Vocabulary.vi.eventKind(kind)) bởi \(by) lúc \(EventTime.display(at)); không ghi đè"
        case .alreadyDecided(let id, let by, let at, let kind):
            return "hồ sơ \(id) đã có kết quả: \(Vocabulary.vi.eventKind(kind)) bởi \(by) lúc \(EventTime.display(at)); không ghi gì "
                + "(muốn sửa, nêu lý do bằng --revise)"
        case .voteDisagrees(let id, let outcome, let tally):
            return "hồ sơ \(id) không thể \(outcome == .approve ? "thông qua" : "ghi không đạt"): kết quả biểu quyết "
                + "\(outcome == .approve ? "chưa đạt" : "đã đạt") ngưỡng (\(tally.summary(in: .vi))); muốn vẫn ghi, nêu lý do bằng --override"
        }
    }

    static func importProblem(_ p: ImportProblem) -> String {
        var s = p.file
        if let row = p.row { s += ": dòng \(row)" }
        if let column = p.column { s += ", cột \(column)" }
        return s + ": " + (p.vietnameseReason ?? importReason(p.reason))
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
        ("nomination ID (\\S+) is already in the desk with different content", "mã hồ sơ $1 đã có trong bàn xét duyệt với nội dung khác"),
        ("nominee ID (\\S+) is '(.*)' in the desk, not '(.*)'", "mã cán bộ $1 là '$2' trong bàn xét duyệt, không phải '$3'"),
        ("nominee ID (\\S+) is '(.*)' in row (\\d+) of this file, not '(.*)'", "mã cán bộ $1 là '$2' ở dòng $3 của tệp này, không phải '$4'"),
        ("no nomination with ID (\\S+) in the desk; import its nominations file first",
         "không có hồ sơ đề nghị mã $1 trong bàn xét duyệt; hãy nhập tệp hồ sơ đề nghị trước"),
        ("could not store: (.*)", "không lưu được: $1"),
        // Beyond the commonest: every other reason the importers word (nominations, outcomes, units,
        // registrations, report paths); `ErrorWordsTests` checks each against a sample.
        ("contains the control character (U\\+[0-9A-F]+) at character (\\d+); remove it and import again",
         "chứa ký tự điều khiển $1 ở ký tự thứ $2; hãy xóa ký tự đó rồi nhập lại"),
        ("the report is empty \\(no text after decoding\\)", "báo cáo sáng kiến trống (giải mã xong không có chữ nào)"),
        ("holds no registrations", "không có đăng ký nào"),
        ("'(.*)' is not a plausible emulation year \\(1990–2100\\)", "'$1' không phải năm thi đua hợp lệ (1990–2100)"),
        ("the same person registered this initiative for (\\d+) on row (\\d+)", "người này đã đăng ký sáng kiến này cho năm $1 ở dòng $2"),
        ("is empty; an award has the chairman's decision number", "bị trống; kết quả được khen thưởng phải có số quyết định của Chủ tịch"),
        ("is empty; an award has the date of the chairman's decision", "bị trống; kết quả được khen thưởng phải có ngày quyết định của Chủ tịch"),
        ("unknown outcome '(.*)' \\(expected (.*)\\)", "kết quả không rõ '$1' (cần một trong: $2)"),
        ("is empty but a decision is given", "bị trống trong khi đã có quyết định"),
        ("unknown scope '(.*)' \\(the rule set allows (.*)\\)", "phạm vi không rõ '$1' (bộ quy định cho phép: $2)"),
        ("is empty; a recognition has the number of its decision", "bị trống; quyết định công nhận sáng kiến phải có số"),
        ("is empty; a recognition has the date of its decision", "bị trống; quyết định công nhận sáng kiến phải có ngày"),
        ("'(.*)' is not yes or no", "'$1' không phải yes (có) hoặc no (không)"),
        ("(\\S+) already appears at row (\\d+)", "$1 đã có ở dòng $2"),
        ("(\\S+) belongs to (\\d+), the year under review \\((\\d+)\\) or later: its outcome is the council's to decide \\(binhxet decide\\), not imported",
         "$1 thuộc năm $2, từ năm đang xét ($3) trở về sau: kết quả do Hội đồng quyết định (binhxet decide), không nhập từ tệp"),
        ("(.*) is before the year it would award \\((\\d+)\\)", "$1 ở trước năm thi đua được khen thưởng ($2)"),
        ("is empty and so is initiative_recognised: nothing to import", "bị trống, cột initiative_recognised cũng trống: không có gì để nhập"),
        ("code (\\S+) appears twice", "mã $1 bị lặp"),
        ("'(.*)' is already the short name of (.*) \\(row (\\d+)\\)", "'$1' đã là tên viết tắt của $2 (dòng $3)"),
        ("holds a line break; write the short name on one line", "có xuống dòng; tên viết tắt phải viết trên một dòng"),
        ("'(.*)' is (\\d+) columns wide; a short name may take at most (\\d+)", "'$1' rộng $2 cột; tên viết tắt được tối đa $3 cột"),
        ("'(.*)' is longer than the unit's name '(.*)'", "'$1' dài hơn tên đơn vị '$2'"),
        ("is an absolute path; give the path relative to the CSV's folder", "là đường dẫn tuyệt đối; hãy ghi đường dẫn tính từ thư mục của tệp CSV"),
        ("the CSV's folder cannot be resolved", "không xác định được thư mục của tệp CSV"),
        ("goes outside the CSV's folder \\('\\.\\.'\\); keep the reports inside it", "ra ngoài thư mục của tệp CSV ('..'); hãy để báo cáo sáng kiến trong thư mục đó"),
        ("cannot read the file: permission denied", "không đọc được tệp: không có quyền đọc"),
        ("cannot read the file \\(missing or no permission\\)", "không đọc được tệp (không có tệp, hoặc không có quyền đọc)"),
        ("is a directory, not a CSV file", "là thư mục, không phải tệp CSV"),
        ("is an outcomes file, not nominations: import it with --outcomes, after its nominations",
         "là tệp kết quả, không phải tệp hồ sơ đề nghị: nhập bằng --outcomes, sau tệp hồ sơ"),
        ("is a registrations file, not nominations: import it with --registrations",
         "là tệp đăng ký thi đua, không phải tệp hồ sơ đề nghị: nhập bằng --registrations"),
        ("is the units list, not nominations: put it beside the nominations CSV as units.csv, where it is read",
         "là danh sách đơn vị, không phải tệp hồ sơ đề nghị: để cạnh tệp hồ sơ, tên units.csv, để được đọc cùng"),
        ("file not found", "không tìm thấy tệp"),
        ("is a link to a file outside the CSV's folder; copy the report into it", "là liên kết tới tệp ngoài thư mục của tệp CSV; hãy chép báo cáo vào thư mục đó"),
        ("the file is empty \\(no header row\\)", "tệp trống (không có dòng tiêu đề)"),
        ("row (\\d+): a quoted field is never closed", "dòng $1: một ô mở ngoặc kép mà không đóng"),
        ("was not found in the first pass", "không còn thấy tệp ở lần đọc thứ hai"),
        ("the file changed while it was imported; import the file again", "tệp bị thay đổi trong khi nhập; hãy nhập lại"),
        ("another import added some of these nominations meanwhile; import the file again to add what is still new",
         "trong lúc kiểm tra, một lần nhập khác đã thêm một số hồ sơ của tệp này; hãy nhập lại tệp để thêm những hồ sơ còn mới"),
        ("(.*) is in the future", "$1 là ngày trong tương lai"),
        // `import --registrations` took a day after the desk's today and a unit it does not hold (the tester, 2026-12-07)
        ("(.*) is after the desk's as-of date \\((.*)\\)", "$1 ở sau ngày xét của bàn xét duyệt ($2)"),
        ("'(.*)' is not a unit of the desk; write its name as its nominations give it",
         "'$1' không phải đơn vị có trong bàn xét duyệt; hãy ghi tên đơn vị như trong hồ sơ đề nghị của đơn vị"),
        ("a withdrawn nomination has no decision; leave it empty", "hồ sơ đã rút thì không có quyết định; hãy để trống"),
        ("is given but initiative_recognised is empty; write yes if the unit recognised the initiative",
         "có giá trị trong khi cột initiative_recognised trống; ghi yes nếu đơn vị đã công nhận sáng kiến"),
        ("is given but initiative_recognised is no", "có giá trị trong khi cột initiative_recognised là no (chưa công nhận)"),
    ].map { (try! NSRegularExpression(pattern: "^" + $0.0 + "$"), $0.1) }

    /// The settings file's reasons (`RuleSetFile`, `[documents]`, `RuleSettingError`), in Vietnamese: a line's
    /// own problem, or a setting's name and why its value is refused.
    static let settingReasons: [(NSRegularExpression, String)] = [
        ("expected 'setting = value'", "cần viết dạng 'thiết_lập = giá trị'"),
        ("unknown setting '(.*)' \\(known: (.*)\\)", "không có thiết lập '$1' (các thiết lập: $2)"),
        ("(\\S+) is already set on line (\\d+)", "$1 đã được đặt ở dòng $2"),
        ("(\\S+) is already set on (.*)", "$1 đã được đặt ở $2"),
        ("'(.*)' is not one of (.*)", "'$1' không phải một trong: $2"),
        ("'(.*)' is not a share \\(write 70%, 2/3 or 0\\.7\\)", "'$1' không phải tỷ lệ (viết 70%, 2/3 hoặc 0.7)"),
        ("'(.*)' is not a whole number from (\\d+) to (\\d+)", "'$1' không phải số nguyên từ $2 đến $3"),
        ("'(.*)' is not yes or no", "'$1' không phải yes (có) hoặc no (không)"),
        ("'(.*)' is not a role \\((.*)\\)", "'$1' không phải vai trò ($2)"),
        ("name at least one role", "cần nêu ít nhất một vai trò"),
        ("'none' would bar every nominee", "'none' sẽ loại mọi người được đề nghị"),
        ("name the body, e\\.g\\. (.*)", "cần nêu cơ quan, ví dụ $1"),
        ("start with co_so, the unit's own scope", "bắt đầu bằng co_so, phạm vi của chính đơn vị"),
        ("'(.*)' is not a worker category \\((.*)\\)", "'$1' không phải đối tượng ($2)"),
        ("'(.*)' is not 13 or 14 \\(NĐ 30/2020: body 13–14 pt\\)", "'$1' không phải 13 hoặc 14 (NĐ 30/2020: chữ thân văn bản cỡ 13–14)"),
        ("'(.*)' is not chairman or vice_chairman", "'$1' không phải chairman (Chủ tịch) hoặc vice_chairman (Phó Chủ tịch)"),
        ("must be positive", "phải lớn hơn 0"),
        ("'(.*)' is not an amount in đồng", "'$1' không phải số tiền (đồng)"),
        ("a Căn cứ line between \\| is empty", "có một dòng Căn cứ trống giữa hai dấu |"),
        ("each line starts with 'Căn cứ' \\(lines separated by \\|\\)", "mỗi dòng phải bắt đầu bằng 'Căn cứ' (các dòng cách nhau bằng |)"),
        ("'(.*)' is not a positive number", "'$1' không phải số dương"),
        ("is empty", "bị trống"),
        // The holiday table beside the desk (`<desk>.holidays.tsv`)
        ("expected date, kind, name and source separated by tabs", "cần ngày, loại, tên và nguồn, cách nhau bằng dấu tab"),
        ("'(.*)' is not a date \\(yyyy-mm-dd\\)", "'$1' không phải ngày (yyyy-mm-dd)"),
        ("unknown kind '(.*)' \\(expected (.*)\\)", "loại không rõ '$1' (cần một trong: $2)"),
        ("(\\d{4})-(\\d{2})-(\\d{2}) is already listed on line (\\d+)", "ngày $3/$2/$1 đã có ở dòng $4"),
    ].map { (try! NSRegularExpression(pattern: "^" + $0.0 + "$"), $0.1) }

    /// A settings file's reason: "[documents] " kept, then either a line's problem or "setting: why".
    static func settingReason(_ reason: String) -> String {
        var rest = Substring(reason)
        var head = ""
        if rest.hasPrefix("[documents] ") { head = "[documents] "; rest = rest.dropFirst(head.count) }
        func worded(_ r: String) -> String? {
            let range = NSRange(r.startIndex..., in: r)
            for (pattern, template) in settingReasons where pattern.firstMatch(in: r, range: range) != nil {
                return pattern.stringByReplacingMatches(in: r, range: range, withTemplate: template)
            }
            return nil
        }
        if let w = worded(String(rest)) { return head + w }
        if let colon = rest.range(of: ": "), !rest[..<colon.lowerBound].contains(" "), let w = worded(String(rest[colon.upperBound...])) {
            return head + rest[..<colon.upperBound] + w
        }
        return reason
    }

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
        case .noPermission: return "không đọc được tệp: không có quyền đọc"
        case .changedWhileRead: return "không đọc được tệp: tệp bị thay đổi trong lúc đang đọc"
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
        case .notARegularFile(let kind): return "là \(specialFile(kind)), không phải tệp thường"
        case .tooLarge(let bytes, let limit):
            return "tệp nặng \(DocumentError.megabytes(bytes, in: .vi)) MB; không nhận tệp trên \(DocumentError.megabytes(limit, in: .vi)) MB "
                + "(thiết lập max_report_mb)"
        }
    }

    static func specialFile(_ kind: SpecialFile) -> String {
        switch kind {
        case .folder: return "một thư mục"
        case .fifo: return "một ống dẫn có tên (FIFO)"
        case .characterDevice: return "một thiết bị ký tự"
        case .blockDevice: return "một thiết bị khối"
        case .socket: return "một socket"
        case .symbolicLink: return "một liên kết tượng trưng"
        case .other: return "một tệp đặc biệt"
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
        case .sameFile(let p): return "\(p): bản sao lưu sẽ đè lên chính bàn xét duyệt được sao; hãy chọn đường dẫn khác"
        case .inUse(let p, let pids):
            return "\(p): đang được tiến trình \(pids.map(String.init).joined(separator: ", ")) sử dụng; hãy đóng binhxet ở đó trước"
        case .sideFilesPresent(let p, let files):
            return "\(p): bên cạnh có \(files.joined(separator: ", ")): bàn xét duyệt đang mở hoặc chưa đóng đúng cách. "
                + "Hãy đóng mọi binhxet đang mở nó; nếu không còn cái nào chạy, --force sẽ chuyển các tệp này sang bên (giữ cùng bàn bị thay)"
        case .backupNotFound(let p): return "\(p): không tìm thấy bản sao lưu (không có tệp này); không khôi phục gì"
        case .backupDoesNotVerify(let p, let problems):
            return "\(p): bản sao lưu không qua kiểm tra, không khôi phục gì (\(problems.count) lỗi: "
                + problems.prefix(3).map { $0.line(in: .vi) }.joined(separator: "; ") + (problems.count > 3 ? "; …" : "") + ")"
        }
    }
}
