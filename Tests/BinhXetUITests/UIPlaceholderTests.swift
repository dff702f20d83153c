import Testing
@testable import BinhXetUI
@Test func placeholder() { #expect(String(describing: UIModule.self) == "UIModule") }
