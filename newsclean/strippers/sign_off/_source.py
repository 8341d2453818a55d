"""Source lines: "SOURCE: Al Jazeera News", "Quelle: dpa, Reuters": a label, then a short
name, no sentence. The name becomes the article's source.

>>> source_name("SOURCE: Al Jazeera News"), source_name("Source: a long story told by many people.")
('Al Jazeera News', None)
"""

from __future__ import annotations

import regex

from newsclean.patterns.signoffs import SOURCE_LABELS
from newsclean.rules import PhraseRule
from newsclean.text.words import word_count

# "SOURCE: Al Jazeera News", "Quelle: dpa, Reuters": a label, then a short name, no sentence.
_SOURCE = PhraseRule.opening(SOURCE_LABELS, flags=regex.I, skip="([",
                             tail=r"\s*[:：]\s*(?P<name>[^.!?:\n]{2,80}?)\s*[.)\]]?\s*$",
                             name="sign_off.source")
_SOURCE_WORDS = 6
"""Longest name after a source label: an outlet or two, not a sentence."""


def source_name(text: str) -> str | None:
    """The name a source line credits, as written; None when ``text`` is no source line."""
    source = _SOURCE.match(text)
    if source and word_count(source.group("name")) <= _SOURCE_WORDS:
        return str(source.group("name"))
    return None
