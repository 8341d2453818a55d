"""keyword_lists: a page's search keywords, printed as one comma-separated line.

Sites print their tags or search keywords under the article without a label, and the
keywords repeat the same words over and over::

    stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, stock car
    santa cruz do sul, calendario stock car 2018

A line goes (reason ``keyword_lists.line``) when it splits on commas into at least
``MIN_ITEMS`` short items (one to six words, in lowercase, none ending a sentence) and
most items share one word: keyword stuffing. A list the article writes ("flour, sugar,
eggs, butter, milk and salt") names different things, shares no word across most items,
and stays; so does a list of names ("Paris, Lyon, Nice, ...") in capitals. A labelled tag
line ("Tags: ...") is ``prompts``' (reason ``prompts.taxonomy``).

Disable it for texts that list variants of one term on purpose (a glossary line).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, "
...     "calendario stock car, stock car corrida",
...     "flour, sugar, eggs, butter, milk, baking powder, salt"])
>>> [(c.block, c.why) for c in keyword_lists(doc)]
[(0, 'line')]
"""

from __future__ import annotations

from collections import Counter

from newsclean.document import Cut, Document
from newsclean.step import text_step

MIN_ITEMS = 6
"""Items needed: a keyword line lists many variants; a short list is a sentence's."""
MAX_ITEM_WORDS = 6
"""Longest keyword: a place name makes one long ("stock car santa cruz do sul")."""
SHARED = 0.6
"""Share of the items that must hold the most common word."""


@text_step("line")
def keyword_lists(doc: Document) -> list[Cut]:
    """Cut comma-separated lines of lowercase keywords that repeat one word."""
    return [Cut(i, "line") for i, block in enumerate(doc.blocks)
            # The cheapest test inline, sparing most paragraphs a call: a lowercase opening.
            if block.text[:1].islower() and _is_keyword_line(block.text)]


def _is_keyword_line(text: str) -> bool:
    # The cheap test: a keyword line has a comma by its first forty characters and opens
    # in lowercase.
    if "," not in text[:40] or not text[:1].islower():
        return False
    items = [item.strip() for item in text.split(",")]
    if len(items) < MIN_ITEMS or not all(items):
        return False
    words = [item.split() for item in items]
    if any(len(w) > MAX_ITEM_WORDS or not item[:1].islower() and not item[:1].isdigit()
           or item.endswith((".", "!", "?")) for item, w in zip(items, words, strict=True)):
        return False
    counts = Counter(word for w in words for word in set(w) if len(word) > 2)
    if not counts:
        return False
    return counts.most_common(1)[0][1] >= SHARED * len(items)
