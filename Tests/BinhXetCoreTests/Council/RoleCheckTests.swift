import BinhXetCore
import Foundation
import Testing

@Suite struct RoleCheckTests {
    @Test(arguments: [
        ("chair", true), ("standing", true), ("vice", false), ("secretary", false), ("m1", false),
    ])
    func whoMayRecordAnOutcomeByDefault(login: String, allowed: Bool) throws {
        // Given a council under the built-in rules (chair and standing vice-chair decide)
        let desk = try CouncilDesk(members: 5)
        for m in desk.logins { try desk.store.vote("N2018-0002", .agree, member: m) }
        // When the member approves
        let result = Result { try desk.store.decide("N2018-0002", .approve, actor: login) }
        // Then only the allowed roles get an event; the others are told which roles may
        if allowed {
            #expect(try desk.store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .approved)
        } else {
            guard case .failure(let error as CouncilError) = result, case .notAllowed(_, _, _, let roles) = error else {
                Issue.record("expected notAllowed, got \(result)"); return
            }
            #expect(roles == [.chair, .standingViceChair])
            #expect(try desk.store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .received)
        }
    }

    @Test func membersAreListedByRoleThenByGivenName() throws {
        let desk = try CouncilDesk(members: 0)
        for (login, name, role) in [("ct", "Trần Văn Bình", CouncilRole.chair), ("u1", "Vũ Minh Khoa", .member),
                                    ("u2", "Đỗ Thị An", .member), ("u3", "Phạm Văn Hòa", .member),
                                    ("tk", "Lê Thị Thu", .secretary)] {
            try desk.store.addMember(login: login, name: name, role: role, actor: "ct")
        }
        #expect(try desk.store.members().map(\.name) == ["Trần Văn Bình", "Lê Thị Thu", "Đỗ Thị An", "Phạm Văn Hòa", "Vũ Minh Khoa"])
    }

    @Test func theSettingsFileChangesWhoDecides() throws {
        let desk = try CouncilDesk(members: 5, settings: "outcome_roles = chair, vice_chair\n")
        try desk.store.decide("N2018-0002", .reject, reason: "Chưa đủ tiêu chuẩn", actor: "vice")
        #expect(throws: CouncilError.self) { try desk.store.decide("N2018-0001", .approve, actor: "standing") }
    }

    @Test func criticismNeedsAnOutcomeRoleToo() throws {
        let desk = try CouncilDesk(members: 5)
        let unit = try desk.store.unit(matching: "THCS Hòa Bình")
        #expect(throws: CouncilError.self) { try desk.store.criticise(unitID: unit.id!, text: "x", actor: "m1") }
        #expect(try desk.store.criticise(unitID: unit.id!, text: "Xét duyệt chưa nghiêm", actor: "chair").count == 1)
    }

    @Test func someoneOutsideTheCouncilMayNotDecide() throws {
        let desk = try CouncilDesk(members: 5)
        #expect(throws: CouncilError.notAMember("root")) { try desk.store.decide("N2018-0002", .approve, actor: "root") }
    }

    @Test func aDeskWithoutACouncilTakesTheOSUser() throws {
        // Given a desk nobody has added members to
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        // Then outcomes are recorded as the OS user, as before councils existed
        try store.decide("N2018-0002", .approve, actor: "clerk")
        #expect(try store.detail(of: "N2018-0002", viewer: "root")?.events.last?.actor == "clerk")
    }

    @Test func onlyTheChairStandingViceChairOrSecretaryChangeTheCouncil() throws {
        let desk = try CouncilDesk(members: 5)
        #expect(throws: CouncilError.self) { try desk.store.addMember(login: "x", name: "X", role: .member, actor: "m1") }
        try desk.store.addMember(login: "x", name: "Người Mới", role: .member, actor: "secretary")
        #expect(try desk.store.member("x")?.name == "Người Mới")
        // A change of role is an update, logged as such
        try desk.store.addMember(login: "x", name: "Người Mới", role: .viceChair, actor: "chair")
        #expect(try desk.store.member("x")?.role == .viceChair)
        #expect(try desk.store.events().last?.kind == .memberChanged)
        #expect(throws: CouncilError.unknownMember("nobody")) { try desk.store.removeMember(login: "nobody", actor: "chair") }
        #expect(throws: CouncilError.nameRequired) { try desk.store.addMember(login: "y", name: " ", role: .member, actor: "chair") }
    }
}
