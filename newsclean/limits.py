"""Limits that keep every call to newsclean bounded in time and memory, whatever the input.

Scraped input is hostile: 50 MB pages, 100,000-deep nesting, tables of a million cells,
a single 5 MB line. ``Limits`` says how much of such a page newsclean works on; the
defaults keep every page this project's tests generate under 5 seconds and 1 GB on one core
(see docs/robustness.md for the measurements). Pass your own to ``clean``:

>>> lim = Limits(max_chars=1_000_000, on_exceed="error")
>>> lim.max_chars, lim.max_depth
(1000000, 200)
>>> Limits(max_chars=0)
Traceback (most recent call last):
...
ValueError: Limits.max_chars must be a positive number, not 0

Over ``max_bytes``, ``max_chars``, ``max_lines`` or ``max_elements`` the input is cut at the
limit and the Article says so in ``warnings`` (``on_exceed="truncate"``, the default), or
``InputTooLargeError`` is raised (``on_exceed="error"``). Nesting deeper than ``max_depth``
is flattened (the excess tags go, their text stays) with a warning. Past
``seconds_per_document`` the run stops at its next checkpoint with ``TimeLimitError``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from newsclean.errors import NewscleanError

OnExceed = Literal["truncate", "error"]


class TimeLimitError(NewscleanError, TimeoutError):
    """A document took longer than ``Limits.seconds_per_document``; the message names the step."""


@dataclass(frozen=True, kw_only=True)
class Limits:
    """How much of one input newsclean works on, and what happens past the limit."""

    max_bytes: int = 12_000_000
    """Bytes input longer than this is cut here before decoding (12 MB)."""
    max_chars: int = 2_000_000
    """Text or HTML longer than this many characters is cut here. Pages cut to 2 M
    characters took 1.8 to 2.6 s on the development machine (docs/robustness.md);
    typical news pages are 50 to 500 k characters."""
    max_lines: int = 10_000
    """Plain text with more non-blank lines (paragraphs) than this is cut after that many.
    The text stage costs about 0.1 to 0.2 ms a paragraph; articles have tens to hundreds."""
    max_line_chars: int = 50_000
    """Plain-text lines longer than this are broken, at a space, into paragraphs of at most
    this length: no real paragraph is that long, and patterns slow down on huge blocks."""
    max_elements: int = 40_000
    """HTML with more elements (opening tags) than this is cut after that many. Extraction
    time grows with the element count: 100,000 table cells take trafilatura 6 s; news
    pages have 1 to 10 k."""
    max_depth: int = 200
    """Elements nested deeper than this are unwrapped (text kept). lxml silently drops
    everything below depth 255, so without this the text of a deep page is lost."""
    seconds_per_document: float = 30.0
    """Wall-clock budget for one document, checked between the steps of a run."""
    on_exceed: OnExceed = "truncate"
    """``"truncate"``: cut the input and add a warning; ``"error"``: raise InputTooLargeError."""

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_chars", "max_lines", "max_line_chars", "max_elements",
                     "max_depth", "seconds_per_document"):
            value = getattr(self, name)
            if not value > 0:
                raise ValueError(f"Limits.{name} must be a positive number, not {value!r}")
        if self.on_exceed not in ("truncate", "error"):
            raise ValueError(f"Limits.on_exceed must be 'truncate' or 'error', not "
                             f"{self.on_exceed!r}")


DEFAULT_LIMITS = Limits()

# The deadline of the document being cleaned in this thread or task; None outside a call.
# It is set and reset around each call by ``deadline``, so nothing outlives a call.
_DEADLINE: ContextVar[float | None] = ContextVar("newsclean_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Run the body with a per-document deadline that ``check_time`` enforces.

    A nested call keeps the outer, earlier deadline.

    >>> with deadline(60):
    ...     check_time("a step")
    >>> check_time("outside any call")  # no deadline: never raises
    """
    now = time.monotonic()
    outer = _DEADLINE.get()
    mine = now + seconds if outer is None else min(outer, now + seconds)
    token = _DEADLINE.set(mine)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def in_call() -> bool:
    """True while a ``deadline`` is active, i.e. inside a newsclean entry point."""
    return _DEADLINE.get() is not None


def check_time(where: str) -> None:
    """Raise TimeLimitError if the current document is past its deadline.

    >>> with deadline(1e-9):
    ...     time.sleep(0.001)
    ...     check_time("the duplicates step")
    Traceback (most recent call last):
    ...
    newsclean.limits.TimeLimitError: time limit per document exceeded before the duplicates step
    """
    limit = _DEADLINE.get()
    if limit is not None and time.monotonic() > limit:
        raise TimeLimitError(f"time limit per document exceeded before {where}")


__all__ = ["DEFAULT_LIMITS", "Limits", "TimeLimitError", "check_time", "deadline", "in_call"]
