"""The article body trafilatura finds in a pruned page, as Blocks.

The fast extractor runs first; the full cascade, with its fallback extractors, only when
the fast result looks lost (see :func:`extract_blocks`).

>>> from newsclean.extract.parse import parse_html
>>> tree = parse_html("<html><body><article><h2>Talks</h2><p>" + "Words here. " * 30
...                   + "</p></article></body></html>")
>>> [b.kind for b in extract_blocks(tree)]
['heading', 'paragraph']
>>> first_body_box(tree) is None
True
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.xpaths import BODY_XPATH

from newsclean.document import Block
from newsclean.extract.blocks import body_blocks

_PARAGRAPH_TEXT = etree.XPath("//p//text()[not(ancestor::a)]")
# Below this share of the page's paragraph text, the fast extraction is checked by the
# full one; so it is when less than PROSE_SHARE of its text is in lines of prose.
RETRY_SHARE = 0.3
PROSE_SHARE = 0.3
_PROSE_WORDS = 8  # a line of at least this many words is prose, not a menu item or label


def first_body_box(tree: HtmlElement) -> HtmlElement | None:
    """The first element named as an article body, the box the extractor reads; or None.

    >>> from newsclean.extract.parse import parse_html
    >>> first_body_box(parse_html('<html><body><div class="article-body"><p>Hi.</p></div>'
    ...                           '</body></html>')).get("class")
    'article-body'
    """
    found = BODY_XPATH[0](tree)
    return found[0] if found else None


def extract_blocks(tree: HtmlElement, *, url: str | None = None) -> list[Block]:
    """The blocks of the main text trafilatura finds in ``tree`` (which it does not change).

    The fast extractor runs first. When it returns less than ``RETRY_SHARE`` of the
    paragraph text the page holds, or text that is mostly short lines (less than
    ``PROSE_SHARE`` of it in lines of prose: a menu taken for the body), the full cascade
    (with its fallback extractors) runs too, and the result with more prose and less else
    is kept. The fast extractor can lose its way on a page whose boxes were pruned; this
    costs a second pass on those pages only (7 of the 181 benchmark pages).
    """
    result = _extract(tree, url=url, fast=True)
    text = (result.text or "") if result is not None else ""
    if (len(text) < RETRY_SHARE * paragraph_chars(tree)
            or prose_chars(text) < PROSE_SHARE * len(text)):
        second = _extract(tree, url=url, fast=False)
        if second is not None and _worth(second.text or "") > _worth(text):
            result = second
    if result is None or result.body is None:
        return []
    return body_blocks(result.body)


def paragraph_chars(tree: HtmlElement) -> int:
    """Characters of ``<p>`` text outside links in ``tree``: what a page offers to read.

    >>> from newsclean.extract.parse import parse_html
    >>> paragraph_chars(parse_html("<html><body><p>Read <a href='/'>this</a>.</p></body></html>"))
    6
    """
    return sum(len(t) for t in _PARAGRAPH_TEXT(tree))


def prose_chars(text: str) -> int:
    """Characters of ``text`` in lines of at least eight words: prose, not menus.

    >>> prose_chars("Home\\nNews\\nThe council met on Tuesday to vote on the budget.")
    49
    """
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS)


def _worth(text: str) -> int:
    """Prose counts for an extraction, everything else against it."""
    return 2 * prose_chars(text) - len(text)


def _extract(tree: HtmlElement, *, url: str | None, fast: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(tree, url=url, fast=fast, with_metadata=False,
                                       include_comments=False, include_tables=True)


__all__ = ["PROSE_SHARE", "RETRY_SHARE", "extract_blocks", "first_body_box", "paragraph_chars",
           "prose_chars"]
