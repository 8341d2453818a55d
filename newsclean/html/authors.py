"""Author names from byline text or author tags: a list of people, never the site.

>>> author_names("By Jo Lee and Sam Park, Reuters", site_name="Reuters")
('Jo Lee', 'Sam Park')
>>> author_names("https://www.facebook.com/dailypost")
()
>>> author_names("Текст: Венера Ерофеева; Associated Press")
('Венера Ерофеева',)
>>> author_names("by Jeff Foust Monday, November 18, 2019")
('Jeff Foust',)
>>> author_names("By TOM KRISHER, AP Auto Writer")
('Tom Krisher',)
>>> author_names("Tom Davies Associated Press"), author_names("Ann Li. Daily Mail")
(('Tom Davies',), ('Ann Li',))
>>> author_names("Kevin McCoy USA TODAY, ROBERT BURNS, AP National Security Writer")
('Kevin McCoy', 'Robert Burns')
>>> author_names("Texto: João Silva"), author_names("홍길동 기자"), author_names("文/记者 张三")
(('João Silva',), ('홍길동',), ('张三',))
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean.patterns import alternation, phrases
from newsclean.patterns.agencies import AGENCIES
from newsclean.patterns.html_meta import (
    BYLINE_INTROS,
    BYLINE_STOPS,
    NAME_JOINERS,
    NOT_PEOPLE,
    ROLE_AFFIXES,
    ROLE_WORDS,
)

_INTRO = regex.compile(r"^\s*(?:" + alternation(BYLINE_INTROS) + r")\s*:?\s+", regex.I)
# Both linear: the text is whitespace-normalized first, so one \s stands for any space.
_SEPARATOR = regex.compile(r"[,;|&/•]")
_JOINER = regex.compile(r"\s(?:" + alternation(NAME_JOINERS) + r")\s", regex.I)
_STOP = regex.compile(r"\s(?:" + alternation(BYLINE_STOPS) + r")\b.*$")
_URL = regex.compile(r"https?://|www\.")
_NOT_NAME = regex.compile(r"https?:|www\.|@|\d|[<>{}=(]|\.(?:com|net|org|co)\b", regex.I)
_ORGANIZATIONS = frozenset(
    [form.casefold() for forms in AGENCIES.values() for form in forms]
    + [word.casefold() for words in NOT_PEOPLE.values() for word in words])
_ROLES = phrases(ROLE_WORDS)
_MAX_NAME_WORDS = 5
_MAX_ROLE_WORDS = 3
# "Finian Cunningham. Sputnik International": a full stop after a word longer than an
# initial ends the name.
_NAME_END = regex.compile(r"(?<=\w\w)\.\s.*$")
_EMAIL = regex.compile(r"\S+@\S+")
_ASIDE = regex.compile(r"\s*\([^()]*\)\s*$")  # "Anna Schmidt (dpa)"
_AFFIX = alternation(ROLE_AFFIXES)
_ROLE_AFFIX = regex.compile(rf"^(?:{_AFFIX})\s*|\s*(?:{_AFFIX})$")


def author_names(text: str, *, site_name: str | None = None,
                 ) -> tuple[str, ...]:
    """The people named in a byline or author tag, in order, without duplicates."""
    line = _INTRO.sub("", " ".join(text.split()))
    if _URL.search(line):
        return ()
    parts = [part for chunk in _SEPARATOR.split(line) for part in _JOINER.split(chunk)]
    return _people(parts, site_name)


def _people(parts: Iterable[str], site_name: str | None) -> tuple[str, ...]:
    site = (site_name or "").casefold()
    names: list[str] = []
    for part in parts:
        name = _tidy(part)
        if not name or _NOT_NAME.search(name) or len(name.split()) > _MAX_NAME_WORDS:
            continue
        if name[:1].islower() or not name[:1].isalpha():
            continue  # names start with a capital (scripts without case pass)
        name = _without_outlet(_NAME_END.sub("", name), site)
        folded = name.casefold()
        words = name.split()
        if folded in _ORGANIZATIONS or (site and (folded == site or folded in site)):
            continue
        if len(words) <= _MAX_ROLE_WORDS and words[0].casefold() in _ORGANIZATIONS:
            continue  # "CNN Business", "Reuters staff"
        if words[-1].casefold() in _ROLES and (
                len(words) <= _MAX_ROLE_WORDS or words[0].casefold() in _ORGANIZATIONS):
            continue  # "Staff Writer", "AP National Security Writer"
        if name.isupper() and len(words) > 1:
            name = name.title()  # "TOM KRISHER", as wire bylines print names
        if name not in names:
            names.append(name)
    return tuple(names)


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


def _without_outlet(name: str, site: str) -> str:
    """``name`` without an outlet named after it ("Tom Davies Associated Press")."""
    words = name.split()
    for cut in range(2, len(words)):  # a name keeps at least two words
        tail = " ".join(words[cut:]).casefold()
        shouted = not name.isupper() and all(w.isupper() and len(w) > 1 for w in words[cut:])
        if shouted or tail in _ORGANIZATIONS or (site and tail == site):
            return " ".join(words[:cut])  # "Kevin McCoy USA TODAY" too: outlets shout
    return name
