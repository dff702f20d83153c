import Testing
@testable import BinhXetCore
@Test func placeholder() { #expect(String(describing: CoreModule.self) == "CoreModule") }
