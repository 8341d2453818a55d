"""headed_lists: lists and story boxes under a heading that names other stories.

Sites end the article, inside its own container, with a list of their other stories
under a heading; extractors keep the list and often drop the heading, which leaves the
text stage nothing to recognize the headlines by::

    <p>... the last paragraph.</p><hr>
    <div class="heading-h3">More Great Wired Stories</div>
    <ul><li>The strange life <a href="/a">of a coder</a></li>
        <li>How to opt out <a href="/b">of data brokers</a></li></ul>

A ``<ul>``/``<ol>`` of at least ``MIN_ITEMS`` items, each with a link, goes with its
heading (``related_list``, ``related_heading``) when the heading is one of the labels of
``patterns.related`` ("Related Stories", "Lesen Sie auch") or is built like one ("More
... Stories", ``LIST_HEADING_OPENERS`` ... ``LIST_HEADING_ENDS``). A list under
"Related topics" stays (tags; see ``LIST_HEADING_SKIP``), and so does a list under any
other heading, however many links it holds.

The same heading (``<h2>``-``<h6>``) followed, to the end of its box, by at least
``MIN_ITEMS`` boxes (``<article>``, ``<div>``, ``<section>``), each with a link, heads
teasers of other posts: the boxes go (``related_box``) with the heading, whatever
excerpt text they hold::

    <h3>You may also like...</h3>
    <article class="post"><a href="/p/2"><img src="2.jpg"></a><p>Excerpt ...</p></article>
    <article class="post"><a href="/p/3"><img src="3.jpg"></a><p>Excerpt ...</p></article>

Disable it for reading lists that are the article's content.

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><p>Text.</p><h3>Related stories</h3><ul>'
...     '<li><a href="/a">Talks resume</a></li><li><a href="/b">Floods</a></li></ul></div>'))
>>> [p.why for p in headed_lists(page)]
['related_list', 'related_heading']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.html._prune import Page, Prune
from newsclean.normalize import normalize_line
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import (
    LIST_HEADING_ENDS,
    LIST_HEADING_OPENERS,
    LIST_HEADING_SKIP,
)
from newsclean.patterns.related import RELATED_LABELS
from newsclean.step import html_step

MIN_ITEMS = 2
MAX_HEADING_WORDS = 8
_LABELS = phrases(RELATED_LABELS)
_OPENERS = phrases(LIST_HEADING_OPENERS)
_ENDS = phrases(LIST_HEADING_ENDS)
_SKIP = phrases(LIST_HEADING_SKIP)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_BOXES = ("article", "div", "section")
_TAGS = frozenset({"ul", "ol", *_HEADINGS})
# A heading longer than this is a headline or a sentence, never a label; reading a long
# element's text whole is what this bound saves.
_MAX_HEADING_CHARS = 80


@html_step("related_list", "related_heading", "related_box")
def headed_lists(page: Page) -> Iterator[Prune]:
    """Lists of links, and runs of story boxes, under a heading that names other stories."""
    for element in page.tagged(_TAGS):
        if element.tag in ("ul", "ol"):
            if len(element) >= MIN_ITEMS and element.getprevious() is not None:
                yield from _headed_list(element)
        elif element.getnext() is not None:
            yield from _headed_boxes(element)


def _headed_list(element: Any) -> Iterator[Prune]:
    items = [li for li in element if li.tag == "li"]
    if len(items) < MIN_ITEMS:
        return
    before = _heading_before(element)
    if (before is not None and names_other_stories(before[1])
            and all(li.find(".//a") is not None for li in items)):
        yield Prune(element, "related_list")
        yield Prune(before[0], "related_heading")


def _headed_boxes(heading: Any) -> Iterator[Prune]:
    label = _short_text(heading)
    if label is None or not names_other_stories(label):
        return
    boxes = [e for e in heading.itersiblings() if e.text_content().strip()]
    if len(boxes) >= MIN_ITEMS and all(
            e.tag in _BOXES and e.find(".//a[@href]") is not None for e in boxes):
        yield from (Prune(box, "related_box") for box in boxes)
        yield Prune(heading, "related_heading")


def names_other_stories(heading: str) -> bool:
    """True when ``heading`` heads a list of other stories.

    >>> [names_other_stories(h) for h in ("More Great Wired Stories", "Lesen Sie auch:",
    ...                                   "Related Topics", "More ways to help")]
    [True, True, False, False]
    """
    label = normalize_line(heading).rstrip(" :.…").casefold()
    words = label.split()
    if not words or len(words) > MAX_HEADING_WORDS or not _SKIP.isdisjoint(words):
        return False
    return label in _LABELS or (words[0] in _OPENERS and words[-1] in _ENDS)


def _heading_before(element: Any) -> tuple[Any, str] | None:
    """The short element with text right before ``element`` among its siblings, with its
    text, or None."""
    previous = element.getprevious()
    while previous is not None:
        text = _short_text(previous)
        if text is None:
            return None
        if text.strip():
            return (previous, text) if previous.tag not in ("ul", "ol", "table") else None
        previous = previous.getprevious()
    return None


def _short_text(element: Any) -> str | None:
    """The text of ``element``, or None once it runs past ``_MAX_HEADING_CHARS``."""
    parts, size = [], 0
    for part in element.itertext():
        size += len(part)
        if size > _MAX_HEADING_CHARS:
            return None
        parts.append(part)
    return "".join(parts)
