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
from newsclean.rules import PhraseRule
from newsclean.text.wire import AGENCY, canonical_agency

# "©", "ⓒ", "(c) 2019", "(c) Agencia EFE", "Copyright 2019", "Copyright:" (not "Copyright
# law ..."), then words. Case is ignored only where the pattern says so ("(?-i:...)"): the
# rule's flag lets its prefilter take "(C)" and "COPYRIGHT".
_MARK = PhraseRule.expression(
    r"(?-i:^[\s<\[(]*(?:©|ⓒ|\([cC]\)\s*(?:\d{4}|(?:" + AGENCY + r")(?![\p{L}\d]))"
    r"|(?i:copyright)\s*(?:©|\([cC]\))?\s*(?:\d{4}|[:,]|$)"
    r"|" + alternation(COPYRIGHT_MARKS) + r"))",
    flags=regex.I, opens_with=["©", "ⓒ", "(c)", "copyright",
                               *(t for terms in COPYRIGHT_MARKS.values() for t in terms)],
    skip="<[(", name="sign_off.copyright_mark", timeout=None)
_PHRASE = PhraseRule.anywhere(COPYRIGHT_PHRASES, name="sign_off.copyright_phrase")
_COPYRIGHT_SPAN = PhraseRule.expression(
    r"(?<=[.!?。\"”’)])\s+(?:©|ⓒ|Copyright\s+(?:©\s*)?\d{4}|[<\[]저작권자)[^\n]{0,250}$",
    holds=["©", "ⓒ", "Copyright", "저작권자"], name="sign_off.copyright_span")
_AGENCY_IN = regex.compile(r"(?<![\p{L}\d])(?:" + AGENCY + r")(?![\p{L}\d])")


def is_copyright_line(text: str) -> bool:
    """A line that opens with a copyright mark or holds a copyright phrase."""
    return bool(_MARK.match(text) or _PHRASE.search(text))


def copyright_span(text: str) -> regex.Match[str] | None:
    """A copyright notice closing ``text`` after a sentence, with the space before it.

    >>> copyright_span("It rained. © 2019 Reuters").start()
    10
    """
    return _COPYRIGHT_SPAN.search(text)


def notice_agency(text: str) -> str | None:
    """The wire agency a notice names, as it is usually written."""
    found = _AGENCY_IN.search(text)
    return canonical_agency(found.group()) if found else None
