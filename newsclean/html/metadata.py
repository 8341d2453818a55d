"""Page metadata read from the markup: title, dek, authors, dates, site, URL, language.

Sources, in order of trust: the JSON-LD article object, meta tags, then the visible page
(``<title>``, ``<h1>``, a byline element, ``<time>``); htmldate is the fallback for the
publication date only. Cheap by design: one pass over ``<meta>`` tags, no re-parsing.

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
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsclean.document import Metadata
from newsclean.html._prune import Page
from newsclean.html.authors import author_names
from newsclean.html.jsonld import person_names, read_jsonld, text_value
from newsclean.html.titles import clean_title
from newsclean.normalize import normalize_line
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import ARTICLE_WRAPPER_WORDS
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
# Dates outside this range in markup are placeholders ("0001-01-01") or typos.
_EARLIEST = dt.date(1990, 1, 1)


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
    h1 = _text_of(tree, "h1")
    title = clean_title(_whole(text_value(ld.get("headline")), h1) or _first(tags, TITLE_TAGS)
                        or _text_of(tree, "title"), h1=h1, site_name=site, url=url or canonical)
    authors = (person_names(ld.get("author")) or _tag_authors(tags, site)
               or _byline_authors(page or Page.of(tree), site))
    authors = tuple(n for a in authors for n in author_names(a, site_name=site))
    return Metadata(
        title=title,
        subtitle=_first(tags, DESCRIPTION_TAGS) or text_value(ld.get("description")),
        authors=authors,
        published=(parse_date(text_value(ld.get("datePublished")))
                   or parse_date(_first(tags, PUBLISHED_TAGS)) or _time_element(tree)),
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
        return None
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
    return found if _EARLIEST <= day <= dt.date.today() + dt.timedelta(days=2) else None


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


def _tag_authors(tags: dict[str, str], site: str | None) -> tuple[str, ...]:
    raw = _first(tags, AUTHOR_TAGS)
    if not raw or raw.startswith(("http", "@")):
        return ()
    return author_names(raw, site_name=site)


def _byline_authors(page: Page, site: str | None) -> tuple[str, ...]:
    """Names in the page's byline: elements marked as the author first, then byline boxes.

    A byline box often holds the date and the section too, so an element marked
    ``rel=author`` or ``itemprop=author`` inside or beside it is the better source.
    """
    marked = [e for e, _ in page.named if e.get("rel") == "author" or e.get("itemprop") == "author"]
    boxes = [e for e, found in page.named if found & _BYLINE_WORDS and not found & _WRAPPER]
    for element in (*marked, *boxes):
        if element.tag in _NOT_BYLINE or next(element.iterancestors("form"), None) is not None:
            continue  # a comment form's "author" field, or the article itself
        text = normalize_line(" ".join(element.itertext()))
        if text and len(text) <= _MAX_BYLINE_CHARS:
            names = author_names(text, site_name=site)
            if names:
                return names
    return ()


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
