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


_TRAILING = regex.compile(
    r"(?:\s+|^|(?<=[。．！？」』]))"
    r"(?:[(\[（]\s*(?P<a>(?:" + AGENCY + r")(?:\s*[/,]\s*(?:" + AGENCY + r"))*)\s*[)\]）]"
    r"|(?:==|--|—|–|-|/|^)\s*(?P<b>(?:" + AGENCY + r")(?:\s*[/,]\s*(?:" + AGENCY + r"))*))\s*\.?$"
)


_TAG_REACH = 120
"""Characters from the end of a paragraph in which a closing tag is looked for."""
# Every tag ends in a closing bracket or in the last word of an agency's name: a cheap
# test that spares most paragraphs the search.
_TAG_ENDINGS = frozenset(")]）") | {form.split()[-1] for form in agency_forms()}
_LAST_CHARS = frozenset(ending[-1] for ending in _TAG_ENDINGS)


def _may_end_in_tag(text: str) -> bool:
    end = text.rstrip(" .")
    if not end:
        return False
    if end[-1] in _TAG_ENDINGS:
        return True
    if end[-1] not in _LAST_CHARS and not end[-1].isspace() and end[-1] != "/":
        return False  # the last word cannot be an ending: it ends in another character
    words = end.replace("/", " ").rsplit(None, 1)  # only the last word counts
    return bool(words) and words[-1].lstrip("=-–—([（") in _TAG_ENDINGS


def _forms_by_last_char() -> dict[str, tuple[str, ...]]:
    by_last: dict[str, list[str]] = {}
    for form in agency_forms():
        by_last.setdefault(form[-1], []).append(form)
    return {char: tuple(forms) for char, forms in by_last.items()}


_FORMS_BY_LAST = _forms_by_last_char()
"""The agencies' forms by their last character: ``str.endswith`` is then asked of a few."""


def _ends_with_agency(text: str) -> bool:
    """False only when ``_TRAILING`` cannot match: its tag ends with an agency's form, then
    maybe a closing bracket, spaces and a full stop. A test that spares the search the
    paragraphs ``_may_end_in_tag`` lets through ("... (5 Blu-Ray)", "... in Korea.").

    >>> _ends_with_agency("Talks will resume. (Yonhap) "), _ends_with_agency("Serves 4 (8 oz.)")
    (True, False)
    """
    end = text.rstrip()  # str.isspace takes every character regex's \s takes
    if end.endswith("."):
        end = end[:-1].rstrip()
    if end.endswith((")", "]", "）")):  # no agency's form ends with a bracket
        end = end[:-1].rstrip()
    return end.endswith(_FORMS_BY_LAST.get(end[-1:], ()))


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
    if not (_may_end_in_tag(text) and _ends_with_agency(text)):
        return None
    match = _TRAILING.search(text, max(0, len(text) - _TAG_REACH), timeout=0.5)
    names = agencies_in(match.group("a") or match.group("b")) if match else []
    return (match, names) if match and names else None
