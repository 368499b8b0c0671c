"""A process killed at any moment of the first migration leaves a store the next start can use."""

import subprocess
import sys

import pytest

from dyads.store import Store

# Counts the statements the first migration runs, then dies (os._exit: no cleanup, like kill -9) after
# the n-th: every moment between two statements of the migration is a kill point.
KILLER = """
import os, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
n, seen = int(sys.argv[2]), [0]

@event.listens_for(Engine, "after_cursor_execute")
def count(*_args):
    seen[0] += 1
    if seen[0] == n:
        os._exit(9)

from dyads.store import Store
Store("sqlite:///" + sys.argv[1]).close()
print(seen[0])
"""


def _run(path, n: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", KILLER, str(path), str(n)], capture_output=True, text=True)


@pytest.mark.slow
def test_kill_during_first_migration_at_every_statement(tmp_path):
    total = int(_run(tmp_path / "count.db", 0).stdout.strip())  # n=0 never fires: the full count
    assert total > 20
    for n in range(1, total, max(1, total // 12)):
        path = tmp_path / f"killed-{n}.db"
        assert _run(path, n).returncode == 9
        with Store(f"sqlite:///{path}") as store:  # the next start migrates and works
            assert store.counts()["documents"] == 0
