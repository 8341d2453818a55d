"""Small text tests the strippers share: is this line sentence-like, headline-like, ...

>>> ends_sentence("It rained.")
True
>>> is_headline_like("North Korea fires missile into sea")
True
>>> is_headline_like("The talks ended on Monday after two days of meetings in the capital.")
False
"""

from __future__ import annotations

import regex

_WORD = regex.compile(r"\w+")
# Scripts written without spaces: count characters instead of words.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SENTENCE_END = regex.compile(r"[.!?。！？…][\"'”’»)\]]*$")


def word_count(text: str) -> int:
    """Words in ``text``; for Chinese or Japanese, about one word per two characters."""
    words = len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return max(words, cjk // 2)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence: a full stop, ! or ?, maybe then a quote."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_headline_like(text: str, *, max_words: int = 25) -> bool:
    """A short line that reads as a headline: 2 to 25 words, no closing full stop."""
    n = word_count(text)
    if not 2 <= n <= max_words or len(text) > 220:
        return False
    stripped = text.rstrip()
    return not stripped.endswith((".", "。", ",", ";", ":"))


def is_body_like(text: str) -> bool:
    """A paragraph that reads as article body: a sentence of some length.

    >>> is_body_like("Yes.")
    False
    """
    return word_count(text) >= 12 and ends_sentence(text)


def squash(text: str) -> str:
    """A comparison key: casefolded words only, so spacing and punctuation do not count.

    >>> squash("Hello,  World!") == squash("hello world")
    True
    """
    return " ".join(_WORD.findall(text.casefold()))
