"""What an HTML pruner returns, and the shared helpers pruners use to recognize boxes.

A pruner looks at the parsed page and returns ``Prune`` records: which element to take
out of the tree, why, and what it found there worth keeping (a caption and its credit).
The HTML stage applies them and records each as a Removal, exactly like text cuts. A step
that moves rather than removes (``split_body``) returns a ``Join``.

The page index they read (``Page``, ``words``) lives in ``_page_index``.

>>> from lxml.html import fromstring
>>> box = fromstring('<div class="social-share__buttons" role="group">Share</div>')
>>> sorted(words(box))
['buttons', 'group', 'share', 'share buttons', 'social', 'social share']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from newsclean.document import Found
from newsclean.html._page_index import Page, words
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import ARTICLE_WRAPPER_WORDS
from newsclean.step import html_step

_NOT_PROSE = frozenset({"a", "script", "style", "button", "select", "option"})
# Elements a pruner never takes out whole: the page itself and its main content holders.
_NEVER = frozenset({"html", "body", "head", "main", "article"})
# A box holding more text than this outside links is a wrapper of the article, not junk:
# share bars, ad slots and related lists hold a sentence or two of teaser text besides
# their links, while an article's own paragraphs pass this within two or three.
MAX_PROSE_CHARS = 400

Table = Mapping[str, tuple[str, ...]]
_WRAPPER = phrases(ARTICLE_WRAPPER_WORDS)


@dataclass(frozen=True)
class Prune:
    """A pruner's decision: take ``element`` (and everything in it) out of the page."""

    element: Any
    """The lxml element to remove; its tail text stays in the page."""
    why: str
    """Reason suffix: lowercase words joined by underscores ("class_name", "aria_label")."""
    found: Found | None = None
    """Metadata found in the element (a figure's caption)."""


@dataclass(frozen=True)
class Join:
    """A step's decision to gather pieces of one box into the first: nothing is removed.

    The HTML stage moves each piece's content, in order, to the end of ``into`` and takes
    the emptied piece out of the page (see ``html.split_body``); a join is not a removal,
    so it records none.
    """

    into: Any
    """The element that receives the pieces' content."""
    pieces: tuple[Any, ...]
    """The elements whose content moves, in page order."""


def prose_chars(element: Any, *, limit: int = MAX_PROSE_CHARS,
                known: dict[Any, int] | None = None) -> int:
    """Characters of text in ``element`` outside links and scripts (spaces not counted).

    Counting stops once past ``limit``: callers only ask whether it is exceeded, and a
    page wrapper would otherwise be read whole for every box inside it. ``known`` holds
    the counts of subtrees read whole before (``Page.prose``); new ones are added to it.

    >>> from lxml.html import fromstring
    >>> prose_chars(fromstring('<li><a href="/a">Talks resume</a> (video)</li>'))
    7
    """
    return _count(element, limit, {} if known is None else known)


def _count(element: Any, limit: int, known: dict[Any, int]) -> int:
    total = known.get(element)
    if total is not None:
        return total
    text = element.text
    total = len(text) - text.count(" ") if text else 0
    for child in element:
        if child.tag not in _NOT_PROSE:
            total += _count(child, limit - total, known)
        tail = child.tail
        if tail:
            total += len(tail) - tail.count(" ")
        if total > limit:
            return total  # a partial count: not kept
    known[element] = total
    return total


def link_share(element: Any) -> float:
    """The share of ``element``'s text that sits in links (0.0 for an element with none).

    >>> from lxml.html import fromstring
    >>> round(link_share(fromstring('<li><a href="/a">Talks resume</a> (video)</li>')), 2)
    0.63
    """
    total = sum(map(len, map(str.strip, element.itertext())))
    if not total:
        return 0.0
    linked = sum(len(t.strip()) for a in element.iter("a") for t in a.itertext())
    return linked / total


