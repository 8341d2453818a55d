"""Schema.org metadata from a page's JSON-LD scripts: the article object and the site.

>>> from lxml.html import fromstring
>>> page = fromstring('<html><head><script type="application/ld+json">{"@context":'
...     ' "https://schema.org", "@type": "NewsArticle", "headline": "Talks resume",'
...     ' "author": [{"@type": "Person", "name": "Jo Lee"}],'
...     ' "publisher": {"@type": "Organization", "name": "Daily Post"}}</script></head></html>')
>>> ld = read_jsonld(page)
>>> ld.article["headline"], person_names(ld.article.get("author")), ld.site_name
('Talks resume', ('Jo Lee',), 'Daily Post')
>>> graph = fromstring('<html><head><script type="application/ld+json">{"@graph": ['
...     '{"@type": "Article", "author": {"@id": "#p1"}},'
...     '{"@type": "Person", "@id": "#p1", "name": "Sam Park"}]}</script></head></html>')
>>> person_names(read_jsonld(graph).article["author"])
('Sam Park',)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_ARTICLE_TYPES = ("article", "posting", "report", "liveblogposting")
_MAX_SCRIPT_CHARS = 500_000


@dataclass(frozen=True)
class JsonLd:
    """The article object of a page's JSON-LD (empty when none) and the site's name."""

    article: dict[str, Any] = field(default_factory=dict)
    """The first object whose @type is an Article kind (NewsArticle, BlogPosting, ...), else
    a WebPage object that names an author."""
    site_name: str | None = None
    """The publisher's or WebSite's name."""


def read_jsonld(tree: Any) -> JsonLd:
    """Parse every JSON-LD script of the page; broken JSON is skipped, never raised."""
    article: dict[str, Any] = {}
    site: str | None = None
    by_id: dict[str, dict[str, Any]] = {}
    page: dict[str, Any] = {}
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        if len(script.text) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _objects(data):
            if isinstance(obj.get("@id"), str) and len(obj) > 2:
                by_id.setdefault(obj["@id"], obj)
            kinds = _types(obj)
            if not article and any(k.endswith(_ARTICLE_TYPES) for k in kinds):
                article = obj
                site = site or _name(obj.get("publisher"))
            elif "website" in kinds and not site:
                site = _name(obj)
            elif "webpage" in kinds and not page and "author" in obj:
                page = obj
    # Some publishing systems put the story's author and dates on the WebPage object only.
    article = article or page
    if article and "author" in article:
        # Yoast-style graphs name the author by reference: {"@id": ".../#/schema/person/1"}
        article = {**article, "author": _resolved(article["author"], by_id)}
    return JsonLd(article, site)


def _resolved(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolved(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def person_names(value: Any) -> tuple[str, ...]:
    """Names of the people in an ``author`` value; organizations are left out."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and "organization" not in _types(item):
            name = _name(item)
            if name:
                names.append(name)
    return tuple(n.strip() for n in names if n and n.strip())


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value that may be a list or an object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    return value.strip() or None if isinstance(value, str) else None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _objects(graph)


def _types(obj: dict[str, Any]) -> tuple[str, ...]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return tuple(k.lower() for k in kinds if isinstance(k, str))


def _name(obj: Any) -> str | None:
    if isinstance(obj, list):
        obj = obj[0] if obj else None
    if isinstance(obj, dict):
        name = obj.get("name")
        return name.strip() or None if isinstance(name, str) else None
    return None
