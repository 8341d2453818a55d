"""source_lines: the "Source: ..." line a site sets in its own box under the article.

::

    <div class="article-body-artSource"><p>SOURCE: <span>News agencies</span></p></div>

A box named as the source (``SOURCE_WORDS``) whose text is one short line opening with
a label of ``patterns.signoffs.SOURCE_LABELS`` and a colon goes (``source_line``); a
news agency it names becomes ``Article.source``. A box so named holding anything else
(a paragraph citing its sources, a code listing) stays.

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><p>Text.</p><div class="story-source">Source: Reuters'
...                           '</div></div>'))
>>> [(p.why, p.found.source) for p in source_lines(page)]
[('source_line', 'Reuters')]
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.document import Found
from newsclean.html._prune import Page, Prune
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import SOURCE_WORDS
from newsclean.patterns.signoffs import SOURCE_LABELS
from newsclean.step import html_step
from newsclean.text.wire import agencies_in

MAX_LINE_CHARS = 80
_WORDS = phrases(SOURCE_WORDS)
_LABELS = phrases(SOURCE_LABELS)


@html_step("source_line")
def source_lines(page: Page) -> Iterator[Prune]:
    """Boxes named as the source that hold only a "Source: ..." line."""
    for element, _ in page.having(_WORDS):
        if element.tag in ("source", "html", "body", "article", "main"):
            continue
        text = " ".join(element.text_content().split())
        label, colon, named = text.partition(":")
        if not colon or len(text) > MAX_LINE_CHARS or label.strip().casefold() not in _LABELS:
            continue
        agencies = agencies_in(named.strip())
        yield Prune(element, "source_line", Found(source=agencies[0]) if agencies else None)
