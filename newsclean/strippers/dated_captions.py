"""dated_captions: wire-photo captions that lost their credit, known by their date clause.

A photo caption in the wire style ends with the full date, weekday and year included,
and often the place. When the page drops the credit ("(AP Photo/Jo Lee)") the caption is
left as a paragraph of its own::

    Former Gov. Jane Doe, left, speaks with a voter during a campaign stop, Tuesday,
    Nov. 19, 2019, in Columbia, S.C.
    Los Angeles Lakers' star dunks during the first half of the team's game against the
    Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.

A paragraph of at most ``MAX_WORDS`` words that *ends* with such a clause
(``CAPTION_DATE_CLAUSES`` in ``newsclean/patterns/dated_captions.py``) goes, and becomes
``Article.captions`` (reason ``dated_captions.caption``). Article prose says "on Tuesday",
names a past date in the middle of a sentence ("On Tuesday, Nov. 19, 2019, the court
ruled ...") or has more than one sentence; those stay.

Disable it for texts whose paragraphs end with full dates on purpose (a chronology).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "Jane Doe, left, speaks with a voter during a campaign stop, Tuesday, Nov. 19, 2019, "
...     "in Columbia, S.C.",
...     "On Tuesday, Nov. 19, 2019, the court ruled that the law was valid, the lawyers said."])
>>> [(c.block, c.why) for c in dated_captions(doc)]
[(0, 'caption')]
"""

from __future__ import annotations

import regex

from newsclean.article import Caption
from newsclean.document import Cut, Document, Found
from newsclean.patterns.dated_captions import CAPTION_DATE_CLAUSES, CAPTION_WEEKDAYS
from newsclean.rules import PhraseRule
from newsclean.step import text_step
from newsclean.text.date_stamps import is_date_line
from newsclean.text.words import word_count

MAX_WORDS = 70
"""Longest caption: wire captions run to two long clauses."""
MIN_SUBJECT_WORDS = 6
"""Words before the date clause: who, doing what (a stamp has a time there, no words)."""
_MIN_CHARS = 40
# Every clause names a weekday, as written.
_CLAUSE = PhraseRule.expression(
    r"(?:" + "|".join(c for cs in CAPTION_DATE_CLAUSES.values() for c in cs) + r")",
    flags=regex.V0, holds=CAPTION_WEEKDAYS, name="dated_captions.clause")
_YEAR = regex.compile(r"\d{4}")
# Two sentences: an end mark, a space, a capital, not after a one-letter or common
# abbreviation ("S.C.", "Gov.", "Nov."), so a caption with abbreviations is one sentence.
_SECOND_SENTENCE = regex.compile(r"(?<![A-Z]|\b(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug"
                                 r"|Sept|Oct|Nov|Dec|Co|Corp|Inc|Jr|Sr|No|U\.S|Calif|Ind"
                                 r"|Mich|Ariz|Fla|Ga|Ill|Mass|Minn|Tenn|Va|Wash|Wis))[.!?]\s+"
                                 r"(?=[A-Z])")


def is_dated_caption(text: str) -> bool:
    """A one-sentence paragraph that ends with a wire caption's full date clause.

    >>> is_dated_caption("Fans cheer as the team arrives, Sunday, Nov. 17, 2019, in Las Vegas.")
    True
    """
    # The cheap test: a caption is not tiny and names a year in its last 100 characters.
    if len(text) < _MIN_CHARS or not _YEAR.search(text, max(0, len(text) - 100)):
        return False
    clause = _CLAUSE.search(text)
    if clause is None or word_count(text) > MAX_WORDS:
        return False
    if word_count(text[:clause.start()]) < MIN_SUBJECT_WORDS or is_date_line(text):
        return False  # "1:39 am EST, Wednesday, Nov. 20, 2019" is a stamp, not a caption
    return not _SECOND_SENTENCE.search(text, 0, clause.start(), timeout=0.5)


@text_step("caption")
def dated_captions(doc: Document) -> list[Cut]:
    """Cut one-sentence paragraphs that end like a wire photo's caption; each distinct
    caption is captured once."""
    cuts: list[Cut] = []
    seen: set[str] = set()
    for i, block in enumerate(doc.blocks):
        if is_dated_caption(block.text):
            caption = block.text.strip()
            found = None if caption in seen else Found(caption=Caption(caption))
            seen.add(caption)
            cuts.append(Cut(i, "caption", found=found))
    return cuts
