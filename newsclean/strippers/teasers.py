"""teasers: headlines of other stories that a page drops between the article's paragraphs.

Tabloids and broadcasters put promotions for their other stories inside the body, and a
flattened page keeps them as lines of their own. Two shapes recur:

- an all-caps headline between two paragraphs (reason ``teasers.caps_headline``)::

      ... the actor said in a statement on Monday.
      SINGER CANCELS WORLD TOUR AFTER LOSING HER VOICE ON STAGE IN MADRID
      The couple married in 2010 ...

- a run of kicker + headline pairs, a short all-caps label over each headline (reason
  ``teasers.kicker_pair``)::

      SHOCK RESULT
      Underdogs knock champions out of the cup in extra time
      SPACE RACE
      Private lander sends first pictures from the far side of the moon

An all-caps line goes only after a paragraph of mixed-case prose (so a text set in capitals
throughout, like old wire copy, and a title or byline at the top are never touched), when it
has at least ``MIN_CAPS_WORDS`` words and does not end like a sentence: a section
subheading ("WHAT HAPPENS NEXT", "HOW TO USE A WATER BATH CANNER") is shorter, and a
question ("WILL THEY BASH THE BILLIONAIRES?") is an interview or explainer heading. A kicker
run needs at least ``MIN_PAIRS`` pairs, each a caps label of at most five words right over
a mixed-case headline (no closing full stop, mostly words, not numbers).

Disable it for texts whose own subheadings are long all-caps lines, or that list
kicker-headline pairs on purpose (a front-page digest).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The council will vote on the plan in March, the mayor said on Tuesday morning.",
...     "SINGER CANCELS WORLD TOUR AFTER LOSING HER VOICE ON STAGE",
...     "The vote is expected to pass with a large majority of the members present."])
>>> [(c.block, c.why) for c in teasers(doc)]
[(1, 'caps_headline')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.text.wire import without_tag
from newsclean.text.words import (
    ends_sentence,
    is_body_like,
    is_headline_like,
    word_count,
)

MIN_CAPS_WORDS = 8
"""Shortest all-caps teaser, in words; subheadings in capitals ("HOW TO USE A WATER BATH
CANNER") run to seven."""
MAX_KICKER_WORDS = 5
"""Longest kicker over a headline ("RANDY ANDY", "SHOCK RESULT", "‘NAÏVE AND TRUSTING’")."""
MIN_PAIRS = 2
"""Kicker-headline pairs needed: one pair alone may be a subheading and its first line."""
_CAPS_SHARE = 0.9
"""Share of cased letters that are capitals in a caps line ("AMAs" keeps a lowercase s)."""
_PEEK = 6
"""Characters looked at first: an ordinary paragraph shows a lowercase letter by then."""
_BYLINE = regex.compile(r"^(?:BY|VON|PAR|POR|DI|DOOR)\s", regex.I)
_NUMBER = regex.compile(r"\d+")
_WORD = regex.compile(r"\w+")
_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LOWER = bytes(range(97, 123))


@text_step("kicker_pair", "caps_headline")
def teasers(doc: Document) -> list[Cut]:
    """Cut all-caps teaser headlines and kicker + headline runs after the first prose."""
    texts = doc.texts
    # The cheap test first: a lowercase second letter ("The", "In") is no caps line.
    caps = [not t[1:2].islower() and _is_caps_line(t) for t in texts]
    cuts: list[Cut] = []
    prose = next((i for i, text in enumerate(texts) if not caps[i] and is_body_like(text)),
                 len(texts))
    taken = 0  # lines before this one went in a kicker run
    # Both shapes open with a caps line: only those are looked at.
    for i in (i for i in range(prose + 1, len(texts)) if caps[i]):
        if i < taken:
            continue
        run = _kicker_run(texts, caps, i)
        if run:
            cuts.extend(Cut(j, "kicker_pair") for j in range(i, i + run))
            taken = i + run
        elif _is_caps_headline(texts[i]):
            cuts.append(Cut(i, "caps_headline"))
    return cuts


def _is_caps_line(text: str) -> bool:
    """In capitals, with and without a closing agency tag, which is not the line:
    "정부는 ... 발표했다. -- AFP" is no caps line."""
    if not _is_caps(text):
        return False
    core = without_tag(text)
    return core is text or _is_caps(core)  # without a tag, ``without_tag`` gives it back


def _is_caps(text: str) -> bool:
    """Mostly capitals: at least ``_CAPS_SHARE`` of its cased letters, and three or more."""
    head = text[:_PEEK]
    # For ASCII, a lowercase letter is exactly what upper() changes.
    if (head != head.upper() if head.isascii() else any(map(str.islower, head))
            ) or len(text) > 300:
        return False  # the cheap test: an ordinary paragraph fails here
    if text.isascii():  # the letters counted as bytes deleted, not one call per character
        data = text.encode()
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
        lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    else:
        upper = sum(map(str.isupper, text))
        lower = sum(map(str.islower, text))
    return upper >= 3 and upper >= _CAPS_SHARE * (upper + lower)


def _is_caps_headline(text: str) -> bool:
    return (MIN_CAPS_WORDS <= word_count(text) <= 30 and not ends_sentence(text)
            and not _BYLINE.match(text))


def _is_kicker(text: str, caps: bool) -> bool:
    return caps and 1 <= word_count(text) <= MAX_KICKER_WORDS and not ends_sentence(text)


def _is_headline(text: str, caps: bool) -> bool:
    if caps or not is_headline_like(text, max_words=20) or word_count(text) < 4:
        return False
    numbers = len(_NUMBER.findall(text))
    return numbers * 4 <= len(_WORD.findall(text))


def _kicker_run(texts: Sequence[str], caps: list[bool], start: int) -> int:
    """Lines in the kicker + headline run starting at ``start`` (0 when there is none).

    A one- or two-word label between pairs ("Warning", "Video") belongs to the run.
    """
    pairs = 0
    i = start
    while i < len(texts):
        if (i + 1 < len(texts) and _is_kicker(texts[i], caps[i])
                and _is_headline(texts[i + 1], caps[i + 1])):
            pairs += 1
            i += 2
        elif pairs and i + 1 < len(texts) and _is_label(texts[i]) and _is_kicker(
                texts[i + 1], caps[i + 1]):
            i += 1
        else:
            break
    return i - start if pairs >= MIN_PAIRS else 0


def _is_label(text: str) -> bool:
    return word_count(text) <= 2 and not ends_sentence(text) and len(text) <= 30
