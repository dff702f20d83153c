#!/usr/bin/env bash
# make bench, review desk: keystroke-to-frame latency on a 10,000-nomination desk. Usage: ui.sh <release build folder>
set -euo pipefail
"$1/binhxet-lab" bench-ui
