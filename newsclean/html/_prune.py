"""What an HTML pruner returns, and the shared helpers pruners use to recognize boxes.

A pruner looks at the parsed page and returns ``Prune`` records: which element to take
out of the tree, why, and what it found there worth keeping (a caption and its credit).
The HTML stage applies them and records each as a Removal, exactly like text cuts.

>>> from lxml.html import fromstring
>>> box = fromstring('<div class="social-share__buttons" role="group">Share</div>')
>>> sorted(words(box))
['buttons', 'group', 'share', 'share buttons', 'social', 'social share']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from newsclean.document import Found
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import ARTICLE_WRAPPER_WORDS

_NAME_ATTRIBUTES = ("class", "id", "role")
_NAMED = "//*[@class or @id or @role or @aria-label or @rel or @itemprop]"
_LABELLED = "//*[@aria-label]"
_NOT_PROSE = frozenset({"a", "script", "style", "button", "select", "option"})
_WORD = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Elements a pruner never takes out whole: the page itself and its main content holders.
_NEVER = frozenset({"html", "body", "head", "main", "article"})
# A box holding more text than this outside links is a wrapper of the article, not junk:
# share bars, ad slots and related lists hold a sentence or two of teaser text besides
# their links, while an article's own paragraphs pass this within two or three.
MAX_PROSE_CHARS = 400

Table = Mapping[str, tuple[str, ...]]
_WRAPPER = phrases(ARTICLE_WRAPPER_WORDS)


@dataclass(frozen=True)
class Page:
    """The parsed page as pruners see it: the tree, and its named elements with their words.

    ``named`` is built once per page so that each pruner does not split class names again.
    """

    tree: Any
    """The page's root element; pruners read it, the HTML stage changes it."""
    named: tuple[tuple[Any, frozenset[str]], ...]
    """Every element with a class, id, role, aria-label, rel or itemprop, with its ``words``."""
    labels: Mapping[Any, str]
    """Each element's ``aria-label``, casefolded, for the elements that have one."""

    @classmethod
    def of(cls, tree: Any) -> Page:
        """Index ``tree``'s named elements (class words are split once per distinct value)."""
        split: dict[tuple[str | None, ...], frozenset[str]] = {}
        # Per attribute value too: ids are unique, but the class beside them repeats.
        by_value: dict[str, frozenset[str]] = {}
        named = []
        labels = {e: e.get("aria-label").casefold().strip() for e in tree.xpath(_LABELLED)}
        for element in tree.xpath(_NAMED):
            get = element.get
            key = (get("class"), get("id"), get("role"))
            found = split.get(key)
            if found is None:
                parts = []
                for value in key:
                    if value:
                        words = by_value.get(value)
                        if words is None:
                            words = by_value[value] = frozenset(_split(value))
                        parts.append(words)
                found = split[key] = frozenset().union(*parts)
            named.append((element, found))
        return cls(tree, tuple(named), labels)


@dataclass(frozen=True)
class Prune:
    """A pruner's decision: take ``element`` (and everything in it) out of the page."""

    element: Any
    """The lxml element to remove; its tail text stays in the page."""
    why: str
    """Reason suffix: lowercase words joined by underscores ("class_name", "aria_label")."""
    found: Found | None = None
    """Metadata found in the element (a figure's caption)."""


def words(element: Any) -> frozenset[str]:
    """Lowercase words of an element's class, id and role attributes.

    Class names are split at dashes, underscores and camelCase humps, so
    ``articleShareBar`` gives ``article``, ``share`` and ``bar``; each pair of
    neighbouring words in one attribute is included too (``share bar``).
    """
    return frozenset(w for name in _NAME_ATTRIBUTES for w in _split(element.get(name) or ""))


def _split(value: str) -> tuple[str, ...]:
    parts = [w.lower() for w in _WORD.findall(value)]
    return (*parts, *(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False)))


def prose_chars(element: Any, *, limit: int = MAX_PROSE_CHARS) -> int:
    """Characters of text in ``element`` outside links and scripts (spaces not counted).

    Counting stops once past ``limit``: callers only ask whether it is exceeded, and a
    page wrapper would otherwise be read whole for every box inside it.
    """
    return _count(element, limit, 0)


def _count(element: Any, limit: int, total: int) -> int:
    text = element.text
    if text:
        total += len(text) - text.count(" ")
    for child in element:
        if child.tag not in _NOT_PROSE:
            total = _count(child, limit, total)
        tail = child.tail
        if tail:
            total += len(tail) - tail.count(" ")
        if total > limit:
            break
    return total


def link_share(element: Any) -> float:
    """The share of ``element``'s text that sits in links (0.0 for an element with none).

    >>> from lxml.html import fromstring
    >>> round(link_share(fromstring('<li><a href="/a">Talks resume</a> (video)</li>')), 2)
    0.63
    """
    total = sum(len(t.strip()) for t in element.itertext())
    if not total:
        return 0.0
    linked = sum(len(t.strip()) for a in element.iter("a") for t in a.itertext())
    return linked / total


def find_boxes(page: Page, *, vocabulary: Table, labels: Table, skip: Table | None = None,
               keep_quotes: bool = False, min_link_share: float = 0.0) -> Iterator[Prune]:
    """Outermost boxes named by ``vocabulary`` (class/id words) or ``labels`` (aria-label).

    A box holding more than ``MAX_PROSE_CHARS`` of prose is left alone: it wraps article
    text; so is one named as the article's wrapper (``ARTICLE_WRAPPER_WORDS``).
    ``skip`` words veto a class/id match. With ``keep_quotes``, a box holding a
    ``<blockquote>`` is left alone (an embedded post quoted by the article). A box whose
    text is less than ``min_link_share`` link text is left alone too.
    """
    vocab, label_set = phrases(vocabulary), phrases(labels)
    vetoes = (phrases(skip) if skip else frozenset()) | _WRAPPER
    taken: set[Any] = set()
    for element, found in page.named:
        if not vocab.isdisjoint(found) and vetoes.isdisjoint(found):
            why = "class_name"
        elif label_set and page.labels.get(element) in label_set:
            why = "aria_label"
        else:
            continue
        if element.tag in _NEVER or (taken and any(a in taken for a in element.iterancestors())):
            continue
        if prose_chars(element) > MAX_PROSE_CHARS:
            continue
        if keep_quotes and (element.tag == "blockquote"
                            or element.find(".//blockquote") is not None):
            continue
        if min_link_share and link_share(element) < min_link_share:
            continue
        taken.add(element)
        yield Prune(element, why)


def box_pruner(name: str, *, vocabulary: Table, labels: Table | None = None,
               skip: Table | None = None, keep_quotes: bool = False,
               min_link_share: float = 0.0) -> Callable[[Page], Iterator[Prune]]:
    """A pruner named ``name`` that takes out the boxes ``find_boxes`` finds with these words.

    >>> from lxml.html import fromstring
    >>> ad_boxes = box_pruner("ad_boxes", vocabulary={"en": ("ad",)})
    >>> page = Page.of(fromstring('<div><div class="adSlot">Ad</div><p>Text.</p></div>'))
    >>> ad_boxes.__name__, [p.why for p in ad_boxes(page)]
    ('ad_boxes', ['class_name'])
    """

    def prune(page: Page) -> Iterator[Prune]:
        return find_boxes(page, vocabulary=vocabulary, labels=labels or {}, skip=skip,
                          keep_quotes=keep_quotes, min_link_share=min_link_share)

    prune.__name__ = prune.__qualname__ = name
    return prune


def remove_keeping_tail(element: Any) -> None:
    """Take ``element`` out of its tree; the text that followed it stays in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
