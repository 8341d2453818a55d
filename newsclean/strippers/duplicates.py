"""duplicates: a paragraph, or a run of paragraphs, that the scraper captured twice.

Scrapers that read both a "body" and a "full text" node, or a page and its AMP copy,
hand over paragraphs twice, often a whole run of them::

    P1, P2, P3, ..., P8, P2, P3, ..., P8

Every later copy of a prose paragraph (at least ``min_words`` words, ending like a
sentence, mostly words) goes. Rows of a table or a list (a meal plan, a schedule) repeat
on purpose, are mostly numbers or do not end like sentences, so they stay. A short line
("Yes.", "Thank you.") is repeated on purpose in interviews, so it goes only inside a
run that repeats together with long paragraphs. Comparison ignores case, spacing and
punctuation, and a dateline or a closing agency tag ("(Yonhap)") on one copy only.

Disable it for texts that repeat a passage on purpose (a poem's refrain, a quoted
paragraph that the article discusses twice).

>>> from newsclean.document import Document
>>> long = "This paragraph is long enough to count as a real paragraph of the article."
>>> doc = Document.from_blocks([long, "Yes.", "Yes.", long])
>>> [c.block for c in duplicates(doc)]
[3]
"""

from __future__ import annotations

from collections import Counter

import regex

from newsclean.document import Cut, Document
from newsclean.strippers._text import (
    body_core,
    ends_sentence,
    squash,
    squash_sketch,
    word_count,
)

_TOKEN = regex.compile(r"\w+")
MIN_WORDS = 8
"""Paragraphs shorter than this repeat on their own legitimately ("Yes.", "No comment.")."""


def duplicates(doc: Document, *, min_words: int = MIN_WORDS) -> list[Cut]:
    """Cut later copies of long paragraphs, and of short ones inside a repeated run."""
    keys = comparison_keys([b.text for b in doc.blocks])
    first: dict[str, int] = {}
    dropped: set[int] = set()
    # A line found three times or more is a template (a meal plan's "Meal 1", a recurring
    # row): scrapers capture a passage twice, not thrice. Only prose repeats that often.
    templates = {k for k, n in Counter(keys).items() if n >= 3}
    for i, key in enumerate(keys):
        if not key or i in dropped:
            continue
        earlier = first.get(key)
        if earlier is None:
            first[key] = i
            continue
        core = _core(doc.blocks[i].text)
        if not _is_prose(core, min_words) or key in templates and not ends_sentence(core):
            continue
        dropped.add(i)
        _extend_run(keys, earlier, i, dropped, templates)
    return [Cut(i, "repeat") for i in sorted(dropped)]


def comparison_keys(texts: list[str]) -> list[str]:
    """For each text, a key that equals another's exactly when their ``squash``-ed cores
    are equal, and is empty exactly when its core has no word.

    Only texts that may repeat are squashed: a core whose ``squash_sketch`` is unlike every
    other's is unlike every other core, and gets a stand-in key (``"\\0"`` and its index,
    which no squashed text holds).

    >>> comparison_keys(["It rained.", "IT RAINED!", "Sun.", "...", "Дождь."])
    ['it rained', 'it rained', '\\x002', '', 'дождь']
    """
    cores = [_core(t) for t in texts]
    sketches = [squash_sketch(core) for core in cores]
    counts = Counter(sketches)
    return [squash(core) if not sketch or counts[sketch] > 1 else f"\0{i}"
            for i, (core, sketch) in enumerate(zip(cores, sketches, strict=True))]


# A paragraph is compared without a dateline opening or a closing agency tag, which one
# copy may carry and the other not.
_core = body_core


def _is_prose(text: str, min_words: int) -> bool:
    """Long enough, ends like a sentence, and mostly words, not the numbers of a table row."""
    tokens = _TOKEN.findall(text)
    numbers = sum(t.isdigit() for t in tokens)
    question = text.rstrip().endswith(("?", "？"))  # asked again of each guest: stays
    words = word_count(text)
    return (words >= min_words and (ends_sentence(text) or words >= 20) and not question
            and numbers * 5 <= len(tokens))


def _extend_run(keys: list[str], earlier: int, later: int, dropped: set[int],
                templates: set[str]) -> None:
    """Drop the short paragraphs around a repeat that repeat in step with it."""
    for step in (1, -1):
        a, b = earlier + step, later + step
        while 0 <= a < len(keys) and 0 <= b < len(keys) and a != later and b != earlier:
            if (not keys[b] or keys[a] != keys[b] or b in dropped or b <= earlier
                    or keys[b] in templates):
                break
            dropped.add(b)
            a, b = a + step, b + step
