"""Contributor lines: "Associated Press writer Maria Gomez in Madrid contributed to this
report."

>>> is_contributed("Maria Gomez in Madrid contributed to this report.")
True
>>> is_contributed("Rain contributed to the delays.")
False
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import CONTRIBUTED
from newsclean.rules import PhraseRule
from newsclean.strippers.sign_off._words import _at_most_words

_CONTRIBUTED = PhraseRule.expression(
    r"(?:" + alternation(CONTRIBUTED) + r")\b[^.!?]{0,80}[.!?]?\s*$", flags=regex.I,
    holds=CONTRIBUTED, name="sign_off.contributed")
_CONTRIBUTED_WORDS = 40


def is_contributed(text: str) -> bool:
    """A short line that ends saying who contributed to the report."""
    return bool(_at_most_words(text, _CONTRIBUTED_WORDS) and _CONTRIBUTED.search(text))
