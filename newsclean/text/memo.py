"""Memoized text helpers: an answer worked out once per text within one clean call.

Twenty-odd strippers ask the same questions (how many words? does it read as body?) of
the same unchanged blocks, one after another. ``memoized`` remembers a pure helper's
answers, but only inside a :func:`memo_scope`, which the pipeline opens for each run:
the answers belong to that run, held in a context variable, and go when it ends. So no
second document, nor another thread, can see them (and a benchmark that cleans the same
texts twice measures real work). Outside a scope a memoized helper simply computes.

>>> calls = []
>>> @memoized
... def shout(text: str) -> str:
...     calls.append(text)
...     return text.upper()
>>> with memo_scope():
...     shout("hi"), shout("hi"), shout.cache_info().currsize
('HI', 'HI', 1)
>>> shout("hi"), len(calls), shout.cache_info().currsize
('HI', 2, 0)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)



class _Run(dict[Callable[[str], Any], dict[str, Any]]):
    """The answers of one open scope: each memoized helper's, keyed by the helper (a
    helper's first question makes its dict)."""

    def __missing__(self, helper: Callable[[str], Any]) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        self[helper] = answers
        return answers


# One ``_Run`` per open scope.
_ANSWERS: ContextVar[_Run | None] = ContextVar("newsclean_memo", default=None)


class MemoInfo(NamedTuple):
    """How many answers a helper holds in the current scope (0 outside any)."""

    currsize: int


class Memoized(Protocol[T_co]):
    """The type of a ``memoized`` helper: called with one text; ``__wrapped__`` is the plain one."""

    @property
    def __wrapped__(self) -> Callable[[str], T_co]: ...

    def __call__(self, text: str, /) -> T_co: ...

    def cache_info(self) -> MemoInfo: ...


def memoized(func: Callable[[str], T]) -> Memoized[T]:
    """``func``, a pure function of one text, with its answers remembered in the open scope.

    The texts are the document's own blocks and pieces of them (held anyway while it is
    cleaned) and the answers are small or no longer than them, so the memory held is at
    most about the document's size, and none once the scope is closed.
    """
    current = _ANSWERS.get

    @functools.wraps(func)
    def cached(text: str) -> T:
        run = current()
        if run is None:
            return func(text)
        answers = run[cached]  # operators, not method calls: this is asked very often
        if text in answers:
            return answers[text]  # type: ignore[no-any-return]
        value = answers[text] = func(text)
        return value

    def cache_info() -> MemoInfo:
        run = current()
        return MemoInfo(len(run.get(cached, ())) if run is not None else 0)

    cached.cache_info = cache_info  # type: ignore[attr-defined]
    return cached  # type: ignore[return-value]


@contextmanager
def memo_scope() -> Iterator[None]:
    """Remember the memoized helpers' answers until the block ends (a scope already open
    is kept: an HTML page's metadata, pruning and text stage share one)."""
    if _ANSWERS.get() is not None:
        yield
        return
    token = _ANSWERS.set(_Run())
    try:
        yield
    finally:
        _ANSWERS.reset(token)


def forget() -> None:
    """Drop the answers remembered so far in the open scope (nothing to do outside one)."""
    run = _ANSWERS.get()
    if run is not None:
        run.clear()


__all__ = ["MemoInfo", "Memoized", "forget", "memo_scope", "memoized"]
