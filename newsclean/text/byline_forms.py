"""Pattern pieces that both byline readers build from ``patterns.bylines``.

``newsclean.text.byline`` reads a line of text and ``newsclean.text.byline_credits`` the
text of a page's byline element; both split names at the same joiners.

>>> import regex
>>> split = regex.compile(r"\\s(?:" + JOINER + r")\\s")
>>> split.split("Jo Lee and Sam Park"), split.split("JO LEE AND SAM PARK")
(['Jo Lee', 'Sam Park'], ['JO LEE', 'SAM PARK'])
>>> split.split("Mario Rossi ed Anna Bianchi"), split.split("John E Smith")
(['Mario Rossi', 'Anna Bianchi'], ['John E Smith'])
>>> split.split("By Ed Smith"), split.split("JOHN E SMITH")
(['By Ed Smith'], ['JOHN E SMITH'])
"""

from __future__ import annotations

from collections.abc import Mapping

from newsclean.patterns import alternation
from newsclean.patterns.bylines import NAME_JOINERS

# Capitals only for joiners this long: "AND", "ET" and "And", "Und" join names, while "E",
# "Y", "Ed" and "En" are initials and first names as often.
_MIN_UPPER = 2
_MIN_CAPITALIZED = 3


def union(*tables: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One table with the phrases of several, per language.

    >>> union({"en": ("in",)}, {"en": ("Updated",), "de": ("Stand",)})
    {'en': ('in', 'Updated'), 'de': ('Stand',)}
    """
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for lang, terms in table.items():
            merged[lang] = merged.get(lang, ()) + terms
    return merged


def _joiner_forms(terms: tuple[str, ...]) -> tuple[str, ...]:
    forms = [*terms, *(t.upper() for t in terms if len(t) >= _MIN_UPPER)]
    forms += [t.capitalize() for t in terms if len(t) >= _MIN_CAPITALIZED]
    return tuple(forms)


JOINER = alternation({lang: _joiner_forms(terms) for lang, terms in NAME_JOINERS.items()})
"""The words between two names, as an alternation to match case-sensitively."""
