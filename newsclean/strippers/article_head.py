"""article_head: the headline, dek and byline at the top of a scraped text.

::

    U.S., North Korea diplomats meet in Malaysia for informal talks      -> title
    A U.S. delegate said the talks signify progress and that ...         -> subtitle
    By Elizabeth Shim                                                     -> authors
    Oct. 24, 2016 | 9:14 AM                                               -> (date line)

With a byline among the first lines, the lines above it are the title and the dek. With
none, the first line is the title only when it reads as one (3 to 25 words, no closing
full stop) and body paragraphs follow; a second such line is the dek. A first paragraph
that is a sentence is never taken for a title, so the result is stable when cleaned again.
When the page's markup already gave a title (HTML input), only lines repeating that title
or dek are cut: nothing is guessed.

Disable it when the text is known to start with the body.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["Talks resume in Malaysia", "By Elizabeth Shim",
...                             "Former officials met on Saturday in the Malaysian capital."])
>>> [(c.block, c.why) for c in article_head(doc)]
[(0, 'title'), (1, 'byline')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

import regex

from newsclean.document import Block, Cut, Document, Found
from newsclean.patterns import openings, phrases
from newsclean.patterns.dates import DATE_STAMPS, DATE_WORDS
from newsclean.patterns.prompts import TAXONOMY_STARTS
from newsclean.step import text_step
from newsclean.text.byline import Byline, parse_byline
from newsclean.text.memo import memoized
from newsclean.text.words import (
    ends_sentence,
    is_body_like,
    is_headline_like,
    squash,
    word_count,
)

HEAD_LINES = 5
"""Lines from the top in which a byline is looked for."""
_DATE_WORDS = phrases(DATE_WORDS)
_STAMPS = phrases(DATE_STAMPS)
_TOKEN = regex.compile(r"\p{L}+|\d+")
_NUMERIC_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_TWO_LETTERS = regex.compile(r"\p{L}{2}")
# "RRP:", "More info:", "Tested by:": one to three words closed by a colon.
_FIELD_LABEL = regex.compile(r"(?:^|(?<=\s))\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}\s?:(?=\s)")
# A head line of fields: "05/10/2018 - Posted by: Jo Lee - Category: Health - Tags: clinic".
_FIELD_SEPARATOR = regex.compile(r"\s+[-–—|•·]\s+")
_TAXONOMY = regex.compile(r"^(?:" + openings(TAXONOMY_STARTS) + r")", regex.I)
_PRICE = regex.compile(r"\p{Sc}\s?\d|\d\s?\p{Sc}")
_ASCII_WORD = re.compile("[A-Za-z]+")
"""The first word of an ASCII line, as ``_TOKEN`` finds it (casefolded, it is lowered)."""
_DATE_LINE_WORDS = _DATE_WORDS | _STAMPS


@memoized
def is_date_line(text: str) -> bool:
    """A line that is only a date or time stamp.

    >>> is_date_line("Published Oct. 24, 2016 9:14 AM ET"), is_date_line("Oct. 24 was cold.")
    (True, False)
    >>> is_date_line("Updated"), is_date_line("Updated rules")
    (True, False)
    """
    if len(text) > 90 or not may_be_date_line(text):
        return False
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) == 1 and tokens[0] in _STAMPS:
        return True  # "Updated", alone on its line above the time it names
    has_number = any(t.isdigit() for t in tokens)
    has_word = any(not t.isdigit() for t in tokens)
    if not (has_word or _NUMERIC_DATE.search(text)):
        return False  # a lone "0" or "2019" is not a date line
    return has_number and all(t.isdigit() or t in _DATE_WORDS for t in tokens)


def may_be_date_line(text: str) -> bool:
    """False only when ``is_date_line`` is: the first word of an ASCII line is no date word
    (every word of a date line is one, ``DATE_WORDS``, or a stamp label alone), a test
    cheaper than splitting the line into its words.

    >>> may_be_date_line("Updated 5 min ago"), may_be_date_line("Chapter 5")
    (True, False)
    """
    if not text.isascii():
        return True
    word = _ASCII_WORD.search(text)
    return word is None or word.group().lower() in _DATE_LINE_WORDS


@text_step("title", "subtitle", "heading", "byline", "date")
def article_head(doc: Document) -> list[Cut]:
    """Cut the title, dek, byline and date lines that open the text."""
    head_cuts = _head_cuts
    if doc.meta.title:  # the markup gave it: the head repeats it
        known = {squash(doc.meta.title): "title", squash(doc.meta.subtitle or ""): "subtitle"}
        known.pop("", None)
        head_cuts = partial(_repeats_of_known_head, known=known)
    cuts = head_cuts(doc.blocks)
    # Cleaning again must find nothing more: whatever now opens the text is looked at
    # again, so a second dek or a second byline line goes in the same pass. (With no cut,
    # the same blocks would be looked at again: nothing more to find.)
    for _ in range(HEAD_LINES if cuts else 0):
        taken = {c.block for c in cuts}
        rest = [i for i in range(len(doc.blocks)) if i not in taken]
        more = head_cuts(tuple(doc.blocks[i] for i in rest))
        if not more:
            break
        has_title = any(c.why == "title" for c in cuts)
        # A second title-like line under a guessed title is a heading; a repeat of a known
        # title is one more repeat.
        cuts += [Cut(rest[c.block], "heading") if c.why in ("title", "subtitle") and has_title
                 and not doc.meta.title else replace(c, block=rest[c.block]) for c in more]
    return sorted(cuts, key=lambda c: c.block)


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
def head_byline(text: str) -> Byline | None:
    """The byline of a head line: a byline alone, or one field of a line of fields where
    the others are dates and categories or tags.

    >>> head_byline("05/10/2018 - Posted by: Jo Lee - Category: Health - Tags: clinic")
    Byline(authors=('Jo Lee',), source=None)
    >>> head_byline("Health - Jo Lee - Clinics") is None
    True
    """
    byline = parse_byline(text)
    if byline is not None or len(text) > 200 or not _FIELD_SEPARATOR.search(text):
        return byline
    fields = _FIELD_SEPARATOR.split(text.strip())
    bylines = [b for field in fields if (b := parse_byline(field))]
    others = len(fields) - len(bylines)
    if len(bylines) != 1 or others == 0:
        return None
    if all(parse_byline(f) or is_date_line(f) or _TAXONOMY.match(f) for f in fields):
        return bylines[0]
    return None


@memoized
def _reads_as_title(text: str) -> bool:
    return (is_headline_like(text) and word_count(text) >= 3 and not ends_sentence(text)
            and _TWO_LETTERS.search(text) is not None and not is_fact_box(text)
            and parse_byline(text) is None and not is_date_line(text))


def is_fact_box(text: str) -> bool:
    """A line of labelled facts or a web address, as a review's or a listing's box prints
    them above the text: a headline has neither.

    >>> is_fact_box("Tested by: Jo Lee RRP: £24.99 More info: www.example.com")
    True
    >>> is_fact_box("Brexit: What happens next"), is_fact_box("Amazon.com shares jump")
    (False, False)
    """
    return ("://" in text or "www." in text
            or len(_FIELD_LABEL.findall(text)) >= 2)


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
