"""Memoized text helpers: an answer worked out once per block of the document at hand.

Twenty-odd strippers ask the same questions (how many words? does it read as body?) of
the same unchanged blocks, one after another. ``memoized`` remembers a pure helper's
answers; ``Pipeline.run`` calls ``forget`` when a document is done, so nothing is held
between documents (and a benchmark that cleans the same texts twice measures real work).

>>> @memoized
... def shout(text: str) -> str:
...     return text.upper()
>>> shout("hi"), shout("hi"), shout.cache_info().hits
('HI', 'HI', 1)
>>> forget()
>>> shout.cache_info().currsize
0
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import TypeVar

T = TypeVar("T")

MEMO_SIZE = 4096
"""Answers remembered per helper: more than the blocks of the largest usual document."""
_MEMOS: list[_lru_cache_wrapper[object]] = []


def memoized(func: Callable[[str], T]) -> _lru_cache_wrapper[T]:
    """``func``, a pure function of one text, with its answers remembered until ``forget``.

    The texts are the document's own blocks (held anyway while it is cleaned) and the
    answers are small or no longer than them, so the memory held is at most about the
    document's size, and none once ``forget`` has run.
    """
    cached = lru_cache(maxsize=MEMO_SIZE)(func)
    _MEMOS.append(cached)
    return cached


def forget() -> None:
    """Drop every remembered answer (called when a document is done)."""
    for memo in _MEMOS:
        memo.cache_clear()


__all__ = ["MEMO_SIZE", "forget", "memoized"]
