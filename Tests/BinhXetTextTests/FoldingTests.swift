import Testing
@testable import BinhXetText
@Test func foldsVietnamese() { #expect(VietnameseFolding.fold("Chiến sĩ thi ĐUA") == "chien si thi dua") }
