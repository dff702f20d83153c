#!/usr/bin/env bash
# Event kinds are spelled once, in DeskEvent.Kind (Sources/BinhXetCore/Model/DeskEventKind.swift). This finds
# any other spelling of one in the sources: an SQL literal ('approved') anywhere, or a Swift string
# ("approved") on a line that speaks of a kind. Prints each and exits 1; prints a count and exits 0 if none.
#   scripts/check-event-kinds.sh [sources folder]
set -uo pipefail
ROOT=${1:-$(cd "$(dirname "$0")/.." && pwd)/Sources}
ENUM="$ROOT/BinhXetCore/Model/DeskEventKind.swift"
[ -f "$ENUM" ] || { echo "check-event-kinds: $ENUM not found"; exit 2; }
kinds=$(grep -oE '^ *case [a-zA-Z]+( = "[a-z_]+")?$' "$ENUM" | sed -E 's/.*= "([a-z_]+)"$/\1/; s/^ *case ([a-zA-Z]+)$/\1/')
[ -n "$kinds" ] || { echo "check-event-kinds: no kinds read from $ENUM"; exit 2; }
found=0
for k in $kinds; do
  hits=$(grep -rnE --include='*.swift' "'$k'|\"$k\"" "$ROOT" | grep -v "^$ENUM:" \
         | grep -E "'$k'|[Kk]ind[^\"]*\"$k\"|\"$k\"[^\"]*[Kk]ind")
  if [ -n "$hits" ]; then echo "$hits"; found=$((found + $(wc -l <<<"$hits"))); fi
done
if [ "$found" -gt 0 ]; then
  echo "check-event-kinds: $found event-kind literal(s) outside DeskEvent.Kind; use the enum's cases"; exit 1
fi
echo "check-event-kinds: $(wc -w <<<"$kinds") kinds, no literal outside $(basename "$ENUM")"
