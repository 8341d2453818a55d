"""The sign-off shapes of one line, whole or glued to the end of a paragraph, in the order
they are tried; and the last paragraph of the article, above which nothing is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Cut, Found
from newsclean.strippers.sign_off._bio import bio_line
from newsclean.strippers.sign_off._contact import contact_line, is_url_only
from newsclean.strippers.sign_off._contributed import is_contributed
from newsclean.strippers.sign_off._copyright import (
    copyright_span,
    is_copyright_line,
    notice_agency,
)
from newsclean.strippers.sign_off._credits import (
    credited_authors,
    credits_span,
    is_credit_line,
    opens_with_role,
)
from newsclean.strippers.sign_off._end import end_mark
from newsclean.strippers.sign_off._names import suffixed_byline
from newsclean.strippers.sign_off._promo import is_promo_line
from newsclean.strippers.sign_off._source import source_name
from newsclean.text.wire import canonical_agency
from newsclean.text.words import is_body_like, word_count

MAX_WORDS = 60
"""Longest sign-off line: a long Reuters credit line names six or seven people."""


def last_paragraph(texts: Sequence[str]) -> int:
    """Index of the article's last prose paragraph that is not itself a sign-off, or -1.

    >>> last_paragraph(["It rained all day in the capital on Monday, the weather office said.",
    ...                 "Copyright 2023 The Associated Press. All rights reserved. This material "
    ...                 "may not be published, broadcast, rewritten or redistributed."])
    0
    """
    i = len(texts) - 1
    while i >= 0 and (not is_body_like(texts[i]) or _whole_line(i, texts[i]) is not None):
        i -= 1
    return i


def _whole_line(i: int, text: str) -> Cut | None:
    """Block ``i`` cut whole as the first sign-off shape it has (each shape is a rule that
    spares itself the lines it cannot match)."""
    end = end_mark(text)
    if end and end.start() == 0:
        return Cut(i, "end")
    core = text.strip().strip("()[]").strip()
    if opens_with_role(core) and is_credit_line(core):
        return Cut(i, "credits", found=Found(authors=credited_authors(core)))
    if is_contributed(text):
        return Cut(i, "contributed")
    if bio := bio_line(text):
        return Cut(i, "bio", found=Found(authors=(bio.group("name"),)))
    if is_promo_line(text):
        return Cut(i, "promo")
    if is_copyright_line(text):
        return Cut(i, "copyright", found=Found(source=notice_agency(text)))
    if " " not in core and is_url_only(text):
        return Cut(i, "contact")
    source = source_name(text)
    if source is not None:
        return Cut(i, "source", found=Found(source=canonical_agency(source)))
    if byline := suffixed_byline(text):
        return Cut(i, "byline", found=Found(authors=byline.authors))
    return contact_line(i, text)


def _glued_span(i: int, text: str) -> Cut | None:
    end = end_mark(text)
    if end and end.start() > 0:
        return Cut(i, "end", span=(end.start(), len(text)))
    credits = credits_span(text)
    if credits and credits.start() > 0:
        core = credits.group().strip().strip("()")
        return Cut(i, "credits", span=(credits.start(), len(text)),
                   found=Found(authors=credited_authors(core)))
    notice = copyright_span(text)
    if notice and word_count(notice.group()) <= 40:
        return Cut(i, "copyright", span=(notice.start(), len(text)),
                   found=Found(source=notice_agency(notice.group())))
    return None
