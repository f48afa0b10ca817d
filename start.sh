#!/usr/bin/env bash
# Starts Balance Journal, first installing what it needs. Arguments go to the app, e.g.
#   ./start.sh --journal ~/my-journal.db
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
ensure_debs $RUNTIME_DEBS
ensure_venv .venv "."
exec .venv/bin/balance-journal "$@"
