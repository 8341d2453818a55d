"""A cheap first test for strippers whose phrases must open the line: its first words.

``FirstWords.of(phrases)`` keeps each phrase's first word (for a one-word phrase) or first
two words, lowercased. ``may_open(text)`` looks the text's first words up: a slice, a
split and a set lookup, however long the text.

It is *not* a sound prefilter: a two-word phrase glued to what follows its second word
("Advertiser disclosure: ...", "Cite as:x") is refused although the anchored pattern takes
it. ``disclosures`` and ``notices`` keep asking it, after the sound ``_prefilter.Affixes``,
only so that their decisions stay as they were; dropping it (and this module) lets them
cut those lines too, a change of output to make on purpose, with its fixtures.

>>> opens = FirstWords.of(["This article was originally published", "Citation:"])
>>> opens.may_open("This article was first ..."), opens.may_open("This week the council ...")
(True, False)
>>> opens.may_open("Citation: Dust (2019)"), opens.may_open("- CITATION: x")
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DECORATION = " \t\n([*>»•-–—"
"""Characters a line may open with before its phrase (bullets, dashes, brackets)."""
_HEAD = 80
"""Characters of a text looked at: enough for any phrase's first two words."""


@dataclass(frozen=True)
class FirstWords:
    """The first words of some phrases: a never-wrong "no" to "could one open this text?"."""

    one: tuple[str, ...]
    """One-word phrases, lowercased: a text's first word must start with one."""
    two: frozenset[str]
    """The first two words of longer phrases, lowercased, joined by one space."""

    @classmethod
    def of(cls, phrases: Iterable[str]) -> FirstWords:
        """The test for these phrases."""
        one: set[str] = set()
        two: set[str] = set()
        for phrase in phrases:
            words = phrase.lower().split()
            if len(words) == 1:
                one.add(words[0])
            elif words:
                two.add(f"{words[0]} {words[1]}")
        return cls(tuple(sorted(one)), frozenset(two))

    def may_open(self, text: str) -> bool:
        """False only when no phrase can open ``text``."""
        words = text[:_HEAD].lstrip(DECORATION).lower().split(maxsplit=2)
        if not words:
            return False
        # A one-word phrase may be glued to what follows it ("Citation:Title").
        if self.one and words[0].startswith(self.one):
            return True
        return len(words) > 1 and f"{words[0]} {words[1]}" in self.two
