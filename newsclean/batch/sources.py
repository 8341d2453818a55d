"""From command-line inputs to a stream of Pages: files, folders, globs, stdin, JSONL, WARC.

Each input is read lazily, one record at a time, so a multi-GB input never sits in
memory. The format comes from the name (a ``.gz`` ending is looked through):

- ``.html``, ``.htm``, ``.xhtml``: one HTML page per file;
- ``.txt``: one scraped text per file;
- ``.jsonl``, ``.ndjson``: one record per line (see :mod:`newsclean.batch.jsonl`);
- ``.warc``, ``.warc.gz``: HTML response records (see :mod:`newsclean.batch.warc`).

Folders are walked recursively (sorted, hidden entries skipped) for those endings; a file
named explicitly with another ending is read as one page of detected kind. ``-`` is stdin:
one page, or JSONL / WARC with ``--jsonl`` / ``--warc``. An input that does not exist
becomes an error record, not a crash.

>>> [p.problem for p in read_inputs(["/no/such/file.html"])]
['no such file, folder or glob match: /no/such/file.html']
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from newsclean.batch.opening import TruncationGuard, open_input
from newsclean.batch.page import Kind, Page

Format = Literal["html", "text", "auto", "jsonl", "warc"]
Named = Literal["html", "text", "auto", "jsonl", "warc", "missing"] | None
"""What ``expand`` says of an input: its format by name, ``missing``, or None (unknown)."""

DEFAULT_MAX_BYTES = 20_000_000
"""Largest page cleaned (20 MB): news pages are well under 5 MB; bigger is a data dump."""

_SUFFIXES: dict[str, Format] = {".html": "html", ".htm": "html", ".xhtml": "html",
                                ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
                                ".warc": "warc"}
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs; the JSONL field names and the size limit."""

    force: Format | None = None
    """Read every input as this format (``--jsonl``, ``--warc``) instead of by its name."""
    html_field: str = "html"
    """JSONL field holding a page's HTML."""
    text_field: str = "text"
    """JSONL field holding scraped text (used when the HTML field is absent or empty)."""
    id_field: str = "id"
    """JSONL field holding the record's id (default: ``path:line``)."""
    url_field: str = "url"
    """JSONL field holding the page URL."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Pages larger than this become error records instead of being cleaned."""


def format_of(path: str) -> Format | None:
    """The format a file name says, or None when the name says nothing we read.

    >>> format_of("crawl/CC-MAIN-0001.warc.gz"), format_of("a/b.HTM"), format_of("x.pdf")
    ('warc', 'html', None)
    """
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(os.path.splitext(name)[1])


def expand(inputs: Iterable[str]) -> Iterator[tuple[str, Named]]:
    """Each input file with the format its name says; an input matching nothing is ``missing``."""
    for arg in inputs:
        if arg == "-" or os.path.isfile(arg):
            yield arg, format_of(arg)
        elif os.path.isdir(arg):
            yield from _walk(arg)
        elif _GLOB_CHARS & set(arg) and (matches := sorted(glob.glob(arg, recursive=True))):
            for match in matches:
                yield from _walk(match) if os.path.isdir(match) else [(match, format_of(match))]
        else:
            yield arg, "missing"


def _walk(folder: str) -> Iterator[tuple[str, Named]]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            fmt = format_of(name)
            if fmt is not None and not name.startswith("."):
                yield path, fmt


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Page]:
    """Every record of every input, in order, as Pages (unreadable ones with a problem)."""
    options = options or ReadOptions()
    for path, named in expand(inputs):
        if named == "missing":
            yield Page.failed(path, f"no such file, folder or glob match: {path}", path=path)
            continue
        fmt = options.force or named or "auto"
        if fmt == "jsonl":
            from newsclean.batch.jsonl import read_jsonl

            yield from read_jsonl(path, options)
        elif fmt == "warc":
            from newsclean.batch.warc import read_warc

            yield from read_warc(path, max_bytes=options.max_bytes)
        else:
            yield _unread(path, fmt, options.max_bytes)


def _unread(path: str, kind: Kind, max_bytes: int) -> Page:
    """A page file, to be read by whoever cleans it (``Cleaner``, in a worker process);
    stdin, and a file that cannot even be looked at, are read (or failed) here."""
    if path == "-":
        return read_document(path, kind=kind, max_bytes=max_bytes)
    try:
        size = os.stat(path).st_size
    except OSError:
        return read_document(path, kind=kind, max_bytes=max_bytes)  # it reports the error
    return Page(id=path, kind=kind, path=path, unread_size=size)


def read_document(path: str, *, kind: Kind, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """A whole file (or stdin) as one Page; too large or broken gzip gives a failed Page."""
    page_id = "<stdin>" if path == "-" else path
    try:
        with open_input(path) as stream:
            data = _read_at_most(stream, max_bytes)
            problem = stream.problem
    except OSError as exc:
        return Page.failed(page_id, f"{type(exc).__name__}: {exc}", path=path)
    if problem:
        return Page.failed(page_id, f"truncated or corrupt gzip: {problem}", path=path)
    if data is None:
        return Page.failed(page_id, f"InputTooLargeError: larger than {max_bytes} bytes",
                           path=path)
    return Page(id=page_id, content=data, kind=kind, path=path)


def _read_at_most(stream: TruncationGuard, limit: int) -> bytes | None:
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(1 << 16):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


__all__ = ["DEFAULT_MAX_BYTES", "ReadOptions", "expand", "format_of", "read_document",
           "read_inputs"]
