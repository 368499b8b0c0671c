#!/usr/bin/env bash
# The main job on a fresh machine: install, ingest the bundled sample documents into ./dyads.db,
# and show what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/dyads ingest --samples
.venv/bin/dyads actors find "Foreign Minister Wilmès" --date 2021-03-24
.venv/bin/dyads show seed-transcript
.venv/bin/dyads dyads --limit 10
.venv/bin/dyads events --dyad BEL USA --limit 10
