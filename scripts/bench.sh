#!/usr/bin/env bash
# make bench: prints the figures the issues ask for. Usage: scripts/bench.sh <release build folder>
set -euo pipefail
BIN_DIR=${1:-.build/release}
LAB="$BIN_DIR/binhxet-lab"
CORPUS=${CORPUS:-../shared/corpus}
echo "== BinhXet benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
echo "-- desk import, dev corpus"
"$LAB" bench-import "$CORPUS/dev/nominations.csv"
for extra in scripts/bench.d/*.sh; do
  [ -e "$extra" ] || continue
  echo "-- $(basename "$extra" .sh)"
  bash "$extra" "$BIN_DIR"
done
