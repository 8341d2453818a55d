"""An ordered, bounded parallel map over worker processes, that survives a dying worker.

``ordered_map`` hands items to ``jobs`` processes in small chunks and yields results in
input order. At most ``jobs * ahead`` chunks are in flight, so it pulls from the input only
a bounded number of items ahead of what it has yielded: a multi-GB input streams through
in constant memory. With ``jobs=1`` everything runs in this process.

A worker killed outright (a segfault in a C extension, the OOM killer) breaks the whole
process pool. Then the items in flight are re-run one at a time in a fresh pool, so the
one that kills its worker is found and given to ``on_crash``; the others are still done.

>>> list(ordered_map(abs, [-3, 1, -2], jobs=1))
[3, 1, 2]
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK_SIZE = 4
"""Items per task: enough to amortise the inter-process round trip (about 0.1 ms) on pages
that take 5 to 50 ms each, small enough to keep both cores busy to the end of a run."""
AHEAD = 4
"""Chunks in flight per worker: keeps workers fed while the main process writes."""


def ordered_map(func: Callable[[T], R], items: Iterable[T], *, jobs: int,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
                on_crash: Callable[[T, BaseException], R] | None = None,
                chunk_size: int = CHUNK_SIZE, ahead: int = AHEAD) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes, in order, reading ahead a bounded amount.

    ``func`` and ``initializer`` must be picklable (module-level functions). ``initializer``
    runs once per worker process (and once here when ``jobs`` is 1).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(func, items)
        return

    workers = _Workers(jobs, initializer, initargs)
    chunks = _chunked(items, chunk_size)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        while True:
            while len(pending) < jobs * ahead and (chunk := next(chunks, None)) is not None:
                pending.append((chunk, workers.submit(_run_chunk, func, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                suspects = [*chunk, *itertools.chain.from_iterable(c for c, _ in pending)]
                pending.clear()
                workers.renew()
                yield from _one_by_one(func, suspects, workers, on_crash)
                continue
            yield from results
    finally:
        workers.pool.shutdown(wait=True, cancel_futures=True)


class _Workers:
    """The process pool in use, replaced by a fresh one when a worker dies."""

    def __init__(self, jobs: int, initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]):
        self._args = (jobs, initializer, initargs)
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        jobs, initializer, initargs = self._args
        return ProcessPoolExecutor(jobs, initializer=initializer, initargs=initargs)

    def submit(self, func: Callable[..., R], *args: Any) -> Future[R]:
        """Submit to the pool; a pool found broken gives a future holding that error."""
        try:
            return self.pool.submit(func, *args)
        except BrokenProcessPool as exc:  # it broke since the last result was read
            failed: Future[R] = Future()
            failed.set_exception(exc)
            return failed

    def renew(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()


def _one_by_one(func: Callable[[T], R], items: list[T], workers: _Workers,
                on_crash: Callable[[T, BaseException], R] | None) -> Iterator[R]:
    for item in items:
        try:
            yield workers.submit(func, item).result()
        except BrokenProcessPool as exc:
            workers.renew()
            if on_crash is None:
                raise
            yield on_crash(item, exc)


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
