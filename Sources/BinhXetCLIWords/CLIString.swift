/// Every sentence the command line says, Vietnamese and English side by side: help text, messages,
/// table headings, warnings and errors of its own. `{1}`, `{2}`… are filled in order (`CLIWords`); both
/// languages use the same ones (a test checks it). Noun keys (`n…`) hold the English as "one|many".
/// Labels (`d…`, `r…`, `f…` of `show` and findings) are unpadded: the text is aligned where it is laid out.
public enum CLIString: String, CaseIterable, Sendable {
    // Shared options and messages
    case rootAbstract, rootDiscussion, langHelp, keymapHelp, deskHelp, memberHelp, yearHelp, allYearsHelp
    case jsonHelp, jsonFindingsHelp, quietHelp, idHelp, outHelp, unitArgHelp, dateOptionHelp
    case noDesk, readOnlyNote, badDate, unknownChoice, or, none, notePrefix, errorPrefix
    case nStep, nOutcome, nStatus, nVote, nSlip, nReport, nFormat, nRole, nGround, nDiscipline, nRuleSet
    case nNominations, nPassages, nPapers, nOriginals, nRegistrations, nEarlierAwards
    // The review desk
    case keymapUnreadable, needsTerminal
    // init
    case initAbstract, initRulesHelp, initGroupHelp, initCreated, initRulesPinned, initRulesByYear
    // import
    case importAbstract, importDiscussion, importCSVHelp, importOutcomesHelp, importRegistrationsHelp, importQuietHelp
    case importJSONHelp, importNothing, importRegistrations, importNominations, importOutcomes
    case progressReading, progressLearning, progressChecking, progressIndexing, progressCopying, progressVerifying
    case progressFindingReports
    // list
    case listAbstract, listUnitHelp, listStatusHelp, listFlaggedHelp
    case hID, hYear, hNominee, hUnit, hTitle, hStatus, hInitiative, listCount
    // show
    case showAbstract, noNomination
    case dNomination, dStatus, dNominee, dCategory, dPosition, dDuties, dUnit, dTitle, dReceived, dInitiative
    case dDocument, dBytes, dText, dCharacters, dHistory
    case rDossier, rReceived, rWorkingDays, rDue, rAwaiting, rClosed, rRecognition, rOtherNominations, rNone
    case rInitiative, rRecognitionLower, rSimilarity, rNotChecked, rNoReuse, rFlags, rBasis, rBallots, rSecret
    // text
    case textAbstract, textNoInitiative
    // check, scan, compare, findings
    case checkAbstract, checkDiscussion, checkFileHelp, checkTitleHelp, checkPositionHelp, checkDutiesHelp, checkUnitHelp
    case checkNoReuse, checkNotOffDuty
    case scanAbstract, scanDiscussion, scanYearHelp, scanAllHelp, scanRecheckHelp, scanSummary, scanKept, scanRevocations
    case compareAbstract, compareDiscussion, compareLaterHelp, compareEarlierHelp, compareShared
    case fOffDuty, fInitiative, fDuties, fSameSubject, fFrom, fSameTitle, fSourceTitle, fAuthorThen, fOutcome, fRecognition
    // member
    case memberAbstract, memberAddAbstract, memberAddDiscussion, memberLoginHelp, memberNameHelp, memberRoleHelp
    case memberAdded, memberListAbstract, memberAllHelp, memberNone, hLogin, hName, hRole, memberFormer
    case memberRemoveAbstract, memberRemoved
    // vote, decide, tally
    case voteAbstract, voteDiscussion, voteChoiceHelp, voteCast
    case decideAbstract, decideDiscussion, decideOutcomeHelp, decideReasonHelp, decideOverrideHelp, decideReviseHelp
    case decideYearConfirmHelp, decideRecorded, decideAlready, decideWithoutBallot
    case tallyAbstract, tallyIDHelp, tallyYearHelp, tallyThreshold, tallyAtLeast, tallyMoreThan, tallySecret, tallyNone
    case hAgree, hDisagree, hAbstain, hVoted, hOver, hShare, hResult, tallyPasses, tallyFails
    // criticise, ldtt-holders, eligibility, recognise
    case criticiseAbstract, criticiseTextHelp, criticiseNominationsHelp, criticiseRecorded
    case ldttAbstract, ldttDiscussion, ldttCountHelp, ldttYearHelp, ldttDeclared
    case eligAbstract, eligDiscussion, eligLDTTHelp, eligRecognisedHelp, eligServiceHelp, eligCSTTHelp, eligGroundHelp
    case eligDisciplineHelp, eligNothing, eligNoted, eligYesNo
    case recogniseAbstract, recogniseDiscussion, recogniseByHelp, recogniseNumberHelp, recogniseDateHelp, recogniseScopeHelp
    case recognised, recognisedAlready
    // one-stop: advance, reschedule, overdue, slip, receive
    case advanceAbstract, advanceDiscussion, advanceStepHelp, advanceOnHelp, advanceReasonHelp, advanceDone, advanceDue
    case rescheduleAbstract, rescheduleToHelp, rescheduleReasonHelp, rescheduled
    case overdueAbstract, overdueOnHelp, overdueWithinHelp, overdueNothing, overdueNothingToday, overdueOn, hDossier, hReceived, hDue
    case overdueLate, overdueSoon
    case slipAbstract, slipKindHelp, slipFormatHelp
    case receiveAbstract, receiveDiscussion, receiveTimeHelp, receivePaperHelp, receiveSubmitterHelp, receiveRecorded
    // report
    case reportAbstract, reportDiscussion, reportKindHelp, reportSubjectHelp, reportFormatHelp, reportOnHelp, reportWithinHelp
    case docxNeedsFile, noTableForCSV
    // rules, settings
    case rulesAbstract, rulesDiscussion, rulesYearHelp, rulesOnHelp, rulesTemplateHelp
    case rulesSet, rulesPinned, rulesInForce, rulesAskedDay, rulesAskedYear, rulesInstruments, rulesSettingsFile
    case rulesHolidaysFile, rulesCalendar, hSetting, hValue, hFrom, hBasis
    case settingsAbstract, settingsDiscussion, settingsTemplateHelp, settingsNotSet
    // year
    case yearAbstract, yearDiscussion, yearShowAbstract, yearOpenAbstract, yearOpenYearHelp, yearAsOfHelp
    case yearNone, yearLatest, yearAsOf, yearOpened, yearOpenedAsOf
    // check-registrations
    case regAbstract, regDiscussion, regYearHelp, regAllHelp, regNone, regTitleAlike, regSummaryRepeats
    case regRepeats, regOwn, regAnothers, regOffDuty, regClean, regFits, regNoEarlier, regNotJudged
    // dismiss
    case dismissAbstract, dismissDiscussion, dismissSourceHelp, dismissReasonHelp, dismissNoteHelp, dismissUndoHelp
    case dismissGiveReason, dismissRestored, dismissDone
    // meeting
    case meetingAbstract, meetingDiscussion, meetingStartHelp, meetingEndHelp, meetingPlaceHelp, meetingChairHelp
    case meetingSecretaryHelp, meetingAbsentHelp, meetingShown, meetingAbsent, meetingNeeds, meetingRecorded
    // preferences
    case prefAbstract, prefDiscussion, prefOpenNextHelp, prefYearFilterHelp, prefBadYear, prefShown, prefOn, prefOff
    // verify, backup, restore
    case verifyAbstract, verifyDiscussion, verifyProblem, verifyNotice, verifySummary, verifyClean, verifyLastHash, nProblems
    case verifyPrefix
    case backupAbstract, backupDiscussion, backupDestHelp, backupMovedAside, backupDone
    // swift-argument-parser's own messages (en: its phrase, replaced by vi in Vietnamese output)
    case apOverview, apUsageHeading, apOptions, apArguments, apSubcommands, apShowHelp, apSubcommandHelp
    case apError, apMissing, apMissingValue, apUnknownOption, apUnexpected, apUnexpectedMany, apValue, apInvalidFor, apHelp, apUsage
    case apSee, apMoreInformation, apDefault
    case restoreAbstract, restoreDiscussion, restoreBackupHelp, restoreForceHelp, restoreKept, restoreDone

