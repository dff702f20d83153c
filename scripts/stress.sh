#!/usr/bin/env bash
# make stress: kills binhxet with SIGKILL at random moments of imports, scans, ballots, decisions and
# backups on a scratch desk, then checks with `binhxet verify` that nothing was half-written.
#   scripts/stress.sh <path-to-binhxet>
# STRESS_RUNS (default 30, about a minute) sets the number of kills, STRESS_SEED replays a run.
# Runs as root (ballots and decisions are cast as other members with --member).
# Prints "stress: N runs, M failures"; exits non-zero on any failure, keeping the scratch folder.
set -uo pipefail

BIN=${1:?usage: scripts/stress.sh <path-to-binhxet>}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "stress: $BIN is not an executable"; exit 1; }
[ "$(id -u)" = 0 ] || { echo "stress: run as root (ballots are cast as other members with --member)"; exit 1; }
RUNS=${STRESS_RUNS:-30}
SEED=${STRESS_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
echo "stress: seed $SEED (STRESS_SEED=$SEED to replay), $RUNS runs"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/binhxet-stress.XXXXXX")
DESK="$WORK/desk/stress.desk"
BACKUP="$WORK/backup/stress.desk"
export LC_ALL=C.UTF-8
X="$BIN --desk $DESK"

"$BIN" init --desk "$DESK" >/dev/null || exit 1
$X member add chair --name "Chủ tịch" --role chair --member chair >/dev/null || exit 1
for m in m1 m2 m3 m4; do $X member add $m --name "Thành viên $m" --role member --member chair >/dev/null || exit 1; done

WORDS=(dạy học sinh giải toán sơ đồ đoạn thẳng lớp tổ chuyên môn nghiên cứu bài gieo mạ khay tiết kiệm giống công cấy
       rầy nâu lúa phân bón thăm đồng kế toán ngân sách xã thư viện đọc sách kỹ năng sống an toàn giao thông)
sentence() { local s="" i; for ((i = 0; i < 40; i++)); do s+="${WORDS[RANDOM % ${#WORDS[@]}]} "; done; echo "$s"; }

# batch <k>: a CSV of 15 new nominations with their initiatives, in $WORK/in/<k>/.
batch() {
  local k=$1 dir="$WORK/in/$1" i
  mkdir -p "$dir/docs"
  echo "nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on" >"$dir/n.csv"
  for ((i = 1; i <= 15; i++)); do
    local id
    id=$(printf "N2024-%03d%02d" "$k" "$i")
    printf 'BÁO CÁO SÁNG KIẾN %s\n%s\n%s\n' "$id" "$(sentence)" "$(sentence)" >"$dir/docs/$id.txt"
    echo "$id,2024,CB$k$i,Người $k $i,Trường THCS Hòa Bình $((i % 3)),Giáo viên,Giảng dạy,can_bo_cong_chuc,CSTDCS,Sáng kiến $id,docs/$id.txt,2024-05-0$((i % 9 + 1))" >>"$dir/n.csv"
  done
  echo "$dir/n.csv"
}

# The IDs of nominations the desk holds now.
ids() { $X list --year 2024 2>/dev/null | grep -o 'N2024-[0-9]*' | sort -u; }

# work <kind>: one loop of desk writes, killed at some moment.
work() {
  case $1 in
    import) for k in $(seq "$2" $(( $2 + 3 ))); do $X import "$(batch "$k")" --quiet; done ;;
    scan) for _ in 1 2 3; do $X scan --all --quiet; done ;;
    vote) for id in $(ids); do for m in chair m1 m2 m3 m4; do
            $X vote "$id" $([ $((RANDOM % 3)) = 0 ] && echo disagree || echo agree) --member $m >/dev/null 2>&1; done; done ;;
    decide) for id in $(ids); do $X advance "$id" at_council --member chair >/dev/null 2>&1
            $X decide "$id" approve --member chair >/dev/null 2>&1; done ;;
    backup) for _ in 1 2 3; do $X backup "$BACKUP" >/dev/null; done ;;
  esac
}

KINDS=(import scan vote decide backup)
failures=0
next_batch=1
for ((run = 1; run <= RUNS; run++)); do
  kind=${KINDS[RANDOM % ${#KINDS[@]}]}
  [ $run -le 2 ] && kind=import   # something to scan, vote on and decide from the start
  delay="$((RANDOM % 2)).$((RANDOM % 10))$((RANDOM % 10))"
  # Its own process group, so that the kill reaches whatever binhxet the loop is running.
  setsid bash -c "$(declare -p WORK X BIN DESK BACKUP WORDS); $(declare -f batch sentence ids work); work $kind $next_batch" \
    >>"$WORK/work.log" 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 -- -"$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ "$kind" = import ] && next_batch=$((next_batch + 4))
  if out=$($X verify 2>&1); then
    result=ok
  else
    result=FAILED; failures=$((failures + 1)); echo "$out" | grep -v '^verify:' | head -5 | sed 's/^/    /'
  fi
  if [ "$kind" = backup ] && [ -e "$BACKUP" ] && ! "$BIN" verify --desk "$BACKUP" >/dev/null 2>&1; then
    result="FAILED (backup)"; failures=$((failures + 1))
  fi
  printf 'run %2d: %-6s killed after %ss: %s\n' "$run" "$kind" "$delay" "$result"
done

echo "stress: $(echo "$($X verify 2>&1 | tail -1)" | sed 's/^verify: [^:]*: //')"
echo "stress: $RUNS runs, $failures failures"
if [ $failures -eq 0 ]; then rm -rf "$WORK"; else echo "stress: kept $WORK"; exit 1; fi
