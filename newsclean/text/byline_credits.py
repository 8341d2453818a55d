"""What each part of a known byline credits: a person, an outlet, the site, or nothing.

``newsclean.text.byline`` asks whether a line of text is a byline at all; this reads a text
already known to be one (a page's byline element, an author tag), so it takes a name
without "By" and splits at more separators. Both read the vocabulary of
``patterns.bylines``. The page names its own site: ``html.authors`` passes a ``Site``.

>>> [c.name for c in read_credits("Ein Beitrag von Jo Lee und Sam Park") if c.kind == PERSON]
['Jo Lee', 'Sam Park']
>>> read_credits("Publié par Jean Dupont"), read_credits("Opinion by Jo Lee")[0].name
([Credit(kind='person', name='Jean Dupont')], 'Jo Lee')
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

import regex

from newsclean.patterns import alternation, phrases
from newsclean.patterns.agencies import AGENCIES
from newsclean.patterns.bylines import (
    BYLINE_INTROS,
    BYLINE_LABELS,
    BYLINE_LINKS,
    BYLINE_ROLES,
    BYLINE_STAMPS,
    CREDIT_MARKS,
    NAME_ARTICLES,
    NAME_SUFFIX_TITLES,
    NOT_PEOPLE,
    ORGANIZATION_WORDS,
    PAGE_STAFF_CREDITS,
    STAFF_CREDITS,
)
from newsclean.text.byline_forms import JOINER, union

PERSON, OUTLET, SITE, NEITHER = "person", "outlet", "site", "neither"


class Credit(NamedTuple):
    """One part of a byline: what it names (``PERSON``, ``OUTLET``, ``SITE``, ``NEITHER``)."""

    kind: str
    name: str


class Site(Protocol):
    """The site a page belongs to, which is never an author."""

    def names(self, text: str) -> bool:
        """Whether ``text`` names the site, in full, in part or with a desk word after it."""

    def is_named(self, text: str) -> bool:
        """Whether ``text`` is exactly the site's name or a label of its host."""


class _NoSite:
    def names(self, text: str) -> bool:
        return False

    def is_named(self, text: str) -> bool:
        return False


_NO_SITE = _NoSite()
"""The site of a byline read without its page: it names nothing."""

_INTRO = regex.compile(r"^\s*(?:" + alternation(union(BYLINE_INTROS, BYLINE_LABELS))
                       + r")\s*:?\s+", regex.I)
# Both linear: the text is whitespace-normalized first, so one \s stands for any space.
_SEPARATOR = regex.compile(r"[,;|&/•]")
_JOINER = regex.compile(r"\s(?:" + JOINER + r")\s")
# Only stamps and links end the names: in "NJ Advance Media for NJ.com" the words after
# "for" show that no person is named (BYLINE_TAILS are for a line of text).
_STOP = regex.compile(r"\s(?:" + alternation(union(BYLINE_STAMPS, BYLINE_LINKS)) + r")\b.*$")
_URL = regex.compile(r"https?://|www\.")
_NOT_NAME = regex.compile(r"https?:|www\.|@|\d|[<>{}=(]|\.(?:com|net|org|co)\b", regex.I)
_ORGANIZATIONS = frozenset(
    [form.casefold() for forms in AGENCIES.values() for form in forms]
    + [word.casefold() for words in NOT_PEOPLE.values() for word in words])
_ROLES = phrases(BYLINE_ROLES)
_ORGANIZATION_WORDS = phrases(ORGANIZATION_WORDS)
_STAFF_ENDINGS = phrases(union(STAFF_CREDITS, PAGE_STAFF_CREDITS))
_ARTICLES = phrases(NAME_ARTICLES)
_MAX_NAME_WORDS = 5
_MAX_ROLE_WORDS = 3
# "Finian Cunningham. Sputnik International": a full stop after a word longer than an
# initial ends the name.
_NAME_END = regex.compile(r"(?<=\w\w)\.\s.*$")
_EMAIL = regex.compile(r"\S+@\S+")
_ASIDE = regex.compile(r"\s*\([^()]*\)\s*$")  # "Anna Schmidt (dpa)"
_AFFIX = alternation(union(NAME_SUFFIX_TITLES, CREDIT_MARKS))
_ROLE_AFFIX = regex.compile(rf"^(?:{_AFFIX})\s*|\s*(?:{_AFFIX})$")


