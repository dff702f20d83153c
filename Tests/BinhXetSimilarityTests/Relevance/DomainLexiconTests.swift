import Testing
@testable import BinhXetSimilarity

struct DomainLexiconTests {
    @Test("A relation written under one field holds both ways; unknown codes and self-relations are dropped")
    func relationsAreSymmetric() throws {
        let lexicon = DomainLexicon(text: """
        [a] A
        related: b, nowhere, a
        một
        [b] B
        hai
        [c] C
        related: b
        ba
        """)
        let a = try #require(lexicon.fieldIndex("a")), b = try #require(lexicon.fieldIndex("b"))
        let c = try #require(lexicon.fieldIndex("c"))
        #expect(lexicon.related[a] == [b])
        #expect(lexicon.related[b] == [a, c])
        #expect(lexicon.related[c] == [b])
    }

    @Test("Terms match folded: case, diacritics and đ/d do not matter; the longest term wins")
    func foldedLongestMatch() {
        let lexicon = DomainLexicon(text: """
        [y_te] Y tế
        an toàn thực phẩm, vệ sinh an toàn thực phẩm
        [nong_nghiep] Nông nghiệp
        đồng ruộng
        """)
        let hashes = TokenStream(text: "VE SINH AN TOAN THUC PHAM tren dong ruong", numbersAsClass: false).hashes
        let found = lexicon.matches(in: hashes).map(\.term.text)
        #expect(found == ["vệ sinh an toàn thực phẩm", "đồng ruộng"])
    }
}

struct SubjectListTests {
    @Test("Each capitalised item of a subject list after 'môn' becomes 'môn …'; grades and other clauses do not")
    func expandsSubjects() {
        #expect(SubjectList.expanded("Giảng dạy môn Vật lý, Công nghệ lớp 8, 9; phụ trách thiết bị, Thư viện")
                == "Giảng dạy môn Vật lý, môn Công nghệ lớp 8, 9; phụ trách thiết bị, Thư viện")
        #expect(SubjectList.expanded("Giang day mon Toan, Tin hoc lop 6") == "Giang day mon Toan, môn Tin hoc lop 6")
        #expect(SubjectList.expanded("Chủ nhiệm lớp 3B, Đội tuyển") == "Chủ nhiệm lớp 3B, Đội tuyển")
        #expect(SubjectList.expanded("Dạy môn Toán") == "Dạy môn Toán")
    }
}
