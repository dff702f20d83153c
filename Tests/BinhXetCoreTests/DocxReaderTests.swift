import BinhXetText
import Foundation
import Testing
@testable import BinhXetCore

@Suite struct DocxReaderTests {
    typealias F = DocxFixture

    /// "Chiến sĩ thi đua cơ sở" in TCVN3 and in VNI bytes.
    static let tcvn3: [UInt8] = [0x43, 0x68, 0x69, 0xD5, 0x6E, 0x20, 0x73, 0xDC, 0x20, 0x74, 0x68, 0x69,
                                 0x20, 0xAE, 0x75, 0x61, 0x20, 0x63, 0xAC, 0x20, 0x73, 0xEB]
    static let vni: [UInt8] = [0x43, 0x68, 0x69, 0x65, 0xE1, 0x6E, 0x20, 0x73, 0xF3, 0x20, 0x74, 0x68,
                               0x69, 0x20, 0xF1, 0x75, 0x61, 0x20, 0x63, 0xF4, 0x20, 0x73, 0xF4, 0xFB]

    func read(_ documentXML: String, extra: [(String, Data)] = []) throws -> DocxReader.Text {
        let url = try F.write(try F.docx(documentXML, extra: extra), name: "test.docx")
        defer { F.remove(url) }
        return try DocxReader.read(url: url)
    }

    @Test func plainParagraphs() throws {
        let doc = try read(F.document(F.paragraph(F.run("Chiến sĩ thi đua cơ sở")) + F.paragraph()
                                      + F.paragraph(F.run("A & B < C"))))
        #expect(doc.text == "Chiến sĩ thi đua cơ sở\n\nA & B < C\n")
        #expect(doc.encoding == .utf8)
    }

    @Test func emptyDocument() throws {
        #expect(try read(F.document("")).text == "")
    }

    /// Runs split anywhere, even inside a word or between a letter and its combining mark, join up; each
    /// paragraph comes out NFC.
    @Test func splitRunsAndNFC() throws {
        let doc = try read(F.document(F.paragraph(F.run("Chi"), F.run("ến s"), F.run("ĩ"))
                                      + F.paragraph(F.run("Vie\u{323}"), F.run("\u{302}t"))))
        #expect(doc.text == "Chiến sĩ\nViệt\n")
        #expect(doc.text.unicodeScalars.count == 14)
    }

