"""Source lines: "SOURCE: Al Jazeera News", "Quelle: dpa, Reuters": a label, then a short
name, no sentence. The name becomes the article's source.

>>> source_name("SOURCE: Al Jazeera News"), source_name("Source: a long story told by many people.")
('Al Jazeera News', None)
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import SOURCE_LABELS
from newsclean.rules.prefilter import Affixes
from newsclean.text.words import word_count

# "SOURCE: Al Jazeera News", "Quelle: dpa, Reuters": a label, then a short name, no sentence.
_SOURCE = regex.compile(r"^[\s(\[]*(?:" + alternation(SOURCE_LABELS) + r")\s*[:：]\s*"
                        r"(?P<name>[^.!?:\n]{2,80}?)\s*[.)\]]?\s*$", regex.I)
_MAY_SOURCE = Affixes.of([t for terms in SOURCE_LABELS.values() for t in terms],
                         flags=regex.I, skip="([")
_SOURCE_WORDS = 6
"""Longest name after a source label: an outlet or two, not a sentence."""


def source_name(text: str) -> str | None:
    """The name a source line credits, as written; None when ``text`` is no source line."""
    source = _SOURCE.match(text, timeout=0.5) if _MAY_SOURCE.may_match(text) else None
    if source and word_count(source.group("name")) <= _SOURCE_WORDS:
        return str(source.group("name"))
    return None
