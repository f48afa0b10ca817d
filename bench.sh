#!/usr/bin/env bash
# Runs the performance benchmark, first installing what it needs (system libraries for Qt, a
# virtual environment with the app, and jrnl 4.6 in one of its own for the comparison).
# Arguments go to the benchmark, e.g. ./bench.sh --entries 20000
# Results: bench-results/results.json and bench-results/results.md.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
ensure_debs $RUNTIME_DEBS
ensure_venv .venv ".[test]"  # the same environment ./test.sh uses
ensure_jrnl
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m tests.bench.run "$@"
