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
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsclean.document import Metadata
from newsclean.html._page_index import words
from newsclean.html._prune import Page
from newsclean.html.authors import read_byline
from newsclean.html.dates import parse_date, time_element_date
from newsclean.html.headline import first_headings, shown_headline, whole_headline
from newsclean.html.jsonld import person_names, read_jsonld, text_value
from newsclean.html.local_time import local_time, shown_day
from newsclean.html.titles import clean_title
from newsclean.normalize import normalize_line
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
    headings = first_headings(tree)
    h1 = headings[0] if headings else None
    candidates = (whole_headline(text_value(ld.get("headline")), h1), _first(tags, TITLE_TAGS),
                  _text_of(tree, "title"))
    title = clean_title(next((c for c in candidates if c), None), h1=h1, site_name=site,
                        url=url or canonical)
    title = shown_headline(title, headings, candidates, site)
    host = urlsplit(url or canonical or "").hostname
    page = page or Page.of(tree)
    authors = _authors(person_names(ld.get("author")), tags, page, site=site, host=host)
    published = (parse_date(text_value(ld.get("datePublished")))
                 or parse_date(_first(tags, PUBLISHED_TAGS)) or time_element_date(tree))
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
