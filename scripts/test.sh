#!/usr/bin/env bash
# Install if needed, lint, and run the test suite. Where a PostgreSQL server is installed, a throwaway one
# is started on a loopback port (scripts/postgres.sh) so the store tests run on it too, and stopped after.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests benchmarks
if [ -z "${DYADS_TEST_POSTGRES:-}" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  pgdir=$(mktemp -d /tmp/dyads-pg.XXXXXX)
  trap 'bash scripts/postgres.sh stop "$pgdir"' EXIT
  port=${DYADS_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  DYADS_TEST_POSTGRES=$(bash scripts/postgres.sh start "$pgdir" "$port")
  export DYADS_TEST_POSTGRES
fi
.venv/bin/python -m pytest "$@"
