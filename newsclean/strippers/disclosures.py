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

import re

import regex

from newsclean.document import Cut, Document
from newsclean.patterns import openings
from newsclean.patterns.disclosures import DISCLOSURE_CUES, DISCLOSURE_STARTS
from newsclean.rules.first_words import FirstWords
from newsclean.rules.prefilter import Affixes
from newsclean.step import text_step
from newsclean.text.words import word_count

MAX_WORDS = 60
"""Longest disclosure line: two or three sentences of boilerplate."""
_MAX_CHARS = 500
_MAX_CUE_CHARS = 350
"""Longest line in which a cue alone marks a disclosure: one or two sentences."""
_DECOR_CHARS = "([*>»•-–—"
_START = regex.compile(r"^[\s" + regex.escape(_DECOR_CHARS) + r"]*(?:"
                       + openings(DISCLOSURE_STARTS) + r")", regex.I)
# Prefilter for _START: a disclosure opens the line, after decoration.
# The first-words test came first and says no to a few lines _START takes ("Advertiser
# disclosure:" glued to its colon): kept, so decisions stay as they were; ``Affixes``, sound
# and cheaper, answers first. Dropping ``_FIRST_WORDS`` would change outputs (a quality fix).
_FIRST_WORDS = FirstWords.of([t for terms in DISCLOSURE_STARTS.values() for t in terms])
_MAY_START = Affixes.of([t for terms in DISCLOSURE_STARTS.values() for t in terms],
                        flags=regex.I, skip=_DECOR_CHARS)
_CUE_TERMS = [c for terms in DISCLOSURE_CUES.values() for c in terms]
# Searched in the lowercased line: a case-blind ``re`` alternation is many times slower.
_CUE = re.compile("|".join(re.escape(c.lower()).replace(r"\ ", r"\s+") for c in _CUE_TERMS))


def covering_pieces(phrases: list[str], *, min_chars: int = 5) -> tuple[str, ...]:
    """A few strings, one of which is inside every phrase (within one of its words), picked
    greedily: the piece in most phrases not yet covered first, the longest of those.
    A piece is ``min_chars`` long or longer, unless a phrase has no word that long.

    >>> covering_pieces(["may earn a commission", "we earn a commission", "links"])
    ('commission', 'links')
    """
    left = set(phrases)
    pieces: list[str] = []
    while left:
        holders: dict[str, set[str]] = {}
        for phrase in left:
            words = phrase.split()
            long = [w for w in words if len(w) >= min_chars]
            subs = {w[i:j] for w in long for i in range(len(w))
                    for j in range(i + min_chars, len(w) + 1)} or {max(words, key=len)}
            for sub in subs:
                holders.setdefault(sub, set()).add(phrase)
        piece = max(sorted(holders), key=lambda sub: (len(holders[sub]), len(sub)))
        pieces.append(piece)
        left -= holders[piece]
    return tuple(pieces)


# Prefilter for _CUE: a few pieces of the lowercased cues, one of which every cue holds; a
# line holding none of them holds no cue. Several ``in`` tests beat one ``re`` scan.
_CUE_PIECES = covering_pieces([c.lower() for c in _CUE_TERMS])


def _may_hold_cue(lowered: str) -> bool:
    # A plain loop: any() over a generator costs more than the tests themselves.
    for piece in _CUE_PIECES:  # noqa: SIM110
        if piece in lowered:
            return True
    return False


def is_disclosure(text: str) -> bool:
    """An affiliate or sponsorship notice line.

    >>> is_disclosure("Disclosure: we may earn a commission."), is_disclosure("Disclosure rules.")
    (True, False)
    """
    if len(text) > _MAX_CHARS:
        return False  # the cheap test: a disclosure is a line or two
    # ``by_start`` is ``may_match`` without a Python call: most lines get ``NEVER``.
    if (_MAY_START.by_start[text[:2]](text) and _FIRST_WORDS.may_open(text)
            and _START.match(text, timeout=0.5)):
        return word_count(text) <= MAX_WORDS
    if len(text) > _MAX_CUE_CHARS:
        return False  # a cue marks a disclosure only in a short line
    lowered = text.lower()
    if not _may_hold_cue(lowered):
        return False
    return bool(_CUE.search(lowered)) and word_count(text) <= MAX_WORDS


@text_step("line")
def disclosures(doc: Document) -> list[Cut]:
    """Cut every affiliate or sponsorship disclosure line."""
    return [Cut(i, "line") for i, block in enumerate(doc.blocks) if is_disclosure(block.text)]
