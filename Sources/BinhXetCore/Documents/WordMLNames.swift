/// The WordprocessingML elements and attributes BinhXet reads, spelled with the prefixes the document
/// binds to their namespaces.
///
/// The parser runs without namespace processing (cheaper, and attribute names stay predictable), so the
/// prefixes are learnt from the root element's `xmlns:` declarations: Word writes `w:` and `mc:`, but
/// another producer may choose other prefixes or a default namespace.
struct WordMLNames {
    enum Tag {
        case paragraph, paragraphProperties, paragraphStyle
        case run, runProperties, runFonts, runStyle
        case text, tab, lineBreak, carriageReturn
        case fallback
        case style, basedOn, docDefaults, runPropertiesDefault
    }

    static let mainNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  // transitional (what Word writes)
        "http://purl.oclc.org/ooxml/wordprocessingml/main",              // strict
    ]
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Qualified element name → tag.
    let tags: [String: Tag]
    let val, ascii, hAnsi, cs, asciiTheme, hAnsiTheme, styleId, type, isDefault: String

    /// Names for the declarations of a root element (`w` and `mc` when none are found).
    init(rootAttributes: [String: String]) {
        var main = "w", compatibility = "mc"
        for (name, value) in rootAttributes {
            let prefix: String
            if name == "xmlns" { prefix = "" } else if name.hasPrefix("xmlns:") { prefix = String(name.dropFirst(6)) } else { continue }
            if Self.mainNamespaces.contains(value) { main = prefix }
            if value == Self.compatibilityNamespace { compatibility = prefix }
        }
        func q(_ prefix: String, _ local: String) -> String { prefix.isEmpty ? local : prefix + ":" + local }
        func w(_ local: String) -> String { q(main, local) }
        tags = [
            w("p"): .paragraph, w("pPr"): .paragraphProperties, w("pStyle"): .paragraphStyle,
            w("r"): .run, w("rPr"): .runProperties, w("rFonts"): .runFonts, w("rStyle"): .runStyle,
            w("t"): .text, w("tab"): .tab, w("br"): .lineBreak, w("cr"): .carriageReturn,
            q(compatibility, "Fallback"): .fallback,
            w("style"): .style, w("basedOn"): .basedOn, w("docDefaults"): .docDefaults,
            w("rPrDefault"): .runPropertiesDefault,
        ]
        (val, ascii, hAnsi, cs) = (w("val"), w("ascii"), w("hAnsi"), w("cs"))
        (asciiTheme, hAnsiTheme, styleId, type, isDefault) = (w("asciiTheme"), w("hAnsiTheme"), w("styleId"), w("type"), w("default"))
    }
}
