"""link_outs: short lines that send the reader to a web address instead of telling the story.

Wire services, podcasts and outlets close a story, or break it, with pointers::

    Follow AP's full coverage of the elections at https://apnews.com/elections
    More AP football: https://apnews.com/NFL and https://twitter.com/AP_Sports
    iTunes: http://example.fm/show/615
    On example.com: Car sales slump for a third month
    Mehr dazu unter https://www.example.de/thema

A line of at most ``MAX_WORDS`` words goes (reason ``link_outs.line``) when it holds a web
address (or names a site, "example.com") and either is a label and its address ("iTunes:
https://...", "More AP football: https://..."), or opens with a pointer from
``newsclean/patterns/link_outs.py`` ("Follow AP's full coverage", "Mehr dazu unter",
"Retrouvez") and ends with the address, or opens with the site's name ("On example.com:
...", "Also on example.com"). A sentence of the article that cites an address stays: it
opens with no pointer ("The report is published at https://example.org.", "Visit the
county's website at https://example.gov to register.") or goes on after the address.

Disable it for texts made of link lists on purpose (a newsletter's list of sources).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The report is published at https://example.org/report and runs to 80 pages.",
...     "Follow AP's full coverage of the elections at https://apnews.com/elections"])
>>> [(c.block, c.why) for c in link_outs(doc)]
[(1, 'line')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns import openings
from newsclean.patterns.link_outs import LINK_OUT_SHAPES, LINK_OUT_STARTS
from newsclean.step import text_step
from newsclean.text.words import word_count

MAX_WORDS = 30
"""Longest pointer line; a URL counts as several words."""
_URL = r"(?:https?://|www\.)[^\s]+"
_SITE = r"(?:[\w\-]+\.)+(?:com|org|net|co\.uk|de|fr|es|it|nl|pt|br|jp|kr|cn|in|au|ca|news|tv)"

_LABEL_URL = regex.compile(r"^[^:\n]{1,40}:\s*" + _URL + r"(?:\s+(?:and|&|or|und|et|y|e|en)\s+"
                           + _URL + r")*\s*$", regex.I)
_POINTER = regex.compile(r"^[\s\-–—•*>»]*(?:" + openings(LINK_OUT_STARTS) + "|"
                         + "|".join(LINK_OUT_SHAPES) + r").*" + _URL + r"[\s.)]*$", regex.I)
_SITE_OPENERS = frozenset({"on ", "als"})
"""First three characters (lowercased) of a line that ``_SITE_LEAD`` can match."""
_SITE_LEAD = regex.compile(r"^(?:also\s+)?on\s+" + _SITE + r"(?:\s*:|\s*$)", regex.I)


def is_link_out(text: str) -> bool:
    """A short line that points to a web address.

    >>> is_link_out("iTunes: http://example.fm/615"), is_link_out("Read it at www.x.org, he said.")
    (True, False)
    """
    # The cheap test: an address, or a line that opens "On"/"Also on" to name a site. (A
    # lone ":" is found faster than "://", and most lines have none.)
    if not (":" in text and "://" in text or "www." in text
            or text[:3].lower() in _SITE_OPENERS):
        return False
    if word_count(text) > MAX_WORDS:
        return False
    return bool(_LABEL_URL.match(text, timeout=0.5) or _POINTER.match(text, timeout=0.5)
                or _SITE_LEAD.match(text, timeout=0.5))


@text_step("line")
def link_outs(doc: Document) -> list[Cut]:
    """Cut every short line that points the reader to a web address."""
    return [Cut(i, "line") for i, block in enumerate(doc.blocks) if is_link_out(block.text)]
