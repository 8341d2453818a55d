"""Shared wire-service knowledge: agency names and the regex that finds them.

>>> canonical_agency("Associated Press")
'AP'
>>> canonical_agency("Seoul Daily") is None
True
"""

from __future__ import annotations

import regex

from newsclean.patterns.agencies import agency_forms

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
