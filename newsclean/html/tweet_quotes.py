"""tweet_quotes: the button of a "click to tweet" pull quote, leaving the quote.

Blogging plugins set a sentence of the article as a pull quote that links to the tweet
composer, with a button label inside the link or beside it::

    <a href="https://twitter.com/share?text=..."><span class="ctt-text">Start small.</span>
      <span class="ctt-btn">Click To Tweet</span></a>

Extractors keep the label glued to the quote ("Start small.Click To Tweet"). The element
whose whole text is a label of ``TWEET_LABELS``, in or as a link to the tweet composer,
goes (``tweet_label``); the quote stays. Only boxes named as tweetable quotes
(``TWEET_WORDS``: the plugins name them so) are looked into. Share bars are
``share_widgets``'s job.

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><a href="https://twitter.com/share?text=x">'
...     '<span class="ctt-text">Start small.</span><span class="ctt-btn">Click To Tweet'
...     '</span></a></div>'))
>>> [(p.why, p.element.text) for p in tweet_quotes(page)]
[('tweet_label', 'Click To Tweet')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.html._prune import Page, Prune
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import TWEET_LABELS, TWEET_WORDS
from newsclean.step import html_step

_LABELS = phrases(TWEET_LABELS)
_WORDS = phrases(TWEET_WORDS)
_COMPOSER_URLS = ("twitter.com/share", "twitter.com/intent/tweet", "//x.com/intent/")


@html_step("tweet_label")
def tweet_quotes(page: Page) -> Iterator[Prune]:
    """The button labels of tweetable quotes."""
    seen: set[Any] = set()
    for box, _ in page.having(_WORDS):
        links = [*box.iter("a"), *box.iterancestors("a")]
        for link in links:
            if link in seen or not _is_composer(link.get("href") or ""):
                continue
            seen.add(link)
            label = next((e for e in link.iter() if isinstance(e.tag, str)
                          and _is_label(e.text_content())), None)
            if label is not None:
                yield Prune(label, "tweet_label")


def _is_composer(href: str) -> bool:
    return any(url in href for url in _COMPOSER_URLS)


def _is_label(text: str) -> bool:
    return " ".join(text.split()).casefold() in _LABELS