    @Test func tabsAndBreaks() throws {
        let body = F.paragraph(#"<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>"#,
                               properties: #"<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>"#)
        #expect(try read(F.document(body)).text == "a\tb\nc\nd\n")
    }

    /// Table cells hold paragraphs; each is one line, in document order. A text box (a paragraph inside
    /// a run) is emitted when it closes, and its mc:Fallback copy is skipped.
    @Test func tablesAndTextBoxes() throws {
        let table = "<w:tbl><w:tr><w:tc>" + F.paragraph(F.run("ô 1")) + "</w:tc><w:tc>" + F.paragraph(F.run("ô 2"))
            + "</w:tc></w:tr></w:tbl>"
        let box = "<w:txbxContent>" + F.paragraph(F.run("hộp")) + "</w:txbxContent>"
        let textBox = #"<w:r><w:t>trước </w:t><mc:AlternateContent><mc:Choice Requires="wps">"# + box
            + "</mc:Choice><mc:Fallback>" + box + "</mc:Fallback></mc:AlternateContent><w:t>sau</w:t></w:r>"
        let doc = try read(F.document(F.paragraph(F.run("đầu")) + table + "<w:p>" + textBox + "</w:p>"))
        #expect(doc.text == "đầu\nô 1\nô 2\nhộp\ntrước sau\n")
    }

    /// Deleted text and field codes are not document text.
    @Test func deletedTextAndFieldCodesAreSkipped() throws {
        let body = F.paragraph(#"<w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del>"#,
                               #"<w:ins><w:r><w:t>mới</w:t></w:r></w:ins>"#)
        #expect(try read(F.document(body)).text == "mới\n")
    }

    /// .VnTime runs hold TCVN3 bytes as Latin-1 characters; .VnTimeH (all capitals) uses the same codes.
    @Test func vnTimeRuns() throws {
        let text = F.latin1(Self.tcvn3)
        let doc = try read(F.document(F.paragraph(F.run(text, font: ".VnTime"))
                                      + F.paragraph(F.run(F.latin1([0xA7, 0xB9, 0x49, 0x20, 0x48, 0xE4, 0x43]), font: ".VnTimeH"))))
        #expect(doc.text == "Chiến sĩ thi đua cơ sở\nĐạI HọC\n")
        #expect(doc.encoding == .tcvn3)
    }

    /// A TCVN3 word split across runs, mixed with a Unicode run in the same paragraph.
    @Test func mixedFontsInOneParagraph() throws {
        let t = F.latin1(Self.tcvn3)
        let doc = try read(F.document(F.paragraph(F.run("Danh hiệu: "), F.run(String(t.prefix(4)), font: ".VnTime"),
                                                  F.run(String(t.dropFirst(4)), font: ".VnTime"), F.run(" (Unicode)"))))
        #expect(doc.text == "Danh hiệu: Chiến sĩ thi đua cơ sở (Unicode)\n")
    }

    /// A VNI letter whose mark byte went to the next run decodes whole.
    @Test func vniRunSplitBetweenLetterAndMark() throws {
        let v = F.latin1(Self.vni)
        let cut = v.index(v.startIndex, offsetBy: 4)  // "Chie" | "án …"
        let doc = try read(F.document(F.paragraph(F.run(String(v[..<cut]), font: "VNI-Times"),
                                                  F.run(String(v[cut...]), font: "VNI-Times"))))
        #expect(doc.text == "Chiến sĩ thi đua cơ sở\n")
        #expect(doc.encoding == .vni)
    }

    /// A legacy font set in the styles (Normal, docDefaults) applies to runs without a font of their own;
    /// a direct Unicode font overrides it.
    @Test func fontsFromStyles() throws {
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(F.wordNamespace)">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>\
            </w:rPr></w:rPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" \
            w:hAnsi=".VnTime"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Plain"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Vni"><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>\
            </w:styles>
            """
        let t = F.latin1(Self.tcvn3), v = F.latin1(Self.vni)
        let body = F.paragraph(F.run(t))                                                   // Normal → .VnTime
            + F.paragraph(F.run(t), properties: #"<w:pStyle w:val="Body"/>"#)             // basedOn Normal
            + F.paragraph(F.run("Chiến"), properties: #"<w:pStyle w:val="Plain"/>"#)      // Arial
            + F.paragraph(F.run("Chiến", font: "Times New Roman"))                        // direct font wins
            + F.paragraph(#"<w:r><w:rPr><w:rStyle w:val="Vni"/></w:rPr><w:t>\#(F.escape(v))</w:t></w:r>"#)
        let doc = try read(F.document(body), extra: [("word/styles.xml", Data(styles.utf8))])
        let s = "Chiến sĩ thi đua cơ sở"
        #expect(doc.text == "\(s)\n\(s)\nChiến\nChiến\n\(s)\n")
    }

    @Test func dominantEncodingIsTheLargerPart() throws {
        let doc = try read(F.document(F.paragraph(F.run(String(repeating: "Unicode text ", count: 10)))
                                      + F.paragraph(F.run(F.latin1(Self.tcvn3), font: ".VnTime"))))
        #expect(doc.encoding == .utf8)
    }

    /// Another prefix for the main namespace reads the same.
    @Test func otherNamespacePrefix() throws {
        let xml = #"<?xml version="1.0"?><x:document xmlns:x="\#(F.wordNamespace)"><x:body><x:p><x:r><x:t>Xin chào</x:t></x:r></x:p></x:body></x:document>"#
        #expect(try read(xml).text == "Xin chào\n")
    }

    @Test func keepsCarriageReturnsWhenAsked() throws {
        let url = try F.write(try F.docx(F.document("<w:p><w:r><w:t>a&#13;b</w:t></w:r></w:p>")), name: "cr.docx")
        defer { F.remove(url) }
        #expect(try DocxReader.read(url: url).text == "a\nb\n")
        #expect(try DocxReader.read(url: url, newlines: .preserve).text == "a\rb\n")
    }
}
