"""What flows through the stages: a Document of Blocks, and the Cuts strippers return.

A stripper never changes a Document. It looks at one and returns Cuts: which block (or
which span of it) to remove, why, and what it found there worth keeping as metadata.
The pipeline applies the cuts and records each as a Removal.

>>> doc = Document.from_blocks(["Advertisement", "The talks went well."])
>>> [b.text for b in doc.blocks]
['Advertisement', 'The talks went well.']
>>> Cut(block=0, why="line").span is None
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Protocol

from newsclean.article import Caption, Dateline, Removal

BlockKind = Literal["paragraph", "heading", "list_item", "quote", "table_cell", "caption", "code"]
"""What a block was in the page; plain text gives paragraphs only."""


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of text and what kind of element it came from."""

    text: str
    """The block's text, already whitespace-normalized."""
    kind: BlockKind = "paragraph"
    """The element it came from; plain text input gives ``paragraph``."""


@dataclass(frozen=True)
class Found:
    """Metadata a stripper found in what it cut. Unset fields are None or empty.

    >>> Found(authors=("Elizabeth Shim",)).as_pairs()
    (('authors', 'Elizabeth Shim'),)
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    dateline: Dateline | None = None
    caption: Caption | None = None
    published: dt.date | None = None

    def as_pairs(self) -> tuple[tuple[str, str], ...]:
        """The found values as (field, text) pairs, for Removal.captured."""
        pairs: list[tuple[str, str]] = []
        for name in ("title", "subtitle", "source"):
            value = getattr(self, name)
            if value:
                pairs.append((name, value))
        if self.authors:
            pairs.append(("authors", ", ".join(self.authors)))
        if self.dateline:
            for name in ("location", "date_text", "agency"):
                value = getattr(self.dateline, name)
                if value:
                    pairs.append((f"dateline.{name}", value))
        if self.caption:
            pairs.append(("caption", self.caption.text))
            if self.caption.credit:
                pairs.append(("caption.credit", self.caption.credit))
        if self.published:
            pairs.append(("published", self.published.isoformat()))
        return tuple(pairs)


@dataclass(frozen=True)
class Cut:
    """A stripper's decision: remove block ``block`` (or only ``span`` of its text).

    ``why`` is the reason suffix; the pipeline prefixes the stripper's name, so a cut with
    ``why="line"`` from ``ad_markers`` is recorded as ``ad_markers.line``.
    """

    block: int
    """Index of the block in the document the stripper was given."""
    why: str
    """Reason suffix: lowercase words joined by underscores ("line", "trailing")."""
    span: tuple[int, int] | None = None
    """Character range ``[start, end)`` of the block's text to remove; None removes it all."""
    found: Found | None = None
    """Metadata found in the removed text."""


@dataclass(frozen=True)
class Metadata:
    """The metadata collected so far: from the page's markup, then from strippers."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    dateline: Dateline | None = None
    published: dt.date | dt.datetime | None = None
    modified: dt.date | dt.datetime | None = None
    captions: tuple[Caption, ...] = ()
    url: str | None = None
    site_name: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Document:
    """An ordered list of blocks plus metadata, removals so far and warnings."""

    blocks: tuple[Block, ...]
    meta: Metadata = field(default_factory=Metadata)
    removals: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_blocks(cls, texts: Iterable[str], kind: BlockKind = "paragraph") -> Document:
        """A document of plain paragraphs, for tests and examples."""
        return cls(blocks=tuple(Block(t, kind) for t in texts))

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """The blocks' texts, in order (worked out once: most steps ask for them)."""
        return tuple(b.text for b in self.blocks)


class Stripper(Protocol):
    """Anything called with a Document that returns the Cuts it decides on.

    A plain function works:

    >>> def drop_shouting(doc: Document) -> list[Cut]:
    ...     return [Cut(i, "caps") for i, b in enumerate(doc.blocks) if b.text.isupper()]
    """

    def __call__(self, doc: Document, /) -> Iterable[Cut]: ...
