"""Counting a run's records, a live progress line on a terminal, and the summary line.

>>> tally = Tally()
>>> for status in ("cleaned", "cleaned", "empty", "failed"):
...     tally.add(status, 1000)
>>> tally.summary(seconds=2.0)
'newsclean: 4 records (2 cleaned, 1 empty, 1 failed) in 2.0 s, 2.0 records/s, 0.0 MB/s'
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TextIO


@dataclass
class Tally:
    """Running counts of a batch run (records out always equals records in)."""

    records: int = 0
    cleaned: int = 0
    empty: int = 0
    failed: int = 0
    bytes_in: int = 0

    def add(self, status: str, size: int) -> None:
        """Count one output record of ``status`` whose input had ``size`` bytes."""
        self.records += 1
        self.bytes_in += size
        if status == "cleaned":
            self.cleaned += 1
        elif status == "empty":
            self.empty += 1
        else:
            self.failed += 1

    def summary(self, *, seconds: float) -> str:
        """The one-line summary printed at the end of a run."""
        rate = self.records / seconds if seconds > 0 else 0.0
        mb_rate = self.bytes_in / 1e6 / seconds if seconds > 0 else 0.0
        return (f"newsclean: {self.records} records ({self.cleaned} cleaned, {self.empty} "
                f"empty, {self.failed} failed) in {seconds:.1f} s, {rate:.1f} records/s, "
                f"{mb_rate:.1f} MB/s")


class Progress:
    """A progress line redrawn in place on ``stream`` (a terminal) at most a few times a second.

    Does nothing when ``enabled`` is False, so callers need no branches.
    """

    INTERVAL = 0.25

    def __init__(self, stream: TextIO, *, enabled: bool):
        self._stream = stream
        self._enabled = enabled
        self._start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, tally: Tally) -> None:
        """Redraw the line if enough time passed since the last redraw."""
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._last < self.INTERVAL:
            return
        self._last = now
        elapsed = max(now - self._start, 1e-9)
        line = (f"{tally.records} records  {tally.records / elapsed:.1f}/s  "
                f"{tally.bytes_in / 1e6:.1f} MB  {tally.failed} errors")
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def close(self) -> None:
        """Erase the progress line, leaving the terminal clean for the summary."""
        if self._enabled and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
