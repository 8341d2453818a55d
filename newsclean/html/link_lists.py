"""link_lists: lists and lines that are only links, the shape of headline lists.

Unnamed lists of other stories sit in the middle of many pages, and single headlines
pointing to another story are set between paragraphs::

    <ul><li><a href="/a">Talks resume</a></li><li><a href="/b">Floods close roads</a></li>
        <li><a href="/c">Elections set for autumn</a></li></ul>
    <p><strong><a href="/d">FLOODS CLOSE ROADS ACROSS THE NORTH</a></strong></p>

A ``<ul>``/``<ol>`` of at least ``MIN_ITEMS`` items, each of them almost all link text,
goes (``headline_list``); so does a paragraph or heading that is one link of
``MIN_LINE_WORDS`` to ``MAX_LINE_WORDS`` words (``headline_link``). A list whose items
carry words outside their links ("Read the report (PDF), 40 pages") stays, and so does a
paragraph with any words of its own. Disable it for articles whose content is a list of
links (a reading list).

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> items = "".join(f'<li><a href="/{i}">Story {i}</a></li>' for i in range(3))
>>> page = Page.of(fromstring(f"<div><p>Text.</p><ul>{items}</ul></div>"))
>>> [p.why for p in link_lists(page)]
['headline_list']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.html._prune import Page, Prune, link_share
from newsclean.step import html_step

MIN_ITEMS = 3
# A headline runs from a few words to a long sentence; shorter lines are labels or menu
# entries, which other pruners and the text stage judge.
MIN_LINE_WORDS = 4
MAX_LINE_WORDS = 25
# An item is a link when this share of its text is link text (bullets and counters aside).
MIN_ITEM_LINK_SHARE = 0.9


_LINES = ("p", "h2", "h3", "h4", "h5", "h6")
_TAGS = frozenset({"ul", "ol", *_LINES})


@html_step("headline_link", "headline_list")
def link_lists(page: Page) -> Iterator[Prune]:
    """Lists and lines made only of links."""
    # One walk of the page; the cheap tests (enough items, a link at all) come first.
    for element in page.tagged(_TAGS):
        if element.tag in _LINES:
            if element.find(".//a") is not None and _is_headline_link(element):
                yield Prune(element, "headline_link")
        elif len(element) >= MIN_ITEMS:
            items = [li for li in element if li.tag == "li"]
            if (len(items) >= MIN_ITEMS and all(li.find(".//a") is not None for li in items)
                    and all(map(_is_link_item, items))):
                yield Prune(element, "headline_list")


def _is_link_item(item: Any) -> bool:
    """True when at least ``MIN_ITEM_LINK_SHARE`` of the item's text is link text."""
    if not (item.text or "").strip() and all(
            child.tag == "a" and not (child.tail or "").strip() for child in item):
        # only links, nothing around them (most menu and headline items): all or nothing
        return any(text.strip() for text in item.itertext())
    return link_share(item) >= MIN_ITEM_LINK_SHARE


def _is_headline_link(element: Any) -> bool:
    if (element.text or "").strip():
        return False  # words of its own before the link
    links = list(element.iter("a"))
    if len(links) != 1 or links[0].get("href", "").startswith("#"):
        return False
    words = len(element.text_content().split())
    return MIN_LINE_WORDS <= words <= MAX_LINE_WORDS and link_share(element) >= 1.0
