"""split_body: an article body the page splits into pieces, gathered into its first piece.

Some layouts cut the body into several boxes of the same name, with ad rails and
promotions between them::

    <div class="article__body"><p>First part ...</p></div>
    <div class="ad-rail">...</div>
    <div class="article__body"><p>Second part ...</p></div>

The extractor reads the first box named as an article body and stops there, so all but
the first piece would be lost. This step decides to join them: it returns one ``Join``
(the first piece, and the later ones in order) and the HTML stage moves the later pieces'
content to the end of the first; what stood between them stays where it was, outside the
body. Nothing is removed, so no Removal is recorded. It runs last in the HTML stage, on
the pruned page, right before extraction.

Pieces are joined only when they are the same box (tag, class and id), none inside
another, each holds ``MIN_PIECE_CHARS`` of paragraph text, they sit in the same
``<article>`` (or none) and no ``<h1>`` stands between them: boxes of the same name in
separate articles (a page that loads the next story below) or in a list of teaser cards
stay apart.

Which box the extractor reads is the extractor's knowledge: the step is built with it
(``body_joiner(first_body)``; the default pipeline passes ``extract.first_body_box``).

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> def first_body(tree):
...     return next(iter(tree.xpath("//div[@class='article-body']")), None)
>>> split_body = body_joiner(first_body)
>>> tree = fromstring("<html><body>" + "".join(
...     f'<div class="article-body"><p>{"Part %d of the story. " % i * 12}</p></div>'
...     '<div class="ad">Ad</div>' for i in (1, 2)) + "</body></html>")
>>> [len(join.pieces) for join in split_body(Page.of(tree))]
[1]

Disable it (``.without("split_body")``) to read only the first piece, as the extractor
alone would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from newsclean.html._prune import Join, Page
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import BODY_WORDS
from newsclean.step import html_step

MIN_PIECE_CHARS = 200
"""Paragraph text a piece of a split body holds at least: a teaser card holds less."""
_BODY_WORDS = phrases(BODY_WORDS)


def body_joiner(first_body: Callable[[Any], Any]) -> Callable[[Page], list[Join]]:
    """The ``split_body`` step, for an extractor that reads the box ``first_body(tree)``
    gives (None when the page has no box named as a body)."""

    @html_step()
    def split_body(page: Page) -> list[Join]:
        # Without two elements of one body class holding prose there is nothing to join,
        # and the page is not searched.
        if not _could_be_pieces(e for e, _ in page.having(_BODY_WORDS)):
            return []
        first = first_body(page.tree)
        if first is None or not first.get("class"):
            return []
        pieces = split_pieces(page.tree, first)
        return [Join(first, tuple(pieces[1:]))] if pieces else []

    return split_body


def split_pieces(tree: Any, first: Any) -> list[Any]:
    """The pieces of the body ``first`` opens, in page order (``first`` among them), when
    they are to be joined; else an empty list."""
    name = (first.get("class"), first.get("id"))
    pieces = [e for e in tree.iter(first.tag) if (e.get("class"), e.get("id")) == name]
    chosen = set(pieces)
    pieces = [e for e in pieces if not any(a in chosen for a in e.iterancestors())]
    if len(pieces) < 2 or not all(map(_holds_prose, pieces)):
        return []
    articles = {next(e.iterancestors("article"), None) for e in pieces}
    if len(articles) > 1 or _h1_between(tree, pieces[0], pieces[-1]):
        return []
    return pieces


def _could_be_pieces(named: Iterable[Any]) -> bool:
    """True when two of the ``named`` elements of one class hold prose."""
    holding: dict[tuple[str, str | None], int] = {}
    for element in named:
        if _holds_prose(element):
            key = (element.tag, element.get("class"))
            holding[key] = holding.get(key, 0) + 1
            if holding[key] == 2:
                return True
    return False


def _holds_prose(element: Any) -> bool:
    total = 0
    for paragraph in element.iter("p"):
        total += sum(map(len, paragraph.itertext()))
        if total >= MIN_PIECE_CHARS:
            return True
    return False


def _h1_between(tree: Any, start: Any, end: Any) -> bool:
    """True when an ``<h1>`` outside ``start`` and ``end`` lies between them in the page."""
    inside = set(start.iter()) | set(end.iter())
    seen_start = False
    for element in tree.iter(etree.Element):
        if element is start:
            seen_start = True
        elif element is end:
            return False
        elif seen_start and element.tag == "h1" and element not in inside:
            return True
    return False


__all__ = ["MIN_PIECE_CHARS", "body_joiner", "split_pieces"]
