"""trailing: a run of headline-like lines after the article's last paragraph.

Pages end with lists of other stories that have no label a scraper kept::

    ... the council will vote on the plan in March, the mayor said.
    Who will make the Hall of Fame next year?
    Five things to know before the council vote
    Fans pack the arena for the season opener

After the last line that reads as prose, a run of at least ``MIN_RUN`` short lines that
read as headlines (4 to 20 words, no closing full stop) goes (reason
``trailing.headline``). The same lines in the middle of the article stay: position is
the evidence, so a subheading between two paragraphs is never touched. A run that an
article line introduces ("You will need:"), whose lines are bulleted or numbered, share
their punctuation ("June 9 – Tampa, FL @ Arena", "Spain (Group F): 11th appearance") or
run longer than ``MAX_RUN`` lines is a list the article wrote, and stays.

Disable it for texts that end on a list of titles on purpose (a "further reading" section
of an essay, a reading list).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The council will vote on the plan in March, the mayor said on Tuesday morning.",
...     "Five things to know before the council vote", "Fans pack the arena for the opener"])
>>> [(c.block, c.why) for c in trailing(doc)]
[(1, 'headline'), (2, 'headline')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.text.wire import without_tag
from newsclean.text.words import ends_sentence, is_body_like, is_headline_like, word_count

MIN_RUN = 2
"""Headline lines needed: one short closing line is as often the article's own last word."""
MAX_RUN = 12
"""Longest run taken: a related box lists a handful of stories, a longer run is a list."""
_PUNCT = regex.compile(r"[\p{L}\p{N}\s'’.,\-]+")
MIN_WORDS = 4
"""Shortest headline line; lists of names or titles ("Aftersun") are shorter."""
_QUOTE_OR_INNER_STOP = regex.compile(r"[\"“”]|[.?!]\s")
_LIST_MARK = regex.compile(r"^\s*(?:[-–—•·*▪◦>]|\d{1,2}[.)]|\p{L}[.)])\s")


@text_step("headline")
def trailing(doc: Document) -> list[Cut]:
    """Cut the headline-like lines that follow the last prose paragraph."""
    texts = doc.texts
    start = len(texts)
    while start > 0 and _is_trailing_headline(texts[start - 1]):
        start -= 1
    run = len(texts) - start
    if run < MIN_RUN or start == 0:
        return []
    before = texts[start - 1]
    if before.rstrip().endswith((":", "：")) or not any(is_body_like(t) for t in texts[:start]):
        return []
    if run > MAX_RUN or all(_is_question_headline(t) for t in texts[start:]):
        return []
    if _is_structured_list(texts[start:]):
        return []
    return [Cut(i, "headline") for i in range(start, len(texts))]


def _is_trailing_headline(text: str) -> bool:
    text = without_tag(text)  # "... next year. (Yonhap)" closes a paragraph, not a headline
    if _LIST_MARK.match(text) or ends_sentence(text) and not text.rstrip().endswith("?"):
        return False
    if _is_question_headline(text):
        return True
    return (is_headline_like(text, max_words=20) and word_count(text) >= MIN_WORDS
            and not text.rstrip().endswith(("!", "?", "？")))


def _is_structured_list(lines: Sequence[str]) -> bool:
    """Lines that share their punctuation ("June 9 – Tampa, FL @ Arena") are a list's items."""
    shapes = [_PUNCT.sub("", line) for line in lines]
    top = max(set(shapes), key=shapes.count)
    return bool(top) and shapes.count(top) * 5 >= len(lines) * 3


def _is_question_headline(text: str) -> bool:
    # "Who will make the Hall of Fame next year?" reads as a teaser when short and alone on
    # a line; a run of questions only (an article ending on questions) is left alone.
    return (text.rstrip().endswith(("?", "？")) and MIN_WORDS <= word_count(text) <= 14
            and not _QUOTE_OR_INNER_STOP.search(text))
