"""The records newsclean returns: Article and the Caption, Dateline and Removal it holds.

All are frozen dataclasses, so an Article can be hashed, compared and shared between
threads. ``Article.to_dict()`` gives plain JSON-ready data.

>>> art = Article(text="Hello.", paragraphs=("Hello.",))
>>> art.to_dict()["text"]
'Hello.'
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from typing import Any

from newsclean.article.render import render


@dataclass(frozen=True)
class Caption:
    """A photo caption found in the page, kept as metadata instead of body text.

    >>> Caption("Talks in Kuala Lumpur.", credit="Roger L. Wollenberg/UPI").credit
    'Roger L. Wollenberg/UPI'
    """

    text: str
    """The caption itself, without its credit."""
    credit: str | None = None
    """Who took or supplied the photo ("Roger L. Wollenberg/UPI", "Getty Images"), if stated."""


@dataclass(frozen=True)
class Dateline:
    """The dateline opening a wire story: ``SEOUL, Oct. 24 (UPI) --``.

    >>> Dateline(location="SEOUL", date_text="Oct. 24", agency="UPI").location
    'SEOUL'
    """

    location: str | None = None
    """The place the story was filed from, as written ("SEOUL", "NEW YORK", "Berlin")."""
    date_text: str | None = None
    """The date as written in the dateline ("Oct. 24"), not parsed."""
    agency: str | None = None
    """The wire agency named in the dateline ("UPI", "Reuters"), if any."""


@dataclass(frozen=True)
class Removal:
    """One piece of the input that newsclean removed, with who removed it and why.

    >>> r = Removal(stripper="ad_markers", reason="ad_markers.line", text="Advertisement")
    >>> r.reason
    'ad_markers.line'
    """

    stripper: str
    """Name of the stripper (or html pruner) that decided the removal."""
    reason: str
    """Stable reason code, ``<stripper>.<why>``, e.g. ``wire_tag.trailing``."""
    text: str
    """The exact text removed."""
    block: int | None = None
    """Index of the block it was removed from, in the document as that stripper saw it."""
    whole_block: bool = True
    """True when the whole block went; False when only a span of it was cut."""
    captured: tuple[tuple[str, str], ...] = ()
    """What the stripper kept from it as metadata, as (field, value) pairs."""
    kept_at: int | None = None
    """For a span cut: the character offset, in what this stripper's cuts left of the
    block, where the removed text stood. None when the whole block went, when the cuts
    left nothing, and on the removal of a punctuation-only leftover (the block went too)."""
    round: int = 1
    """Which pass of the text stage made it: a second runs only when a span cut of the
    first left a short remainder (see ``Pipeline.run``)."""


@dataclass(frozen=True)
class Article:
    """A cleaned article: its text, its metadata, and an exact account of what was removed.

    An input with nothing left gives an Article with empty ``text`` (never ``None``);
    ``removals`` and ``warnings`` then say why.
    """

    text: str = ""
    """The article body: paragraphs joined by one blank line."""
    paragraphs: tuple[str, ...] = ()
    """The body paragraphs, in order."""
    title: str | None = None
    """The headline."""
    subtitle: str | None = None
    """The dek or standfirst under the headline."""
    authors: tuple[str, ...] = ()
    """People credited in the byline, never the outlet's name."""
    source: str | None = None
    """Wire agency or outlet credited for the story ("Reuters", "Yonhap")."""
    dateline: Dateline | None = None
    """The dateline that opened the story, if there was one."""
    published: dt.date | dt.datetime | None = None
    """Publication date, from page metadata."""
    modified: dt.date | dt.datetime | None = None
    """Last modification date, from page metadata."""
    captions: tuple[Caption, ...] = ()
    """Photo captions, one per distinct photo, in page order."""
    url: str | None = None
    """The page's canonical URL, or the one given by the caller."""
    site_name: str | None = None
    """The publication's name ("The Guardian")."""
    language: str | None = None
    """The page's language as declared (BCP 47, e.g. "en", "pt-BR")."""
    removals: tuple[Removal, ...] = ()
    """Everything removed, in the order it was removed."""
    warnings: tuple[str, ...] = ()
    """Notes on the input that a user should know (no article found, truncated input, ...)."""
    pipeline: tuple[str, ...] = ()
    """Names of the steps of the pipeline that made this Article, in order."""
    version: str = ""
    """The newsclean version that made this Article."""

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: dates as ISO strings, records as dicts, tuples as lists.

        >>> Article(text="A.", paragraphs=("A.",), authors=("Jo Lee",)).to_dict()["authors"]
        ['Jo Lee']
        """
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as a JSON string; keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def explain(self, *, color: bool = False) -> str:
        """The text with every removal shown where it stood: ``[-text-]{reason}``.

        Whole blocks that went stand as their own paragraph, spans inside theirs; the
        reason code names the stripper. ``color=True`` adds ANSI colors for a terminal.

        >>> r = Removal(stripper="ad_markers", reason="ad_markers.line", text="Advertisement",
        ...             block=0)
        >>> print(Article(text="A.", paragraphs=("A.",), removals=(r,)).explain())
        [-Advertisement-]{ad_markers.line}
        <BLANKLINE>
        A.
        """
        return render(self, color=color)


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (Caption, Dateline, Removal)):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


__all__ = ["Article", "Caption", "Dateline", "Removal"]
