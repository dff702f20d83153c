#!/usr/bin/env bash
# Whole-process figures on a synthetic desk (issue 13): import time, peak RSS and desk size; `check FILE`
# (re-use only, and with duties) p50/p99 over the probe files; a year's `scan`; and sim_text on the same
# files when it is installed, with the ratios. Every figure is a whole `binhxet` process, as users run it.
# Usage: scripts/bench-desk.sh <release build folder> [reports, default 10000] [probes, default 20]
set -euo pipefail
BIN_DIR=${1:-.build/release}
N=${2:-10000}
PROBES=${3:-20}
BX="$BIN_DIR/binhxet"
LAB="$BIN_DIR/binhxet-lab"
RAW=${CORPUS:-../shared/corpus}/raw
WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/bx-bench-desk.XXXXXX")}
KEEP=${BENCH_KEEP:-0}
[ "$KEEP" = 1 ] || trap 'rm -rf "$WORK"' EXIT
LABEL=$(( N / 1000 ))k
SIM=$(command -v sim_text || true)
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=""

# Runs a command; prints "seconds peak_kB cpu_seconds" (GNU time when present, else the shell's clock, no
# RSS and no CPU time). CPU time (user + system) is printed beside wall time: on a loaded machine the wall
# time is mostly waiting for a core.
measure() {
  if [ -n "$TIME" ]; then
    "$TIME" -f "%e %M %U %S" -o "$WORK/time.out" "$@" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || { cat "$WORK/cmd.err" >&2; return 1; }
    awk '{ print $1, $2, $3 + $4 }' "$WORK/time.out"
  else
    local s e; s=$(date +%s.%N); "$@" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || { cat "$WORK/cmd.err" >&2; return 1; }
    e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) 0 0"
  fi
}
# p50 and p99 (nearest rank) of the numbers on standard input, in milliseconds.
quantiles() { sort -n | awk '{ v[NR] = $1 } END { i50 = int(0.5 * (NR - 1) + 0.5) + 1; i99 = int(0.99 * (NR - 1) + 0.5) + 1;
  printf "p50 %.0f ms, p99 %.0f ms", v[i50] * 1000, v[i99] * 1000 }'; }
