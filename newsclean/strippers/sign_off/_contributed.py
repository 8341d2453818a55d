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
from newsclean.rules.prefilter import Keywords
from newsclean.strippers.sign_off._words import _at_most_words

_CONTRIBUTED = regex.compile(r"(?:" + alternation(CONTRIBUTED) + r")\b[^.!?]{0,80}[.!?]?\s*$",
                             regex.I)
# Prefilter: _CONTRIBUTED needs one of its phrases.
_MAY_CONTRIBUTED = Keywords.of([t for terms in CONTRIBUTED.values() for t in terms],
                               flags=regex.I)
_CONTRIBUTED_WORDS = 40


def is_contributed(text: str) -> bool:
    """A short line that ends saying who contributed to the report."""
    return bool(_at_most_words(text, _CONTRIBUTED_WORDS) and _MAY_CONTRIBUTED.may_contain(text)
                and _CONTRIBUTED.search(text, timeout=0.5))
