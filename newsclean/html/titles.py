"""The headline without the site name that pages append to it ("Talks resume | Daily Post").

>>> clean_title("Talks resume | Daily Post", site_name="Daily Post")
'Talks resume'
>>> clean_title("Talks resume - The Daily Post", url="https://dailypost.com/a/1")
'Talks resume'
>>> clean_title("Live: talks resume - day two", h1="Live: talks resume - day two")
'Live: talks resume - day two'
>>> clean_title("习近平会见美国总统-新华网", site_name="新华网")
'习近平会见美国总统'
>>> clean_title("How to turn off a shortcut key | note100yen.com")
'How to turn off a shortcut key'
"""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from newsclean.normalize import alnum_key, normalize_line
from newsclean.patterns.html_meta import TIGHT_TITLE_SEPARATORS, TITLE_SEPARATORS

_MAX_SITE_WORDS = 6
# One or two capitalized Latin words: "Entermedia", "Daily Sabah".
_BRAND = regex.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?")
_LATIN = regex.compile(r"\p{Latin}")
_FOREIGN_SHARE = 0.8
_DOMAIN = regex.compile(r"(?:[\w-]+\.)+(?:com|net|org|info|news|co|[a-z]{2})(?:\.[a-z]{2})?",
                        regex.I)


def clean_title(title: str | None, *, h1: str | None = None, site_name: str | None = None,
                url: str | None = None) -> str | None:
    """``title`` with a leading or trailing site-name part removed.

    A part is the site's when it matches the site name or the URL's host, or when the
    page's ``<h1>`` is the rest of the title.
    """
    title, h1 = normalize_line(title or ""), normalize_line(h1 or "") or None
    if not title:
        return h1
    if h1 and " ".join(h1.split()).casefold() == title.casefold():
        return title
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if _is_site(tail, site_name, url) or _same(head, h1):
            return head.strip() or title
        first, _, rest = title.partition(sep)
        if _is_site(first, site_name, url) or _same(rest, h1):
            return rest.strip() or title
    brand = _latin_brand(title)
    if brand:
        return brand
    for sep in TIGHT_TITLE_SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if head.strip() and _is_site(tail, site_name, url, exact=True):
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest.strip() and _is_site(first, site_name, url, exact=True):
            return rest.strip()
    return title


def _latin_brand(title: str) -> str | None:
    """The headline when a non-Latin headline ends in a brand name in Latin letters
    ("엘제이-류화영 진흙탕 싸움 - Entermedia"): sites in other scripts sign in Latin ones.

    >>> _latin_brand("악녀의 덫에 걸린 이유리 - Entermedia"), _latin_brand("Talks - Day 2")
    ('악녀의 덫에 걸린 이유리', None)
    """
    for sep in (" - ", " | ", " – ", " — "):
        head, _, tail = title.rpartition(sep)
        if not head.strip() or not _BRAND.fullmatch(tail.strip()):
            continue
        letters = [c for c in head if c.isalpha()]
        foreign = sum(1 for c in letters if not _LATIN.match(c))
        if letters and foreign >= _FOREIGN_SHARE * len(letters):
            return head.strip()
    return None


def _same(part: str, h1: str | None) -> bool:
    return bool(h1) and " ".join(part.split()).casefold() == " ".join((h1 or "").split()).casefold()


def _is_site(part: str, site_name: str | None, url: str | None, *, exact: bool = False,
             ) -> bool:
    part = part.strip()
    if not part or len(part.split()) > _MAX_SITE_WORDS:
        return False
    if _DOMAIN.fullmatch(part):
        return True  # "ノート100YEN.com": the site, named by its address
    key = site_key(part)
    site = site_key(site_name or "")
    if site and key and (key == site or (not exact and (key in site or site in key))):
        return True
    host = urlsplit(url).hostname if url else None
    if host and key:
        labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
        return any(key == label or (not exact and len(label) > 3 and label in key)
                   for label in labels[:-1])
    return False


def site_key(text: str) -> str:
    """A site's name as compared with parts of titles and bylines: letters and digits,
    casefolded, a leading "the" dropped.

    >>> site_key("The Daily-Post"), site_key("Daily Post")
    ('dailypost', 'dailypost')
    """
    return alnum_key(text).removeprefix("the")
