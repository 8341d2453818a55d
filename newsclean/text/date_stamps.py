"""Date lines: a line that is only a date or a time stamp ("Oct. 24, 2016 | 9:14 AM",
"Updated"), as pages print them above or below an article (not a wire dateline, which
opens the story: ``newsclean.text.dateline``).

Shared by ``article_head`` (the stamps above the text), ``stamps`` (those after the first
paragraph) and ``dated_captions``.
"""

from __future__ import annotations

import re

import regex

from newsclean.patterns import phrases
from newsclean.patterns.dates import DATE_STAMPS, DATE_WORDS
from newsclean.text.memo import memoized

_DATE_WORDS = phrases(DATE_WORDS)
_STAMPS = phrases(DATE_STAMPS)
_TOKEN = regex.compile(r"\p{L}+|\d+")
_NUMERIC_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_ASCII_WORD = re.compile("[A-Za-z]+")
"""The first word of an ASCII line, as ``_TOKEN`` finds it (casefolded, it is lowered)."""
_DATE_LINE_WORDS = _DATE_WORDS | _STAMPS


@memoized
def is_date_line(text: str) -> bool:
    """A line that is only a date or time stamp.

    >>> is_date_line("Published Oct. 24, 2016 9:14 AM ET"), is_date_line("Oct. 24 was cold.")
    (True, False)
    >>> is_date_line("Updated"), is_date_line("Updated rules")
    (True, False)
    """
    if len(text) > 90 or not may_be_date_line(text):
        return False
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) == 1 and tokens[0] in _STAMPS:
        return True  # "Updated", alone on its line above the time it names
    has_number = any(t.isdigit() for t in tokens)
    has_word = any(not t.isdigit() for t in tokens)
    if not (has_word or _NUMERIC_DATE.search(text)):
        return False  # a lone "0" or "2019" is not a date line
    return has_number and all(t.isdigit() or t in _DATE_WORDS for t in tokens)


def may_be_date_line(text: str) -> bool:
    """False only when ``is_date_line`` is: the first word of an ASCII line is no date word
    (every word of a date line is one, ``DATE_WORDS``, or a stamp label alone), a test
    cheaper than splitting the line into its words.

    >>> may_be_date_line("Updated 5 min ago"), may_be_date_line("Chapter 5")
    (True, False)
    """
    if not text.isascii():
        return True
    word = _ASCII_WORD.search(text)
    return word is None or word.group().lower() in _DATE_LINE_WORDS
