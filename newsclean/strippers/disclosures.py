"""disclosures: affiliate and sponsorship notices about how the page earns money.

Deal posts, reviews and sponsored stories carry a notice that is about the page, not the
story::

    If you buy something through this post, we may get a share of the sale.
    This post contains affiliate links. As an Amazon Associate we earn from qualifying
    purchases.
    Dieser Artikel enthält Affiliate-Links.
    Certains liens de cet article sont affiliés.

A line of at most ``MAX_WORDS`` words goes (reason ``disclosures.line``) when it opens with
a disclosure (``DISCLOSURE_STARTS`` in ``newsclean/patterns/disclosures.py``) or holds a
cue that only the publisher says of itself ("may earn a commission", "erhalten wir eine
Provision"). A news sentence about affiliate marketing ("Publishers earn a commission on
each sale, the report found.") opens with no disclosure and holds no such cue, and stays.

Disable it for texts about affiliate marketing that quote disclosures as paragraphs.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "Publishers earn a commission on each sale, the report found on Monday.",
...     "If you buy something through this post, we may get a share of the sale."])
>>> [(c.block, c.why) for c in disclosures(doc)]
[(1, 'line')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns.disclosures import DISCLOSURE_CUES, DISCLOSURE_STARTS
from newsclean.rules import PhraseRule
from newsclean.step import text_step
from newsclean.text.words import word_count

MAX_WORDS = 60
"""Longest disclosure line: two or three sentences of boilerplate."""
_MAX_CHARS = 500
_MAX_CUE_CHARS = 350
"""Longest line in which a cue alone marks a disclosure: one or two sentences."""
_START = PhraseRule.opening(DISCLOSURE_STARTS, flags=regex.I, skip="([*>»•-–—", words=True,
                            name="disclosures.start")
_CUE = PhraseRule.anywhere(DISCLOSURE_CUES, flags=regex.I, name="disclosures.cue")


def is_disclosure(text: str) -> bool:
    """An affiliate or sponsorship notice line.

    >>> is_disclosure("Disclosure: we may earn a commission."), is_disclosure("Disclosure rules.")
    (True, False)
    """
    if len(text) > _MAX_CHARS:
        return False  # the cheap test: a disclosure is a line or two
    if _START.match(text):
        return word_count(text) <= MAX_WORDS
    if len(text) > _MAX_CUE_CHARS:
        return False  # a cue marks a disclosure only in a short line
    return bool(_CUE.search(text)) and word_count(text) <= MAX_WORDS


@text_step("line")
def disclosures(doc: Document) -> list[Cut]:
    """Cut every affiliate or sponsorship disclosure line."""
    texts = doc.texts
    # A disclosure opens with a start or holds a cue (in a short line): only those lines
    # are read closely.
    lines = [i for i, text in enumerate(texts) if len(text) <= _MAX_CHARS]
    maybe = {lines[j] for j in _START.candidates([texts[i] for i in lines])}
    short = [i for i in lines if len(texts[i]) <= _MAX_CUE_CHARS]
    maybe.update(short[j] for j in _CUE.candidates([texts[i] for i in short]))
    return [Cut(i, "line") for i in sorted(maybe) if is_disclosure(texts[i])]
