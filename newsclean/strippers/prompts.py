"""prompts: calls to action and page chrome left between paragraphs.

A flattened page keeps the words of its buttons, boxes and counters::

    Share this article
    Sign up for our morning newsletter and get the day's top stories.
    Comments (12)
    5 min read
    CLICK HERE TO GET THE FOX NEWS APP
    Folgen Sie uns auf Facebook und Twitter
    댓글 3

A line goes when it is exactly a known label ("Share", "Kommentare", "閉じる"), when it
is short (at most ``MAX_WORDS`` words) and opens with a known call to action ("Sign up for
our", "Abonnez-vous à notre", "Síguenos en"), or when it has the shape of a counter or a
stamp ("Comments (12)", "Lesezeit: 3 Min.", "Image 2 of 5", a pager "1 2 3 4 5"). A lone
number stays: it is as often a cell of a flattened table as a share counter. The vocabulary,
by concept and language, is in ``newsclean/patterns/prompts.py``. Reason codes name the
concept: ``prompts.newsletter``, ``.share``, ``.follow``, ``.cookie``, ``.app``,
``.comments``, ``.taxonomy``, ``.chrome``, ``.counter``.

A sentence that only mentions a newsletter or comments stays: "The newsletter, founded
in 1998, has 40,000 readers." opens with no call to action and is not a label.

Disable it for text about the web itself, where "Subscribe to our channel" may be quoted
as a paragraph of its own.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["Share this article", "The newsletter has 40,000 readers.",
...                             "Comments (12)"])
>>> [(c.block, c.why) for c in prompts(doc)]
[(0, 'share'), (2, 'counter')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns import phrases
from newsclean.patterns.prompts import (
    APP_STARTS,
    CHROME_LINES,
    COMMENT_LINES,
    COOKIE_STARTS,
    FOLLOW_SHAPES,
    FOLLOW_STARTS,
    FOLLOW_VERBS,
    NEWSLETTER_CUES,
    NEWSLETTER_LINES,
    NEWSLETTER_STARTS,
    NEWSLETTER_WEAK_STARTS,
    PROMPT_SHAPES,
    SHARE_LINES,
    TAXONOMY_STARTS,
)
from newsclean.rules import PhraseRule, RuleSet
from newsclean.step import text_step
from newsclean.text.words import line_key, strip_decoration, word_count

MAX_WORDS = 30
"""Longest line that an opening alone makes a prompt; longer lines are article prose."""

_LINES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (why, frozenset(line_key(p) for p in phrases(table)))
    for why, table in (("newsletter", NEWSLETTER_LINES), ("share", SHARE_LINES),
                       ("comments", COMMENT_LINES), ("chrome", CHROME_LINES)))
# Every whole-line phrase and its concept; a phrase in two tables keeps the first one.
_LINE_KINDS = {line: why for why, lines in reversed(_LINES) for line in lines}
_LONGEST_LINE = max(len(p) for _, lines in _LINES for p in lines) + 40
"""Longest line worth a whole-line lookup: the longest phrase plus room for decoration."""
_LONGEST_SHAPE = 120
"""Counters and stamps ("Comments (12)", "Image 1 of 5") are never longer than this."""
_LONGEST_LOOKUP = max(_LONGEST_LINE, _LONGEST_SHAPE)
# A rule drawn with characters ("______", "* * *" is a section break and has no word).
_RULE = regex.compile(r"[_=~\-–—.·•*]{3,}|(?:_\s*){3,}")
_DECOR_CHARS = "-–—•·|>»*▶►☞[("
_STARTS = tuple(
    (why, PhraseRule.opening(table, flags=regex.I, skip=_DECOR_CHARS, words=True,
                             name=f"prompts.{why}"))
    for why, table in (("newsletter", NEWSLETTER_STARTS), ("follow", FOLLOW_STARTS),
                       ("cookie", COOKIE_STARTS), ("app", APP_STARTS),
                       ("taxonomy", TAXONOMY_STARTS)))
_WEAK = PhraseRule.opening(NEWSLETTER_WEAK_STARTS, flags=regex.I, skip=_DECOR_CHARS, words=True,
                           name="prompts.weak")
_CUE = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(NEWSLETTER_CUES) + r")(?![\p{L}\-])", regex.I)
# Asked of the stripped line: a shape is a whole line.
_FOLLOW = PhraseRule.expression(r"^(?:" + "|".join(FOLLOW_SHAPES) + r")$", flags=regex.I,
                                opens_with=FOLLOW_VERBS, name="prompts.follow_shape")
_ANY_START = RuleSet([_FOLLOW, *(rule for _, rule in _STARTS), _WEAK])
# Anchored: a shape is a whole line, and an anchored search stays linear on long text.
_SHAPE = PhraseRule.expression(
    r"^(?:" + "|".join(p for shapes in PROMPT_SHAPES.values() for p in shapes) + r")$",
    flags=regex.I, full=True, name="prompts.counter")


def prompt_kind(text: str) -> str | None:
    """The concept a prompt line belongs to, or None when it is not a prompt.

    >>> prompt_kind("Folgen Sie uns auf Facebook"), prompt_kind("Folgen Sie dem Geld.")
    ('follow', None)
    """
    size = len(text)
    if size > 400:
        return None
    if "_" in text and _RULE.fullmatch(text.strip()):
        return "chrome"
    # Whole-line phrases and counters are short: long lines skip those lookups.
    if size <= _LONGEST_LOOKUP:
        words = strip_decoration(text)
        if size <= _LONGEST_LINE:
            why = _LINE_KINDS.get(words.casefold())  # line_key(text)
            if why is not None:
                return why
        if size <= _LONGEST_SHAPE and _SHAPE.fullmatch(words):
            return "counter"
    if not _ANY_START.may_match(text):
        return None
    if _FOLLOW.fullmatch(text.strip()):
        return "follow"
    for why, rule in _STARTS:
        if rule.match(text):
            return why if word_count(text) <= MAX_WORDS else None
    if _WEAK.match(text) and _CUE.search(text, timeout=0.5):
        return "newsletter" if word_count(text) <= MAX_WORDS else None
    return None


@text_step("newsletter", "share", "comments", "chrome", "counter", "follow", "cookie", "app",
           "taxonomy")
def prompts(doc: Document) -> list[Cut]:
    """Cut every block that is a call to action, a widget label or a counter."""
    return [Cut(i, kind) for i, block in enumerate(doc.blocks)
            if (kind := prompt_kind(block.text))]