maxrss() { sort -n | tail -1 | awk '{ printf "%.0f MB", $1 / 1024 }'; }
# The machine's load (1-minute average) when a figure is printed: wall times on a loaded machine are mostly
# waiting for a core, so each figure says how loaded it was.
load() { printf "load %s" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"; }

if [ ! -f "$WORK/files/nominations.csv" ]; then
  "$LAB" make-desk --raw "$RAW" --documents "$N" --extra "$PROBES" --out "$WORK/files" >/dev/null
fi
DESK="$WORK/desk/bench.desk"
rm -rf "$WORK/desk"; mkdir -p "$WORK/desk"
"$BX" init --desk "$DESK" >/dev/null
read -r secs kb cpu < <(measure "$BX" import "$WORK/files/nominations.csv" --desk "$DESK" --quiet)
size=$(du -sk "$WORK/desk" | awk '{ printf "%.0f", $1 / 1024 }')
echo "desk $LABEL: import $N reports in ${secs} s (CPU ${cpu} s), peak RSS $(( kb / 1024 )) MB; desk on disk ${size} MB; $(load)"

# The latest year, scanned against everything received before it (not timed: it stores the findings the
# relevance pass reads as re-use links, as a council's desk has them before the checks below).
YEAR=$(tail -n +2 "$WORK/files/nominations.csv" | cut -d, -f2 | sort -n | tail -1)
read -r secs kb cpu < <(measure "$BX" scan --desk "$DESK" --year "$YEAR" --quiet)
scan_secs=$secs; scan_cpu=$cpu
year_count=$(tail -n +2 "$WORK/files/nominations.csv" | cut -d, -f2 | grep -c "^$YEAR$")
echo "desk $LABEL: scan --year $YEAR ($year_count reports, re-use and relevance, findings stored) ${secs} s (CPU ${cpu} s), peak RSS $(( kb / 1024 )) MB; $(load)"
# The same scan again with nothing changed: the stored findings' stamps still hold, so they are kept
# without loading the index (what a second terminal's or the desk's background check costs).
read -r secs kb cpu < <(measure "$BX" scan --desk "$DESK" --year "$YEAR" --quiet)
echo "desk $LABEL: scan --year $YEAR again, nothing changed (findings kept) ${secs} s (CPU ${cpu} s), peak RSS $(( kb / 1024 )) MB; $(load)"

: >"$WORK/check.t"; : >"$WORK/check.m"; : >"$WORK/check.c"; : >"$WORK/duties.t"; : >"$WORK/duties.m"; : >"$WORK/duties.c"
while IFS=$'\t' read -r file position duties unit title; do
  read -r secs kb cpu < <(measure "$BX" check "$WORK/files/$file" --desk "$DESK" --json)
  echo "$secs" >>"$WORK/check.t"; echo "$kb" >>"$WORK/check.m"; echo "$cpu" >>"$WORK/check.c"
  read -r secs kb cpu < <(measure "$BX" check "$WORK/files/$file" --desk "$DESK" --json --title "$title" \
                      --position "$position" --duties "$duties" --unit "$unit")
  echo "$secs" >>"$WORK/duties.t"; echo "$kb" >>"$WORK/duties.m"; echo "$cpu" >>"$WORK/duties.c"
done < <(tail -n +2 "$WORK/files/probes.tsv")
check_p50=$(quantiles <"$WORK/check.t" | awk '{ print $2 }')
echo "desk $LABEL: check FILE --json over $PROBES files: $(quantiles <"$WORK/check.t"); CPU $(quantiles <"$WORK/check.c"); peak RSS $(maxrss <"$WORK/check.m"); $(load)"
echo "desk $LABEL: check FILE --position … --duties … over $PROBES files: $(quantiles <"$WORK/duties.t"); CPU $(quantiles <"$WORK/duties.c"); peak RSS $(maxrss <"$WORK/duties.m"); $(load)"

# BENCH_SIM=0 leaves sim_text out (its figures do not change with ours; at 100,000 reports it takes half an hour).
[ "${BENCH_SIM:-1}" = 0 ] && SIM=""
if [ -z "$SIM" ]; then
  echo "desk $LABEL: sim_text left out (BENCH_SIM=0) or not installed (Debian package similarity-tester): no comparison"
  exit 0
fi
# sim_text one-vs-archive: each probe file against every report of the desk (-p percentages, -i names on
# standard input, new files before the "/"), over 5 probes: its time is the archive's reading.
: >"$WORK/sim.t"; : >"$WORK/sim.c"
ls "$WORK/files/docs" | sed "s|^|$WORK/files/docs/|" >"$WORK/archive.list"
for file in $(tail -n +2 "$WORK/files/probes.tsv" | cut -f1 | head -5); do
  { echo "$WORK/files/$file"; echo /; cat "$WORK/archive.list"; } >"$WORK/sim.in"
  read -r secs kb cpu < <(measure sh -c "\"$SIM\" -p -i <\"$WORK/sim.in\"")
  echo "$secs" >>"$WORK/sim.t"; echo "$cpu" >>"$WORK/sim.c"
done
sim_p50=$(quantiles <"$WORK/sim.t" | awk '{ print $2 }')
sim_cpu=$(quantiles <"$WORK/sim.c" | awk '{ print $2 }')
check_cpu=$(quantiles <"$WORK/check.c" | awk '{ print $2 }')
echo "desk $LABEL: sim_text one-vs-archive over 5 files: $(quantiles <"$WORK/sim.t"); CPU $(quantiles <"$WORK/sim.c"); sim_text/binhxet check time $(awk -v a="$sim_p50" -v b="$check_p50" 'BEGIN { printf "%.0f", a / (b > 0 ? b : 1) }') (p50 wall), $(awk -v a="$sim_cpu" -v b="$check_cpu" 'BEGIN { printf "%.0f", a / (b > 0 ? b : 1) }') (p50 CPU); $(load)"
# sim_text on the year's scan: the year's reports against the whole archive.
tail -n +2 "$WORK/files/nominations.csv" | awk -F, -v y="$YEAR" '$2 == y { print $0 }' | grep -o 'docs/[^,]*' \
  | sed "s|^|$WORK/files/|" >"$WORK/year.list"
{ cat "$WORK/year.list"; echo /; cat "$WORK/archive.list"; } >"$WORK/sim.in"
read -r secs kb cpu < <(measure sh -c "\"$SIM\" -p -i <\"$WORK/sim.in\"")
echo "desk $LABEL: sim_text scan of $YEAR vs the archive ${secs} s (CPU ${cpu} s), peak RSS $(( kb / 1024 )) MB; sim_text/binhxet scan time $(awk -v a="$secs" -v b="$scan_secs" 'BEGIN { printf "%.2f", a / b }') (wall), $(awk -v a="$cpu" -v b="$scan_cpu" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }') (CPU); $(load)"
