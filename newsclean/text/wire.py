"""Shared wire-service knowledge: agency names and the regex that finds them.

>>> canonical_agency("Associated Press")
'AP'
>>> canonical_agency("Seoul Daily") is None
True
"""

from __future__ import annotations

import regex

from newsclean.patterns.agencies import agency_forms
from newsclean.rules import PhraseRule

_FORMS = agency_forms()
AGENCY = "|".join(regex.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
"""Regex alternation of every agency form, longest first (case-sensitive)."""


_CREDIT_SEPARATORS = regex.compile(r"\s*(?:[/,;&+]|\band\b|\bwith\b)\s*")


def canonical_agency(text: str) -> str | None:
    """The agency's canonical name for a written form, or None if it is not an agency."""
    return _FORMS.get(text.strip())


def agencies_in(text: str) -> list[str]:
    """Canonical names of the agencies a short credit names: "Yonhap, AFP" -> both.

    >>> agencies_in("Reuters/AFP")
    ['Reuters', 'AFP']
    """
    parts = _CREDIT_SEPARATORS.split(text.strip())
    names = [canonical_agency(p) for p in parts if p]
    return [n for n in names if n] if all(names) else []


# Every tag ends with an agency's form, then maybe a closing bracket, spaces, a full stop.
_TRAILING = PhraseRule.expression(
    r"(?:\s+|^|(?<=[。．！？」』]))"
    r"(?:[(\[（]\s*(?P<a>(?:" + AGENCY + r")(?:\s*[/,]\s*(?:" + AGENCY + r"))*)\s*[)\]）]"
    r"|(?:==|--|—|–|-|/|^)\s*(?P<b>(?:" + AGENCY + r")(?:\s*[/,]\s*(?:" + AGENCY + r"))*))\s*\.?$",
    closes_with=tuple(_FORMS), skip=")]）.", name="wire.closing_tag")
_TAG_REACH = 120
"""Characters from the end of a paragraph in which a closing tag is looked for."""


def without_tag(text: str) -> str:
    """``text`` without the agency tag closing it, if any (``text`` itself without one).

    >>> without_tag("Talks will resume, he said. (Yonhap)")
    'Talks will resume, he said.'
    """
    tag = closing_tag(text)
    return text if tag is None else text[: tag[0].start()].rstrip()


def closing_tag(text: str) -> tuple[regex.Match[str], list[str]] | None:
    """The agency tag closing ``text`` and the agencies it names, or None.

    >>> closing_tag("Talks will resume. (Yonhap)")[1]
    ['Yonhap']
    """
    match = _TRAILING.search(text, max(0, len(text) - _TAG_REACH))
    names = agencies_in(match.group("a") or match.group("b")) if match else []
    return (match, names) if match and names else None
