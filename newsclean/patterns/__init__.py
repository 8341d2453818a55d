"""The vocabulary newsclean recognizes, as data: one module per concept, keyed by language.

Every table maps a language code (``"en"``, ``"de"``, ...) to a tuple of phrases. Code
never lists phrases inline; it asks for a table's phrases in every language with
:func:`phrases`, so adding a language is adding a key.

>>> "anzeige" in phrases({"de": ("Anzeige",), "en": ("Advertisement",)})
True
"""

from __future__ import annotations

from collections.abc import Mapping


def phrases(table: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """All phrases of a table, in every language, casefolded for lookup."""
    return frozenset(p.casefold() for terms in table.values() for p in terms)


def alternation(table: Mapping[str, tuple[str, ...]]) -> str:
    """A regex alternation of a table's phrases, longest first, spaces matching any space."""
    import regex

    terms = sorted({p for terms in table.values() for p in terms}, key=len, reverse=True)
    return "|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in terms)


def openings(table: Mapping[str, tuple[str, ...]]) -> str:
    """Like :func:`alternation`, but a phrase ending in a letter must end a word there.

    So the opening "Share" matches "Share this" but not "Shareholders".

    >>> import regex
    >>> pattern = regex.compile("^(?:" + openings({"en": ("Share",)}) + ")")
    >>> bool(pattern.match("Share this")), bool(pattern.match("Shareholders"))
    (True, False)
    """
    import regex

    terms = sorted({p for terms in table.values() for p in terms}, key=len, reverse=True)
    parts = []
    for term in terms:
        escaped = regex.escape(term).replace(r"\ ", r"\s+")
        parts.append(escaped + r"(?![\p{L}\p{N}])" if term[-1:].isalnum() else escaped)
    return "|".join(parts)
