"""The unit of a batch run: one input record (a page or a text) and where it came from.

Readers turn files, JSONL lines and WARC records into Pages. A record that cannot be read
(a broken JSON line, a truncated WARC record) still becomes a Page, with ``problem`` set,
so that it is counted and written out as an error record: nothing is silently dropped.
A page file is not read by the reader but by whoever cleans it (``unread_size`` is set):
with several worker processes, reading and un-gzipping then happen in the workers, not
in the one process that hands out the pages.

>>> Page(id="a.html", content=b"<p>Hi</p>", kind="html").size
9
>>> Page.failed("feed.jsonl:3", "JSONDecodeError: Expecting value").problem
'JSONDecodeError: Expecting value'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["auto", "html", "text"]
"""How to clean a page: as HTML, as scraped text, or detected from its content."""


@dataclass(frozen=True)
class Page:
    """One record to clean."""

    id: str
    """Stable identifier: the file path, ``path:line`` for JSONL, the WARC-Record-ID, ..."""
    content: bytes | str = b""
    """The page or text; bytes are decoded by newsclean (BOM, declared charset, detection)."""
    kind: Kind = "auto"
    """Whether ``content`` is HTML, scraped text, or to be detected."""
    path: str | None = None
    """The file it was read from (``-`` for stdin), if any."""
    url: str | None = None
    """The page URL the input gave (JSONL url field, WARC-Target-URI), if any."""
    problem: str | None = None
    """Why the record could not be read; set instead of content."""
    unread_size: int | None = None
    """Set when ``path`` is still to be read (``batch.sources.read_document``): the size of
    the file on disk. None when ``content`` holds the record."""

    @property
    def size(self) -> int:
        """Length of the content, in bytes or characters (of a page not read yet: the
        size of its file on disk)."""
        return self.unread_size if self.unread_size is not None else len(self.content)

    @classmethod
    def failed(cls, id: str, problem: str, *, path: str | None = None,
               url: str | None = None) -> Page:
        """A record that could not be read: it is still written out, with its problem."""
        return cls(id=id, path=path, url=url, problem=problem)
