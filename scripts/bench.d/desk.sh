#!/usr/bin/env bash
# Whole-process figures of issue 13 on a desk of 10,000 synthetic reports (scripts/bench-desk.sh; the
# 100,000-report desk is `make bench-large`).
set -euo pipefail
scripts/bench-desk.sh "${1:-.build/release}" 10000 20