    public var pair: (vi: String, en: String) {
        switch self {
        case .rootAbstract: return ("BinhXet: bàn xét duyệt của Hội đồng Thi đua - Khen thưởng, để xét hồ sơ đề nghị khen thưởng.",
                                    "BinhXet: the review desk of an emulation-and-commendation council.")
        case .rootDiscussion: return ("Không nêu lệnh con thì mở bàn xét duyệt để xét hồ sơ ngay trong cửa sổ dòng lệnh.",
                                      "With no subcommand, opens the desk for review in the terminal.")
        case .langHelp: return ("Ngôn ngữ hiển thị: vi hoặc en (mặc định: $BINHXET_LANG, không có thì vi). Dùng được với mọi lệnh.",
                                "Language: vi or en (default: $BINHXET_LANG, else vi). Accepted by every command.")
        case .keymapHelp: return ("Tệp đổi phím (mặc định: $BINHXET_KEYMAP). Xem Resources/keymap.default.",
                                  "A keymap file that remaps keys (default: $BINHXET_KEYMAP). See Resources/keymap.default.")
        case .deskHelp: return ("Tệp bàn xét duyệt (mặc định: $BINHXET_DESK).", "The desk file (default: $BINHXET_DESK).")
        case .memberHelp: return ("Làm thay thành viên Hội đồng này: chỉ dành cho root (mặc định: người dùng hệ thống; root cũng có thể đặt $BINHXET_MEMBER).",
                                  "Act as this council member: root only (default: the OS user; root may also set $BINHXET_MEMBER).")
        case .yearHelp: return ("Chỉ năm thi đua này (mặc định: năm đang xét, xem `binhxet year`).",
                                "Only this emulation year (default: the year under review, see `binhxet year`).")
        case .allYearsHelp: return ("Mọi năm, kể cả hồ sơ lưu trữ.", "Every year, the archive included.")
        case .jsonHelp: return ("In ra dạng JSON.", "Print JSON.")
        case .jsonFindingsHelp: return ("In ra dạng JSON: mỗi cảnh báo trùng lặp một đối tượng.", "Print JSON: one object per finding.")
        case .quietHelp: return ("Chỉ in lỗi.", "Print nothing but errors.")
        case .idHelp: return ("Mã hồ sơ đề nghị.", "The nomination ID.")
        case .outHelp: return ("Ghi ra tệp này thay vì in ra màn hình.", "Write to this file instead of standard output.")
        case .unitArgHelp: return ("Đơn vị: mã, tên, hoặc một phần tên chỉ đơn vị đó có.",
                                   "The unit: its code, its name, or a part of its name only it contains.")
        case .dateOptionHelp: return ("Ngày (yyyy-mm-dd hoặc dd/mm/yyyy).", "The date (yyyy-mm-dd or dd/mm/yyyy).")
        case .noDesk: return ("chưa nêu bàn xét duyệt: dùng --desk ĐƯỜNG_DẪN hoặc đặt biến BINHXET_DESK",
                              "no desk given: use --desk PATH or set BINHXET_DESK")
        case .readOnlyNote: return ("lưu ý: bàn xét duyệt chỉ đọc đối với bạn: chỉ xem được", "note: the desk is read-only for you: viewing only")
        case .badDate: return ("'{1}' không phải ngày (yyyy-mm-dd hoặc dd/mm/yyyy)", "'{1}' is not a date (yyyy-mm-dd or dd/mm/yyyy)")
        case .unknownChoice: return ("{1} không hợp lệ: '{2}' (cần là {3})", "unknown {1} '{2}' (expected {3})")
        case .or: return ("hoặc", "or")
        case .none: return ("không có", "none")
        case .notePrefix: return ("lưu ý", "note")
        case .errorPrefix: return ("lỗi", "error")
        case .nStep: return ("bước", "step")
        case .nOutcome: return ("kết quả", "outcome")
        case .nStatus: return ("trạng thái", "status")
        case .nVote: return ("phiếu biểu quyết", "vote")
        case .nSlip: return ("loại phiếu", "slip")
        case .nReport: return ("loại báo cáo", "report")
        case .nFormat: return ("định dạng", "format")
        case .nRole: return ("vai trò", "role")
        case .nGround: return ("căn cứ", "ground")
        case .nDiscipline: return ("hình thức kỷ luật", "discipline")
        case .nRuleSet: return ("bộ quy định", "rule set")
        case .nNominations: return ("hồ sơ", "nomination|nominations")
        case .nPassages: return ("đoạn", "passage|passages")
        case .nPapers: return ("giấy tờ", "paper|papers")
        case .nOriginals: return ("bản gốc", "original|originals")
        case .nRegistrations: return ("đăng ký", "registration|registrations")
        case .nEarlierAwards: return ("danh hiệu đã tặng trước đây", "earlier award|earlier awards")

        case .keymapUnreadable: return ("{1}: không đọc được tệp đổi phím", "{1}: cannot read the keymap file")
        case .needsTerminal: return ("bàn xét duyệt cần một cửa sổ dòng lệnh; trong tập lệnh hãy dùng các lệnh con (list, show, text)",
                                     "the review desk needs a terminal; in scripts use the subcommands (list, show, text)")

        case .initAbstract: return ("Tạo một bàn xét duyệt mới, chưa có hồ sơ.", "Create a new, empty desk.")
        case .initRulesHelp: return ("Áp một bộ quy định cho mọi năm: 2013, 2017, 2024 hoặc 2025 (mặc định: mỗi hồ sơ theo quy định có hiệu lực ngày tiếp nhận).",
                                     "Pin one legal regime for every year: 2013, 2017, 2024 or 2025 (default: each nomination under the regime in force when its dossier came).")
        case .initGroupHelp: return ("Nhóm người dùng cùng làm việc trên bàn: thư mục, cơ sở dữ liệu và tài liệu giao cho nhóm này (mặc định: nhóm của thư mục).",
                                     "The group whose members share the desk: its folder, database and documents are given to it (default: the folder's group).")
        case .initCreated: return ("đã tạo bàn xét duyệt {1} ({2})", "created desk {1} ({2})")
        case .initRulesPinned: return ("bộ quy định {1} cho mọi năm", "rules {1} for every year")
        case .initRulesByYear: return ("quy định theo từng năm", "rules by year")

        case .importAbstract: return ("Nhập tệp CSV hồ sơ đề nghị cùng các tài liệu sáng kiến nêu trong đó, kết quả các năm trước, hoặc danh sách đăng ký thi đua.",
                                      "Import a nomination CSV and the initiative documents it names, earlier years' outcomes, or the year's registrations.")
        case .importDiscussion: return ("Đường dẫn tài liệu tính từ thư mục của tệp CSV và phải nằm trong thư mục đó. Tệp được nhập trọn vẹn hoặc không nhập gì. "
                + "--outcomes đọc kết quả của các hồ sơ năm trước (outcome, decision_no, decision_date, initiative_recognised, recognition_no, "
                + "recognition_date, recognised_by); tệp hồ sơ đề nghị cũng có thể có các cột này. Tệp đăng ký (--registrations) có các cột "
                + "mã cán bộ, họ và tên, đơn vị, chức vụ, nhiệm vụ, tên sáng kiến, tóm tắt, ngày đăng ký và có thể có năm (hoặc tiêu đề tiếng Anh: "
                + "nominee_id, nominee_name, unit, position, duties, initiative_title, summary, registered_on, year); sau đó "
                + "`binhxet check-registrations` cho biết đề tài nào lặp lại sáng kiến trước đây hoặc không hợp nhiệm vụ.",
                "Document paths are relative to the CSV and must stay inside its folder. The file imports whole or not at all. "
                + "--outcomes reads what became of earlier years' nominations (outcome, decision_no, decision_date, "
                + "initiative_recognised, recognition_no, recognition_date, recognised_by); a nominations CSV may carry the same columns. "
                + "A registrations CSV (--registrations) has the columns nominee_id, nominee_name, unit, position, duties, initiative_title, "
                + "summary, registered_on and optionally year (Vietnamese headers too: mã cán bộ, họ và tên, đơn vị, chức vụ, nhiệm vụ, "
                + "tên sáng kiến, tóm tắt, ngày đăng ký, năm); `binhxet check-registrations` then says which topics repeat earlier "
                + "initiatives or do not fit the duties.")
        case .importCSVHelp: return ("Tệp CSV hồ sơ đề nghị.", "The nominations CSV file.")
        case .importOutcomesHelp: return ("Tệp CSV kết quả: kết quả và quyết định công nhận sáng kiến các năm trước (nhập sau tệp hồ sơ).",
                                          "An outcomes CSV: earlier years' outcomes and initiative recognitions (imported after the nominations CSV).")
        case .importRegistrationsHelp: return ("Tệp CSV đăng ký: nội dung mỗi người đăng ký thi đua đầu năm.",
                                               "A registrations CSV: what each person registered at the start of the year.")
        case .importQuietHelp: return ("Chỉ in lỗi.", "Print nothing but errors.")
        case .importJSONHelp: return ("In báo cáo nhập dạng JSON.", "Print the report as JSON.")
        case .importNothing: return ("hãy nêu một tệp CSV hồ sơ đề nghị, --outcomes TỆP hoặc --registrations TỆP",
                                     "give a nominations CSV, --outcomes FILE or --registrations FILE")
        case .importRegistrations: return ("{1}: thêm {2} đăng ký, {3} đã có trong bàn xét duyệt, {4} đã gắn với hồ sơ đề nghị",
                                           "{1}: {2} registrations added, {3} already in the desk, {4} linked to their nomination")
        case .importNominations: return ("{1}: thêm {2} hồ sơ đề nghị, {3} đã có trong bàn xét duyệt; lưu {4} tài liệu ({5} byte)",
                                         "{1}: {2} nominations added, {3} already in the desk; {4} documents stored ({5} bytes)")
        case .importOutcomes: return ("{1}: thêm {2} kết quả và {3} quyết định công nhận sáng kiến, {4} dòng đã có trong bàn xét duyệt",
                                      "{1}: {2} outcomes and {3} initiative recognitions added, {4} rows already in the desk")
        case .progressReading: return ("đang đọc tài liệu", "reading documents")
        case .progressLearning: return ("đang học lại mô hình đánh giá sự phù hợp", "learning the relevance model")
        case .progressChecking: return ("đang kiểm tra", "checking")
        case .progressIndexing: return ("đang lập chỉ mục dấu vân tay", "building the fingerprint index")
        case .progressCopying: return ("đang chép bản gốc", "copying originals")
        case .progressVerifying: return ("đang kiểm tra bản sao", "verifying the copy")
        case .progressFindingReports: return ("đang kiểm tra các tệp báo cáo", "checking the report files")

        case .listAbstract: return ("Liệt kê hồ sơ đề nghị.", "List nominations.")
        case .listUnitHelp: return ("Chỉ các đơn vị có tên chứa chuỗi này (không phân biệt hoa thường và dấu).",
                                    "Only units whose name contains this (case and diacritics ignored).")
        case .listStatusHelp: return ("Chỉ trạng thái này: {1}.", "Only this status: {1}.")
        case .listFlaggedHelp: return ("Chỉ các hồ sơ cần Hội đồng lưu ý (như thẻ “Bị gắn cờ” của bàn xét duyệt), kèm lý do.",
                                       "Only nominations that need the council's attention (the desk's flag tab), with the reasons.")
        case .hID: return ("Mã", "ID")
        case .hYear: return ("Năm", "Year")
        case .hNominee: return ("Người được đề nghị", "Nominee")
        case .hUnit: return ("Đơn vị", "Unit")
        case .hTitle: return ("Danh hiệu", "Title")
        case .hStatus: return ("Trạng thái", "Status")
        case .hInitiative: return ("Sáng kiến", "Initiative")
        case .listCount: return ("{1} hồ sơ đề nghị", "{1} nominations")

        case .showAbstract: return ("Xem một hồ sơ đề nghị: người được đề nghị, đơn vị, sáng kiến, hồ sơ một cửa, cảnh báo theo quy định, phiếu biểu quyết và lịch sử.",
                                    "Show a nomination: nominee, unit, initiative, dossier, rule flags, ballots and history.")
        case .noNomination: return ("không có hồ sơ đề nghị mã {1} trong {2}", "no nomination with ID {1} in {2}")
        case .dNomination: return ("Hồ sơ", "Nomination")
        case .dStatus: return ("trạng thái", "status")
        case .dNominee: return ("Người đề nghị", "Nominee")
        case .dCategory: return ("đối tượng", "category")
        case .dPosition: return ("Chức vụ", "Position")
        case .dDuties: return ("Nhiệm vụ", "Duties")
        case .dUnit: return ("Đơn vị", "Unit")
        case .dTitle: return ("Danh hiệu", "Title")
        case .dReceived: return ("tiếp nhận", "received")
        case .dInitiative: return ("Sáng kiến", "Initiative")
        case .dDocument: return ("Tài liệu", "Document")
        case .dBytes: return ("byte", "bytes")
        case .dText: return ("Văn bản", "Text")
        case .dCharacters: return ("ký tự", "characters")
        case .dHistory: return ("Lịch sử", "History")
        case .rDossier: return ("Hồ sơ một cửa", "Dossier")
        case .rReceived: return ("tiếp nhận {1}", "received {1}")
        case .rWorkingDays: return ("{1} ngày làm việc", "{1} working days")
        case .rDue: return ("hẹn trả {1}", "due {1}")
        case .rAwaiting: return ("chờ bổ sung từ {1}", "awaiting supplement since {1}")
        case .rClosed: return ("kết thúc {1}", "closed {1}")
        case .rRecognition: return ("Công nhận", "Recognition")
        case .rOtherNominations: return ("Các lần đề nghị khác của người này", "Nominee's other nominations")
        case .rNone: return ("không có", "none")
        case .rInitiative: return ("sáng kiến", "initiative")
        case .rRecognitionLower: return ("công nhận", "recognition")
        case .rSimilarity: return ("Kiểm tra trùng lặp", "Re-use check")
        case .rNotChecked: return ("chưa kiểm tra (binhxet scan)", "not checked yet (binhxet scan)")
        case .rNoReuse: return ("không thấy dùng lại sáng kiến, phù hợp nhiệm vụ", "no re-use found, fits the duties")
        case .rFlags: return ("Cảnh báo theo quy định", "Flags")
        case .rBasis: return ("căn cứ", "basis")
        case .rBallots: return ("Biểu quyết", "Ballots")
        case .rSecret: return ("bỏ phiếu kín", "secret")

        case .textAbstract: return ("In văn bản sáng kiến (đã giải mã) của hồ sơ đề nghị, đúng nguyên văn như đã lưu.",
                                    "Print the decoded text of a nomination's initiative exactly as stored.")
        case .textNoInitiative: return ("hồ sơ {1} không có sáng kiến (hồ sơ đề nghị LĐTT không kèm sáng kiến)",
                                        "nomination {1} has no initiative (an LĐTT nomination carries none)")

        case .checkAbstract: return ("Kiểm tra một tệp văn bản hoặc .docx với kho sáng kiến của bàn xét duyệt.",
                                     "Check a text or .docx file against the desk's archive.")
        case .checkDiscussion: return ("Vị trí tính theo ký tự Unicode của văn bản đã giải mã (dạng NFC), xuống dòng giữ như trong tệp.",
                                       "Offsets count Unicode scalars of the file's decoded NFC text, line ends as in the file.")
        case .checkFileHelp: return ("Tệp .txt hoặc .docx.", "A .txt or .docx file.")
        case .checkTitleHelp: return ("Tên sáng kiến, nếu biết (tên dùng lại sẽ được báo).", "The initiative's title, if known (a re-used title is reported).")
        case .checkPositionHelp: return ("Chức vụ của người được đề nghị. Có nó hoặc --duties thì sáng kiến còn được đối chiếu với nhiệm vụ.",
                                         "The nominee's position. With it or --duties, the initiative is also judged against the duties.")
        case .checkDutiesHelp: return ("Nhiệm vụ được giao của người được đề nghị.", "The nominee's assigned duties.")
        case .checkUnitHelp: return ("Đơn vị của người được đề nghị (tên đơn vị).", "The nominee's unit (its name).")
        case .checkNoReuse: return ("{1}: không thấy dùng lại sáng kiến nào", "{1}: no re-used initiative found")
        case .checkNotOffDuty: return ("{1}: phù hợp nhiệm vụ (mức liên quan {2})", "{1}: related to the duties (relevance {2})")
        case .scanAbstract: return ("Kiểm tra sáng kiến của một năm với mọi sáng kiến trước đó và lưu kết quả.",
                                    "Check a year's initiatives against every earlier one and store the findings.")
        case .scanDiscussion: return ("Mỗi sáng kiến được so với mọi sáng kiến tiếp nhận trước nó: các năm trước và trước nó trong cùng năm. Sáng kiến đã kiểm tra mà những gì kết quả dựa vào (sáng kiến tiếp nhận trước nó, các cụm từ lặp lại trong kho, mô hình đánh giá sự phù hợp) không thay đổi thì giữ kết quả đã lưu, không kiểm tra lại (--recheck để kiểm tra lại tất cả).",
                                      "Each initiative is compared with all initiatives received before it: earlier years and earlier in the same year. An initiative already checked whose findings depend on nothing that changed since (the initiatives received before it, the archive's boilerplate, the relevance model) keeps its stored findings and is not checked again (--recheck checks every one).")
        case .scanYearHelp: return ("Năm cần kiểm tra (mặc định: năm mới nhất trong bàn xét duyệt).", "The year to scan (default: the latest year in the desk).")
        case .scanAllHelp: return ("Kiểm tra mọi năm.", "Scan every year.")
        case .scanRecheckHelp: return ("Kiểm tra lại mọi sáng kiến, kể cả sáng kiến chưa có gì thay đổi từ lần kiểm tra trước.",
                                       "Check every initiative again, even those with nothing changed since they were last checked.")
        case .scanKept: return ("kiểm tra lại {1} sáng kiến; giữ kết quả của {2} sáng kiến không có gì thay đổi từ lần kiểm tra trước",
                                "checked again: {1} initiatives; kept the findings of {2} with nothing changed since they were last checked")
        case .scanSummary: return ("đã kiểm tra {1} sáng kiến: {2} bị gắn cờ, {3} cảnh báo dùng lại sáng kiến, {4} cảnh báo ngoài nhiệm vụ",
                                   "checked {1} initiatives: {2} flagged, {3} re-use findings, {4} findings unrelated to duties")
        case .scanRevocations: return ("cần xem xét hủy: {1} dùng lại một sáng kiến trước đó (để Hội đồng xem xét; kết quả đã ghi không thay đổi)",
                                       "revocation candidates: {1} re-used an earlier initiative (for the council's review; their recorded outcomes are unchanged)")
        case .compareAbstract: return ("Các đoạn trùng nhau giữa hai tệp (không cần bàn xét duyệt).", "The passages two files share (no desk needed).")
        case .compareDiscussion: return ("Vị trí tính theo ký tự Unicode của văn bản đã giải mã (dạng NFC) của mỗi tệp, xuống dòng giữ như trong tệp.",
                                         "Offsets count Unicode scalars of each file's decoded NFC text, line ends as in the file.")
        case .compareLaterHelp: return ("Tệp sau (.txt hoặc .docx).", "The later file (.txt or .docx).")
        case .compareEarlierHelp: return ("Tệp trước mà tệp sau có thể đã dùng lại.", "The earlier file it may re-use.")
        case .compareShared: return ("{1} trùng nhau, {2} văn bản của {3}", "{1} shared, {2} of {3}")
        case .fOffDuty: return ("ngoài nhiệm vụ, mức liên quan {1}", "off_duty  relevance {1}")
        case .fInitiative: return ("sáng kiến:", "initiative:")
        case .fDuties: return ("nhiệm vụ:", "duties:")
        case .fSameSubject: return ("cùng chủ đề với: {1}", "same subject by: {1}")
        case .fFrom: return ("{1} văn bản lấy từ {2}", "{1} of its text from {2}")
        case .fSameTitle: return (", trùng tên sáng kiến", ", same initiative title")
        case .fSourceTitle: return ("tên sáng kiến gốc:", "source title:")
        case .fAuthorThen: return ("tác giả khi đó:", "author then:")
        case .fOutcome: return ("kết quả:", "outcome:")
        case .fRecognition: return ("công nhận:", "recognition:")

        case .memberAbstract: return ("Thành viên Hội đồng và vai trò.", "The council's members and their roles.")
        case .memberAddAbstract: return ("Thêm thành viên, hoặc đổi họ tên, vai trò của thành viên.", "Add a member, or change a member's name or role.")
        case .memberAddDiscussion: return ("LOGIN là tên người dùng hệ thống ở máy của thành viên, để việc họ làm ở đó được ghi là của họ. Khi Hội đồng đã có thành viên, chỉ Chủ tịch, Phó Chủ tịch thường trực hoặc Thư ký được thay đổi.",
                                           "LOGIN is the OS user name of the member's terminal, so what they do there is recorded as theirs. Once the council has members, only the chair, the standing vice-chair or the secretary may change it.")
        case .memberLoginHelp: return ("Tên người dùng hệ thống của thành viên.", "The member's OS user name.")
        case .memberNameHelp: return ("Họ và tên, như in trong biên bản.", "Full name, as the minutes print it.")
        case .memberRoleHelp: return ("chair, vice_chair, standing_vice_chair, secretary hoặc member.", "chair, vice_chair, standing_vice_chair, secretary or member.")
        case .memberAdded: return ("{1}: {2}, {3}", "{1}: {2}, {3}")
        case .memberListAbstract: return ("Liệt kê thành viên Hội đồng.", "List the council's members.")
        case .memberAllHelp: return ("Gồm cả thành viên đã thôi.", "Include former members.")
        case .memberNone: return ("Hội đồng chưa có thành viên: thêm bằng `binhxet member add LOGIN --name … --role …`",
                                  "no council members yet: add them with `binhxet member add LOGIN --name … --role …`")
        case .hLogin: return ("Tài khoản", "Login")
        case .hName: return ("Họ và tên", "Name")
        case .hRole: return ("Vai trò", "Role")
        case .memberFormer: return ("đã thôi", "former")
        case .memberRemoveAbstract: return ("Cho thành viên thôi tham gia (các phiếu đã bỏ vẫn giữ trong nhật ký).", "Remove a member (their earlier votes stay in the log).")
        case .memberRemoved: return ("{1} đã thôi tham gia Hội đồng", "{1} removed from the council")

        case .voteAbstract: return ("Bỏ phiếu cho một hồ sơ đề nghị: agree (đồng ý), disagree (không đồng ý) hoặc abstain (không biểu quyết).",
                                    "Cast your ballot on a nomination: agree, disagree or abstain.")
        case .voteDiscussion: return ("Phiếu bỏ sau cùng được tính; khi bỏ phiếu kín, thành viên khác chỉ thấy kết quả kiểm phiếu.",
                                      "Your latest ballot counts; in a secret ballot other members see only the tally.")
        case .voteChoiceHelp: return ("agree, disagree hoặc abstain.", "agree, disagree or abstain.")
        case .voteCast: return ("{1}: {2} bỏ phiếu {3}; {4}", "{1}: {2} votes {3}; {4}")
        case .decideAbstract: return ("Ghi kết quả của Hội đồng: approve (thông qua), reject (không đạt, kèm lý do) hoặc supplement (yêu cầu bổ sung, nêu còn thiếu gì).",
                                      "Record the council's outcome: approve, reject (with a reason) or supplement (what is missing).")
        case .decideDiscussion: return ("Kết quả theo biểu quyết của Hội đồng: thông qua khi đạt ngưỡng, không đạt khi chưa đạt ngưỡng; "
                + "--override LÝ_DO ghi kết quả ngược với biểu quyết (hiện thành một cảnh báo). Hồ sơ đã có kết quả chỉ ghi kết quả khác với "
                + "--revise LÝ_DO. Ghi lại đúng kết quả cũ thì không ghi gì. Chỉ các vai trò được quy định của bàn xét duyệt cho phép mới được ghi.",
                "The outcome follows the council's vote: approving needs the threshold reached, rejecting needs it "
                + "not reached; --override REASON records an outcome against the vote (shown as a rule flag). A decided "
                + "nomination takes another outcome only with --revise REASON. The same outcome again records nothing. "
                + "Only the roles the desk's rules allow may record one.")
        case .decideOutcomeHelp: return ("approve, reject hoặc supplement.", "approve, reject or supplement.")
        case .decideReasonHelp: return ("Lý do không đạt, hoặc hồ sơ còn thiếu gì.", "Why it is rejected, or what is missing.")
        case .decideOverrideHelp: return ("Ghi kết quả ngược với biểu quyết của Hội đồng, vì lý do này.", "Record the outcome against the council's vote, for this reason.")
        case .decideReviseHelp: return ("Sửa kết quả đã ghi, vì lý do này.", "Revise an outcome already recorded, for this reason.")
        case .decideYearConfirmHelp: return ("Xác nhận ghi kết quả cho hồ sơ của một năm lưu trữ bằng cách nêu năm đó.",
                                             "Confirm deciding a nomination of an archive year by naming that year.")
        case .decideRecorded: return ("{1}: {2}, do {3} ghi", "{1}: {2} by {3}")
        case .decideWithoutBallot: return ("bàn xét duyệt chưa có thành viên Hội đồng nên không có bỏ phiếu: kết quả được ghi như đã quyết định, danh sách khen thưởng và biên bản theo kết quả này",
                                           "the desk has no council members, so there is no ballot: the outcome stands as recorded, and the award list and minutes follow it")
        case .decideAlready: return ("{1}: đã {2}, do {3} ghi lúc {4}; không ghi thêm", "{1}: already {2} by {3} at {4}; nothing recorded")
        case .tallyAbstract: return ("Kết quả kiểm phiếu so với ngưỡng và mẫu số của bàn xét duyệt.", "Vote tallies against the desk's threshold and denominator.")
        case .tallyIDHelp: return ("Chỉ hồ sơ này.", "Only this nomination.")
        case .tallyYearHelp: return ("Chỉ năm thi đua này.", "Only this emulation year.")
        case .tallyThreshold: return ("ngưỡng: {1} {2} của {3}", "threshold: {1} {2} of {3}")
        case .tallyAtLeast: return ("từ", "at least")
        case .tallyMoreThan: return ("trên", "more than")
        case .tallySecret: return ("; bỏ phiếu kín", "; secret ballot")
        case .tallyNone: return ("chưa có phiếu nào", "no ballots yet")
        case .hAgree: return ("Đồng ý", "Agree")
        case .hDisagree: return ("Không đồng ý", "Disagree")
        case .hAbstain: return ("Không biểu quyết", "Abstain")
        case .hVoted: return ("Đã bỏ phiếu", "Voted")
        case .hOver: return ("Mẫu số", "Over")
        case .hShare: return ("Tỷ lệ", "Share")
        case .hResult: return ("Kết quả", "Result")
        case .tallyPasses: return ("đạt", "passes")
        case .tallyFails: return ("không đạt", "does not pass")

        case .criticiseAbstract: return ("Ghi một phê bình đối với lãnh đạo đơn vị.", "Record a criticism (phê bình) of a unit's leadership.")
        case .criticiseTextHelp: return ("Nội dung phê bình, như sẽ in ra.", "The criticism, as it will be printed.")
        case .criticiseNominationsHelp: return ("Mã các hồ sơ đề nghị dẫn đến phê bình, cách nhau bằng dấu phẩy.", "Comma-separated IDs of the nominations that prompted it.")
        case .criticiseRecorded: return ("đã ghi phê bình đối với {1}{2}", "criticism of {1} recorded{2}")
        case .ldttAbstract: return ("Khai số người đạt LĐTT của một đơn vị trong năm (căn cứ tính tỷ lệ CSTĐCS).",
                                    "Declare a unit's number of LĐTT holders in a year (the base of its CSTĐCS quota).")
        case .ldttDiscussion: return ("Không khai thì bàn xét duyệt đếm số người được đề nghị của đơn vị năm đó.", "Without a declaration the desk counts the unit's nominees that year.")
        case .ldttCountHelp: return ("Số cán bộ của đơn vị đạt LĐTT năm đó.", "How many staff of the unit hold LĐTT that year.")
        case .ldttYearHelp: return ("Năm thi đua.", "The emulation year.")
        case .ldttDeclared: return ("{1}, năm {2}: {3} người đạt LĐTT", "{1}, {2}: {3} LĐTT holders")
        case .eligAbstract: return ("Ghi những gì thẩm định xác định về người được đề nghị: LĐTT, công nhận sáng kiến, thời gian công tác, kỷ luật.",
                                    "Note what appraisal established about a nominee: LĐTT, initiative recognition, service, discipline.")
        case .eligDiscussion: return ("Mỗi lần ghi là một sự kiện; lần ghi sau thay các thông tin nó nêu. Các kiểm tra theo quy định (binhxet show) đọc các thông tin này.",
                                      "Each note is an event; a later note replaces the facts it names. The rule checks (binhxet show) read them.")
        case .eligLDTTHelp: return ("Người được đề nghị có đạt LĐTT năm nay không? yes hoặc no.", "Does the nominee hold LĐTT this year? yes or no.")
        case .eligRecognisedHelp: return ("Đơn vị có công nhận sáng kiến không? yes hoặc no.", "Did the unit recognise the initiative? yes or no.")
        case .eligServiceHelp: return ("Số tháng công tác kể từ khi tuyển dụng.", "Months of service since recruitment.")
        case .eligCSTTHelp: return ("Người được đề nghị có đạt Chiến sĩ tiên tiến năm nay không (lực lượng vũ trang)? yes hoặc no.",
                                    "Does the nominee hold Chiến sĩ tiên tiến this year (armed forces)? yes or no.")
        case .eligGroundHelp: return ("Căn cứ xét CSTĐCS: initiative, research_topic hoặc combat_ingenuity.", "What grounds the CSTĐCS: initiative, research_topic or combat_ingenuity.")
        case .eligDisciplineHelp: return ("Hình thức kỷ luật nặng nhất trong năm: none, reprimand, warning, demotion, dismissal.",
                                          "Heaviest discipline in the year: none, reprimand, warning, demotion, dismissal.")
        case .eligNothing: return ("không có gì để ghi: hãy nêu --ldtt, --cstt, --initiative-recognised, --ground, --service-months hoặc --discipline",
                                   "nothing to note: give --ldtt, --cstt, --initiative-recognised, --ground, --service-months or --discipline")
        case .eligNoted: return ("{1}: đã ghi", "{1}: noted")
        case .eligYesNo: return ("{1} nhận yes (có) hoặc no (không), không nhận '{2}'", "{1} takes yes or no, not '{2}'")
        case .recogniseAbstract: return ("Ghi quyết định của thủ trưởng đơn vị công nhận sáng kiến của hồ sơ đề nghị.",
                                         "Record the unit head's decision recognising a nomination's initiative.")
        case .recogniseDiscussion: return ("Quyết định theo kết quả đánh giá của Hội đồng sáng kiến đơn vị. Đó là một sự kiện; các kiểm tra theo quy định "
                + "và cảnh báo của các lần dùng lại sau nêu nó. Ghi lại đúng quyết định cũ thì không ghi gì; quyết định khác thì bị từ chối.",
                "The decision follows the unit's initiative council's assessment. It is an event; the rule checks "
                + "and the flags of later re-uses name it. The same decision again records nothing; a different one is refused.")
        case .recogniseByHelp: return ("Người ký quyết định, ví dụ \"Thủ trưởng Trường THCS Hồng Kim\".", "Who signed the decision, e.g. \"Thủ trưởng Trường THCS Hồng Kim\".")
        case .recogniseNumberHelp: return ("Số quyết định, ví dụ 12/QĐ-THCS.", "The decision's number, e.g. 12/QĐ-THCS.")
        case .recogniseDateHelp: return ("Ngày quyết định, dd/mm/yyyy.", "The decision's date, dd/mm/yyyy.")
        case .recogniseScopeHelp: return ("Phạm vi: co_so (mặc định) hoặc cấp rộng hơn bộ quy định cho phép (binhxet rules: recognition_scopes).",
                                          "Scope: co_so (default) or a wider level the rules allow (binhxet rules: recognition_scopes).")
        case .recognised: return ("{1}: sáng kiến đã được công nhận ({2})", "{1}: initiative recognised ({2})")
        case .recognisedAlready: return ("{1}: đã được công nhận theo {2}; không ghi thêm", "{1}: already recognised by {2}; nothing recorded")

        case .advanceAbstract: return ("Chuyển hồ sơ theo quy trình một cửa: appraising, at_council, supplemented, returned hoặc refused.",
                                       "Move a dossier along the one-stop flow: appraising, at_council, supplemented, returned or refused.")
        case .advanceDiscussion: return ("appraising: bắt đầu thẩm định; at_council: trình Hội đồng; supplemented: đơn vị đã nộp phần còn thiếu "
                + "(thời hạn tính lại từ --on); returned: đã trả kết quả; refused: từ chối tiếp nhận giải quyết (cần --reason; phiếu từ chối, Mẫu 03).",
                "appraising: the office starts appraisal; at_council: it goes before the council; supplemented: the "
                + "unit handed in what was missing (the clock runs again from --on); returned: the result was handed "
                + "back; refused: the desk refuses to process it (needs --reason; the refusal slip, Mẫu 03).")
        case .advanceStepHelp: return ("appraising, at_council, supplemented, returned hoặc refused.", "appraising, at_council, supplemented, returned or refused.")
        case .advanceOnHelp: return ("Ngày của bước (yyyy-mm-dd hoặc dd/mm/yyyy; mặc định: ngày xét của bàn xét duyệt, không có thì hôm nay).",
                                     "The date of the step (yyyy-mm-dd or dd/mm/yyyy; default: the desk's as-of date, else today).")
        case .advanceReasonHelp: return ("Lý do (bắt buộc khi refused).", "The reason (required for refused).")
        case .advanceDone: return ("{1} [{2}]: {3}{4}", "{1} [{2}]: {3}{4}")
        case .advanceDue: return ("; hẹn trả {1}", "; due {1}")
        case .rescheduleAbstract: return ("Hẹn lại ngày trả kết quả, kèm lý do chậm (phiếu xin lỗi, Mẫu 04).",
                                          "Set a new appointment date, with the reason for the delay (the apology slip, Mẫu 04).")
        case .rescheduleToHelp: return ("Ngày hẹn mới.", "The new appointment date.")
        case .rescheduleReasonHelp: return ("Lý do trả kết quả chậm.", "Why the result is late.")
        case .rescheduled: return ("{1}: hẹn lại ngày trả kết quả {2}", "{1}: new appointment date {2}")
        case .overdueAbstract: return ("Hồ sơ chưa giải quyết xong đã quá hạn, hoặc đến hạn trong N ngày làm việc.",
                                       "Open dossiers that are late, or due within N working days.")
        case .overdueOnHelp: return ("Ngày tính (mặc định: ngày của bàn xét duyệt: ngày xét nếu có, không thì hôm nay).",
                                     "The day to look from (default: the desk's today: its as-of date, else today).")
        case .overdueWithinHelp: return ("Liệt kê thêm hồ sơ đến hạn trong số ngày làm việc này.", "Also list dossiers due within this many working days.")
        case .overdueNothing: return ("không có hồ sơ quá hạn hoặc đến hạn trong {1} ngày làm việc tính đến {2}",
                                      "nothing late or due within {1} working days on {2}")
        // Without --within: "due within 0 working days" said in numbers what "due that day" says in words.
        case .overdueNothingToday: return ("tính đến {1}: không có hồ sơ quá hạn hoặc đến hạn", "on {1}: nothing late or due")
        case .overdueOn: return ("tính đến {1}:", "on {1}:")
        case .hDossier: return ("Hồ sơ", "Dossier")
        case .hReceived: return ("Tiếp nhận", "Received")
        case .hDue: return ("Hẹn trả", "Due")
        case .overdueLate: return ("QUÁ HẠN", "LATE")
        case .overdueSoon: return ("sắp đến hạn", "due soon")
        case .slipAbstract: return ("In phiếu một cửa cho hồ sơ: tiếp nhận, yêu cầu bổ sung, từ chối hoặc xin lỗi (TT 01/2018 Mẫu 01–04).",
                                    "Print a one-stop slip for a dossier: receipt, supplement, refusal or apology (TT 01/2018 Mẫu 01–04).")
        case .slipKindHelp: return ("receipt, supplement, refusal hoặc apology.", "receipt, supplement, refusal or apology.")
        case .slipFormatHelp: return ("docx (cần -o), html hoặc md.", "docx (needs -o), html or md.")
        case .receiveAbstract: return ("Ghi việc tiếp nhận hồ sơ để in giấy tiếp nhận (Mẫu 01): giờ tiếp nhận và giấy tờ thực nhận.",
                                       "Record a dossier's reception for its receipt (Mẫu 01): the time and the papers actually received.")
        case .receiveDiscussion: return ("binhxet receive N2018-0001 --time 09:15 --paper \"Tờ trình đề nghị (bản chính)\" --paper \"Báo cáo thành tích (01 bản)\" --submitter \"Nguyễn Văn A, 0912…\"",
                                         "binhxet receive N2018-0001 --time 09:15 --paper \"Tờ trình đề nghị (bản chính)\" --paper \"Báo cáo thành tích (01 bản)\" --submitter \"Nguyễn Văn A, 0912…\"")
        case .receiveTimeHelp: return ("Giờ và phút tiếp nhận trong ngày tiếp nhận: 09:15.", "Hour and minute of reception on the received date: 09:15.")
        case .receivePaperHelp: return ("Một giấy tờ đã nhận, kèm số bản nếu có (nêu lại cho mỗi giấy tờ).", "A paper received, with copies if any (repeat for each).")
        case .receiveSubmitterHelp: return ("Người nộp: họ tên, địa chỉ, điện thoại.", "Who handed it in: name, address, phone.")
        case .receiveRecorded: return ("{1}: đã ghi tiếp nhận lúc {2}, {3}", "{1}: reception at {2} recorded, {3}")

        case .reportAbstract: return ("In một văn bản của Hội đồng: decision, submission, minutes, ballot-count, notices, criticisms, stats, overdue, flags, similarity, criticism-letter.",
                                      "Print a council document: decision, submission, minutes, ballot-count, notices, criticisms, stats, overdue, flags, similarity, criticism-letter.")
        case .reportDiscussion: return ("decision: Quyết định của Chủ tịch kèm danh sách; submission: Tờ trình của Hội đồng; similarity MÃ: kết quả kiểm tra "
                + "trùng lặp của một hồ sơ; criticism-letter ĐƠN_VỊ: công văn phê bình gửi thủ trưởng đơn vị; minutes: biên bản họp Hội đồng với "
                + "kết quả biểu quyết từng hồ sơ; ballot-count: biên bản kiểm phiếu; notices: thông báo không đạt gửi từng đơn vị kèm lý do; "
                + "criticisms: sổ phê bình theo đơn vị; stats: thống kê theo đơn vị và năm, với tỷ lệ công nhân, nông dân, người lao động trực tiếp, "
                + "lực lượng vũ trang, dân quân và công an xã; overdue: hồ sơ quá hạn và sắp đến hạn; flags: cảnh báo trùng lặp theo đơn vị.",
                "decision: the chairman's Quyết định with its list; submission: the council's Tờ trình; similarity ID: the "
                + "kết quả kiểm tra trùng lặp of one nomination; criticism-letter UNIT: the công văn phê bình to the unit's head; minutes: council minutes with each tally; "
                + "ballot-count: the Biên bản kiểm phiếu; notices: \"not awarded\" notices per unit with reasons; criticisms: register per unit; stats: per unit and "
                + "year, with the share of workers, farmers, direct labourers, armed forces, militia and commune "
                + "police; overdue: late and soon-due dossiers; flags: re-use findings per unit.")
        case .reportKindHelp: return ("decision, submission, minutes, ballot-count, notices, criticisms, stats, overdue, flags, similarity MÃ hoặc criticism-letter ĐƠN_VỊ.",
                                      "decision, submission, minutes, ballot-count, notices, criticisms, stats, overdue, flags, similarity ID or criticism-letter UNIT.")
        case .reportSubjectHelp: return ("similarity: mã hồ sơ; criticism-letter: đơn vị (tên hoặc mã).", "similarity: the nomination ID; criticism-letter: the unit (name or code).")
        case .reportFormatHelp: return ("docx (Word, để sửa và ký; cần -o), html (để in), md hoặc csv (bảng tính).",
                                        "docx (Word, to edit and sign; needs -o), html (printing), md or csv (spreadsheets).")
        case .reportOnHelp: return ("Ngày ghi trên văn bản, cũng là ngày tính hạn cho overdue (mặc định: ngày của bàn xét duyệt: ngày xét nếu có, không thì hôm nay).",
                                    "The date printed on the document, and the day overdue looks from (default: the desk's today: its as-of date, else today).")
        case .reportWithinHelp: return ("overdue: liệt kê thêm hồ sơ đến hạn trong số ngày làm việc này.", "overdue: also list dossiers due within this many working days.")
        case .docxNeedsFile: return ("--format docx cần -o TỆP (tệp Word không in ra màn hình)", "--format docx needs -o FILE (a Word file is not printed to the terminal)")
        case .noTableForCSV: return ("{1}: công văn không có bảng để xuất CSV (dùng docx, html hoặc md)", "{1}: a letter has no table for CSV (use docx, html or md)")

        case .rulesAbstract: return ("Quy định áp dụng cho một năm: từng thiết lập, giá trị, nguồn và căn cứ.",
                                     "The rules in force for a year: each setting, its value, where it came from and its basis.")
        case .rulesDiscussion: return ("Mỗi hồ sơ được xét theo quy định có hiệu lực vào ngày tiếp nhận: 2013 (đến 30/09/2017), 2017 (từ 01/10/2017), "
                + "2024 (từ 01/01/2024), 2025 (từ 01/07/2025); một năm được hiển thị như vào ngày 31 tháng 12. Thay đổi thiết lập trong tệp <desk>.rules "
                + "cạnh bàn xét duyệt (mỗi dòng khóa = giá trị, cho mọi năm; `rule_set = 2017` cố định một bộ quy định); `--template` in ra một tệp mẫu. "
                + "Điều chỉnh ngày nghỉ lễ trong <desk>.holidays.tsv.",
                "Each nomination is reviewed under the regime in force on the day its dossier was received: 2013 (to 30/09/2017), 2017 (from 01/10/2017), "
                + "2024 (from 01/01/2024), 2025 (from 01/07/2025); a year is shown as on its 31 December. Settings are changed in <desk>.rules beside "
                + "the desk (key = value lines, for every year; `rule_set = 2017` pins one regime); `--template` prints a file to start from. "
                + "Holiday corrections go in <desk>.holidays.tsv.")
        case .rulesYearHelp: return ("Năm thi đua (mặc định: năm đang xét).", "The emulation year (default: the year under review).")
        case .rulesOnHelp: return ("Bộ quy định áp cho hồ sơ tiếp nhận ngày này (yyyy-mm-dd hoặc dd/mm/yyyy).",
                                   "The regime of a dossier received on this day (yyyy-mm-dd or dd/mm/yyyy).")
        case .rulesTemplateHelp: return ("In một tệp thiết lập với mọi dòng đã được ghi chú (#).", "Print a settings file with every setting commented out.")
        case .rulesSet: return ("bộ quy định {1}: {2}", "rule set {1}: {2}")
        case .rulesPinned: return ("cố định cho mọi năm ({1})", "pinned for every year ({1})")
        case .rulesInForce: return ("áp dụng cho {1}: {2}", "in force for {1}: {2}")
        case .rulesAskedDay: return ("hồ sơ tiếp nhận ngày {1}", "a dossier received on {1}")
        case .rulesAskedYear: return ("năm {1} (hồ sơ tiếp nhận đến 31/12/{1})", "year {1} (dossiers received by 31/12/{1})")
        case .rulesInstruments: return ("văn bản: {1}", "instruments: {1}")
        case .rulesSettingsFile: return ("tệp thiết lập: {1}", "settings file: {1}")
        case .rulesHolidaysFile: return ("tệp ngày nghỉ: {1}", "holidays file: {1}")
        case .rulesCalendar: return ("lịch: {1}", "calendar: {1}")
        case .hSetting: return ("Thiết lập", "Setting")
        case .hValue: return ("Giá trị", "Value")
        case .hFrom: return ("Nguồn", "From")
        case .hBasis: return ("Căn cứ", "Basis")
        case .settingsAbstract: return ("Các thiết lập dùng cho văn bản in: cơ quan ban hành, địa danh, người ký, số văn bản.",
                                        "The settings the printed documents use: issuing body, place, signers, number sequences.")
        case .settingsDiscussion: return ("Đặt trong mục [documents] của <desk>.rules (sau các thiết lập quy định), mỗi dòng một `khóa = giá trị`, ví dụ "
                + "`committee = Ủy ban nhân dân huyện A Lưới`, `chairman_name = Trần Văn Chủ`, `next_decision_number = 15`. `--template` in mục này với mọi khóa đã ghi chú.",
                "Set them in the [documents] section of <desk>.rules (after the rule settings), one `key = value` a "
                + "line, e.g. `committee = Ủy ban nhân dân huyện A Lưới`, `chairman_name = Trần Văn Chủ`, "
                + "`next_decision_number = 15`. `--template` prints the section with every key commented out.")
        case .settingsTemplateHelp: return ("In mục [documents] với mọi thiết lập đã được ghi chú (#).", "Print a [documents] section with every setting commented out.")
        case .settingsNotSet: return ("chưa đặt", "not set")

        case .yearAbstract: return ("Xem năm đang xét, hoặc mở một năm khác để xét.", "Show the year under review, or open another one.")
        case .yearDiscussion: return ("Các hàng đợi, hồ sơ quá hạn và báo cáo đều theo năm đang xét; các năm trước là kho lưu trữ để đối chiếu. "
                + "Nếu chưa chọn, năm đang xét là năm mới nhất có hồ sơ.",
                "The work queues, overdue dossiers and reports are about the year under review; earlier years are "
                + "the archive the checker compares against. Without a choice it is the latest year with nominations.")
        case .yearShowAbstract: return ("In năm đang xét.", "Print the year under review.")
        case .yearOpenAbstract: return ("Mở một năm để xét.", "Open a year for review.")
        case .yearOpenYearHelp: return ("Năm thi đua, ví dụ 2018.", "The emulation year, e.g. 2018.")
        case .yearAsOfHelp: return ("Xét năm đó như vào ngày này: thời hạn, hàng đợi và sự kiện ghi theo đồng hồ tính từ ngày này (không có thì theo đồng hồ).",
                                    "Review it as it stood on this day: deadlines, the queues and events dated by the clock count from it (without it the desk follows the clock).")
        case .yearNone: return ("chưa có năm đang xét: bàn xét duyệt chưa có hồ sơ nào", "no year under review: the desk holds no nominations")
        case .yearLatest: return (" (năm mới nhất có hồ sơ; chọn năm bằng binhxet year open NĂM)", " (the latest year with nominations; binhxet year open YEAR to choose)")
        case .yearAsOf: return ("xét như vào ngày {1}: thời hạn và sự kiện ghi theo ngày tính từ ngày này, không theo đồng hồ",
                                "as of {1}: deadlines and dated events count from that day, not the clock")
        case .yearOpened: return ("năm đang xét: {1}", "year under review: {1}")
        case .yearOpenedAsOf: return ("năm đang xét: {1}, xét như vào ngày {2}", "year under review: {1} as of {2}")

        case .regAbstract: return ("Đối chiếu sáng kiến đăng ký của năm với các sáng kiến trước đây và với nhiệm vụ của từng người.",
                                   "Check the year's registered initiatives against earlier ones and against each person's duties.")
        case .regDiscussion: return ("Một đăng ký được báo khi năm trước đã có sáng kiến cùng tên hoặc tên gần giống (của chính người đó hoặc người khác), "
                + "hoặc có sáng kiến mà phần tóm tắt lặp lại, và khi đề tài không hợp chức vụ, nhiệm vụ đã đăng ký.",
                "A registration is reported when an earlier year holds an initiative with the same or a similar title (by the same person or anyone), "
                + "or one whose text its summary repeats, and when the topic does not fit the registered position and duties.")
        case .regYearHelp: return ("Năm thi đua (mặc định: năm đang xét).", "The emulation year (default: the year under review).")
        case .regAllHelp: return ("Mọi đăng ký.", "Every registration.")
        case .regNone: return ("chưa có đăng ký nào", "no registrations")
        case .regTitleAlike: return ("tên sáng kiến giống {1}", "initiative title {1} alike")
        case .regSummaryRepeats: return ("tóm tắt lặp lại {1}", "summary repeats {1} of it")
        case .regRepeats: return ("lặp lại sáng kiến trước đây {1} {2} ({3}, {4}): {5} [{6}]", "repeats {1} earlier initiative {2} ({3}, {4}): {5} [{6}]")
        case .regOwn: return ("của chính mình", "own")
        case .regAnothers: return ("của người khác", "another's")
        case .regOffDuty: return ("ngoài nhiệm vụ: mức liên quan {1}; đề tài: {2}; nhiệm vụ: {3}", "unrelated to duties: relevance {1}; subject: {2}; duties: {3}")
        case .regClean: return ("đạt: không có sáng kiến trước đây giống, hợp nhiệm vụ (mức liên quan {1}; đề tài: {2}; nhiệm vụ: {3})",
                                "clean: no earlier initiative like it, fits the duties (relevance {1}; subject: {2}; duties: {3})")
        case .regFits: return ("hợp nhiệm vụ: mức liên quan {1}; đề tài: {2}; nhiệm vụ: {3}", "fits the duties: relevance {1}; subject: {2}; duties: {3}")
        case .regNoEarlier: return ("không có sáng kiến trước đây giống", "no earlier initiative like it")
        case .regNotJudged: return ("không đủ căn cứ để đánh giá đề tài có hợp nhiệm vụ không: tên và tóm tắt đề tài có quá ít từ ngữ chuyên môn để đối chiếu với chức vụ, nhiệm vụ",
                                    "not enough to judge whether the topic fits the duties: its title and summary have too few subject words to compare with the position and duties")

        case .dismissAbstract: return ("Bỏ qua một cảnh báo trùng lặp, kèm lý do (tính lại bằng --undo).", "Dismiss a re-use finding, with a reason (count it again with --undo).")
        case .dismissDiscussion: return ("Cảnh báo đã bỏ qua không còn gắn cờ hồ sơ và không tính vào các kiểm tra theo quy định (sáng kiến không mới, "
                + "mỗi sáng kiến một lần khen, không công nhận lại); màn hình và báo cáo cảnh báo ghi là đã bỏ qua, kèm lý do và thành viên. "
                + "Lý do: co_authored (luật cho phép nhiều tác giả), cited_source (có trích nguồn), template_text (văn bản mẫu), false_match (nhận nhầm).",
                "A dismissed finding no longer flags the nomination or counts toward the rule checks (initiative not new, "
                + "one award per initiative, no re-recognition); the screens and the flags report show it as dismissed, "
                + "with the reason and the member. Reasons: co_authored (the law allows several authors), cited_source, "
                + "template_text, false_match.")
        case .dismissSourceHelp: return ("Hồ sơ nguồn mà cảnh báo trùng lặp nêu.", "The source nomination the finding names.")
        case .dismissReasonHelp: return ("co_authored, cited_source, template_text hoặc false_match.", "co_authored, cited_source, template_text or false_match.")
        case .dismissNoteHelp: return ("Ghi chú kèm lý do.", "Free text that goes with the reason.")
        case .dismissUndoHelp: return ("Thôi bỏ qua: cảnh báo được tính lại.", "Take a dismissal back: the finding counts again.")
        case .dismissGiveReason: return ("hãy nêu --reason ({1})", "give --reason ({1})")
        case .dismissRestored: return ("{1}: cảnh báo trùng với {2} được tính lại", "{1}: the finding against {2} counts again")
        case .dismissDone: return ("{1}: đã bỏ qua cảnh báo trùng với {2} ({3})", "{1}: the finding against {2} is dismissed ({3})")

        case .meetingAbstract: return ("Ghi cuộc họp của Hội đồng để lập biên bản: thời gian, địa điểm, chủ trì, thư ký, thành viên vắng.",
                                       "Record the council's meeting for the minutes: time, place, chair, secretary, absent members.")
        case .meetingDiscussion: return ("binhxet meeting --year 2018 --start \"28/05/2018 08:00\" --end 11:30 --place \"Hội trường UBND huyện\" "
                + "--chair chutich --secretary thuky --absent \"uyvien: đi công tác\". Mọi thành viên đương nhiệm khác được tính là có mặt. "
                + "Không có --start thì in cuộc họp đã ghi của năm.",
                "binhxet meeting --year 2018 --start \"28/05/2018 08:00\" --end 11:30 --place \"Hội trường UBND huyện\" "
                + "--chair chutich --secretary thuky --absent \"uyvien: đi công tác\". Every other active member counts as "
                + "present. Without --start, prints the meeting recorded for the year.")
        case .meetingStartHelp: return ("Ngày và giờ bắt đầu: \"28/05/2018 08:00\" hoặc \"2018-05-28 08:00\".", "Day and time it began: \"28/05/2018 08:00\" or \"2018-05-28 08:00\".")
        case .meetingEndHelp: return ("Giờ kết thúc, cùng ngày: 11:30.", "Time it ended, the same day: 11:30.")
        case .meetingPlaceHelp: return ("Địa điểm họp.", "Where it was held.")
        case .meetingChairHelp: return ("Tài khoản của thành viên chủ trì (mặc định: Chủ tịch).", "Login of the member who chaired (default: the chair).")
        case .meetingSecretaryHelp: return ("Tài khoản của thành viên ghi biên bản (mặc định: Thư ký).", "Login of the member who kept the minutes (default: the secretary).")
        case .meetingAbsentHelp: return ("Thành viên vắng và lý do: \"tài khoản: lý do\" (nêu lại cho mỗi người).", "An absent member and the reason: \"login: reason\" (repeat for each).")
        case .meetingShown: return ("{1}: {2}–{3}, {4}; chủ trì {5}, thư ký {6}", "{1}: {2}–{3}, {4}; chair {5}, secretary {6}")
        case .meetingAbsent: return ("; vắng {1}", "; absent {1}")
        case .meetingNeeds: return ("ghi cuộc họp cần --end và --place cùng với --start", "a meeting needs --end and --place as well as --start")
        case .meetingRecorded: return ("đã ghi cuộc họp năm {1}: {2} {3}–{4}, {5}", "meeting of {1} recorded: {2} {3}–{4}, {5}")

        case .prefAbstract: return ("Xem hoặc đặt những gì bàn xét duyệt ghi nhớ cho bạn.", "Show or set what the review desk remembers for you.")
        case .prefDiscussion: return ("--open-next: sau khi ghi kết quả (hoặc, với thành viên chỉ biểu quyết, sau khi bỏ phiếu) bàn xét duyệt mở hồ sơ "
                + "tiếp theo trong hàng đợi (mặc định bật). --year-filter: năm mà hàng đợi lọc sẵn khi mở (bàn xét duyệt cũng nhớ năm bạn chọn gần nhất).",
                "--open-next: after a decision (or, for a member who only votes, a ballot) the review desk opens the "
                + "next nomination of the queue (on by default). --year-filter: the year the queues open filtered to "
                + "(the desk also remembers the year you last chose in its filter).")
        case .prefOpenNextHelp: return ("on hoặc off.", "on or off.")
        case .prefYearFilterHelp: return ("Một năm, hoặc none.", "A year, or none.")
        case .prefBadYear: return ("--year-filter: '{1}' không phải năm (1990–2100) hay none", "--year-filter: '{1}' is not a year (1990–2100) or none")
        case .prefShown: return ("{1}: open-next {2}, year-filter {3}", "{1}: open-next {2}, year-filter {3}")
        case .prefOn: return ("bật", "on")
        case .prefOff: return ("tắt", "off")

        case .verifyAbstract: return ("Kiểm tra bàn xét duyệt có bị hỏng hay bị sửa trái phép không; gặp lỗi thì thoát với mã khác 0.",
                                      "Check the desk for damage and tampering; exits non-zero on any problem.")
        case .verifyDiscussion: return ("Kiểm tra tính toàn vẹn của SQLite, chuỗi băm của nhật ký sự kiện (sự kiện bị sửa, xóa, đổi thứ tự, ghi ngoài binhxet, "
                + "hoặc ghi ngày trước sự kiện ghi trước nó), các ràng buộc toàn vẹn (trigger), mọi trạng thái so với sự kiện, mọi văn bản sáng kiến so với mã kiểm tra "
                + "và mọi tài liệu gốc. Không ghi gì. Dòng cuối cho mã băm của sự kiện mới nhất: cất ở nơi khác (trên giấy, trong sổ sao lưu) thì phát hiện được "
                + "việc viết lại toàn bộ nhật ký về sau.",
                "Checks SQLite's integrity, the event log's hash chain (events changed, deleted, re-ordered, written "
                + "around binhxet, or dated before the event logged before them), the integrity triggers, every status "
                + "against the events, every initiative text against its checksum and every original document. Writes "
                + "nothing. The last line gives the newest event's hash: kept elsewhere (on paper, in the backup log), "
                + "it shows a later rewrite of the whole log.")
        case .verifyProblem: return ("lỗi: {1}", "problem: {1}")
        case .verifyNotice: return ("lưu ý: {1}", "notice: {1}")
        case .verifySummary: return ("{1}: {2} sự kiện, {3} hồ sơ đề nghị, {4} sáng kiến, {5} tài liệu: {6}",
                                     "{1}: {2} events, {3} nominations, {4} initiatives, {5} documents: {6}")
        case .verifyClean: return ("không có lỗi", "no problems")
        case .verifyPrefix: return ("kiểm tra", "verify")
        case .verifyLastHash: return ("; mã băm của sự kiện cuối {1}", "; last event hash {1}")
        case .nProblems: return ("lỗi", "problem|problems")
        case .backupAbstract: return ("Sao bàn xét duyệt và tài liệu gốc sang ĐÍCH trong khi mọi người vẫn làm việc, rồi kiểm tra bản sao.",
                                      "Copy the desk and its originals to DEST while members keep working, then verify the copy.")
        case .backupDiscussion: return ("ĐÍCH là một tệp bàn xét duyệt; tài liệu gốc chép vào thư mục documents bên cạnh, tài liệu đã có thì không chép lại. "
                + "Hằng đêm, từ cron: 0 22 * * * binhxet backup /srv/backup/binhxet-$(date +\\%a).desk --desk /srv/binhxet/council.desk",
                "DEST is a desk file; its originals go to the documents folder beside it, and those already there are "
                + "not copied again. Nightly, from cron: 0 22 * * * binhxet backup /srv/backup/binhxet-$(date +\\%a).desk "
                + "--desk /srv/binhxet/council.desk")
        case .backupDestHelp: return ("Tệp bàn xét duyệt sao lưu sẽ ghi.", "The backup desk file to write.")
        case .backupMovedAside: return ("đã chuyển sang bên: {1}", "moved aside: {1}")
        case .backupDone: return ("sao lưu: {1}: {2} ({3} chép mới, {4} đã có)", "backup: {1}: {2} ({3} copied, {4} already there)")
        case .apOverview: return ("TỔNG QUAN:", "OVERVIEW:")
        case .apUsageHeading: return ("CÁCH DÙNG:", "USAGE:")
        case .apOptions: return ("TÙY CHỌN:", "OPTIONS:")
        case .apArguments: return ("THAM SỐ:", "ARGUMENTS:")
        case .apSubcommands: return ("LỆNH CON:", "SUBCOMMANDS:")
        case .apShowHelp: return ("Xem hướng dẫn này.", "Show help information.")
        case .apSubcommandHelp: return ("  Xem 'binhxet help <lệnh con>' để có hướng dẫn chi tiết.",
                                        "  See 'binhxet help <subcommand>' for detailed help.")
        case .apError: return ("Lỗi: ", "Error: ")
        case .apMissing: return ("Thiếu đối số bắt buộc ", "Missing expected argument ")
        case .apMissingValue: return ("Thiếu giá trị cho ", "Missing value for ")
        case .apUnknownOption: return ("Không có tùy chọn ", "Unknown option ")
        case .apUnexpected: return ("Đối số không dùng được ", "Unexpected argument ")
        case .apUnexpectedMany: return (" đối số không dùng được: ", " unexpected arguments: ")
        case .apValue: return ("Giá trị ", "The value ")
        case .apInvalidFor: return (" không hợp lệ cho ", " is invalid for ")
        case .apHelp: return ("Trợ giúp: ", "Help: ")
        case .apUsage: return ("Cách dùng: ", "Usage: ")
        case .apSee: return ("  Xem '", "  See '")
        case .apMoreInformation: return ("' để biết thêm.", "' for more information.")
        case .apDefault: return ("(mặc định:", "(default:")
        case .restoreAbstract: return ("Khôi phục một bản sao lưu làm bàn xét duyệt, an toàn.", "Bring a backup back as the desk, safely.")
        case .restoreDiscussion: return ("Bản sao lưu phải qua kiểm tra. Từ chối khi có tiến trình đang mở bàn xét duyệt, hoặc khi bên cạnh có tệp "
                + "-wal/-shm/-journal (--force chuyển chúng sang bên, chỉ khi không có binhxet nào đang chạy). Bàn bị thay được giữ lại thành "
                + "DESK.replaced-<thời điểm>; bàn khôi phục được kiểm tra.",
                "The backup must verify. Refuses while a process has the desk open, or while -wal/-shm/-journal files "
                + "lie beside it (--force moves them aside, only when no binhxet is running). The desk it replaces is "
                + "kept as DESK.replaced-<time>; the restored desk is verified.")
        case .restoreBackupHelp: return ("Tệp bàn xét duyệt sao lưu.", "The backup desk file.")
        case .restoreForceHelp: return ("Chuyển các tệp -wal/-shm/-journal cũ bên cạnh bàn xét duyệt sang bên (giữ cùng bàn bị thay).",
                                        "Move stale -wal/-shm/-journal files beside the desk aside (kept with the replaced desk).")
        case .restoreKept: return ("đã giữ bàn bị thay thành {1}", "kept the replaced desk as {1}")
        case .restoreDone: return ("khôi phục: {1} từ {2} (chép {3} bản gốc)", "restore: {1} from {2} ({3} originals copied)")
        }
    }
}
