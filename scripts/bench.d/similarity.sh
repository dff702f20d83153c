#!/usr/bin/env bash
# Similarity checker figures (issue 3) on synthetic archives made from ../shared/corpus/raw: 10,000 reports
# (index, check latency, a year's scan, and Dick Grune's sim_text on the same year) and 100,000 reports
# (index build time and memory), each size in its own process so the peak RSS is that size's.
# Then the relevance-to-duties pass at both sizes.
# Usage: scripts/bench.d/similarity.sh <release build folder>
set -euo pipefail
BIN_DIR=${1:-.build/release}
LAB="$BIN_DIR/binhxet-lab"
RAW=${CORPUS:-../shared/corpus}/raw
SIM=$(command -v sim_text || true)
if [ -z "$SIM" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing similarity-tester (sim_text)"
    { apt-get install -y -qq similarity-tester || { apt-get update -qq && apt-get install -y -qq similarity-tester; }; } >/dev/null 2>&1 || true
    SIM=$(command -v sim_text || true)
  fi
  [ -n "$SIM" ] || echo "sim_text is missing (sudo apt-get install similarity-tester): no comparison" >&2
fi
"$LAB" bench-similarity --raw "$RAW" --documents 10000 --scan-year ${SIM:+--sim-text "$SIM"}
"$LAB" bench-similarity --raw "$RAW" --documents 100000 --checks 0
# The relevance-to-duties pass of a scan (learn every report, prepare, assess the last year).
"$LAB" bench-relevance --raw "$RAW" --documents 10000
"$LAB" bench-relevance --raw "$RAW" --documents 100000 --assessments 1000
# End to end: import 10,000 report files into a desk, then `scan` the last year as the command does.
"$LAB" bench-scan --raw "$RAW" --documents 10000
