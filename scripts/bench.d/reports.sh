#!/usr/bin/env bash
# Report generation time: dev corpus desk and a synthetic 10,000-nomination desk (binhxet-lab bench-reports).
set -euo pipefail
BIN_DIR=${1:-.build/release}
CORPUS=${CORPUS:-../shared/corpus}
"$BIN_DIR/binhxet-lab" bench-reports --corpus "$CORPUS/dev/nominations.csv" --synthetic 10000
