import Foundation
import Testing
@testable import BinhXetSimilarity

struct TokenStreamTests {
    @Test("NFC, NFD, capitals and không dấu fold to the same token hashes")
    func foldingMatchesVariants() {
        // Given one phrase in four spellings
        let nfc = "Đổi mới phương pháp dạy học môn Ngữ văn"
        let variants = [nfc, nfc.decomposedStringWithCanonicalMapping, nfc.uppercased(),
                        "Doi moi phuong phap day hoc mon Ngu van"]
        // Then every spelling gives the same hashes
        let expected = TokenStream(text: nfc).hashes
        #expect(expected.count == 9)
        for v in variants { #expect(TokenStream(text: v).hashes == expected) }
        // And a different word does not
        #expect(TokenStream(text: "Đổi mới phương pháp dạy học môn Toán").hashes != expected)
    }

    @Test("Token offsets point at the words in the text as given (NFC and NFD)", arguments: [false, true])
    func offsetsMapBack(decomposed: Bool) {
        // Given a text, possibly decomposed (base letters followed by combining marks)
        let nfc = "Tên sáng kiến: \"Nâng cao chất lượng\"\nĐẶT VẤN ĐỀ, năm 2018."
        let text = decomposed ? nfc.decomposedStringWithCanonicalMapping : nfc
        let scalars = Array(text.unicodeScalars)
        // When it is tokenised
        let stream = TokenStream(text: text)
        // Then each token's scalar range is exactly that word of the text
        let words = stream.tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        let expected = ["Tên", "sáng", "kiến", "Nâng", "cao", "chất", "lượng", "ĐẶT", "VẤN", "ĐỀ", "năm", "2018"]
        #expect(words == expected.map { decomposed ? $0.decomposedStringWithCanonicalMapping : $0 })
        #expect(stream.tokens.map(\.line) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(stream.scalarCount == scalars.count)
    }

    @Test("Lines are found with LF, CRLF and CR line ends, breaks excluded")
    func lineBoundaries() {
        let stream = TokenStream(text: "một hai\r\nba\rbốn\nnăm")
        #expect(stream.lineCount == 4)
        #expect(stream.lineStarts == [0, 9, 12, 16])
        #expect(stream.lineEnds == [7, 11, 15, 19])
        #expect(stream.tokens.map(\.line) == [0, 0, 1, 2, 3])
    }

    @Test("Numbers match as a class only when asked")
    func numbersAsClass() {
        let a = "hiện có 15 cán bộ", b = "hiện có 13 cán bộ"
        #expect(TokenStream(text: a).hashes == TokenStream(text: b).hashes)
        #expect(TokenStream(text: a, numbersAsClass: false).hashes != TokenStream(text: b, numbersAsClass: false).hashes)
    }

    @Test("Ideographs are tokens of their own")
    func ideographs() {
        let stream = TokenStream(text: "中文abc")
        #expect(stream.tokens.map(\.length) == [1, 1, 3])
    }
}
