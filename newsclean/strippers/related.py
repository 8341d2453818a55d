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
from newsclean.patterns.related import PLACED_LABELS, READ_MORE_PREFIXES, RELATED_LABELS
from newsclean.rules import PhraseRule, RuleSet
from newsclean.step import text_step
from newsclean.text.words import is_body_like, is_headline_like

_LABEL_DECOR = "-–—•·|>»#*▶■"
_LABEL = PhraseRule.opening(RELATED_LABELS, flags=regex.I, skip=_LABEL_DECOR,
                            tail=r"\s*[:：»>›|\-–—.…!]*\s*$", name="related.label",
                            timeout=None)
# "Most read in world news": a label and a few words of place, no sentence punctuation.
_PLACED = PhraseRule.opening(PLACED_LABELS, flags=regex.I, skip=_LABEL_DECOR,
                             tail=r"\s+[^\s.!?:;,][^.!?:;,]{0,40}?\s*[:：»>›|\-–—]*\s*$",
                             name="related.placed")
_PLACED_WORDS = 8
# A label run into the next headline without a space: "Latest HeadlinesNorth Korea ...".
_GLUED = PhraseRule.opening(RELATED_LABELS, tail=r"(?=\p{Lu})", name="related.glued",
                            timeout=None)
_READ_MORE = PhraseRule.opening(
    READ_MORE_PREFIXES, flags=regex.I, skip="-–—•·|>»*▶►☞[【(", group="prefix",
    tail=r"\s*(?:[:：»>›|\]】]|(?P<dash>\s[-–—]))\s*\S", name="related.read_more")
_ANY = RuleSet([_LABEL, _GLUED, _PLACED, _READ_MORE])
MAX_LIST = 12
"""Headline lines taken after a label; longer runs are rarely one related box."""


@text_step("label", "headline", "read_more")
def related(doc: Document) -> list[Cut]:
    """Cut related-box labels with the headline lines they head, and read-more lines."""
    cuts: list[Cut] = []
    blocks = doc.blocks
    listed = 0  # blocks before this one went as the headlines under a label
    for i in _ANY.candidates(doc.texts):
        if i < listed:
            continue
        text = blocks[i].text
        if _LABEL.match(text) or _GLUED.match(text) or _is_placed_label(text):
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
    return _PLACED.match(text) is not None and len(text.split()) <= _PLACED_WORDS


def _is_read_more(text: str) -> bool:
    match = _READ_MORE.match(text)
    if match is None or len(text) > 250 or is_body_like(text):
        return False
    # "More — much more — is needed": after a one-word prefix only a colon is a pointer.
    return not (match.group("dash") and " " not in match.group("prefix").strip())


def _is_list_line(text: str) -> bool:
    return is_headline_like(text) and not _LABEL.match(text)
