"""Author names from byline text or author tags: a list of people, never the site.

The parts of a byline are read by ``newsclean.text.byline_credits`` with the vocabulary of
``patterns.bylines``, shared with bylines in text; what is the page's own is here: its
site's name and host, which are never an author.

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

from dataclasses import dataclass

from newsclean.html.titles import site_key
from newsclean.text.byline_credits import OUTLET, PERSON, read_credits

_MIN_SITE_KEY = 4  # shorter keys ("ap", "li") would match inside names by chance
# Host labels that name no site: "www.", "news.example.com", "blog.example.co.uk".
_HOST_WORDS = frozenset({"www", "m", "amp", "co", "com", "org", "net", "news", "blog", "blogs",
                         "mobile", "edition", "en", "web"})


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
    for kind, name in read_credits(text, site=_Site(_site_keys(site_name, host))):
        kinds.add(kind)
        if kind == PERSON and name not in names:
            names.append(name)
    return tuple(names), OUTLET in kinds and PERSON not in kinds


@dataclass(frozen=True)
class _Site:
    """The page's site, as the ``site_key`` keys of its name and its host's labels."""

    keys: tuple[str, ...]

    def names(self, text: str) -> bool:
        """Whether ``text`` is the site's: its name or host, in full, in part, or with a
        desk word after it ("Telegraph Sport", "India Post News Weekly").

        >>> _Site(("telegraph",)).names("Telegraph Sport"), _Site(("telegraph",)).names("Jo")
        (True, False)
        """
        key = site_key(text)
        if len(key) < _MIN_SITE_KEY:
            return False
        words = text.split()
        heads = {site_key(" ".join(words[:n])) for n in range(1, len(words))}
        return any(key == s or key in s or s in heads for s in self.keys)

    def is_named(self, text: str) -> bool:
        """Whether ``text`` is exactly the site's name or one of its host's labels."""
        return site_key(text) in self.keys


def _site_keys(site_name: str | None, host: str | None) -> tuple[str, ...]:
    """The site's name and its host's labels, as ``site_key`` keys."""
    keys = [site_key(site_name or "")]
    if host:
        keys += [label for label in host.casefold().split(".")[:-1]
                 if label not in _HOST_WORDS]
    return tuple(k for k in keys if len(k) >= _MIN_SITE_KEY)
