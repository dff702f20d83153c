import BinhXetCore
import Foundation

/// A desk with the sample nominations and a council: `chair`, `standing`, `vice`, `secretary`, then
/// plain members `m1`…; built by the first member so the role checks apply from the second on.
struct CouncilDesk {
    let scratch: Scratch
    let store: DeskStore

    init(members: Int = 10, settings: String? = nil) throws {
        scratch = try Scratch()
        store = try scratch.makeDesk()
        try NominationImporter(store: store, actor: "import").importCSV(at: try SampleCSV.write(in: scratch))
        if let settings { try Data(settings.utf8).write(to: store.rulesFileURL) }
        let seats: [(String, CouncilRole)] = [("chair", .chair), ("standing", .standingViceChair), ("vice", .viceChair),
                                              ("secretary", .secretary)]
        for i in 0..<members {
            let (login, role) = i < seats.count ? seats[i] : ("m\(i - seats.count + 1)", CouncilRole.member)
            try store.addMember(login: login, name: "Thành viên \(login)", role: role, actor: "chair")
        }
    }

    /// Logins of the council in the order they were added.
    var logins: [String] {
        (try? store.members().map(\.login)) ?? []
    }
}
