"""offers: subscription and product offers with a price, dropped between or after paragraphs.

Magazines and paywalled sites sell between the paragraphs::

    Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for
    £11.99. Click here for more information.
    Get access to our premium service for as little as Rs 599 for the first year.
    Jetzt abonnieren: alle Artikel für nur 9,99 Euro im Monat.

A line of at most ``MAX_WORDS`` words goes (reason ``offers.line``) when it opens with an
imperative to buy or subscribe (``OFFER_STARTS`` in ``newsclean/patterns/offers.py``) and
names a price term (``OFFER_TERMS``: "12 issues for £11.99", "for as little as Rs 599",
"€9.99 a month", "use the code"). A news sentence about prices ("The magazine now costs £11.99 for
12 issues, the publisher said.") opens with no imperative and stays.

Disable it for consumer texts whose paragraphs advise readers to subscribe at a price ("Get
the streaming service for $5 a month if you only watch sports.").

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The magazine now costs £11.99 for 12 issues, the publisher said on Monday.",
...     "Get the magazine delivered every month. 12 issues for £11.99. Click here."])
>>> [(c.block, c.why) for c in offers(doc)]
[(1, 'line')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns.offers import OFFER_STARTS, OFFER_TERMS
from newsclean.rules import PhraseRule
from newsclean.step import text_step
from newsclean.text.words import word_count

MAX_WORDS = 60
"""Longest offer line: an offer, its price and a call to click."""
_START = PhraseRule.opening(OFFER_STARTS, flags=regex.I, skip="-–—•*>»", words=True,
                            name="offers.start")
_TERM = regex.compile("|".join(t for terms in OFFER_TERMS.values() for t in terms), regex.I)


def is_offer(text: str) -> bool:
    """An offer line: an imperative to buy or subscribe, and a price.

    >>> is_offer("Subscribe now for $1 a week."), is_offer("Subscribers pay $1 a week.")
    (True, False)
    """
    if not _START.match(text) or word_count(text) > MAX_WORDS:
        return False
    return bool(_TERM.search(text, timeout=0.5))


@text_step("line")
def offers(doc: Document) -> list[Cut]:
    """Cut every line that sells a subscription or product at a price."""
    texts = doc.texts
    return [Cut(i, "line") for i in _START.candidates(texts) if is_offer(texts[i])]
