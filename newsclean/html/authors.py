"""Author names from byline text or author tags: a list of people, never the site.

>>> author_names("By Jo Lee and Sam Park, Reuters", site_name="Reuters")
('Jo Lee', 'Sam Park')
>>> author_names("https://www.facebook.com/dailypost")
()
>>> author_names("Текст: Венера Ерофеева; Associated Press")
('Венера Ерофеева',)
>>> author_names("by Jeff Foust Monday, November 18, 2019")
('Jeff Foust',)
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean.patterns import alternation
from newsclean.patterns.agencies import AGENCIES
from newsclean.patterns.html_meta import BYLINE_INTROS, BYLINE_STOPS, NAME_JOINERS, NOT_PEOPLE

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
_MAX_NAME_WORDS = 5


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
        name = _STOP.sub("", part).strip(" .:-–—()[]\"'")
        if not name or _NOT_NAME.search(name) or len(name.split()) > _MAX_NAME_WORDS:
            continue
        if name[:1].islower() or not name[:1].isalpha():
            continue  # names start with a capital (scripts without case pass)
        folded = name.casefold()
        if folded in _ORGANIZATIONS or (site and (folded == site or folded in site)):
            continue
        if name not in names:
            names.append(name)
    return tuple(names)
