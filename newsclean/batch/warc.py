"""WARC input: the HTML responses of a WARC or WARC.gz file, read with warcio.

Each ``response`` (or ``resource``) record is one record out: an HTML page becomes a Page
to clean; a record of another content type (an image, a PDF, JSON) becomes an error record
``not HTML``. Requests, metadata and warcinfo records are not pages and are passed over.
A record cut short (its payload shorter than its declared length), a file whose gzip ends
early, or a record warcio cannot parse becomes an error record, so a damaged crawl file
never loses records silently; reading stops at the first unparseable record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.batch.opening import TruncationGuard, open_input
from newsclean.batch.page import Page

PAGE_RECORDS = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


def read_warc(path: str, *, max_bytes: int) -> Iterator[Page]:
    """The page records of one WARC file (or stdin for ``-``), as Pages."""
    name = "<stdin>" if path == "-" else path
    try:
        with open_input(path) as stream:
            yield from _records(stream, name, path, max_bytes)
    except OSError as exc:
        yield Page.failed(name, f"{type(exc).__name__}: {exc}", path=path)


def _records(stream: TruncationGuard, name: str, path: str, max_bytes: int) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    last_failed = False
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises several types on a damaged file
            yield Page.failed(f"{name}#{number + 1}", "unreadable WARC record, reading "
                              f"stopped: {type(exc).__name__}: {exc}", path=path)
            return
        if record.rec_type not in PAGE_RECORDS:
            continue
        number += 1
        page = _page(record, f"{name}#{number}", path, max_bytes)
        last_failed = page.problem is not None
        yield page
    if stream.problem and not last_failed:
        yield Page.failed(f"{name}#{number + 1}", "WARC file cut short (records after "
                          f"#{number} are lost): {stream.problem}", path=path)


def _page(record: Any, fallback_id: str, path: str, max_bytes: int) -> Page:
    headers = record.rec_headers
    page_id = headers.get_header("WARC-Record-ID") or fallback_id
    url = headers.get_header("WARC-Target-URI")
    http = record.http_headers
    ctype = (http.get_header("Content-Type") if http is not None
             else headers.get_header("Content-Type")) or ""
    if ctype and ctype.split(";")[0].strip().lower() not in HTML_TYPES:
        return Page.failed(page_id, f"not HTML: content type {ctype}", path=path, url=url)
    try:
        body = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken chunked or compressed HTTP body
        return Page.failed(page_id, f"unreadable payload: {type(exc).__name__}: {exc}",
                           path=path, url=url)
    if len(body) > max_bytes:
        return Page.failed(page_id, f"InputTooLargeError: larger than {max_bytes} bytes",
                           path=path, url=url)
    missing = record.raw_stream.limit
    if missing:
        return Page.failed(page_id, f"truncated record: {missing} of {record.length} bytes "
                           "missing", path=path, url=url)
    return Page(id=page_id, content=body, kind="html", path=path, url=url)
