"""article_meta: bylines, date lines, tag lists and author bios around the article text.

Read as metadata before pruning (``newsclean.html.metadata``); as text they are junk::

    <div class="byline">By Jo Lee | <time>Nov. 19, 2019</time></div>
    <ul class="tags"><li>Politics</li><li>Asia</li></ul>
    <div class="author-bio">Jo Lee covers trade for the Post.</div>

Recognized by class/id words (``byline``, ``date``, ``timestamp``, ``tags``,
``post-meta``, ``author-bio``) on short boxes (at most ``MAX_META_CHARS`` of text).
Disable it when a site names its article paragraphs with these words.

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><p class="byline">By Jo Lee</p><p>Text.</p></div>'))
>>> [p.element.text_content() for p in article_meta(page)]
['By Jo Lee']
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.html._prune import BoxRule, Page, Prune
from newsclean.patterns.html_boxes import META_SKIP, META_WORDS
from newsclean.step import html_step

# Bylines, dates and tag lists are a line or two; an author bio a short paragraph.
MAX_META_CHARS = 400
_RULE = BoxRule.of(vocabulary=META_WORDS, skip=META_SKIP)


@html_step("class_name")
def article_meta(page: Page) -> Iterator[Prune]:
    """Byline, date, tag and author-bio boxes."""
    for prune in _RULE.find(page):
        if len(prune.element.text_content()) <= MAX_META_CHARS:
            yield prune
