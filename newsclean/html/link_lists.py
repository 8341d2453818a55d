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

from lxml import etree

from newsclean.html._prune import Page, Prune, link_share

MIN_ITEMS = 3
# A headline runs from a few words to a long sentence; shorter lines are labels or menu
# entries, which other pruners and the text stage judge.
MIN_LINE_WORDS = 4
MAX_LINE_WORDS = 25
# An item is a link when this share of its text is link text (bullets and counters aside).
MIN_ITEM_LINK_SHARE = 0.9


# The candidates, found by libxml2 in one pass: lists long enough with a link in every
# item (an item without one is no link at all), lines with one link.
_LIST = f"[count(li) >= {MIN_ITEMS} and not(li[not(.//a)])]"
_CANDIDATES = etree.XPath(
    f"//ul{_LIST} | //ol{_LIST}"
    + "".join(f" | //{tag}[count(.//a) = 1]" for tag in ("p", "h2", "h3", "h4", "h5", "h6")))


def link_lists(page: Page) -> Iterator[Prune]:
    """Lists and lines made only of links."""
    for element in _CANDIDATES(page.tree):
        if element.tag in ("ul", "ol"):
            items = [li for li in element if li.tag == "li"]
            if len(items) >= MIN_ITEMS and all(link_share(li) >= MIN_ITEM_LINK_SHARE
                                               for li in items):
                yield Prune(element, "headline_list")
        elif _is_headline_link(element):
            yield Prune(element, "headline_link")


def _is_headline_link(element: Any) -> bool:
    links = list(element.iter("a"))
    if len(links) != 1 or links[0].get("href", "").startswith("#"):
        return False
    words = len(element.text_content().split())
    return MIN_LINE_WORDS <= words <= MAX_LINE_WORDS and link_share(element) >= 1.0
