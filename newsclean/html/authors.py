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

import regex

from newsclean.html.titles import site_key
from newsclean.patterns import alternation, phrases
from newsclean.patterns.agencies import AGENCIES
from newsclean.patterns.html_meta import (
    BYLINE_INTROS,
    BYLINE_STOPS,
    NAME_ARTICLES,
    NAME_JOINERS,
    NOT_PEOPLE,
    ORGANIZATION_WORDS,
    ROLE_AFFIXES,
    ROLE_WORDS,
    STAFF_ENDINGS,
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
_ORGANIZATION_WORDS = phrases(ORGANIZATION_WORDS)
_STAFF_ENDINGS = phrases(STAFF_ENDINGS)
_ARTICLES = phrases(NAME_ARTICLES)
_MAX_NAME_WORDS = 5
_MIN_SITE_KEY = 4  # shorter keys ("ap", "li") would match inside names by chance
# Host labels that name no site: "www.", "news.example.com", "blog.example.co.uk".
_HOST_WORDS = frozenset({"www", "m", "amp", "co", "com", "org", "net", "news", "blog", "blogs",
                         "mobile", "edition", "en", "web"})
_MAX_ROLE_WORDS = 3
# "Finian Cunningham. Sputnik International": a full stop after a word longer than an
# initial ends the name.
_NAME_END = regex.compile(r"(?<=\w\w)\.\s.*$")
_EMAIL = regex.compile(r"\S+@\S+")
_ASIDE = regex.compile(r"\s*\([^()]*\)\s*$")  # "Anna Schmidt (dpa)"
_AFFIX = alternation(ROLE_AFFIXES)
_ROLE_AFFIX = regex.compile(rf"^(?:{_AFFIX})\s*|\s*(?:{_AFFIX})$")


def author_names(text: str, *, site_name: str | None = None, host: str | None = None,
                 ) -> tuple[str, ...]:
    """The people named in a byline or author tag, in order, without duplicates.

    ``site_name`` and the page's ``host`` name the site, which is never an author:
    neither is a desk named after it ("Telegraph Sport" on The Telegraph).

    >>> author_names("Telegraph Sport", site_name="The Telegraph")
    ()
    >>> author_names("Vortex", host="vortexcannon.org"), author_names("Ann", site_name="Daily")
    ((), ('Ann',))
    """
    return read_byline(text, site_name=site_name, host=host)[0]


def credits_outlet(text: str, *, site_name: str | None = None, host: str | None = None,
                   ) -> bool:
    """Whether a byline credits an agency, an organization or a newsroom and no person.

    The site's own name is not such a credit: publishing systems fill it in when a
    story has no author field, while a person's byline may still stand on the page.

    >>> credits_outlet("By Associated Press"), credits_outlet("Science X staff")
    (True, True)
    >>> credits_outlet("By Jo Lee, Reuters"), credits_outlet("By")
    (False, False)
    >>> credits_outlet("Daily Post", site_name="Daily Post")
    False
    """
    return read_byline(text, site_name=site_name, host=host)[1]


def read_byline(text: str, *, site_name: str | None = None, host: str | None = None,
                ) -> tuple[tuple[str, ...], bool]:
    """``author_names`` and ``credits_outlet`` of ``text`` from one reading of it.

    >>> read_byline("By Jo Lee and Reuters"), read_byline("Reuters staff")
    ((('Jo Lee',), False), ((), True))
    """
    names: list[str] = []
    kinds: set[str] = set()
    for kind, name in _credits(text, _site_keys(site_name, host)):
        kinds.add(kind)
        if kind == _PERSON and name not in names:
            names.append(name)
    return tuple(names), _OUTLET in kinds and _PERSON not in kinds


_PERSON, _OUTLET, _SITE, _NEITHER = "person", "outlet", "site", "neither"


def _site_keys(site_name: str | None, host: str | None) -> tuple[str, ...]:
    """The site's name and its host's labels, as ``site_key`` keys."""
    keys = [site_key(site_name or "")]
    if host:
        keys += [label for label in host.casefold().split(".")[:-1]
                 if label not in _HOST_WORDS]
    return tuple(k for k in keys if len(k) >= _MIN_SITE_KEY)


def _is_site(name: str, site: tuple[str, ...]) -> bool:
    """Whether ``name`` is the site's: its name or host, in full, in part, or with a desk
    word after it ("Telegraph Sport", "India Post News Weekly")."""
    key = site_key(name)
    if len(key) < _MIN_SITE_KEY:
        return False
    words = name.split()
    heads = {site_key(" ".join(words[:n])) for n in range(1, len(words))}
    return any(key == s or key in s or s in heads for s in site)


def _credits(text: str, site: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each part of a byline with what it names: a person, an outlet, or neither."""
    line = " ".join(text.split())
    if _URL.search(line):
        return []
    return [_credit(_INTRO.sub("", part), site) for chunk in _SEPARATOR.split(line)
            for part in _JOINER.split(chunk)]


def _credit(part: str, site: tuple[str, ...]) -> tuple[str, str]:
    name = _tidy(part)
    if not name or _NOT_NAME.search(name) or len(name.split()) > _MAX_NAME_WORDS:
        return _NEITHER, ""
    if _INTRO.fullmatch(name + " ") or name.split()[0].casefold() in _ARTICLES:
        return _NEITHER, ""  # "By" alone; "The Russian" (names take no article)
    if name[:1].islower() or not name[:1].isalpha():
        return _NEITHER, ""  # names start with a capital (scripts without case pass)
    folded = name.casefold()
    words = folded.split()
    endings = {" ".join(words[-n:]) for n in range(1, _MAX_ROLE_WORDS + 1)}
    if not _STAFF_ENDINGS.isdisjoint(endings) or any(
            w.strip(".,") in _ORGANIZATION_WORDS for w in words):
        return _OUTLET, name  # "European Space Agency", "Science X staff"
    name = _without_outlet(_NAME_END.sub("", name), site)
    folded = name.casefold()
    words = name.split()
    if _is_site(name, site):
        return _SITE, name
    if folded in _ORGANIZATIONS:
        return _OUTLET, name
    if len(words) <= _MAX_ROLE_WORDS and words[0].casefold() in _ORGANIZATIONS:
        return _OUTLET, name  # "CNN Business", "Reuters staff"
    if words[-1].casefold() in _ROLES and (
            len(words) <= _MAX_ROLE_WORDS or words[0].casefold() in _ORGANIZATIONS):
        return _NEITHER, ""  # "Staff Writer", "AP National Security Writer"
    if len(words) == 1 and name.isupper() and len(name) > 1:
        return _OUTLET, name  # "KWCH", "RDN": call signs, acronyms, degrees; not people
    if words[-1][:1].islower():
        return _NEITHER, ""  # a name cut short ("Coordenadoria de")
    if name.isupper() and len(words) > 1:
        name = name.title()  # "TOM KRISHER", as wire bylines print names
    return _PERSON, name


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


def _without_outlet(name: str, site: tuple[str, ...]) -> str:
    """``name`` without an outlet named after it ("Tom Davies Associated Press")."""
    words = name.split()
    for cut in range(2, len(words)):  # a name keeps at least two words
        tail = " ".join(words[cut:]).casefold()
        shouted = not name.isupper() and all(w.isupper() and len(w) > 1 for w in words[cut:])
        if shouted or tail in _ORGANIZATIONS or site_key(tail) in site:
            return " ".join(words[:cut])  # "Kevin McCoy USA TODAY" too: outlets shout
    return name
