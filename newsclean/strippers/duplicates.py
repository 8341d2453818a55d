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
from operator import itemgetter

import regex

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.text.words import (
    body_core,
    ends_sentence,
    squash,
    squash_sketch,
    squash_sketches,
    word_count,
)

_TOKEN = regex.compile(r"\w+")
MIN_WORDS = 8
"""Paragraphs shorter than this repeat on their own legitimately ("Yes.", "No comment.")."""


@text_step("repeat")
def duplicates(doc: Document, *, min_words: int = MIN_WORDS) -> list[Cut]:
    """Cut later copies of long paragraphs, and of short ones inside a repeated run."""
    keys = _repeat_keys([b.text for b in doc.blocks])
    # Only a block whose key another block may share can be a copy (or start a run).
    maybe = [(i, key) for i, key in enumerate(keys) if key]
    if len(maybe) < 2:
        return []
    first: dict[str, int] = {}
    dropped: set[int] = set()
    # A line found three times or more is a template (a meal plan's "Meal 1", a recurring
    # row): scrapers capture a passage twice, not thrice. Only prose repeats that often.
    templates = {k for k, n in Counter(key for _, key in maybe).items() if n >= 3}
    for i, key in maybe:
        if i in dropped:
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

    Only texts that may repeat are squashed: a core whose ``squash_sketch`` ends unlike
    every other's is unlike every other core, and gets a stand-in key (``"\\0"`` and its index,
    which no squashed text holds).

    >>> comparison_keys(["It rained.", "IT RAINED!", "Sun.", "...", "Дождь."])
    ['it rained', 'it rained', '\\x002', '', 'дождь']
    """
    return [f"\0{i}" if key is None else key for i, key in enumerate(_repeat_keys(texts))]


def _repeat_keys(texts: list[str]) -> list[str | None]:
    """``comparison_keys``, with None for a text whose core is unlike every other's."""
    cores = list(map(_core, texts))
    sketches = _tail_sketches(cores)
    shared = {sketch for sketch, n in Counter(sketches).items() if n > 1 or not sketch}
    if not shared:
        return [None] * len(texts)
    return [squash(core) if sketch in shared else None
            for core, sketch in zip(cores, sketches, strict=True)]


_TAIL_CHARS = 40
_TAIL_BYTES = 12
_LAST_BYTES = itemgetter(slice(-_TAIL_BYTES, None))


def _tail_sketches(texts: list[str]) -> list[bytes]:
    """For each text, the last ``_TAIL_BYTES`` of its ``squash_sketch`` (all of it, if
    shorter): texts that differ there differ. Worked out from the end of the text alone
    when that holds enough, as the sketch of a text is the sketches of its parts joined
    (each character is folded and kept or dropped on its own).

    >>> _tail_sketches(["The talks, which began on Monday in Geneva, ended on Friday.",
    ...                 "STRASSE, 2019!", "Straße 2019"])
    [b'ndedonfriday', b'strasse2019', b'strasse2019']
    """
    tails = squash_sketches([text[-_TAIL_CHARS:] for text in texts])
    sketches = list(map(_LAST_BYTES, tails))
    for i in [i for i, tail in enumerate(tails) if len(tail) < _TAIL_BYTES]:
        if len(texts[i]) > _TAIL_CHARS:  # the end held too few: sketch all of it
            sketches[i] = _LAST_BYTES(squash_sketch(texts[i]))
    return sketches


# A paragraph is compared without a dateline opening or a closing agency tag, which one
# copy may carry and the other not.
_core = body_core


def _is_prose(text: str, min_words: int) -> bool:
    """Long enough, ends like a sentence, and mostly words, not the numbers of a table row."""
    question = text.rstrip().endswith(("?", "？"))  # asked again of each guest: stays
    words = word_count(text)
    if not (words >= min_words and (ends_sentence(text) or words >= 20) and not question):
        return False  # the cheap tests first: most repeated lines are short ones
    tokens = _TOKEN.findall(text)
    numbers: int = sum(t.isdigit() for t in tokens)
    return numbers * 5 <= len(tokens)


def _extend_run(keys: list[str | None], earlier: int, later: int, dropped: set[int],
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
