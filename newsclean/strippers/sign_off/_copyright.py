"""Copyright notices: "Copyright 2019 The Associated Press. All rights reserved.", "©
dpa-infocom", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", alone on a line or glued to the
end of the last paragraph. An agency the notice names becomes the article's source.

>>> is_copyright_line("Copyright 2019 The Associated Press. All rights reserved.")
True
>>> is_copyright_line("Copyright law protects the work of authors.")
False
>>> notice_agency("© 2019 Reuters")
'Reuters'
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import COPYRIGHT_MARKS, COPYRIGHT_PHRASES
from newsclean.rules.prefilter import Affixes, Keywords
from newsclean.text.wire import AGENCY, canonical_agency

# "©", "ⓒ", "(c) 2019", "(c) Agencia EFE", "Copyright 2019", "Copyright:" (not "Copyright
# law ..."), then words.
_MARK = regex.compile(
    r"^[\s<\[(]*(?:©|ⓒ|\([cC]\)\s*(?:\d{4}|(?:" + AGENCY + r")(?![\p{L}\d]))"
    r"|(?i:copyright)\s*(?:©|\([cC]\))?\s*(?:\d{4}|[:,]|$)"
    r"|" + alternation(COPYRIGHT_MARKS) + r")")
# _MARK opens with a sign, "(c)", "copyright" or a mark in words.
_MAY_MARK = Affixes.of(["©", "ⓒ", "(c)", "copyright",
                        *(t for terms in COPYRIGHT_MARKS.values() for t in terms)],
                       flags=regex.I, skip="<[(")
_PHRASE = regex.compile(r"(?:" + alternation(COPYRIGHT_PHRASES) + r")")
# Prefilter: _PHRASE needs one of its phrases.
_MAY_PHRASE = Keywords.of([t for terms in COPYRIGHT_PHRASES.values() for t in terms])
_COPYRIGHT_SPAN = regex.compile(
    r"(?<=[.!?。\"”’)])\s+(?:©|ⓒ|Copyright\s+(?:©\s*)?\d{4}|[<\[]저작권자)[^\n]{0,250}$")
# Prefilter: _COPYRIGHT_SPAN needs one of its openings.
_NOTICE_OPENINGS = ("©", "ⓒ", "Copyright", "저작권자")
_AGENCY_IN = regex.compile(r"(?<![\p{L}\d])(?:" + AGENCY + r")(?![\p{L}\d])")


def is_copyright_line(text: str) -> bool:
    """A line that opens with a copyright mark or holds a copyright phrase."""
    return bool((_MAY_MARK.by_start[text[:2]](text) and _MARK.match(text))
                or (_MAY_PHRASE.may_contain(text) and _PHRASE.search(text, timeout=0.5)))


def copyright_span(text: str) -> regex.Match[str] | None:
    """A copyright notice closing ``text`` after a sentence, with the space before it.

    >>> copyright_span("It rained. © 2019 Reuters").start()
    10
    """
    return (_COPYRIGHT_SPAN.search(text, timeout=0.5)
            if any(mark in text for mark in _NOTICE_OPENINGS) else None)


def notice_agency(text: str) -> str | None:
    """The wire agency a notice names, as it is usually written."""
    found = _AGENCY_IN.search(text)
    return canonical_agency(found.group()) if found else None
