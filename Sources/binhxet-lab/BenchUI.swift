import ArgumentParser
import BinhXetCore
import BinhXetUI
import Foundation
import BinhXetSimilarity

/// `binhxet-lab bench-ui`: keystroke-to-frame times of the review desk on a 10,000-nomination desk.
///
/// A keystroke is timed from the key reaching the update loop to the finished frame (`AppDriver.send`
/// then `render`): the desk reads, the reducer and the views. The terminal's own flush is left out; a
/// full 120×40 frame costs about 1 ms in tmux (swift-linux-notes §2) and a diffed one less.
struct BenchUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ui", abstract: "Review desk latency: start-up, moving in the queue, opening a nomination and side by side.")

    @Option(help: "Nominations in the desk.") var nominations = 10_000
    @Option(help: "Pages of each of the two compared initiatives (about 3,000 characters a page).") var pages = 20
    @Option(help: "Keystrokes timed per measure.") var samples = 400

    func run() throws {
        if Self.cpuTime { print("ui  times below are the thread's CPU time (BENCH_CPU), not wall time") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-bench-ui-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let deskURL = try UIBenchDesk.make(in: folder, nominations: nominations, pages: pages)
        let size = Size(width: 120, height: 40)

        // Start-up: open the desk, load the queues, draw the first frame.
        var startups: [Double] = []
        var driver: AppDriver!
        for _ in 0..<5 {
            startups.append(try Self.time {
                let store = try DeskStore.open(at: deskURL)
                let state = AppState(size: size, language: .vi, member: "bench", deskName: "bench.desk", today: "2018-06-20")
                driver = AppDriver(state: state, runner: EffectRunner(store: store, member: "bench"))
                driver.send(.start)
                _ = driver.frame
            })
        }

        func press(_ key: Key) -> Double { Self.time { driver.send(.key(key)); _ = driver.frame } }

        // Moving in the queue ("all", 10,000 rows).
        for _ in 0..<5 { driver.send(.key(.tab)) }
        var moves: [Double] = []
        for i in 0..<samples { moves.append(press(i % 50 < 45 ? .down : .pageDown)) }

        // Opening the nomination with two 20-page texts, and side by side with its source: found by search,
        // which leaves it selected in the queue.
        driver.send(.key(.char("/")))
        driver.send(.type(UIBenchDesk.longID))
        driver.send(.key(.enter))
        var opens: [Double] = [], sideBySide: [Double] = []
        for _ in 0..<max(20, samples / 10) {
            opens.append(press(.enter))
            sideBySide.append(press(.char("c")))
            driver.send(.key(.escape))
            driver.send(.key(.escape))
        }
        print(String(format: "ui  start-up (open desk, %d nominations, first frame): p50 %.1f ms, max %.1f ms (target ≤ 300 ms)",
                     nominations, Self.percentile(startups, 50), startups.max()!))
        Self.report("ui  move in the queue", moves, target: 1)
        if ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
            // Where a keystroke's time goes, for when a target is missed.
            var sends: [Double] = [], renders: [Double] = [], loads: [Double] = [], wraps: [Double] = []
            for _ in 0..<samples {
                sends.append(Self.time { driver.send(.key(.down)) })
                renders.append(Self.time { _ = driver.frame })
            }
            let text = try driver.runner.store.initiativeText(of: UIBenchDesk.longID) ?? ""
            for _ in 0..<50 {
                loads.append(Self.time { _ = driver.runner.run(.loadNomination(UIBenchDesk.longID)) })
                wraps.append(Self.time { _ = WrappedText(text, width: 115) })
            }
            // One key in ten is Page Down, which brings a screen of rows not drawn before: the p99's keys.
            Self.report("    move: Page Down alone", moves.enumerated().filter { $0.offset % 50 >= 45 }.map(\.element), target: 1)
            Self.report("    move: update only", sends, target: 2)
            Self.report("    move: frame only", renders, target: 1)
            Self.report("    open: desk reads", loads, target: 20)
            // The page's rule checks, run after its frame: one nomination's unit-year and sources.
            var flags: [Double] = []
            for _ in 0..<20 { flags.append(Self.time { _ = driver.runner.run(.loadRuleFlags(UIBenchDesk.longID)) }) }
            Self.report("    open: rule checks after the frame", flags, target: 20)
            // The page's reads one by one (what `loadNomination` asks of the desk), for when the open is slow.
            let id = UIBenchDesk.longID, src = UIBenchDesk.sourceID, st = driver.runner.store
            let reads: [(String, () throws -> Void)] = [
                ("standing", { _ = try st.standing(of: "bench", on: id) }),
                ("detail", { _ = try st.detail(of: id, viewer: "bench") }),
                ("findings", { _ = try st.findings(of: id) }),
                ("nominee's and sources' records", { _ = try st.reviewedNominations(aroundNomination: id, sources: [src]) }),
                ("a source's detail", { _ = try st.detail(of: src, viewer: "bench") }),
                ("initiative text", { _ = try st.initiativeText(of: id) }),
                ("counts as checked", { _ = try st.countsAsChecked(id) }),
                ("dossier", { _ = try? st.dossier(of: id) }),
                ("due standing", { _ = try? st.dueStanding(of: id) }),
                ("tally", { _ = try st.tally(of: id, viewer: "bench") }),
                ("dismissals", { _ = try st.dismissals(of: id) }),
                ("rules", { _ = try st.rules(of: id) }),
            ]
            for (name, body) in reads {
                var xs: [Double] = []
                for _ in 0..<20 { xs.append(try Self.time { try body() }) }
                print(String(format: "    open: %@ p50 %.2f ms, p99 %.2f ms", name, Self.percentile(xs, 50), Self.percentile(xs, 99)))
            }
            let store = driver.runner.store
            var parts: [(String, [Double])] = [("nominations", []), ("findings", []), ("checked", []), ("dossiers", [])]
            for _ in 0..<5 {
                parts[0].1.append(try Self.time { _ = try store.nominations() })
                parts[1].1.append(try Self.time { _ = try store.allFindings() })
                parts[2].1.append(try Self.time { _ = try store.checkedNominationIDs() })
                parts[3].1.append(try Self.time { _ = try store.dossiers() })
            }
            for (name, xs) in parts { Self.report("    start-up: \(name)", xs, target: 300) }
            var loads2: [Double] = [], takes: [Double] = []
            for _ in 0..<5 {
                var msgs: [Msg] = []
                loads2.append(Self.time { msgs = driver.runner.run(.loadQueue) })
                var state = driver.state
                takes.append(Self.time { _ = reduce(&state, msgs[0]) })
            }
            Self.report("    start-up: load queue effect", loads2, target: 300)
            Self.report("    start-up: rows built by reduce", takes, target: 300)
            Self.report("    open: wrap \(text.count) characters", wraps, target: 20)
        }
        Self.report("ui  open a nomination (\(pages)-page text)", opens, target: 10)
        Self.report("ui  open side by side (two \(pages)-page texts)", sideBySide, target: 20)
        try pasteLongText(driver)
        try yearSummary(driver)
        try bulkApprove(deskURL, size: size)
    }

    /// The year summary (`t`). Its data come with the desk's attention (`DeskAttention`: one rule review
    /// after the queue's first frame, shared with the queue's flags and the bulk confirmation), so opening
    /// it reads nothing; the attention load is timed apart, as the work the desk does once per change.
    func yearSummary(_ driver: AppDriver) throws {
        // The summary of the synthetic district's busiest year (the latest holds only the long nomination).
        let store = driver.runner.store
        let busiest = Dictionary(grouping: try store.nominations(), by: \.year).max { $0.value.count < $1.value.count }!.key
        try store.openYear(busiest, actor: "bench")
        while driver.state.modal != nil { driver.send(.key(.escape)) }
        while driver.state.screen != .queues { driver.send(.key(.escape)) }
        // Another terminal's change (the year opened) is seen on the next tick: the queue reloads, then
        // its attention, after the frame.
        driver.send(.tick)
        var attentionLoads: [Double] = []
        attentionLoads.append(Self.time { driver.runDeferred(); _ = driver.frame })
        for _ in 0..<4 {
            attentionLoads.append(Self.time { _ = driver.runner.run(.loadAttention) })
        }
        var keys: [Double] = [], moves: [Double] = []
        for _ in 0..<max(20, samples / 10) {
            keys.append(Self.time { driver.send(.key(.char("t"))); _ = driver.frame })
            driver.runDeferred()
            driver.send(.key(.escape))
        }
        driver.send(.key(.char("t")))
        driver.runDeferred()
        for i in 0..<samples { moves.append(Self.time { driver.send(.key(i % 20 < 10 ? .down : .up)); _ = driver.frame }) }
        let units = driver.state.summary?.data?.units.count ?? 0
        Self.report("ui  open the year summary of \(busiest) (\(units) units; data already loaded with the queue)", keys, target: 10)
        Self.report("ui  move in the year summary", moves, target: 1)
        print(String(format: "ui  desk attention (one rule review of %d nominations: flags, ballots short, the summary), after the queue's frame: p50 %.0f ms, max %.0f ms (target well under 1,000 ms)",
                     nominations, Self.percentile(attentionLoads, 50), attentionLoads.max()!))
        if ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
            var parts: [(String, () throws -> Void)] = [
                ("reviewed nominations", { _ = try store.reviewedNominations() }),
                ("active findings", { _ = try store.activeFindings() }),
                ("eligibility facts", { _ = try store.eligibilityFacts() }),
                ("tallies (counts, as the review reads them)", { _ = try store.tallies(viewer: "", countsOnly: true) }),
                ("tallies with every ballot", { _ = try store.tallies(viewer: "") }),
                ("declared holders", { _ = try store.declaredLDTTHolders() }),
                ("rule book", { _ = try store.ruleBook() }),
                ("criticisms", { _ = try store.criticisms() }),
            ]
            let review = try store.ruleReview()
            parts.append(("flags of every nomination", { for id in review.nominations.keys { _ = review.flags(of: id) } }))
            for (name, body) in parts {
                var xs: [Double] = []
                for _ in 0..<3 { xs.append(try Self.time { try body() }) }
                print(String(format: "    attention: %@ p50 %.0f ms", name, Self.percentile(xs, 50)))
            }
        }
        driver.send(.key(.escape))
    }

    /// The chair's day: "Việc của tôi" (the open year's undecided nominations), every row tagged with *,
    /// approved with a and one confirmation. Times the tag, the confirmation dialog (which sorts out the
    /// flagged rows) and the writes, each nomination its own checked transaction.
    func bulkApprove(_ deskURL: URL, size: Size) throws {
        let store = try DeskStore.open(at: deskURL)
        // The synthetic district's latest year is the one under review (the long pair sits a year later).
        if let year = try store.nominations().filter({ !$0.id.hasPrefix("L") }).map(\.year).max() {
            try store.openYear(year, actor: "tv1")
        }
        let state = AppState(size: size, language: .vi, member: "tv1", deskName: "bench.desk", today: "2023-06-20")
        let driver = AppDriver(state: state, runner: EffectRunner(store: store, member: "tv1"))
        driver.send(.start)
        driver.runDeferred()
        driver.send(.key(.char("1")))
        let rows = driver.state.queue.visible.count
        let tag = Self.time { driver.send(.key(.char("*"))); _ = driver.frame }
        let dialog = Self.time { driver.send(.key(.char("a"))); _ = driver.frame }
        guard case .bulk(let b)? = driver.state.modal else {
            print("ui  bulk approve: no bulk dialog (\(driver.state.message?.text ?? "?"))")
            return
        }
        let writes = Self.time { driver.send(.key(.enter)); _ = driver.frame }
        let tagged = driver.state.queue.tagged
        let recorded = b.items.filter { !tagged.contains($0.id) }.count
        let flagged = b.doubts.filter { !$0.flags.isEmpty }.count, short = b.doubts.filter { $0.voteShortfall != nil }.count
        print(String(format: "ui  bulk approve from Việc của tôi (%d rows): * %.1f ms, dialog %.1f ms (%d clean; left out: %d, of which %d flagged, "
                     + "%d short of votes), %d approvals recorded in %.0f ms (%.2f ms each, with the reload)",
                     rows, tag, dialog, b.clean.count, b.doubts.count, flagged, short, recorded, writes, writes / Double(max(1, b.items.count))))
    }

    /// A 10 KB paste into the reject dialog's reason and into the queue search: a terminal delivers it as
    /// one key per character, as fast as the desk reads them. Timed as the loop handles it (the keys that
    /// were waiting through `send(keys:)`, then one frame), and in the reason with a frame after every key
    /// for comparison.
    func pasteLongText(_ driver: AppDriver) throws {
        let paste = UIBenchDesk.pasteText(bytes: 10_000)
        func openReasonDialog() {
            while driver.state.modal != nil { driver.send(.key(.escape)) }
            driver.send(.key(.enter))
            driver.send(.key(.char("r")))
        }
        var keysThenFrame: [Double] = []
        for _ in 0..<3 {
            openReasonDialog()
            keysThenFrame.append(Self.time {
                driver.send(keys: paste.unicodeScalars.map { .char($0) })
                _ = driver.frame
            })
        }
        openReasonDialog()
        let framePerKey = Self.time { for u in paste.unicodeScalars { driver.send(.key(.char(u))); _ = driver.frame } }
        while driver.state.modal != nil { driver.send(.key(.escape)) }
        driver.send(.key(.escape))
        driver.send(.key(.char("/")))
        let search = Self.time {
            driver.send(keys: paste.unicodeScalars.map { .char($0) })
            _ = driver.frame
        }
        driver.send(.key(.escape))
        print(String(format: "ui  paste 10 KB (%d characters) into a reason: p50 %.0f ms (keys, then one frame; target ≤ 500 ms); %.0f ms with a frame per key",
                     paste.unicodeScalars.count, Self.percentile(keysThenFrame, 50), framePerKey))
        print(String(format: "ui  paste 10 KB into the queue search (%d nominations): %.0f ms (keys, then one frame; target ≤ 500 ms)",
                     nominations, search))
    }

    /// With BENCH_CPU set, every figure is the thread's CPU time instead of wall time: on a machine shared
    /// with other builds the wall time of a keystroke is mostly waiting for a core, its CPU time is not.
    static let cpuTime = ProcessInfo.processInfo.environment["BENCH_CPU"] != nil

    static func time(_ body: () throws -> Void) rethrows -> Double {
        if cpuTime {
            let start = threadCPU()
            try body()
            return threadCPU() - start
        }
        let start = ContinuousClock.now
        try body()
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// Milliseconds of CPU this thread has used.
    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    static func percentile(_ xs: [Double], _ p: Double) -> Double { BenchMeasure.quantile(xs.sorted(), p / 100) }

    static func report(_ what: String, _ xs: [Double], target: Double) {
        print(String(format: "%@: p50 %.2f ms, p99 %.2f ms over %d keystrokes (target p99 ≤ %.0f ms)",
                     what, percentile(xs, 50), percentile(xs, 99), xs.count, target))
    }
}

