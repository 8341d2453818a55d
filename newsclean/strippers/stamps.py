"""stamps: publication and update stamps left as lines of their own, anywhere in the text.

Pages print when a story went up or changed, and a flattened page keeps the stamp as a
line: below the title, between paragraphs (a live update) or after the end::

    UPDATED: Tue., Nov. 19, 2019
    Updated at 1:23 p.m.
    sexta-feira, 22 de outubro de 2010 às 20:13
    Aktualisiert am 19.11.2019 um 14:03 Uhr
    입력 2019.11.20 14:03

After the first prose paragraph (the stamps above it are ``article_head``'s, which reads
the head and the publication date from them), a line goes (reason ``stamps.line``) when
it is made only of date words, numbers and punctuation (the test ``article_head`` uses
for a head's date line, vocabulary in
``newsclean/patterns/dates.py``) and it either opens with a stamp label ("Updated",
"Publicado", "입력") or names both a clock time and a date (a year or a numeric date).
A bare time ("10 p.m.") or a bare day ("Tuesday, Nov. 19") is left alone: live blogs and
timelines use those as the headings of their entries.

Disable it for timelines whose entries are headed by full dates with times.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The storm reached the coast late on Tuesday night, the state's emergency officials said.",
...     "UPDATED: Tue., Nov. 19, 2019", "10 p.m."])
>>> [(c.block, c.why) for c in stamps(doc)]
[(1, 'line')]
"""

from __future__ import annotations

import re

import regex

from newsclean.document import Cut, Document
from newsclean.patterns import phrases
from newsclean.patterns.dates import DATE_STAMPS
from newsclean.step import text_step
from newsclean.text.date_stamps import is_date_line
from newsclean.text.words import is_body_like

MAX_CHARS = 90
"""Longest stamp line, the same bound ``text.date_stamps.is_date_line`` sets."""
_LABELS = tuple(sorted(phrases(DATE_STAMPS), key=len, reverse=True))
_TIME = regex.compile(r"(?<!\d)\d{1,2}\s*(?:[:h]\s*\d{2}(?!\d)|[ap]\.?\s?m\b|[시時])", regex.I)
_DATE = regex.compile(r"(?<!\d)(?:(?:19|20)\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
                      r"|\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日])")
_LEAD = regex.compile(r"^[\W_]+")
_ASCII_DIGIT = re.compile("[0-9]")
"""The only digits (``str.isdigit``) of an ASCII text."""


def is_stamp(text: str) -> bool:
    """A stamp line: only date words, with a stamp label or both a time and a date.

    >>> is_stamp("Updated at 1:23 p.m."), is_stamp("Tuesday, Nov. 19")
    (True, False)
    """
    # The cheap test: stamps are short and carry a digit; paragraphs fail the first half.
    if len(text) > MAX_CHARS or not (_ASCII_DIGIT.search(text) if text.isascii()
                                     else any(map(str.isdigit, text))):
        return False
    if not is_date_line(text):
        return False
    head = _LEAD.sub("", text).casefold()
    if any(head.startswith(label) and not head[len(label):len(label) + 1].isalnum()
           for label in _LABELS):
        return True
    return bool(_TIME.search(text) and _DATE.search(text))


@text_step("line")
def stamps(doc: Document) -> list[Cut]:
    """Cut every stamp line after the first prose paragraph (``article_head`` reads the
    stamps above it, for the head and the publication date)."""
    texts = doc.texts
    start = next((i for i, text in enumerate(texts) if is_body_like(text)), len(texts))
    return [Cut(i, "line") for i in range(start + 1, len(texts))
            if len(texts[i]) <= MAX_CHARS and is_stamp(texts[i])]  # the cheap test first
