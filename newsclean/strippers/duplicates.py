"""duplicates: a paragraph, or a run of paragraphs, that the scraper captured twice.

Scrapers that read both a "body" and a "full text" node, or a page and its AMP copy,
hand over paragraphs twice, often a whole run of them::

    P1, P2, P3, ..., P8, P2, P3, ..., P8

Every later copy of a paragraph of at least ``min_words`` words goes. A short line
("Yes.", "Thank you.") is repeated on purpose in interviews, so it goes only inside a
run that repeats together with long paragraphs. Comparison ignores case, spacing and
punctuation.

Disable it for texts that repeat a passage on purpose (a poem's refrain, a quoted
paragraph that the article discusses twice).

>>> from newsclean.document import Document
>>> long = "This paragraph is long enough to count as a real paragraph of the article."
>>> doc = Document.from_blocks([long, "Yes.", "Yes.", long])
>>> [c.block for c in duplicates(doc)]
[3]
"""

from __future__ import annotations

from newsclean.document import Cut, Document
from newsclean.strippers._text import squash, word_count

MIN_WORDS = 8
"""Paragraphs shorter than this repeat on their own legitimately ("Yes.", "No comment.")."""


def duplicates(doc: Document, *, min_words: int = MIN_WORDS) -> list[Cut]:
    """Cut later copies of long paragraphs, and of short ones inside a repeated run."""
    keys = [squash(b.text) for b in doc.blocks]
    first: dict[str, int] = {}
    dropped: set[int] = set()
    for i, key in enumerate(keys):
        if not key or i in dropped:
            continue
        earlier = first.get(key)
        if earlier is None:
            first[key] = i
            continue
        if word_count(doc.blocks[i].text) < min_words:
            continue
        dropped.add(i)
        _extend_run(keys, earlier, i, dropped)
    return [Cut(i, "repeat") for i in sorted(dropped)]


def _extend_run(keys: list[str], earlier: int, later: int, dropped: set[int]) -> None:
    """Drop the short paragraphs around a repeat that repeat in step with it."""
    for step in (1, -1):
        a, b = earlier + step, later + step
        while 0 <= a < len(keys) and 0 <= b < len(keys) and a != later and b != earlier:
            if not keys[b] or keys[a] != keys[b] or b in dropped or b <= earlier:
                break
            dropped.add(b)
            a, b = a + step, b + step
