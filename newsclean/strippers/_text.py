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

from newsclean.strippers.dateline import opening_end
from newsclean.strippers.wire_tag import without_tag

_WORD = regex.compile(r"\w+")
# Scripts written without spaces: count characters instead of words.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Korean words are long compounds ("발표했다"): count about one word per two syllables.
_HANGUL = regex.compile(r"\p{Hangul}")
_SENTENCE_END = regex.compile(r"[.!?。！？…][\"'”’»)\]]*$")
# Decoration around a label: spaces, dashes, brackets, bullets, pipes, colons, dots, arrows.
# str.strip trims both ends without scanning the middle, as a regex would.
_DECORATION_CHARS = " \t\n\r\f\v\u00a0\u2009\u3000-–—_=*•·|:[](){}<>.…▶►▷»«›‹■□◆◇●○★☆→【】「」『』"


def word_count(text: str) -> int:
    """Words in ``text``; for Chinese, Japanese or Korean, about one per two characters."""
    words = len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    hangul = len(_HANGUL.findall(text))
    return max(words, cjk // 2, hangul // 2)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence: a full stop, ! or ?, maybe then a quote."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_headline_like(text: str, *, max_words: int = 25) -> bool:
    """A short line that reads as a headline: 2 to 25 words, no closing full stop."""
    n = word_count(text)
    if not 2 <= n <= max_words or len(text) > 220:
        return False
    stripped = text.rstrip()
    if "。" in stripped[:-1]:
        return False  # a Chinese or Japanese sentence, closed by a tag such as "（共同）"
    return not stripped.endswith((".", "。", ",", ";", ":"))


def is_body_like(text: str) -> bool:
    """A paragraph that reads as article body: a sentence of some length.

    >>> is_body_like("Yes.")
    False
    """
    # Judged without a dateline opening or a closing agency tag, which other strippers
    # cut: a paragraph reads as body, or not, before and after they do.
    text = without_tag(text[opening_end(text):])
    return word_count(text) >= 12 and ends_sentence(text)


def strip_decoration(text: str) -> str:
    """The words of a label without the decoration around it, spaces folded.

    >>> strip_decoration("- Advertisement -"), strip_decoration("[ Share this ]")
    ('Advertisement', 'Share this')
    """
    return " ".join(text.strip(_DECORATION_CHARS).split())


def line_key(text: str) -> str:
    """A lookup key for a whole line: decoration trimmed, casefolded."""
    return strip_decoration(text).casefold()


def squash(text: str) -> str:
    """A comparison key: casefolded words only, so spacing and punctuation do not count.

    >>> squash("Hello,  World!") == squash("hello world")
    True
    """
    return " ".join(_WORD.findall(text.casefold()))
