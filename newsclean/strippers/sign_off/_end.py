"""End-of-copy marks: "(END)", "-30-", "(끝)", alone on a line or glued to a paragraph.

>>> end_mark("(END)").start(), end_mark("The ministry said so. (END)").start()
(0, 21)
>>> end_mark("It was the end.") is None
True
"""

from __future__ import annotations

import regex

from newsclean.patterns.signoffs import END_MARKS
from newsclean.rules import PhraseRule

_END = PhraseRule.closing(END_MARKS, lead=r"(?:^|\s+|(?<=[.!?。」）)\"”’]))", name="sign_off.end",
                         timeout=None)


def end_mark(text: str) -> regex.Match[str] | None:
    """The end mark closing ``text``, with the space before it; at 0 when it is the line."""
    return _END.search(text)
