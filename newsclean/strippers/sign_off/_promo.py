"""Promotion lines: "Her book, Tides, is out now. Follow her on Twitter @jolee.", "Listen
to Morning Report live at 6:00 weekdays" (see ``PROMO_STARTS`` in
newsclean/patterns/signoffs.py).
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation, openings
from newsclean.patterns.signoffs import PROMO_ENDS, PROMO_LISTEN, PROMO_LISTEN_CUES, PROMO_STARTS
from newsclean.rules import PhraseRule
from newsclean.strippers.sign_off._bio import opens_as_bio
from newsclean.strippers.sign_off._words import _at_most_words

_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][\"”’)]?)\s+(?=[\p{Lu}¿¡\"“])")
_PROMO_START = regex.compile(r"^(?:" + openings(PROMO_STARTS) + r")", regex.I)
_LISTEN = regex.compile(r"^(?:" + openings(PROMO_LISTEN) + r")", regex.I)
_LISTEN_CUE = regex.compile(r"(?<![\p{L}])(?:" + alternation(PROMO_LISTEN_CUES) + r")(?![\p{L}])",
                            regex.I)
_PROMO_END = regex.compile(r"(?:" + alternation(PROMO_ENDS) + r")\s*[.!]?\s*$", regex.I)
_PROMO_WORDS = 60
# A promotion line holds a prompt: one of the openings of PROMO_STARTS or PROMO_LISTEN.
_PROMPT = PhraseRule.anywhere([t for table in (PROMO_STARTS, PROMO_LISTEN)
                               for terms in table.values() for t in terms], flags=regex.I,
                              name="sign_off.promo_prompt")


def is_promo_line(text: str) -> bool:
    """A line short enough for a sign-off, holding a prompt, that ``is_promotion``."""
    return bool(_at_most_words(text, _PROMO_WORDS) and _PROMPT.search(text)
                and is_promotion(text))


def is_promotion(text: str) -> bool:
    """Every sentence promotes the author, the outlet's show or the author's book, and one
    opens as a prompt (follow, listen).

    >>> is_promotion("Her book, Tides, is out now. Follow her on Twitter @jolee.")
    True
    >>> is_promotion("Listen to Morning Report live at 6:00 weekdays - or listen back here.")
    True
    >>> is_promotion("The album is out now."), is_promotion("Listen to the people, he said.")
    (False, False)
    """
    sentences = _SENTENCE_BREAK.split(text.strip())
    prompts = 0
    for sentence in sentences:
        if _PROMO_START.match(sentence) or (_LISTEN.match(sentence)
                                            and _LISTEN_CUE.search(sentence)):
            prompts += 1
        elif not (_PROMO_END.search(sentence) or opens_as_bio(sentence)):
            return False
    return prompts > 0
