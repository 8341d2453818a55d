"""Cleaning one Page into one output record: the JSON-ready dict the CLI writes.

The record schema (documented in docs/cli.md) is the same for every record, cleaned or
failed, so JSONL, Parquet and dataframes get one stable set of columns:

``id, path, url, status, error, text, title, subtitle, authors, source, dateline,
published, modified, captions, site_name, language, warnings, version``, plus ``removals``
when explaining. ``status`` is ``cleaned``, ``empty`` (nothing left) or ``failed``;
``error`` is None unless it failed, and then says why.

>>> cleaner = Cleaner()
>>> page = Page(id="p1", content="Advertisement\\n\\nTalks ended on Monday.", kind="text")
>>> record = cleaner(page)
>>> record["status"], record["text"], record["error"]
('cleaned', 'Talks ended on Monday.', None)
>>> cleaner(Page(id="p2", content=b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", kind="html"))["error"]
'InputError: not text: binary data (NUL bytes)'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any, Literal

from newsclean.api import clean, clean_html, clean_text
from newsclean.article import Article
from newsclean.batch.page import Page
from newsclean.batch.sources import DEFAULT_MAX_BYTES, read_document
from newsclean.defaults import default_pipeline
from newsclean.errors import InputError, InputTooLargeError
from newsclean.read import decode_bytes

Status = Literal["cleaned", "empty", "failed"]
FIELDS = ("id", "path", "url", "status", "error", "text", "title", "subtitle", "authors",
          "source", "dateline", "published", "modified", "captions", "site_name", "language",
          "warnings", "version")
"""The keys of every output record, in order (``removals`` follows when explaining)."""

_MARKUP = re.compile(r"<[A-Za-z!/?]")
_SNIFF = 8192
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


@dataclass(frozen=True)
class CleanOptions:
    """What a worker needs to clean records; small and picklable."""

    explain: bool = False
    """Add each record's removals (stripper, reason, text) to its output."""
    without: tuple[str, ...] = ()
    """Pipeline steps to switch off (``--without duplicates``)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Pages larger than this are not cleaned but reported as too large."""


class Cleaner:
    """Cleans Pages into output records with one pipeline, built once.

    One Cleaner lives in each worker process (and in each Dask partition), so the pipeline
    is not rebuilt per record.
    """

    def __init__(self, options: CleanOptions | None = None):
        self.options = options or CleanOptions()
        self.pipeline = default_pipeline().without(*self.options.without)

    def __call__(self, page: Page) -> dict[str, Any]:
        """The output record of ``page``; any failure becomes a record with ``error``."""
        if page.unread_size is not None and page.path is not None:
            page = read_document(page.path, kind=page.kind, max_bytes=self.options.max_bytes)
        if page.problem is not None:
            return failed_record(page, page.problem, explain=self.options.explain)
        try:
            article = self.article(page)
        except Exception as exc:  # one bad record must not stop a run of millions
            return failed_record(page, f"{type(exc).__name__}: {exc}",
                                 explain=self.options.explain)
        return record_of(page, article, explain=self.options.explain)

    def article(self, page: Page) -> Article:
        """Clean one page the way its kind says; raises on input that is not a page."""
        if page.size > self.options.max_bytes:
            raise InputTooLargeError(f"larger than {self.options.max_bytes} bytes")
        content = page.content
        if isinstance(content, bytes):
            # NUL bytes without a UTF-16/32 byte-order mark: an image, a PDF, an archive.
            if b"\x00" in content[:_SNIFF] and not content.startswith(_WIDE_BOMS):
                raise InputError("not text: binary data (NUL bytes)")
            content = decode_bytes(content)
        if "\x00" in content[:_SNIFF]:
            raise InputError("not text: binary data (NUL bytes)")
        if page.kind == "html":
            if content.strip() and not _MARKUP.search(content, 0, _SNIFF * 4):
                raise InputError("not HTML: no markup in the first 32 KB")
            return clean_html(content, url=page.url, pipeline=self.pipeline)
        if page.kind == "text":
            return clean_text(content, pipeline=self.pipeline, url=page.url)
        return clean(content, url=page.url, pipeline=self.pipeline)


def record_of(page: Page, article: Article, *, explain: bool = False) -> dict[str, Any]:
    """The output record of a cleaned page."""
    data = article.to_dict()
    record: dict[str, Any] = {"id": page.id, "path": page.path, "url": data["url"] or page.url,
                              "status": "cleaned" if article.text else "empty", "error": None}
    record.update((k, data[k]) for k in FIELDS[5:])
    if explain:
        record["removals"] = data["removals"]
    return record


def failed_record(page: Page, error: str, *, explain: bool = False) -> dict[str, Any]:
    """The output record of a page that could not be cleaned: empty fields, and why.

    >>> failed_record(Page.failed("x", "bad"), "bad")["status"]
    'failed'
    """
    record = record_of(page, Article(url=page.url), explain=explain)
    record.update(status="failed", error=error)
    return record


__all__ = ["FIELDS", "CleanOptions", "Cleaner", "Status", "failed_record", "record_of"]
