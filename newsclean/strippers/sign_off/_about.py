"""A press release's closing paragraphs about the company that issued it ("Acme is a
leading maker of scanners ..."), with the "About Acme" line that may head them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import ABOUT_COMPANY
from newsclean.rules import PhraseRule
from newsclean.text.words import squash

# A company's paragraph: its name (one to four capitalized words), then an ABOUT_COMPANY
# phrase ("Acme Corp is a leading ..."); an "About Acme Corp" line may head it.
_ABOUT = alternation(ABOUT_COMPANY)
_COMPANY_OPENING = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}\d&.'’\-]*(?:\s+\p{Lu}[\p{L}\d&.'’\-]*){0,3})(?:['’]s)?\s+(?:"
    + _ABOUT + r")(?![\p{L}])")
_ABOUT_PHRASE = PhraseRule.expression(r"(?<![\p{L}])(?:" + _ABOUT + r")(?![\p{L}])",
                                      holds=ABOUT_COMPANY, name="sign_off.about_phrase",
                                      timeout=None)
_ABOUT_HEADING = regex.compile(r"^(?i:about|über|à propos de|acerca de|sobre|informazioni su"
                               r"|over)\s+(?P<name>.{2,60}?)\s*:?$")


def company_paragraphs(texts: Sequence[str], anchor: int) -> list[int]:
    """The closing paragraphs about the company that issued a press release, from the last
    paragraph back: each opens with the company's name and an ``ABOUT_COMPANY`` phrase
    (an "About Acme" line may head them), and they hold two such phrases in all.

    >>> company_paragraphs(["Acme will ship the scanner in May, the company said on Monday.",
    ...                     "About Acme", "Acme is a leading maker of scanners for hospitals.",
    ...                     "Acme is headquartered in Basel and employs around 900 people."], 3)
    [1, 2, 3]
    >>> company_paragraphs(["The order lifted the shares of Acme by 4% in early trading.",
    ...                     "Acme is a leading maker of scanners, and its shares rose."], 1)
    []
    """
    found: list[int] = []
    name = None
    phrases = 0
    i = anchor
    while i >= 0:
        text = texts[i]
        # Anchored, it fails at once on most paragraphs: a prefilter would not be quicker.
        opening = _COMPANY_OPENING.match(text)
        if opening is None or (name is not None and opening.group("name") != name):
            break
        name = opening.group("name")
        phrases += sum(1 for _ in _ABOUT_PHRASE.finditer(text))
        found.append(i)
        i -= 1
    if not found or phrases < 2:
        return []
    heading = _ABOUT_HEADING.match(texts[i]) if i >= 0 else None
    if heading and squash(heading.group("name")) == squash(name or ""):
        found.append(i)
    return sorted(found)
