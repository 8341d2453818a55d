"""Page metadata read from the markup: title, dek, authors, dates, site, URL, language.

Sources, in order of trust: the JSON-LD article object, meta tags, then the visible page
(``<title>``, ``<h1>``, a byline element, ``<time>``); htmldate is the fallback for the
publication date only. Two exceptions follow what the reader sees: the page's ``<h1>``
is the title when it is this story's headline in other words than the metadata's, and a
UTC publication time is moved to the zone the page prints its times in
(``newsclean.html.local_time``). Cheap by design: one pass over ``<meta>`` tags, no
re-parsing.

>>> from lxml.html import fromstring
>>> page = fromstring('<html lang="en-GB"><head><title>Talks resume | Daily Post</title>'
...     '<meta property="og:site_name" content="Daily Post">'
...     '<meta name="author" content="Jo Lee">'
...     '<meta property="article:published_time" content="2024-05-02T08:00:00Z">'
...     '</head><body><h1>Talks resume</h1></body></html>')
>>> meta = page_metadata(page)
>>> meta.title, meta.authors, meta.published.isoformat(), meta.site_name, meta.language
('Talks resume', ('Jo Lee',), '2024-05-02T08:00:00+00:00', 'Daily Post', 'en-GB')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

import regex

from newsclean.document import Metadata
from newsclean.html._page_index import words
from newsclean.html._prune import Page
from newsclean.html.authors import read_byline
from newsclean.html.jsonld import person_names, read_jsonld, text_value
from newsclean.html.local_time import local_time, shown_day
from newsclean.html.titles import clean_title
from newsclean.normalize import alnum_key, normalize_line
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import ARTICLE_WRAPPER_WORDS, COMMENT_WORDS
from newsclean.patterns.html_meta import (
    AUTHOR_TAGS,
    BYLINE_WORDS,
    DESCRIPTION_TAGS,
    LANGUAGE_TAGS,
    MODIFIED_TAGS,
    PUBLISHED_TAGS,
    SITE_TAGS,
    TITLE_TAGS,
)

_BYLINE_WORDS = frozenset(BYLINE_WORDS)
_MAX_BYLINE_CHARS = 200
_NOT_BYLINE = frozenset({"input", "label", "textarea", "select", "form", "button", "article",
                         "main", "body", "html"})
_WRAPPER = phrases(ARTICLE_WRAPPER_WORDS)
_COMMENTS = phrases(COMMENT_WORDS)
_PAGE_LEVEL = frozenset({"body", "html", "main"})
# Dates outside this range in markup are placeholders ("0001-01-01") or typos.
_EARLIEST = dt.date(1990, 1, 1)
_MAX_HEADINGS = 3
# "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)"
_SCRIPT_DATE = regex.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d\d?) (\d{4}) (\d\d:\d\d:\d\d) GMT([+-]\d{4})")
_MAX_HEADLINE_CHARS = 300
_WORD = regex.compile(r"\w\w+")
# Share of the <h1>'s words that a metadata title must hold for the two to be one story's.
_SHARED_SHARE = 0.3


def page_metadata(tree: Any, *, url: str | None = None, page: Page | None = None) -> Metadata:
    """Metadata of the page ``tree`` (an lxml HTML root); fields not found stay empty.

    ``page`` is the tree's index of named elements, when the caller has built it already.
    """
    tags = _meta_tags(tree)
    jsonld = read_jsonld(tree)
    ld = jsonld.article
    site = tags.get("og:site_name") or jsonld.site_name or _first(tags, SITE_TAGS)
    if site and site.startswith(("@", "http")):
        site = None
    canonical = _canonical(tree, tags, url)
    headings = _headings(tree)
    h1 = headings[0] if headings else None
    candidates = (_whole(text_value(ld.get("headline")), h1), _first(tags, TITLE_TAGS),
                  _text_of(tree, "title"))
    title = clean_title(next((c for c in candidates if c), None), h1=h1, site_name=site,
                        url=url or canonical)
    title = _shown_headline(title, headings, candidates, site)
    host = urlsplit(url or canonical or "").hostname
    page = page or Page.of(tree)
    authors = _authors(person_names(ld.get("author")), tags, page, site=site, host=host)
    published = (parse_date(text_value(ld.get("datePublished")))
                 or parse_date(_first(tags, PUBLISHED_TAGS)) or _time_element(tree))
    if isinstance(published, dt.datetime):
        stamps = [text_value(ld.get(k)) or "" for k in ("dateModified", "dateCreated")]
        stamps += [tags[n] for n in (*PUBLISHED_TAGS, *MODIFIED_TAGS) if n in tags]
        published = local_time(published, tree, stamps, page=page)
        if published.utcoffset() == dt.timedelta(0):
            published = shown_day(published, tree) or published
    return Metadata(
        title=title,
        subtitle=_first(tags, DESCRIPTION_TAGS) or text_value(ld.get("description")),
        authors=authors,
        published=published,
        modified=(parse_date(text_value(ld.get("dateModified")))
                  or parse_date(_first(tags, MODIFIED_TAGS))),
        url=canonical,
        site_name=site,
        language=_language(tree, tags) or text_value(ld.get("inLanguage")),
    )


def _whole(headline: str | None, h1: str | None) -> str | None:
    """The JSON-LD headline, or the ``<h1>`` when the headline is its start cut short
    (sites cut it to the 110 characters search engines show).

    >>> _whole("Hunter ate a rabbit and", "Hunter ate a rabbit and fell ill")
    'Hunter ate a rabbit and fell ill'
    """
    if headline and h1 and len(h1) > len(headline):
        stem = " ".join(headline.split()).rstrip(" .…").casefold()
        if " ".join(h1.split()).casefold().startswith(stem):
            return h1
    return headline


def _headings(tree: Any) -> list[str]:
    """The page's first few non-empty ``<h1>`` texts (logos and empty ones come first on
    some pages)."""
    found: list[str] = []
    for element in tree.iter("h1"):
        text = normalize_line(element.text_content())
        if text:
            found.append(text)
            if len(found) == _MAX_HEADINGS:
                break
    return found


def _shown_headline(title: str | None, headings: list[str], candidates: Iterable[str | None],
                    site: str | None) -> str | None:
    """The ``<h1>`` the reader sees when it is this story's headline, else ``title``.

    Sites give search engines and social cards a headline of their own ("Delhi air
    pollution: The law that's ..."); the page's ``<h1>`` is the one printed above the
    story. An ``<h1>`` counts as the headline when it shares words with a metadata title
    (so it is not the site's logo or a section name).

    >>> _shown_headline("Disney+ glitches blamed on heavy demand", ["Daily Post",
    ...     "'We had some issues,' exec says on Disney+ glitches"],
    ...     ["Disney+ glitches blamed on heavy demand - Daily Post"], "Daily Post")
    "'We had some issues,' exec says on Disney+ glitches"
    """
    if not title:
        return title
    seen = [_title_words(c) for c in candidates if c]
    site_key = alnum_key(site or "")
    for heading in headings:
        if alnum_key(heading) == alnum_key(title):
            return title
        words = _title_words(heading)
        if len(heading) > _MAX_HEADLINE_CHARS or len(words) < 2 or (
                site_key and alnum_key(heading) == site_key):
            continue
        shared = max((len(words & other) for other in seen), default=0)
        if shared >= 2 and shared >= _SHARED_SHARE * len(words):
            return heading
    return title


def _title_words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def published_fallback(tree: Any, *, url: str | None = None, extensive: bool = False,
                       ) -> dt.date | None:
    """The publication date htmldate finds in the page (slower; used when markup has none).

    ``extensive`` also reads dates in the page's text: best asked of the pruned page,
    where embedded posts and related-story boxes with their own dates are gone.
    """
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=extensive)
    except (ValueError, TypeError):
        return None
    return dt.date.fromisoformat(found) if found else None


def parse_date(text: str | None) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time as written in markup; None when it is not one.

    >>> parse_date("2019-11-21"), parse_date("not a date"), parse_date("0001-01-01")
    (datetime.date(2019, 11, 21), None, None)
    """
    if not text:
        return None
    value = text.strip().replace("Z", "+00:00")
    if len(value) < 10 or value[4] != "-" or value[7] != "-":
        script = _script_date(text)
        return script if script and _plausible_day(script.date()) else None
    found: dt.date | dt.datetime
    try:
        if len(value) == 10:
            found = dt.date.fromisoformat(value)
        else:
            found = dt.datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        try:
            found = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    day = found.date() if isinstance(found, dt.datetime) else found
    return found if _plausible_day(day) else None


def _plausible_day(day: dt.date) -> bool:
    return _EARLIEST <= day <= dt.date.today() + dt.timedelta(days=2)


def _script_date(text: str) -> dt.datetime | None:
    """A date-time as JavaScript prints it, which some pages copy into JSON-LD.

    >>> _script_date("Tue Nov 19 2019 03:05:46 GMT+0000").isoformat()
    '2019-11-19T03:05:46+00:00'
    """
    match = _SCRIPT_DATE.match(text.strip())
    if not match:
        return None
    try:
        return dt.datetime.strptime(" ".join(match.groups()), "%b %d %Y %H:%M:%S %z")
    except ValueError:
        return None


def _meta_tags(tree: Any) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get(
            "http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), normalize_line(content))
    return tags


def _first(tags: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((tags[n] for n in names if n in tags), None)


def _text_of(tree: Any, tag: str) -> str | None:
    element = next(tree.iter(tag), None)
    return normalize_line(element.text_content()) or None if element is not None else None


def _authors(credited: tuple[str, ...], tags: dict[str, str], page: Page, *,
             site: str | None, host: str | None) -> tuple[str, ...]:
    """People named by JSON-LD, else by author tags, else by the byline element.

    A source that credits only an agency or a newsroom ("Reuters", "Science X staff")
    settles it: the story has no personal byline, and names further on are others'.
    """
    raw = _first(tags, AUTHOR_TAGS)
    tagged = (raw,) if raw and not raw.startswith(("http", "@")) else ()
    for source in (credited, tagged):
        read = [read_byline(a, site_name=site, host=host) for a in source]
        names = tuple(dict.fromkeys(n for people, _ in read for n in people))
        if names:
            return names
        if any(outlet for _, outlet in read):
            return ()
    return _byline_authors(page, site=site, host=host)


def _byline_authors(page: Page, *, site: str | None, host: str | None) -> tuple[str, ...]:
    """Names in the page's byline: elements marked as the author first, then byline boxes,
    the innermost first.

    A byline box often holds the date, the section or the outlet too ("Lisa Kaczke and
    Trevor J. Mitchell Sioux Falls Argus Leader Published 10:02 AM"), so an element marked
    ``rel=author`` or an author box inside it is the better source. A byline that credits
    only an outlet ("Associated Press") ends the search: author names further down the
    page belong to other stories. Comment authors are never the article's.
    """
    marked = [e for e, _ in page.named if e.get("rel") == "author" or e.get("itemprop") == "author"]
    boxes = [e for e, found in page.having(_BYLINE_WORDS) if not found & _WRAPPER]
    boxed = set(boxes)
    holders = {a for box in boxes for a in box.iterancestors() if a in boxed}
    ordered = [*marked, *(b for b in boxes if b not in holders),
               *(b for b in boxes if b in holders)]
    for element in ordered:
        if element.tag in _NOT_BYLINE or _in_comments(element) or next(
                element.iterancestors("form", "figure", "figcaption"), None) is not None:
            continue  # a comment form's "author" field, a commenter, a photo's credit
        text = normalize_line(" ".join(element.itertext()))
        if text and len(text) <= _MAX_BYLINE_CHARS:
            names, outlet = read_byline(text, site_name=site, host=host)
            if names:
                return names
            if outlet:
                return ()
    return ()


def _in_comments(element: Any) -> bool:
    """Whether ``element`` is in a comment thread (the page's ``<body>`` and ``<main>``
    are not asked: themes put "comments-open" on the body of every post)."""
    for node in (element, *element.iterancestors()):
        if node.tag in _PAGE_LEVEL:
            return False
        if words(node) & _COMMENTS:
            return True
    return False


def _time_element(tree: Any) -> dt.date | dt.datetime | None:
    for element in tree.iter("time"):
        found = parse_date(element.get("datetime"))
        if found:
            return found
    return None


def _canonical(tree: Any, tags: dict[str, str], url: str | None) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            href = str(link.get("href")).strip()
            return urljoin(url, href) if url else href
    found = tags.get("og:url")
    if found and urlsplit(found).scheme in ("http", "https"):
        return found
    return url


def _language(tree: Any, tags: dict[str, str]) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or _first(tags, LANGUAGE_TAGS)
    if not lang:
        return None
    return lang.strip().replace("_", "-").split(",")[0].strip() or None
