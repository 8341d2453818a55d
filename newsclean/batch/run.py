"""A batch run: Pages in, records out through a writer, counted, with progress.

>>> import io
>>> from newsclean.batch.writers import JsonlWriter
>>> pages = [Page(id="1", content="Talks ended.", kind="text"), Page.failed("2", "broken")]
>>> out = io.StringIO()
>>> tally = run_batch(pages, writer=JsonlWriter(out), jobs=1)
>>> tally.records, tally.cleaned, tally.failed, len(out.getvalue().splitlines())
(2, 1, 1, 2)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsclean.batch.clean import Cleaner, CleanOptions, failed_record
from newsclean.batch.page import Page
from newsclean.batch.pool import ordered_map
from newsclean.batch.progress import Progress, Tally
from newsclean.batch.writers import Writer

_cleaner: Cleaner | None = None
"""This process's Cleaner, set once per worker by ``start_worker``."""


def start_worker(options: CleanOptions) -> None:
    """Build the worker's Cleaner (and its pipeline) once, when the process starts."""
    global _cleaner
    _cleaner = Cleaner(options)


def clean_in_worker(page: Page) -> dict[str, Any]:
    """Clean one page with this process's Cleaner."""
    if _cleaner is None:  # pragma: no cover - ordered_map always runs start_worker first
        raise RuntimeError("start_worker was not called in this process")
    return _cleaner(page)


def worker_died(page: Page, exc: BaseException) -> dict[str, Any]:
    """The record of a page whose worker process died while cleaning it."""
    return failed_record(page, f"worker process died while cleaning this record: {exc}",
                         explain=_cleaner.options.explain if _cleaner else False)


def clean_pages(pages: Iterable[Page], *, options: CleanOptions | None = None,
                jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Output records for ``pages``, in order, over ``jobs`` processes, in bounded memory."""
    options = options or CleanOptions()
    return ordered_map(clean_in_worker, pages, jobs=jobs, initializer=start_worker,
                       initargs=(options,), on_crash=worker_died)


def run_batch(pages: Iterable[Page], *, writer: Writer, options: CleanOptions | None = None,
              jobs: int = 1, progress: Progress | None = None) -> Tally:
    """Clean every page and write its record; returns the counts."""
    tally = Tally()
    sizes: deque[int] = deque()  # input sizes of the pages in flight, in order

    def measured() -> Iterator[Page]:
        for page in pages:
            sizes.append(page.size)
            yield page

    for record in clean_pages(measured(), options=options, jobs=jobs):
        writer.write(record)
        tally.add(record["status"], sizes.popleft())
        if progress is not None:
            progress.update(tally)
    writer.close()
    if progress is not None:
        progress.close()
    return tally
