#!/bin/sh
# Opens every document BinhXet prints with a real reader: LibreOffice converts each DOCX to PDF, then
# pdfinfo checks the page size and orientation and pdftotext the text (Quốc hiệu, Tiêu ngữ with hyphens, the
# signer, no percentage broken across lines). Run by `make test-docs` and as the last step of `make test`
# (CI therefore runs it; about 25 s once LibreOffice is installed). Usage: scripts/test-docs.sh path/to/binhxet
set -eu
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp -d /tmp/binhxet-docs.XXXXXX)
trap '[ -n "${KEEP_DOCS:-}" ] || rm -rf "$OUT"' EXIT
D="$OUT/d.desk"
fail=0
ok() { printf 'ok   %s\n' "$*"; }
bad() { printf 'FAIL %s\n' "$*"; fail=1; }

export BINHXET_MEMBER=chutich
"$BIN" init --desk "$D" >/dev/null
"$BIN" import "$ROOT/Resources/demo/nominations.csv" --desk "$D" --quiet
"$BIN" scan --desk "$D" --all --quiet
"$BIN" year open 2024 --as-of 2024-05-20 --desk "$D" >/dev/null
printf 'issuing_body = UBND huyện A Lưới\n\n[documents]\nnext_decision_number = 15\n' > "$D.rules"
"$BIN" member add chutich --name "Trần Văn Chủ" --role chair --desk "$D" >/dev/null
"$BIN" member add thuongtruc --name "Phạm Thị Thường" --role standing_vice_chair --desk "$D" >/dev/null
"$BIN" member add thuky --name "Hoàng Thị Thư" --role secretary --desk "$D" >/dev/null
ids=$("$BIN" list --year 2024 --json --desk "$D" | python3 -c 'import json,sys; print(" ".join(n["id"] for n in json.load(sys.stdin)))')
set -- $ids
first=$1; second=$2; third=$3; fourth=$4
for id in $first $second $third; do
  for m in chutich thuongtruc thuky; do "$BIN" vote "$id" agree --member $m --desk "$D" >/dev/null; done
  "$BIN" decide "$id" approve --member chutich --desk "$D" >/dev/null
done
"$BIN" meeting --year 2024 --start "20/05/2024 08:00" --end 11:30 --place "Hội trường Ủy ban nhân dân huyện" --desk "$D" >/dev/null
"$BIN" receive "$first" --time 09:15 --paper "Tờ trình đề nghị (bản chính)" --paper "Báo cáo thành tích (01 bản)" --desk "$D" >/dev/null
unit=$("$BIN" show "$first" --json --desk "$D" | python3 -c 'import json,sys; print(json.load(sys.stdin)["unit"]["name"])')
"$BIN" criticise "$unit" --text "Xét duyệt sáng kiến chưa nghiêm" --nominations "$first" --desk "$D" >/dev/null
# A new appointment date is for a dossier still with the council (the first three are decided).
"$BIN" reschedule "$fourth" --to 2024-06-20 --reason "Chờ ý kiến cơ quan chuyên môn" --desk "$D" >/dev/null

for k in decision submission minutes ballot-count notices criticisms stats overdue flags; do
  "$BIN" report $k --year 2024 --format docx -o "$OUT/$k.docx" --desk "$D"
done
"$BIN" report similarity "$first" --format docx -o "$OUT/similarity.docx" --desk "$D"
"$BIN" report criticism-letter "$unit" --format docx -o "$OUT/criticism-letter.docx" --desk "$D"
"$BIN" slip "$first" receipt --format docx -o "$OUT/slip-receipt.docx" --desk "$D"
"$BIN" slip "$fourth" apology --format docx -o "$OUT/slip-apology.docx" --desk "$D"

start=$(date +%s)
soffice --headless --convert-to pdf --outdir "$OUT" "$OUT"/*.docx >"$OUT/soffice.log" 2>&1 || { cat "$OUT/soffice.log"; exit 1; }
end=$(date +%s)
n=$(ls "$OUT"/*.docx | wc -l)
echo "converted $n documents in $((end - start)) s"

for docx in "$OUT"/*.docx; do
  name=$(basename "$docx" .docx)
  pdf="$OUT/$name.pdf"
  [ -f "$pdf" ] || { bad "$name: no PDF"; continue; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3 "x" $5}')
  case $name in stats) want=841.89x595.304 ;; *) want=595.304x841.89 ;; esac
  [ "$size" = "$want" ] && ok "$name: $pages page(s), $size pt" || bad "$name: page $size, expected $want"
  text=$(pdftotext -layout "$pdf" -)
  echo "$text" | grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || bad "$name: no Quốc hiệu"
  echo "$text" | grep -q "Độc lập - Tự do - Hạnh phúc" || bad "$name: no Tiêu ngữ with hyphens"
  echo "$text" | grep -q "A Lưới, ngày" || bad "$name: no place and date"
  # Every share the document holds ("85,7%") is printed whole on one line.
  for p in $(python3 -c 'import re,sys,zipfile; print("\n".join(sorted(set(re.findall(r"[0-9]+,[0-9]+%", zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())))))' "$docx"); do
    echo "$text" | grep -qF -- "$p" || bad "$name: $p wraps across lines"
  done
  pdffonts "$pdf" | grep -q "LiberationSerif\|TimesNewRoman\|Times" || bad "$name: not set in Times New Roman (or its metric twin)"
done
pdftotext "$OUT/decision.pdf" - | grep -q "Trần Văn Chủ" || bad "decision: no signer's name"
pdftotext "$OUT/decision.pdf" - | grep -q "Điều 3." || bad "decision: no Điều 3"
pdftotext "$OUT/slip-receipt.pdf" - | grep -q "09 giờ 15 phút" || bad "slip-receipt: no hour of reception"
[ "$(pdfinfo "$OUT/decision.pdf" | awk '/^Pages:/ {print $2}')" -ge 2 ] || bad "decision: the list attached is not on a page of its own"
[ $fail = 0 ] && echo "test-docs: every document opened in LibreOffice as expected" || { echo "test-docs: failures above"; exit 1; }
