"""The headline the reader sees: the JSON-LD headline made whole, and the page's
``<h1>`` when it is this story's headline in other words than the metadata's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from newsclean.normalize import alnum_key, normalize_line

_MAX_HEADINGS = 3
_MAX_HEADLINE_CHARS = 300
_WORD = regex.compile(r"\w\w+")
# Share of the <h1>'s words that a metadata title must hold for the two to be one story's.
_SHARED_SHARE = 0.3


def whole_headline(headline: str | None, h1: str | None) -> str | None:
    """The JSON-LD headline, or the ``<h1>`` when the headline is its start cut short
    (sites cut it to the 110 characters search engines show).

    >>> whole_headline("Hunter ate a rabbit and", "Hunter ate a rabbit and fell ill")
    'Hunter ate a rabbit and fell ill'
    """
    if headline and h1 and len(h1) > len(headline):
        stem = " ".join(headline.split()).rstrip(" .…").casefold()
        if " ".join(h1.split()).casefold().startswith(stem):
            return h1
    return headline


def first_headings(tree: Any) -> list[str]:
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


def shown_headline(title: str | None, headings: list[str], candidates: Iterable[str | None],
                    site: str | None) -> str | None:
    """The ``<h1>`` the reader sees when it is this story's headline, else ``title``.

    Sites give search engines and social cards a headline of their own ("Delhi air
    pollution: The law that's ..."); the page's ``<h1>`` is the one printed above the
    story. An ``<h1>`` counts as the headline when it shares words with a metadata title
    (so it is not the site's logo or a section name).

    >>> shown_headline("Disney+ glitches blamed on heavy demand", ["Daily Post",
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