/// The UI benchmark's desk: the report benchmark's synthetic district (10,000 nominations over ten years,
/// a council of nine with every ballot, a third decided, findings on a tenth), plus one nomination whose
/// long initiative re-uses passages of another long one.
enum UIBenchDesk {
    /// The nomination with the long initiative, and its source.
    static let longID = "L2023-00001", sourceID = "L2022-00001"

    static func make(in folder: URL, nominations: Int, pages: Int) throws -> URL {
        let deskURL = folder.appendingPathComponent("desk/bench.desk")
        let store = try DeskStore.create(at: deskURL)
        try BenchDesk.makeSynthetic(store, nominations: nominations - 2, folder: folder.appendingPathComponent("synthetic"))
        try BenchDesk.addCouncilWork(store)

        let csvFolder = folder.appendingPathComponent("long")
        try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
        let (long, source, pairs) = longTexts(pages: pages)
        try long.write(to: csvFolder.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
        try source.write(to: csvFolder.appendingPathComponent("source.txt"), atomically: true, encoding: .utf8)
        let csv = """
            nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on
            \(sourceID),2022,PL1,Nguyễn Văn Long,Đơn vị số 1,Giáo viên,Giảng dạy môn Toán,can_bo_cong_chuc,CSTDCS,Một số biện pháp dạy hình học,source.txt,2022-05-02
            \(longID),2023,PL1,Nguyễn Văn Long,Đơn vị số 1,Giáo viên,Giảng dạy môn Toán,can_bo_cong_chuc,CSTDCS,Nâng cao chất lượng dạy học hình học,long.txt,2023-05-02

            """
        try csv.write(to: csvFolder.appendingPathComponent("nominations.csv"), atomically: true, encoding: .utf8)
        try NominationImporter(store: store, actor: "bench").importCSV(at: csvFolder.appendingPathComponent("nominations.csv"))
        try store.replaceFindings([StoredFinding(nominationID: longID, sourceID: sourceID, kind: .selfReuse,
                                                 coverage: 0.3, score: 0.4, passages: pairs)],
                                  forNominations: [longID])
        return deskURL
    }

    /// One line of Vietnamese of about `bytes` bytes in UTF-8, as a member might paste from a document.
    static func pasteText(bytes: Int) -> String {
        let (long, _, _) = longTexts(pages: 2)
        var out = ""
        for c in long.replacingOccurrences(of: "\n", with: " ") {
            if out.utf8.count + String(c).utf8.count > bytes { break }
            out.append(c)
        }
        return out
    }

    /// Two texts of `pages` pages; every seventh paragraph of the first is copied from another place of the
    /// second, so passages sit at different heights on the two sides.
    static func longTexts(pages: Int) -> (String, String, [PassagePair]) {
        let sentences = [
            "Trong những năm gần đây, chất lượng môn Toán của học sinh lớp 9 còn thấp, nhất là phần hình học.",
            "Nhiều em chưa biết vẽ hình, chưa biết phân tích giả thiết và kết luận của bài toán.",
            "Giáo viên hướng dẫn học sinh vẽ hình chính xác bằng thước và com-pa.",
            "Học sinh làm việc theo nhóm nhỏ, mỗi nhóm bốn em, có một em học khá hỗ trợ các bạn.",
            "Phần mềm GeoGebra giúp các em quan sát trực quan các bài toán quỹ tích và dựng hình.",
            "Sau một năm áp dụng, tỉ lệ học sinh đạt điểm trung bình trở lên tăng rõ rệt.",
        ]
        func paragraph(_ n: Int, _ salt: Int) -> String {
            (0..<5).map { "\(sentences[(n + $0 * salt) % sentences.count])" }.joined(separator: " ") + " (\(n))"
        }
        let count = pages * 6   // about 500 characters a paragraph, 3,000 a page
        let right = (0..<count).map { paragraph($0, 5) }
        func source(_ n: Int) -> Int { (n * 5 + 2) % count }
        let left = (0..<count).map { n in n % 7 == 3 ? right[source(n)] : paragraph(n, 1) }
        var pairs: [PassagePair] = []
        func offsets(_ ps: [String]) -> [Int] {
            var o: [Int] = [], at = 0
            for p in ps { o.append(at); at += p.unicodeScalars.count + 1 }
            return o
        }
        let lo = offsets(left), ro = offsets(right)
        for n in 0..<count where n % 7 == 3 {
            let src = source(n)
            pairs.append(PassagePair(offset: lo[n], length: left[n].unicodeScalars.count, sourceOffset: ro[src],
                                     sourceLength: right[src].unicodeScalars.count))
        }
        return (left.joined(separator: "\n") + "\n", right.joined(separator: "\n") + "\n", pairs)
    }
}
