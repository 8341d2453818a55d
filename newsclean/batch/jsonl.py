"""JSONL input: one JSON object per line, each a page (HTML field) or a scraped text.

A line becomes a Page from the HTML field when it holds a non-empty string, else from the
text field. Every non-blank line is one record out: a line that is not valid JSON, not an
object, too long, or has neither field becomes an error record (its id is ``path:line``),
and the rest of the file is still read. Blank lines are not records.

>>> import json, tempfile, os
>>> lines = [json.dumps({"id": "a", "html": "<p>Hi</p>"}), "{broken", json.dumps({"x": 1})]
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = os.path.join(tmp, "pages.jsonl")
...     _ = open(path, "w").write("\\n".join(lines))
...     pages = list(read_jsonl(path, ReadOptions()))
>>> [(p.kind, p.problem is None) for p in pages]
[('html', True), ('auto', False), ('auto', False)]
>>> pages[2].problem
"missing field: the record has neither 'html' nor 'text'"
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsclean.batch.opening import TruncationGuard, open_input
from newsclean.batch.page import Kind, Page
from newsclean.batch.sources import ReadOptions

_BLOCK = 1 << 16


def read_jsonl(path: str, options: ReadOptions) -> Iterator[Page]:
    """The records of a JSONL file (or stdin for ``-``), one Page per non-blank line."""
    name = "<stdin>" if path == "-" else path
    try:
        with open_input(path) as stream:
            for number, line in _lines(stream, limit=options.max_bytes):
                if line is None:
                    yield Page.failed(f"{name}:{number}", "InputTooLargeError: line longer "
                                      f"than {options.max_bytes} bytes", path=path)
                elif line.strip():
                    yield page_from_line(line, f"{name}:{number}", path, options)
            if stream.problem:
                yield Page.failed(f"{name}:end", f"truncated or corrupt gzip: {stream.problem}",
                                  path=path)
    except OSError as exc:
        yield Page.failed(name, f"{type(exc).__name__}: {exc}", path=path)


def page_from_line(line: bytes | str, fallback_id: str, path: str | None,
                   options: ReadOptions) -> Page:
    """One JSONL line as a Page, or a failed Page saying what is wrong with it."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Page.failed(fallback_id, f"{type(exc).__name__}: {exc}", path=path)
    if not isinstance(record, dict):
        return Page.failed(fallback_id, f"not a JSON object but {type(record).__name__}",
                           path=path)
    return page_from_record(record, fallback_id, path, options)


def page_from_record(record: dict[str, Any], fallback_id: str, path: str | None,
                     options: ReadOptions) -> Page:
    """A decoded record (a dict) as a Page; also used for Dask partitions.

    >>> page_from_record({"text": "Hi."}, "row-1", None, ReadOptions()).kind
    'text'
    """
    raw_id = record.get(options.id_field)
    page_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    url = record.get(options.url_field)
    url = url if isinstance(url, str) and url else None
    fields: tuple[tuple[str, Kind], ...] = ((options.html_field, "html"),
                                            (options.text_field, "text"))
    for field, kind in fields:
        value = record.get(field)
        if value is None or (kind == "html" and value == ""):
            continue
        if not isinstance(value, str):
            return Page.failed(page_id, f"field {field!r} is {type(value).__name__}, "
                               "not a string", path=path, url=url)
        return Page(id=page_id, content=value, kind=kind, path=path, url=url)
    return Page.failed(page_id, f"missing field: the record has neither "
                       f"{options.html_field!r} nor {options.text_field!r}", path=path, url=url)


def _lines(stream: TruncationGuard, *, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; a line over ``limit`` bytes is skipped unread and given as None."""
    number = 0
    pending: list[bytes] = []
    size = 0
    too_long = False
    while True:
        chunk = stream.read(_BLOCK)
        if not chunk:
            break
        start = 0
        while (end := chunk.find(b"\n", start)) != -1:
            number += 1
            if too_long or size + end - start > limit:
                yield number, None
            else:
                pending.append(chunk[start:end])
                yield number, b"".join(pending)
            pending, size, too_long = [], 0, False
            start = end + 1
        if not too_long:
            pending.append(chunk[start:])
            size += len(chunk) - start
            if size > limit:
                pending, too_long = [], True
    if too_long:
        yield number + 1, None
    elif any(pending):
        yield number + 1, b"".join(pending)
