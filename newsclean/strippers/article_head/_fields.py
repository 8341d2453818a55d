"""A head line of fields and a fact box.

Under a title, some pages print one line of fields: "05/10/2018 - Posted by: Jo Lee -
Category: Health - Tags: clinic"; its byline is the head's. A review's or a listing's box
of labelled facts ("Tested by: Jo Lee RRP: £24.99") is never a title.
"""

from __future__ import annotations

import regex

from newsclean.patterns import openings
from newsclean.patterns.prompts import TAXONOMY_STARTS
from newsclean.text.byline import Byline, parse_byline
from newsclean.text.date_stamps import is_date_line
from newsclean.text.memo import memoized

# "RRP:", "More info:", "Tested by:": one to three words closed by a colon.
_FIELD_LABEL = regex.compile(r"(?:^|(?<=\s))\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}\s?:(?=\s)")
# A head line of fields: "05/10/2018 - Posted by: Jo Lee - Category: Health - Tags: clinic".
_FIELD_SEPARATOR = regex.compile(r"\s+[-–—|•·]\s+")
_TAXONOMY = regex.compile(r"^(?:" + openings(TAXONOMY_STARTS) + r")", regex.I)


@memoized
def head_byline(text: str) -> Byline | None:
    """The byline of a head line: a byline alone, or one field of a line of fields where
    the others are dates and categories or tags.

    >>> head_byline("05/10/2018 - Posted by: Jo Lee - Category: Health - Tags: clinic")
    Byline(authors=('Jo Lee',), source=None)
    >>> head_byline("Health - Jo Lee - Clinics") is None
    True
    """
    byline = parse_byline(text)
    if byline is not None or len(text) > 200 or not _FIELD_SEPARATOR.search(text):
        return byline
    fields = _FIELD_SEPARATOR.split(text.strip())
    bylines = [b for field in fields if (b := parse_byline(field))]
    others = len(fields) - len(bylines)
    if len(bylines) != 1 or others == 0:
        return None
    if all(parse_byline(f) or is_date_line(f) or _TAXONOMY.match(f) for f in fields):
        return bylines[0]
    return None


def is_fact_box(text: str) -> bool:
    """A line of labelled facts or a web address, as a review's or a listing's box prints
    them above the text: a headline has neither.

    >>> is_fact_box("Tested by: Jo Lee RRP: £24.99 More info: www.example.com")
    True
    >>> is_fact_box("Brexit: What happens next"), is_fact_box("Amazon.com shares jump")
    (False, False)
    """
    return ("://" in text or "www." in text
            or len(_FIELD_LABEL.findall(text)) >= 2)