def read_credits(text: str, *, site: Site | None = None) -> list[Credit]:
    """Each part of a byline with what it names, in order ("By" and roles name nothing).

    >>> read_credits("By TOM KRISHER, Sports Writer")
    [Credit(kind='person', name='Tom Krisher'), Credit(kind='neither', name='')]
    """
    line = " ".join(text.split())
    if _URL.search(line):
        return []
    line = _INTRO.sub("", line)  # "Text und Fotos: Jo Lee" before "und" splits it
    site = site or _NO_SITE
    return [_credit(_INTRO.sub("", part), site) for chunk in _SEPARATOR.split(line)
            for part in _JOINER.split(chunk)]


def _credit(part: str, site: Site) -> Credit:
    name = _tidy(part)
    if not name or _NOT_NAME.search(name) or len(name.split()) > _MAX_NAME_WORDS:
        return Credit(NEITHER, "")
    if _INTRO.fullmatch(name + " ") or name.split()[0].casefold() in _ARTICLES:
        return Credit(NEITHER, "")  # "By" alone; "The Russian" (names take no article)
    if name[:1].islower() or not name[:1].isalpha():
        return Credit(NEITHER, "")  # names start with a capital (scripts without case pass)
    words = name.casefold().split()
    endings = {" ".join(words[-n:]) for n in range(1, _MAX_ROLE_WORDS + 1)}
    if not _STAFF_ENDINGS.isdisjoint(endings) or any(
            w.strip(".,") in _ORGANIZATION_WORDS for w in words):
        return Credit(OUTLET, name)  # "European Space Agency", "Science X staff"
    name = _without_outlet(_NAME_END.sub("", name), site)
    folded = name.casefold()
    words = name.split()
    if site.names(name):
        return Credit(SITE, name)
    if folded in _ORGANIZATIONS:
        return Credit(OUTLET, name)
    if len(words) <= _MAX_ROLE_WORDS and words[0].casefold() in _ORGANIZATIONS:
        return Credit(OUTLET, name)  # "CNN Business", "Reuters staff"
    if words[-1].casefold() in _ROLES and (
            len(words) <= _MAX_ROLE_WORDS or words[0].casefold() in _ORGANIZATIONS):
        return Credit(NEITHER, "")  # "Staff Writer", "AP National Security Writer"
    if len(words) == 1 and name.isupper() and len(name) > 1:
        return Credit(OUTLET, name)  # "KWCH", "RDN": call signs, acronyms, degrees
    if words[-1][:1].islower():
        return Credit(NEITHER, "")  # a name cut short ("Coordenadoria de")
    if name.isupper() and len(words) > 1:
        name = name.title()  # "TOM KRISHER", as wire bylines print names
    return Credit(PERSON, name)


def _tidy(part: str) -> str:
    """A byline part without e-mail, aside in brackets, trailing date words or a CJK title.

    >>> _tidy("김철수 기자 kim@yna.co.kr"), _tidy("Anna Schmidt (dpa)"), _tidy("记者 张三")
    ('김철수', 'Anna Schmidt', '张三')
    """
    name = str(_ASIDE.sub("", _EMAIL.sub("", part)))
    name = _STOP.sub("", name).strip(" .:-–—()[]\"'")
    for _ in range(2):  # a title before and one after
        shorter = str(_ROLE_AFFIX.sub("", name, count=1))
        if not shorter:
            return ""  # a title alone ("文/记者 张三" gives "文" and "记者 张三")
        if len(shorter) < 2:
            break
        name = shorter
    return name


def _without_outlet(name: str, site: Site) -> str:
    """``name`` without an outlet named after it ("Tom Davies Associated Press")."""
    words = name.split()
    for cut in range(2, len(words)):  # a name keeps at least two words
        tail = " ".join(words[cut:])
        shouted = not name.isupper() and all(w.isupper() and len(w) > 1 for w in words[cut:])
        if shouted or tail.casefold() in _ORGANIZATIONS or site.is_named(tail):
            return " ".join(words[:cut])  # "Kevin McCoy USA TODAY" too: outlets shout
    return name
