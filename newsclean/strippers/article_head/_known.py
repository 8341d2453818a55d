"""The head when the markup gave the title (HTML input): only lines repeating that title
or dek are cut, with the bylines and dated lines among them; nothing is guessed.
"""

from __future__ import annotations

import regex

from newsclean.document import Block, Cut, Found
from newsclean.strippers.article_head._guessed import HEAD_LINES, _head_size
from newsclean.text.byline import parse_byline
from newsclean.text.date_stamps import is_date_line
from newsclean.text.words import is_body_like, squash

_PRICE = regex.compile(r"\p{Sc}\s?\d|\d\s?\p{Sc}")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _repeats_of_known_head(blocks: tuple[Block, ...], known: dict[str, str]) -> list[Cut]:
    """The head's lines when the markup gave the title: its repeats (``known``: the
    squashed title and dek, and which is which), bylines and dated lines."""
    cuts: list[Cut] = []
    first_prose = next((i for i, block in enumerate(blocks[:HEAD_LINES])
                        if is_body_like(block.text)), HEAD_LINES)
    head_size = _head_size(blocks)  # as when the title is not known yet
    for i, block in enumerate(blocks[:HEAD_LINES]):
        # The title (or dek) repeated at the top: above the first prose paragraph or right
        # after it (a reprint notice, or the dek itself, may come first). Further down, a
        # line like it is the body's own, and cutting it could bare a closing run of
        # headlines that ``trailing`` (already run) would take only when cleaning again.
        why = known.get(squash(block.text)) if i <= first_prose + 1 else None
        if why:
            cuts.append(Cut(i, why))
        elif i == 0 and block.kind == "heading" and _is_headline(block.text, blocks):
            cuts.append(Cut(i, "heading"))  # the page's headline, worded unlike its <title>
        elif i < head_size and (parsed := parse_byline(block.text)):
            cuts.append(Cut(i, "byline", found=Found(authors=parsed.authors, source=parsed.source)))
        elif i < first_prose and is_date_line(block.text) and _YEAR.search(block.text):
            # "UPDATED: Tue., Nov. 19, 2019" above the story; a time alone ("10 p.m.")
            # may head a schedule's first entry.
            cuts.append(Cut(i, "date"))
    return cuts


def _is_headline(text: str, blocks: tuple[Block, ...]) -> bool:
    """A heading opening the text reads as the page's headline when prose follows it
    within two blocks; a heading with a price names an item of a deals or listing page.

    >>> body = Block("The city council approved the budget on Monday after a long debate.")
    >>> _is_headline("Council backs budget", (Block("x", "heading"), body))
    True
    >>> _is_headline("Wireless headphones for $39.99", (Block("x", "heading"), body))
    False
    """
    if _PRICE.search(text):
        return False
    return any(b.kind == "paragraph" and is_body_like(b.text) for b in blocks[1:3])