@dataclass(frozen=True)
class BoxRule:
    """What ``find_boxes`` looks for, as lookup sets: built once per pruner, not per page.

    >>> from lxml.html import fromstring
    >>> rule = BoxRule.of(vocabulary={"en": ("ad",)}, skip={"en": ("head",)})
    >>> page = Page.of(fromstring('<div><div class="ad">Ad</div><div class="ad-head">Hi'
    ...                           '</div></div>'))
    >>> [p.element.get("class") for p in rule.find(page)]
    ['ad']
    """

    vocabulary: frozenset[str]
    """Class/id words that name the box."""
    labels: frozenset[str] = frozenset()
    """``aria-label`` values (casefolded) that name the box."""
    vetoes: frozenset[str] = _WRAPPER
    """Words that veto a class/id match; always include the article wrapper's words."""
    keep_quotes: bool = False
    """Leave a box holding a ``<blockquote>`` alone."""
    min_link_share: float = 0.0
    """Leave a box whose text is less than this share of link text alone."""

    @classmethod
    def of(cls, *, vocabulary: Table, labels: Table | None = None, skip: Table | None = None,
           keep_quotes: bool = False, min_link_share: float = 0.0) -> BoxRule:
        """The rule for these vocabulary tables (see ``find_boxes``)."""
        vetoes = (phrases(skip) if skip else frozenset()) | _WRAPPER
        return cls(phrases(vocabulary), phrases(labels or {}), vetoes, keep_quotes,
                   min_link_share)

    def find(self, page: Page) -> Iterator[Prune]:
        """The outermost boxes of ``page`` this rule names (see ``find_boxes``)."""
        vocab, label_set, vetoes = self.vocabulary, self.labels, self.vetoes
        # Only elements named by a word or a label can pass; the index hands over just
        # those still on the page, in document order, and the checks below are the same as
        # for any element. ``inside``: every element inside a box taken so far, one set
        # lookup instead of a walk up the tree per candidate (a menu's items are candidates
        # inside the taken menu).
        inside: set[Any] = set()
        for element, found in page.having(vocab, label_set):
            if not vocab.isdisjoint(found) and vetoes.isdisjoint(found):
                why = "class_name"
            elif label_set and page.labels.get(element) in label_set:
                why = "aria_label"
            else:
                continue
            if element.tag in _NEVER or element in inside:
                continue
            if prose_chars(element, known=page.prose) > MAX_PROSE_CHARS:
                continue
            if self.keep_quotes and (element.tag == "blockquote"
                                     or element.find(".//blockquote") is not None):
                continue
            if self.min_link_share and link_share(element) < self.min_link_share:
                continue
            inside.update(element.iter())
            yield Prune(element, why)


def find_boxes(page: Page, *, vocabulary: Table, labels: Table, skip: Table | None = None,
               keep_quotes: bool = False, min_link_share: float = 0.0) -> Iterator[Prune]:
    """Outermost boxes named by ``vocabulary`` (class/id words) or ``labels`` (aria-label).

    A box holding more than ``MAX_PROSE_CHARS`` of prose is left alone: it wraps article
    text; so is one named as the article's wrapper (``ARTICLE_WRAPPER_WORDS``).
    ``skip`` words veto a class/id match. With ``keep_quotes``, a box holding a
    ``<blockquote>`` is left alone (an embedded post quoted by the article). A box whose
    text is less than ``min_link_share`` link text is left alone too. A pruner that runs
    on every page builds its ``BoxRule`` once instead.
    """
    return BoxRule.of(vocabulary=vocabulary, labels=labels, skip=skip, keep_quotes=keep_quotes,
                      min_link_share=min_link_share).find(page)


def box_pruner(name: str, *, vocabulary: Table, labels: Table | None = None,
               skip: Table | None = None, keep_quotes: bool = False,
               min_link_share: float = 0.0) -> Callable[[Page], Iterator[Prune]]:
    """A pruner named ``name`` that takes out the boxes ``find_boxes`` finds with these words.

    It is declared an html step with the reasons it can give: ``class_name``, and
    ``aria_label`` when it has ``labels``.

    >>> from lxml.html import fromstring
    >>> from newsclean.step import declaration
    >>> ad_boxes = box_pruner("ad_boxes", vocabulary={"en": ("ad",)})
    >>> page = Page.of(fromstring('<div><div class="adSlot">Ad</div><p>Text.</p></div>'))
    >>> ad_boxes.__name__, [p.why for p in ad_boxes(page)], declaration(ad_boxes).reasons
    ('ad_boxes', ['class_name'], frozenset({'class_name'}))
    """
    rule = BoxRule.of(vocabulary=vocabulary, labels=labels, skip=skip, keep_quotes=keep_quotes,
                      min_link_share=min_link_share)

    @html_step("class_name", "aria_label") if rule.labels else html_step("class_name")
    def prune(page: Page) -> Iterator[Prune]:
        return rule.find(page)

    prune.__name__ = prune.__qualname__ = name
    return prune


# ``Page`` and ``words`` live in ``_page_index``; pruners and the metadata reader import
# them from here too.
__all__ = ["MAX_PROSE_CHARS", "BoxRule", "Join", "Page", "Prune", "Table", "box_pruner",
           "find_boxes", "link_share", "prose_chars", "words"]
