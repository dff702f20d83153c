#!/usr/bin/env python3
"""Build the .docx initiative reports of the BinhXet demo from UTF-8 sources.

Every scripts/demo-src/SK<year>-<seq>.txt becomes
Resources/demo/documents/<year>/SK<year>-<seq>.docx: a minimal Office Open XML
package ([Content_Types].xml, _rels/.rels, word/document.xml) with one w:p per
line of the source and the text in w:r/w:t runs (font Times New Roman).  Long
paragraphs are split into two runs at a fixed point, as Word often does, so a
reader has to join the runs of a paragraph.  Stdlib only; the output is
byte-for-byte reproducible (fixed timestamps, fixed member order).

Usage: scripts/make-demo-docx.py [SRC.txt OUT.docx]
"""
import pathlib
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "scripts" / "demo-src"
OUT_DIR = ROOT / "Resources" / "demo" / "documents"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '</Relationships>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr>'
SPLIT_OVER = 160  # paragraphs longer than this are written as two runs


def run(text):
    return f'<w:r>{RPR}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(line):
    if not line:
        return "<w:p/>"
    if len(line) > SPLIT_OVER:
        cut = len(line) * 2 // 5  # deliberately not on a word boundary
        return "<w:p>" + run(line[:cut]) + run(line[cut:]) + "</w:p>"
    return "<w:p>" + run(line) + "</w:p>"


def document_xml(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = "".join(paragraph(line) for line in lines)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>'
        '</w:sectPr></w:body></w:document>'
    )


def build(src, out):
    raw = src.read_bytes()
    text = raw.decode("utf-8").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", document_xml(text)),
        ):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    print(f"{src.relative_to(ROOT) if src.is_relative_to(ROOT) else src} -> "
          f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


def main(argv):
    if len(argv) == 3:
        build(pathlib.Path(argv[1]).resolve(), pathlib.Path(argv[2]).resolve())
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    sources = sorted(SRC_DIR.glob("SK*.txt"))
    if not sources:
        print(f"no sources in {SRC_DIR}", file=sys.stderr)
        return 1
    for src in sources:
        year = src.stem[2:6]
        build(src, OUT_DIR / year / (src.stem + ".docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
