import BinhXetCore
import Foundation

/// A desk built for one rule: the nominations a test lists, a regime, settings, and a council.
struct RuleDesk {
    struct Row {
        var id: String
        var year: Int = 2018
        var person: String
        var unit: String = "Trường THCS Hòa Bình"
        var title: AwardTitle = .cstdcs
        var category: WorkerCategory = .civilServant
        var received: String = "2018-05-02"
    }

    let scratch: Scratch
    let store: DeskStore

    /// `regime` pins one regime for every year; nil leaves each nomination under the one of its received date.
    init(_ regime: RuleSetID?, _ rows: [Row], settings: String = "", council: Int = 0) throws {
        scratch = try Scratch()
        store = try scratch.makeDesk()
        if let regime { try store.chooseRuleSet(regime) }
        if !settings.isEmpty { try Data(settings.utf8).write(to: store.rulesFileURL) }
        var lines = [SampleCSV.header]
        for r in rows {
            let needsInitiative = r.title == .cstdcs
            if needsInitiative { try scratch.write("docs/\(r.id).txt", "Báo cáo sáng kiến \(r.id): nội dung riêng.\n") }
            lines.append([r.id, String(r.year), r.person, "Người \(r.person)", r.unit, "Giáo viên", "Giảng dạy",
                          r.category.rawValue, r.title.rawValue, needsInitiative ? "Sáng kiến \(r.id)" : "",
                          needsInitiative ? "docs/\(r.id).txt" : "", r.received].joined(separator: ","))
        }
        let csv = try scratch.write("n.csv", lines.joined(separator: "\n") + "\n")
        try NominationImporter(store: store, actor: "import").importCSV(at: csv)
        for i in 0..<council {
            try store.addMember(login: i == 0 ? "chair" : "m\(i)", name: "Thành viên \(i)",
                                role: i == 0 ? .chair : .member, actor: "chair")
        }
    }

    /// The checks of one nomination that fired.
    func checks(_ id: String) throws -> [RuleCheck] { try store.ruleFlags(of: id).map(\.check) }

    func flag(_ id: String, _ check: RuleCheck) throws -> RuleFlag? {
        try store.ruleFlags(of: id).first { $0.check == check }
    }
}
