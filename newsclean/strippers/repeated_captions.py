"""repeated_captions: one gallery caption printed again under every photo of the story.

Photo essays and galleries repeat the same caption (or the event's name) under each
picture; a flattened page keeps one copy between every pair of paragraphs::

    The opening ceremony was held on a special stage in the park!
    2018 Autumn Festival Performance [The Palace] 'Welcome Festival'
    Crowds of people came to see the opening ceremony!
    2018 Autumn Festival Performance [The Palace] 'Welcome Festival'
    ...

A line goes, every copy of it (reason ``repeated_captions.caption``; the first copy becomes
``Article.captions``), when it is found at least ``MIN_COPIES`` times, has at least
``MIN_WORDS`` words, does not end like a sentence, at least half of its copies stand next
to a line that does (the story's sentences between the photos), and it is the only such
line the text repeats. A plan or a table repeats several of its rows ("Snack: apple and
peanut butter", "Lunch: chicken salad" on each day of a meal plan), so none of them goes;
a repeated prose paragraph is ``duplicates``'. So a text holding both a gallery and such a
plan keeps its gallery captions: precision first.

Disable it for texts that repeat a heading on purpose between their sections.

>>> from newsclean.document import Document
>>> cap = "2018 Autumn Festival Performance at the City Park"
>>> lines = [cap, "Crowds came!", cap, "The show began.", cap, "It rained.", cap, "The end."]
>>> [(c.block, c.why) for c in repeated_captions(Document.from_blocks(lines))]
[(0, 'caption'), (2, 'caption'), (4, 'caption'), (6, 'caption')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from newsclean.article import Caption
from newsclean.document import Cut, Document, Found
from newsclean.step import text_step
from newsclean.text.words import ends_sentence, squash, squash_sketches, word_count

MIN_COPIES = 4
"""Copies needed: a gallery repeats its caption under every photo; a line found two or three
times may be a plan's row ("Rest day: walk for 30 minutes")."""
MIN_WORDS = 5
"""Shortest repeated caption; shorter repeats are labels ("Photo", "Advertisement")."""
MAX_WORDS = 40


@text_step("caption")
def repeated_captions(doc: Document) -> list[Cut]:
    """Cut every copy of a non-sentence line repeated between the story's sentences."""
    texts = doc.texts
    # The cheap test: a sentence (most paragraphs) is never a repeated caption.
    lines = [i for i, text in enumerate(texts) if not ends_sentence(text)]
    if len(lines) < MIN_COPIES:
        return []  # too few candidates for MIN_COPIES copies of one line
    # Lines with equal squashed forms have equal sketches: a sketch found fewer than
    # MIN_COPIES times rules its lines out without squashing them, or counting their words
    # (a sketch is cheaper than a word count). A caption found MIN_COPIES times with the
    # right word count has a sketch found as often among these lines.
    sketches = squash_sketches([texts[i] for i in lines])
    counts = Counter(sketches)
    copies: dict[str, list[int]] = defaultdict(list)
    for i, sketch in zip(lines, sketches, strict=True):
        if counts[sketch] >= MIN_COPIES and MIN_WORDS <= word_count(texts[i]) <= MAX_WORDS:
            copies[squash(texts[i])].append(i)
    repeated = [found for key, found in copies.items() if key and len(found) >= MIN_COPIES]
    # A gallery repeats one caption; a plan or a table repeats several of its rows.
    if len(repeated) != 1:
        return []
    found = repeated[0]
    if sum(_next_to_sentence(texts, i) for i in found) * 2 < len(found):
        return []
    first = texts[found[0]].strip()
    return [Cut(i, "caption", found=Found(caption=Caption(first)) if n == 0 else None)
            for n, i in enumerate(found)]


def _next_to_sentence(texts: Sequence[str], i: int) -> bool:
    return any(0 <= j < len(texts) and ends_sentence(texts[j]) for j in (i - 1, i + 1))
