"""Byline parsing: "By Elizabeth Shim" -> ("Elizabeth Shim",), never the outlet's name.

Used by the ``article_head`` stripper on text and by the HTML stage on byline elements.

>>> parse_byline("By Elizabeth Shim")
Byline(authors=('Elizabeth Shim',), source=None)
>>> parse_byline("By Jo Lee and Sam Park, Reuters")
Byline(authors=('Jo Lee', 'Sam Park'), source='Reuters')
>>> parse_byline("By the end of the week, prices fell.") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.patterns import alternation
from newsclean.patterns.bylines import (
    BYLINE_INTROS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_SUFFIX_TITLES,
)
from newsclean.strippers.wire import canonical_agency

_INTRO = regex.compile(r"^\s*(?:" + alternation(BYLINE_INTROS) + r")\s+(?P<rest>.+)$", regex.S)
_SUFFIX = regex.compile(
    r"^\s*(?P<names>\p{L}{2,4}(?:\s*[,·]\s*\p{L}{2,4})*)\s*(?:" + alternation(NAME_SUFFIX_TITLES)
    + r")(?:\s+[\w.+\-]+@[\w\-]+\.[\w.\-]+)?\s*$")
_JOIN = regex.compile(r"\s*(?:,|;|\||·|\s(?:" + alternation(NAME_JOINERS) + r")\s)\s*")
_ROLE = regex.compile(
    r"(?:,|\s[-–—|])\s*(?:(?:Senior|Chief|Staff|Special|Foreign|Political|Business|Sports|"
    r"Contributing|Associate|Deputy|Managing|Executive|Science|Health|Tech|Technology|"
    r"Economics|White House|Washington|Senior Staff|Investigative)\s+)*"
    r"(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Journalist|Staff|"
    r"Photographer|Producer|Analyst|Critic)s?\b.*$", regex.I)
_PARTICLES = frozenset(NAME_PARTICLES)
_EMAIL = regex.compile(r"\s*\(?[\w.+\-]+@[\w\-]+\.[\w.\-]+\)?")


@dataclass(frozen=True)
class Byline:
    """The people a byline names, and the agency or outlet it credits."""

    authors: tuple[str, ...]
    source: str | None = None


def is_person_name(text: str) -> bool:
    """True for 1 to 5 capitalized words (particles allowed): "Ana de la Cruz".

    >>> is_person_name("Elizabeth Shim"), is_person_name("the end of the week")
    (True, False)
    """
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if not any(w[:1].isupper() for w in words) or words[-1].casefold() in _PARTICLES:
        return False
    for w in words:
        if w.casefold() in _PARTICLES and w[:1].islower():
            continue
        if not (w[:1].isupper() and regex.fullmatch(r"[\p{L}\p{M}.'’\-]+", w)):
            return False
    return True


def parse_byline(text: str) -> Byline | None:
    """The authors (and agency) a byline line names, or None if it is not a byline."""
    text = " ".join(text.split())
    if len(text) > 200:
        return None
    suffixed = _SUFFIX.match(text)
    if suffixed:
        names = tuple(n.strip() for n in regex.split(r"\s*[,·]\s*", suffixed.group("names")))
        return Byline(authors=names)
    intro = _INTRO.match(text)
    if intro is None:
        return None
    rest = _EMAIL.sub("", intro.group("rest")).strip().rstrip(".")
    rest = _ROLE.sub("", rest).strip()
    parts = [p.strip() for p in _JOIN.split(rest) if p and p.strip()]
    authors: list[str] = []
    source: str | None = None
    for part in parts:
        agency = canonical_agency(part.removeprefix("The ").strip()) or canonical_agency(part)
        if agency:
            source = source or agency
        elif is_person_name(part):
            authors.append(part)
        else:
            return None
    if not authors:
        return None
    return Byline(authors=tuple(dict.fromkeys(authors)), source=source)
