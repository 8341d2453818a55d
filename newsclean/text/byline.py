"""Byline parsing: "By Elizabeth Shim" -> ("Elizabeth Shim",), never the outlet's name.

Used by the ``article_head`` stripper on text and by the HTML stage on byline elements.

>>> parse_byline("By Elizabeth Shim")
Byline(authors=('Elizabeth Shim',), source=None)
>>> parse_byline("By Jo Lee and Sam Park, Reuters")
Byline(authors=('Jo Lee', 'Sam Park'), source='Reuters')
>>> parse_byline("By Robert Burns, AP National Security Writer")
Byline(authors=('Robert Burns',), source='AP')
>>> parse_byline("By Reuters Staff")
Byline(authors=(), source='Reuters')
>>> parse_byline("By the end of the week, prices fell.") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.normalize import fold_spaces
from newsclean.patterns import alternation, openings, phrases
from newsclean.patterns.agencies import agency_forms
from newsclean.patterns.bylines import (
    BYLINE_INTROS,
    BYLINE_LABELS,
    BYLINE_ROLES,
    BYLINE_STAMPS,
    BYLINE_TAILS,
    NAME_ARTICLES,
    NAME_PARTICLES,
    NAME_SUFFIX_TITLES,
    STAFF_CREDITS,
)
from newsclean.rules import PhraseRule
from newsclean.text.byline_forms import JOINER, union
from newsclean.text.memo import memoized
from newsclean.text.wire import AGENCY, canonical_agency

# "By Jo Lee", "By: Jo Lee", "Author: Jo Lee"; a label needs its colon in text.
_INTRO = regex.compile(r"^\s*(?:(?:" + alternation(BYLINE_INTROS) + r")\s*:?|(?:"
                       + alternation(BYLINE_LABELS) + r")\s*:)\s+(?P<rest>.+)$",
                       regex.S | regex.I)
_SUFFIX = regex.compile(
    r"^\s*(?P<names>\p{L}{2,4}(?:\s*[,·]\s*\p{L}{2,4})*)\s*(?:" + alternation(NAME_SUFFIX_TITLES)
    + r")(?:\s+[\w.+\-]+@[\w\-]+\.[\w.\-]+)?\s*$")
# Korean columns also put the title first: "칼럼니스트 박생강".
_PREFIX = regex.compile(r"^\s*(?:" + alternation(NAME_SUFFIX_TITLES)
                        + r")\s+(?P<names>\p{Hangul}{2,4}(?:\s*[,·]\s*\p{Hangul}{2,4})*)\s*$")
# Every title (case-sensitive, "기자", "記者") holds a character beyond ASCII, so that a
# text all in ASCII is spared _SUFFIX and _PREFIX.
_TITLES_BEYOND_ASCII = all(not t.isascii() for terms in NAME_SUFFIX_TITLES.values()
                           for t in terms)
_JOIN = regex.compile(r"\s*(?:,|;|\||·|\s(?:" + JOINER + r")\s)\s*")
# A job title after a comma or a spaced dash or bar: "Jo Lee, Staff Writer".
_ROLE = PhraseRule.expression(
    r"(?:,|\s[-–—|])\s*(?P<lead>(?:[\p{L}.’'\-]+\s+){0,4}?)(?:" + alternation(BYLINE_ROLES)
    + r")s?(?![\p{L}]).*$", flags=regex.I, holds=BYLINE_ROLES, name="byline.role", timeout=None)
# "Reuters Staff", "Staff Reports" (the lazy ".*?" makes it slow on lines it cannot take).
_STAFF = PhraseRule.closing(STAFF_CREDITS, flags=regex.I, lead=r"^(?P<outlet>.*?)\s*", tail="$",
                            name="byline.staff", timeout=None)
_TAIL = regex.compile(r"\s+(?:" + openings(union(BYLINE_TAILS, BYLINE_STAMPS)) + r")\s+\S.*$")
_AGENCY_TAIL = PhraseRule.expression(r",\s*(?:The\s+)?(?:" + AGENCY + r")\s*$",
                                     closes_with=[*agency_forms()], name="byline.agency_tail",
                                     timeout=None)
# Two or more full names and nothing else: "Lisa Kaczke and Trevor J. Mitchell".
# Atomic names and anchors keep this linear on long runs of capitalized words.
_NAME = r"(?>\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})"
_NAMES_ONLY = regex.compile(
    r"^" + _NAME + r"(?:\s*,\s*" + _NAME + r")*\s+(?:" + JOINER + r")\s+" + _NAME + r"$")
_PARTICLES = frozenset(NAME_PARTICLES)
_ARTICLES = phrases(NAME_ARTICLES)
_EMAIL = regex.compile(r"\s*\(?[\w.+\-]+@[\w\-]+\.[\w.\-]+\)?")
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hangul}]{2,4}")
_NAME_WORD = regex.compile(r"[\p{L}\p{M}.'’\-]+")
_SUFFIXED_NAMES = regex.compile(r"\s*[,·]\s*")


@dataclass(frozen=True)
class Byline:
    """The people a byline names, and the agency or outlet it credits."""

    authors: tuple[str, ...]
    source: str | None = None


def is_person_name(text: str) -> bool:
    """True for 1 to 5 capitalized words (particles allowed): "Ana de la Cruz".

    >>> is_person_name("Elizabeth Shim"), is_person_name("the end of the week")
    (True, False)
    >>> is_person_name("The End Of The Week")  # names take no article
    False
    """
    if _CJK_NAME.fullmatch(text):
        return True  # Chinese and Korean names: 2 to 4 characters, no capitals
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if not any(w[:1].isupper() for w in words) or words[-1].casefold() in _PARTICLES:
        return False
    if words[0].casefold() in _ARTICLES:
        return False
    for w in words:
        if w.casefold() in _PARTICLES and w[:1].islower():
            continue
        if not (w[:1].isupper() and _NAME_WORD.fullmatch(w)):
            return False
    return True


@memoized  # the head's lines are asked as bylines, then as titles
def parse_byline(text: str) -> Byline | None:
    """The authors (and agency) a byline line names, or None if it is not a byline."""
    text = fold_spaces(text)
    if len(text) > 200:
        return None
    suffixed = (None if text.isascii() and _TITLES_BEYOND_ASCII
                else _SUFFIX.match(text) or _PREFIX.match(text))
    if suffixed:
        names = tuple(n.strip() for n in _SUFFIXED_NAMES.split(suffixed.group("names")))
        return Byline(authors=names)
    intro = _INTRO.match(text)
    if intro is None and not (
            _AGENCY_TAIL.search(text)
            or _is_staff_credit(text) or _NAMES_ONLY.fullmatch(text) or _titled(text)):
        return None  # without "By": "Name, Job Title", "Name, Agency", "A and B", "Staff Reports"
    rest = _EMAIL.sub("", intro.group("rest") if intro else text).strip().rstrip(".")
    source = _role_agency(rest)
    rest = _TAIL.sub("", _ROLE.pattern.sub("", rest)).strip()
    authors: list[str] = []
    newsroom = False
    for part in (p.strip() for p in _JOIN.split(rest) if p and p.strip()):
        agency = canonical_agency(part.removeprefix("The ").strip()) or canonical_agency(part)
        staff = _STAFF.match(part)
        if agency:
            source = source or agency
        elif staff:
            newsroom = True
            source = source or canonical_agency(staff.group("outlet").strip())
        elif is_person_name(part):
            authors.append(part)
        else:
            return None
    if not authors and not ((intro or _is_staff_credit(text)) and (source or newsroom)):
        return None
    if intro is None and any(len(a.split()) < 2 for a in authors):
        return None  # "Paris, AFP" names a place, not a person
    return Byline(authors=tuple(dict.fromkeys(authors)), source=source)


def _titled(text: str) -> bool:
    """A job title follows a name: "Jo Lee, Staff Writer", "Jo Lee - Reporter"."""
    role = _ROLE.search(text)
    return role is not None and role.start() != 0


def _is_staff_credit(text: str) -> bool:
    return _STAFF.fullmatch(text) is not None


def _role_agency(text: str) -> str | None:
    """The agency a job title names: "AP National Security Writer" -> "AP"."""
    role = _ROLE.search(text)
    if role is None or not role.group("lead"):
        return None
    first = role.group("lead").split()[0]
    return canonical_agency(first) or (canonical_agency(first.upper()) if len(first) <= 4 else None)
