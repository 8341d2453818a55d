"""An author's bio line: "Phil Helsel is a reporter for NBC News." The name becomes an
author.

>>> bio_line("Phil Helsel is a reporter for NBC News.").group("name")
'Phil Helsel'
>>> bio_line("Phil Helsel said the reporter left.") is None
True
"""

from __future__ import annotations

import regex

from newsclean.patterns import alternation
from newsclean.patterns.signoffs import BIO_ROLES, BIO_VERBS
from newsclean.rules import PhraseRule
from newsclean.strippers.sign_off._words import _at_most_words

# The name may carry the author's address in brackets: "Jo Lee (jo@example.com) is ...".
# Case is ignored only where the pattern says so ("(?-i:...)"): the rule's flag lets its
# prefilter take a role in any case.
_BIO = PhraseRule.expression(
    r"(?-i:^(?P<name>\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})(?:\s*\([^()]{1,80}\))?"
    r"\s+(?i:" + alternation(BIO_VERBS)
    + r")\s+(?:\S+\s+){0,4}?(?i:" + alternation(BIO_ROLES) + r")s?"
    r"(?:\s+(?i:for|at|with|covering|based|in|of|and|bei|für|pour|à|au|de|para|en|per|da|voor"
    r"|bij)(?!\p{L})|\s*[.,]|$))", flags=regex.I, holds=BIO_ROLES, name="sign_off.bio")
_BIO_WORDS = 50
"""Longest bio line: a name, a role and a sentence or two about the author's work."""


def bio_line(text: str) -> regex.Match[str] | None:
    """The bio that ``text`` is, with the author's name as its group ``name``."""
    return _BIO.match(text) if _at_most_words(text, _BIO_WORDS) else None


def opens_as_bio(sentence: str) -> bool:
    """A sentence of a bio (no word bound: a promotion line asks it of its parts)."""
    return _BIO.match(sentence) is not None
