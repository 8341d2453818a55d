"""related: "Latest Headlines", "Related", "Read more: ..." and the headline lists they head.

Pages close, or interrupt, an article with lists of other stories::

    China, North Korea's closest ally, had previously called for peace talks ...
    Latest Headlines
    North Korea fires missile into sea
    Seoul, Tokyo agree to share intelligence

A line that is only a related-box label ("Latest Headlines", "Mehr zum Thema",
"관련기사") goes, with the run of headline-like lines right after it (short, no closing
full stop). A label glued to the next headline by a careless scraper
("Latest HeadlinesNorth Korea ...") counts too. A line that points to one other story
("Read more: Seoul to boost defence spending", "Lire aussi : ...") goes wherever it is.
A label may name where its stories come from ("Most read in world news", "Popular on
IndieWire"). A sentence that mentions "the latest headlines" is never a label: only whole
lines are.

Disable it for a text whose sections are titled like these labels ("Trending" as the
heading of a column about trends).

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["It rained all day in the capital on Monday, officials said.",
...                             "Latest Headlines", "Seoul, Tokyo agree to share intelligence"])
>>> [(c.block, c.why) for c in related(doc)]
[(1, 'label'), (2, 'headline')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns import alternation
from newsclean.patterns.related import PLACED_LABELS, READ_MORE_PREFIXES, RELATED_LABELS
from newsclean.rules.prefilter import Affixes
from newsclean.step import text_step
from newsclean.text.words import is_body_like, is_headline_like

_LABEL_DECOR = "-–—•·|>»#*▶■"
_LABEL = regex.compile(
    r"^[\s" + regex.escape(_LABEL_DECOR) + r"]*(?:" + alternation(RELATED_LABELS)
    + r")\s*[:：»>›|\-–—.…!]*\s*$", regex.I)
# "Most read in world news": a label and a few words of place, no sentence punctuation.
_PLACED = regex.compile(
    r"^[\s" + regex.escape(_LABEL_DECOR) + r"]*(?:" + alternation(PLACED_LABELS)
    + r")\s+[^\s.!?:;,][^.!?:;,]{0,40}?\s*[:：»>›|\-–—]*\s*$", regex.I)
_PLACED_WORDS = 8
# A label run into the next headline without a space: "Latest HeadlinesNorth Korea ...".
_GLUED = regex.compile(r"^(?:" + alternation(RELATED_LABELS) + r")(?=\p{Lu})")
_READ_MORE_DECOR = "-–—•·|>»*▶►☞[【("
_READ_MORE = regex.compile(
    r"^[\s" + regex.escape(_READ_MORE_DECOR) + r"]*(?P<prefix>" + alternation(READ_MORE_PREFIXES)
    + r")\s*(?:[:：»>›|\]】]|(?P<dash>\s[-–—]))\s*\S", regex.I)
# Prefilters: _LABEL, _GLUED and _READ_MORE each need one of their phrases to open the
# line (after decoration), so most lines are ruled out by their first letters.
_MAY_LABEL = Affixes.of([t for terms in RELATED_LABELS.values() for t in terms],
                        flags=regex.I, skip=_LABEL_DECOR)
_MAY_PLACED = Affixes.of([t for terms in PLACED_LABELS.values() for t in terms],
                         flags=regex.I, skip=_LABEL_DECOR)
_MAY_READ_MORE = Affixes.of([t for terms in READ_MORE_PREFIXES.values() for t in terms],
                            flags=regex.I, skip=_READ_MORE_DECOR)
_MAY_RELATE = Affixes.of(
    [t for table in (RELATED_LABELS, READ_MORE_PREFIXES, PLACED_LABELS) for terms in table.values()
     for t in terms], flags=regex.I, skip="".join(sorted({*_LABEL_DECOR, *_READ_MORE_DECOR})))
"""Both at once: most lines open with neither a label nor a read-more prefix."""
MAX_LIST = 12
"""Headline lines taken after a label; longer runs are rarely one related box."""


@text_step("label", "headline", "read_more")
def related(doc: Document) -> list[Cut]:
    """Cut related-box labels with the headline lines they head, and read-more lines."""
    cuts: list[Cut] = []
    blocks = doc.blocks
    may_relate = _MAY_RELATE.by_start  # its ``may_match``, with no Python call per block
    maybe = [i for i, block in enumerate(blocks) if may_relate[block.text[:2]](block.text)]
    listed = 0  # blocks before this one went as the headlines under a label
    for i in maybe:
        if i < listed:
            continue
        text = blocks[i].text
        if (_MAY_LABEL.may_match(text) and (_LABEL.match(text) or _GLUED.match(text))
                or _is_placed_label(text)):
            cuts.append(Cut(i, "label"))
            j = i + 1
            while j < len(blocks) and j - i <= MAX_LIST and _is_list_line(blocks[j].text):
                cuts.append(Cut(j, "headline"))
                j += 1
            listed = j
        elif _is_read_more(text):
            cuts.append(Cut(i, "read_more"))
    return cuts


def _is_placed_label(text: str) -> bool:
    return (_MAY_PLACED.may_match(text) and len(text.split()) <= _PLACED_WORDS
            and _PLACED.match(text, timeout=0.5) is not None)


def _is_read_more(text: str) -> bool:
    if not _MAY_READ_MORE.may_match(text):
        return False
    match = _READ_MORE.match(text, timeout=0.5)
    if match is None or len(text) > 250 or is_body_like(text):
        return False
    # "More — much more — is needed": after a one-word prefix only a colon is a pointer.
    return not (match.group("dash") and " " not in match.group("prefix").strip())


def _is_list_line(text: str) -> bool:
    return is_headline_like(text) and not _LABEL.match(text)
