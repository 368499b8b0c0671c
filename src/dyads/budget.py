"""A wall-clock budget for one document: a runaway input becomes a rejection, not a hang.

SIGALRM interrupts pure-Python loops and returns from C code at its next bytecode; it exists only on
POSIX and only in a process's main thread (the CLI, and each worker of the process pool). Elsewhere the
budget is not enforced and the per-document error boundary still applies.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dyads import errors
from dyads.errors import InputRejected


class OverBudget(InputRejected):
    """Raised inside the guarded block when its time is up."""


def allowance(chars: int, per_100k: float) -> float | None:
    """Seconds for a text of `chars` characters: linear in length, never less than one unit; None when
    `per_100k` is 0 (no budget)."""
    return per_100k * max(1.0, chars / 100_000) if per_100k else None


@contextmanager
def time_budget(seconds: float | None, reason: str = errors.OVER_BUDGET) -> Iterator[None]:
    """Raise `OverBudget` (its reason formatted with `seconds`) in the block after `seconds`; None or 0
    means no budget."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise OverBudget(reason.format(seconds=seconds))

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
