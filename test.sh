#!/usr/bin/env bash
# Runs the whole test suite, first installing everything it needs (system libraries for Qt,
# Xvfb, a virtual environment with the app and its test tools, and jrnl for importer tests).
# Extra arguments go to pytest, e.g. ./test.sh tests/domain -x
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
ensure_debs $RUNTIME_DEBS $TEST_DEBS
ensure_venv .venv ".[test]"
ensure_jrnl
ensure_locales
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
