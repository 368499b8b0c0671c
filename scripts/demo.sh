#!/usr/bin/env bash
# The main job on a fresh machine: install, ingest the bundled sample documents into ./dyads.db,
# show what was found, and end with the Belgium–United States profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/dyads ingest --samples
.venv/bin/dyads actors find "Foreign Minister Wilmès" --date 2021-03-24
.venv/bin/dyads show seed-transcript
.venv/bin/dyads dyads --limit 10
.venv/bin/dyads events --dyad BEL USA --limit 10
.venv/bin/dyads article BEL USA --out belgium-united-states.md
.venv/bin/dyads article BEL USA --format html --out belgium-united-states.html
.venv/bin/dyads profile BEL USA
