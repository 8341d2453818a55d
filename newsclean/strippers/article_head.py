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

import regex

from newsclean.document import Cut, Document, Found
from newsclean.patterns import phrases
from newsclean.patterns.dates import DATE_WORDS
from newsclean.strippers._text import ends_sentence, is_body_like, is_headline_like, squash, word_count
from newsclean.strippers.byline import parse_byline

HEAD_LINES = 5
"""Lines from the top in which a byline is looked for."""
_DATE_WORDS = phrases(DATE_WORDS)
_TOKEN = regex.compile(r"\p{L}+|\d+")


def is_date_line(text: str) -> bool:
    """A line that is only a date or time stamp.

    >>> is_date_line("Published Oct. 24, 2016 9:14 AM ET"), is_date_line("Oct. 24 was cold.")
    (True, False)
    """
    if len(text) > 90:
        return False
    tokens = _TOKEN.findall(text.casefold())
    has_number = any(t.isdigit() for t in tokens)
    return has_number and all(t.isdigit() or t in _DATE_WORDS for t in tokens)


def article_head(doc: Document) -> list[Cut]:
    """Cut the title, dek, byline and date lines that open the text."""
    if doc.meta.title:
        return _repeats_of_known_head(doc)
    head = doc.blocks[:HEAD_LINES]
    cuts: list[Cut] = []
    byline_at = None
    for i, block in enumerate(head):
        parsed = parse_byline(block.text)
        if parsed:
            byline_at = i
            found = Found(authors=parsed.authors, source=parsed.source)
            cuts.append(Cut(i, "byline", found=found))
            break
    if byline_at is not None:
        cuts += _above_byline(doc, byline_at)
        after = byline_at + 1
        while after < len(doc.blocks) and is_date_line(doc.blocks[after].text):
            cuts.append(Cut(after, "date"))
            after += 1
        return sorted(cuts, key=lambda c: c.block)
    return _guessed_title(doc)


def _above_byline(doc: Document, byline_at: int) -> list[Cut]:
    cuts: list[Cut] = []
    lines = [b.text for b in doc.blocks[:byline_at]]
    dates = {i for i, t in enumerate(lines) if is_date_line(t)}
    rest = [i for i in range(len(lines)) if i not in dates]
    cuts += [Cut(i, "date") for i in sorted(dates)]
    if rest and word_count(lines[rest[0]]) <= 40 and not ends_sentence(lines[rest[0]]):
        cuts.append(Cut(rest[0], "title", found=Found(title=lines[rest[0]])))
        if len(rest) >= 2 and word_count(lines[rest[1]]) <= 80:
            cuts.append(Cut(rest[1], "subtitle", found=Found(subtitle=lines[rest[1]])))
    return cuts


def _guessed_title(doc: Document) -> list[Cut]:
    texts = doc.texts
    if len(texts) < 2 or not _reads_as_title(texts[0]):
        return []
    if not any(is_body_like(t) for t in texts[1:4]):
        return []
    cuts = [Cut(0, "title", found=Found(title=texts[0]))]
    if len(texts) >= 3 and _reads_as_title(texts[1]) and is_body_like(texts[2]):
        cuts.append(Cut(1, "subtitle", found=Found(subtitle=texts[1])))
    return cuts


def _reads_as_title(text: str) -> bool:
    return (is_headline_like(text) and word_count(text) >= 3 and not ends_sentence(text)
            and parse_byline(text) is None and not is_date_line(text))


def _repeats_of_known_head(doc: Document) -> list[Cut]:
    known = {squash(doc.meta.title or ""): "title", squash(doc.meta.subtitle or ""): "subtitle"}
    known.pop("", None)
    cuts: list[Cut] = []
    for i, block in enumerate(doc.blocks[:HEAD_LINES]):
        why = known.get(squash(block.text))
        if why:
            cuts.append(Cut(i, why))
        elif i <= 2 and (parsed := parse_byline(block.text)):
            cuts.append(Cut(i, "byline", found=Found(authors=parsed.authors, source=parsed.source)))
    return cuts
