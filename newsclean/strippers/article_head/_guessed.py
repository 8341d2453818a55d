"""The head when the markup gave no title: the lines above a byline are the title and
the dek; with no byline, a first line that reads as a title (and a second, the dek).
"""

from __future__ import annotations

import regex

from newsclean.document import Block, Cut, Found
from newsclean.strippers.article_head._fields import head_byline, is_fact_box
from newsclean.text.byline import parse_byline
from newsclean.text.date_stamps import is_date_line
from newsclean.text.memo import memoized
from newsclean.text.words import ends_sentence, is_body_like, is_headline_like, word_count

HEAD_LINES = 5
"""Lines from the top in which a byline is looked for."""
_TWO_LETTERS = regex.compile(r"\p{L}{2}")


def _head_cuts(blocks: tuple[Block, ...]) -> list[Cut]:
    head = blocks[:_head_size(blocks)]
    bylines = [(i, parsed) for i, b in enumerate(head) if (parsed := head_byline(b.text))]
    if bylines:
        cuts = [Cut(i, "byline", found=Found(authors=p.authors, source=p.source))
                for i, p in bylines]
        cuts += _above_byline(blocks, bylines[0][0])
    else:
        cuts = _guessed_title(blocks)
    taken = {c.block for c in cuts}
    after = max(taken, default=-1) + 1
    dates = [i for i, b in enumerate(head) if i not in taken and is_date_line(b.text)]
    while (after < len(blocks) and after not in dates
           and is_date_line(blocks[after].text)):
        dates.append(after)
        after += 1
    return cuts + [Cut(i, "date") for i in dates]


def _head_size(blocks: tuple[Block, ...]) -> int:
    """The head ends after ``HEAD_LINES`` lines or at the second prose paragraph (a dek can
    be prose; two paragraphs are the body), whichever comes first."""
    prose = [i for i, b in enumerate(blocks[:HEAD_LINES]) if is_body_like(b.text)]
    return prose[1] if len(prose) >= 2 else min(HEAD_LINES, len(blocks))


def _above_byline(blocks: tuple[Block, ...], byline_at: int) -> list[Cut]:
    cuts: list[Cut] = []
    lines = [b.text for b in blocks[:byline_at]]
    dates = {i for i, t in enumerate(lines) if is_date_line(t)}
    rest = [i for i in range(len(lines)) if i not in dates]
    cuts += [Cut(i, "date") for i in sorted(dates)]
    if rest and word_count(lines[rest[0]]) <= 40 and not ends_sentence(lines[rest[0]]):
        cuts.append(Cut(rest[0], "title", found=Found(title=lines[rest[0]])))
        if len(rest) >= 2 and word_count(lines[rest[1]]) <= 80:
            cuts.append(Cut(rest[1], "subtitle", found=Found(subtitle=lines[rest[1]])))
    return cuts


def _guessed_title(blocks: tuple[Block, ...]) -> list[Cut]:
    texts = [b.text for b in blocks[:4]]  # the first lines only are looked at
    if len(texts) < 2 or not _reads_as_title(texts[0]):
        return []
    if not any(is_body_like(t) for t in texts[1:4]):
        return []
    cuts = [Cut(0, "title", found=Found(title=texts[0]))]
    if len(texts) >= 3 and _reads_as_title(texts[1]) and is_body_like(texts[2]):
        cuts.append(Cut(1, "subtitle", found=Found(subtitle=texts[1])))
    return cuts



@memoized
def _reads_as_title(text: str) -> bool:
    return (is_headline_like(text) and word_count(text) >= 3 and not ends_sentence(text)
            and _TWO_LETTERS.search(text) is not None and not is_fact_box(text)
            and parse_byline(text) is None and not is_date_line(text))
