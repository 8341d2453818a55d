"""End-of-copy marks: "(END)", "-30-", "(끝)", alone on a line or glued to a paragraph.

>>> end_mark("(END)").start(), end_mark("The ministry said so. (END)").start()
(0, 21)
>>> end_mark("It was the end.") is None
True
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import END_MARKS
from newsclean.rules.prefilter import Affixes

_END = regex.compile(r"(?:^|\s+|(?<=[.!?。」）)\"”’]))(?:" + alternation(END_MARKS) + r")\s*$")
# Prefilter, so that a paragraph is spared the search: _END closes the line with an end mark.
_MAY_END = Affixes.of([t for terms in END_MARKS.values() for t in terms], at_end=True)


def end_mark(text: str) -> regex.Match[str] | None:
    """The end mark closing ``text``, with the space before it; at 0 when it is the line."""
    return _END.search(text) if _MAY_END.may_match(text) else None
