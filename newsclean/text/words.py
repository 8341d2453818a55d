"""Small text tests the strippers share: is this line sentence-like, headline-like, ...

>>> ends_sentence("It rained.")
True
>>> is_headline_like("North Korea fires missile into sea")
True
>>> is_headline_like("The talks ended on Monday after two days of meetings in the capital.")
False
"""

from __future__ import annotations

import re

import regex

from newsclean.normalize import fold_spaces
from newsclean.text.dateline import opening_end
from newsclean.text.memo import memoized
from newsclean.text.wire import without_tag

_WORD = regex.compile(r"\w+")
# Scripts written without spaces: count characters instead of words.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Korean words are long compounds ("발표했다"): count about one word per two syllables.
_HANGUL = regex.compile(r"\p{Hangul}")
_SENTENCE_ENDERS = ".!?。！？…"
_SENTENCE_CLOSERS = "\"'”’»)]"
_ENDERS = frozenset(_SENTENCE_ENDERS)  # a set: "" is in every string, in no set
# Decoration around a label: spaces, dashes, brackets, bullets, pipes, colons, dots, arrows.
# str.strip trims both ends without scanning the middle, as a regex would.
_DECORATION_CHARS = " \t\n\r\f\v\u00a0\u2009\u3000-–—_=*•·|:[](){}<>.…▶►▷»«›‹■□◆◇●○★☆→【】「」『』"


# The fast path, for text in European scripts. A character beyond ASCII is either a word
# character of Latin, Greek, Cyrillic or Armenian ("é", "ж"), or a separator (typographic
# quotes, dashes, NBSP, "…"); CJK and Hangul, counted apart, are neither. Both lists are
# derived from ``_WORD`` itself, so the fast path finds exactly the runs ``_WORD`` finds.
_SEPARATORS = "".join(ch for ch in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2070)])
                      if not _WORD.match(ch) and not _CJK.match(ch) and not _HANGUL.match(ch))
_LETTERS = "".join(ch for ch in map(chr, range(0x80, 0x530)) if _WORD.match(ch))
_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")
_NOT_SEPARATOR = re.compile(r"[^\x00-\x7f" + re.escape(_SEPARATORS) + "]")
_NOT_FAST = re.compile(r"[^\x00-\x7f" + re.escape(_SEPARATORS + _LETTERS) + "]")
# Blocks of Unicode holding every Han, Hiragana, Katakana and Hangul character (and some
# others): a text with none of them is spared the two exact counts. The test of
# ``word_count`` checks the cover against all of Unicode.
MAY_BE_CJK = re.compile("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
                        "\uff00-\uffef\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff"
                        "\U0001f200-\U0001f2ff\U00020000-\U0003ffff]")
# UTF-8 bytes to keep: ASCII word characters (\w), with A-Z lowered, and every byte of a
# letter beyond ASCII; ASCII punctuation and spaces become spaces, so ``bytes.split``
# yields exactly the \w+ runs once the separators are spaces too.
_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or c == 95 else 32
                    for c in range(128)) + bytes(range(128, 256))
_SEPARATED_BYTES = _WORD_BYTES[:128] + b" " * 128
# The same, with every byte of a word written "w", for counting the words.
_ASCII_RUNS = bytes(32 if c == 32 else 119 for c in _WORD_BYTES)
_SEPARATED_RUNS = bytes(32 if c == 32 else 119 for c in _SEPARATED_BYTES)
# Bytes as ``squash`` keeps ASCII: word characters (\w: letters, digits and "_") with A-Z
# lowered; ASCII punctuation and spaces, and every byte beyond ASCII, dropped.
_LOWER_ASCII = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))
_NOT_ASCII_WORD = bytes(c for c in range(256) if not (c < 128 and (chr(c).isalnum() or c == 95)))


def _fast_words(text: str, *, casefold: bool = False) -> list[bytes] | None:
    """The \\w+ runs of ``text`` in UTF-8, ASCII lowercased (all casefolded if ``casefold``),
    when the fast path holds; else None.

    >>> _fast_words("It’s 9 a.m. — “Čas”")
    [b'it', b's', b'9', b'a', b'm', b'\\xc4\\x8cas']
    >>> _fast_words("東京") is None
    True
    """
    words = _word_bytes(text, _WORD_BYTES, _SEPARATED_BYTES, casefold=casefold)
    return None if words is None else words.split()


def _word_bytes(text: str, ascii_table: bytes, separated_table: bytes, *,
                casefold: bool = False) -> bytes | None:
    """``text`` in UTF-8 translated by ``ascii_table`` (``separated_table`` when all beyond
    ASCII in it is separators), so that its words are the runs of bytes between spaces;
    None when the fast path does not hold."""
    if text.isascii():
        return text.encode().translate(ascii_table)
    if not _NOT_SEPARATOR.search(text):  # only separators beyond ASCII
        # Every byte beyond ASCII is then part of a separator: it becomes a space.
        return text.encode().translate(separated_table)
    if casefold:  # letters beyond ASCII: the bytes cannot lower them
        text = text.casefold()
    if _NOT_FAST.search(text):
        return None
    return _SEPARATOR.sub(" ", text).encode().translate(ascii_table)


@memoized
def word_count(text: str) -> int:
    """Words in ``text``; for Chinese, Japanese or Korean, about one per two characters.

    >>> word_count("North Korea’s U.N. envoy"), word_count("서울에서 회담이 열렸다")
    (6, 5)
    """
    # The fast paths of ``_fast_words``, counting the runs of word bytes instead of
    # splitting them out: the start of every run is a space before a word byte, or the start.
    runs = _word_bytes(text, _ASCII_RUNS, _SEPARATED_RUNS)
    if runs is not None:
        return runs.count(b" w") + runs.startswith(b"w")
    words = len(_WORD.findall(text))
    if not MAY_BE_CJK.search(text):
        return words
    cjk = len(_CJK.findall(text))
    hangul = len(_HANGUL.findall(text))
    return max(words, cjk // 2, hangul // 2)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence: a full stop, ! or ?, maybe then a quote."""
    if text[-1:] in _ENDERS:  # the usual paragraph: spared copying its text twice
        return True
    last = text.rstrip().rstrip(_SENTENCE_CLOSERS)[-1:]
    return last in _ENDERS


def is_headline_like(text: str, *, max_words: int = 25) -> bool:
    """A short line that reads as a headline: 2 to 25 words, no closing full stop."""
    n = word_count(text)
    if not 2 <= n <= max_words or len(text) > 220:
        return False
    stripped = text.rstrip()
    if "。" in stripped[:-1]:
        return False  # a Chinese or Japanese sentence, closed by a tag such as "（共同）"
    return not stripped.endswith((".", "。", ",", ";", ":"))


@memoized
def body_core(text: str) -> str:
    """The paragraph without a dateline opening or a closing agency tag.

    >>> body_core("SEOUL, Oct. 24 (Yonhap) -- Talks resumed. (Yonhap)")
    'Talks resumed.'
    """
    return without_tag(text[opening_end(text):])


@memoized
def is_body_like(text: str) -> bool:
    """A paragraph that reads as article body: a sentence of some length.

    >>> is_body_like("Yes.")
    False
    """
    # Judged without a dateline opening or a closing agency tag, which other strippers
    # cut: a paragraph reads as body, or not, before and after they do.
    text = body_core(text)
    return ends_sentence(text) and word_count(text) >= 12  # the cheap test first


def strip_decoration(text: str) -> str:
    """The words of a label without the decoration around it, spaces folded.

    >>> strip_decoration("- Advertisement -"), strip_decoration("[ Share this ]")
    ('Advertisement', 'Share this')
    """
    return fold_spaces(text.strip(_DECORATION_CHARS))


def line_key(text: str) -> str:
    """A lookup key for a whole line: decoration trimmed, casefolded."""
    return strip_decoration(text).casefold()


def squash_sketch(text: str) -> bytes:
    """The ASCII letters, digits and "_" of ``squash(text)``, in order, for a quick "no":
    texts with different sketches have different squashed forms. One ``bytes.translate``
    of the (casefolded) text, where ``squash`` splits it into words.

    >>> squash_sketch("Straße, 2019!") == squash_sketch("STRASSE 2019") == b"strasse2019"
    True
    """
    # Every ASCII word character of the casefolded text is in one of its words, and
    # nothing else of a squashed text is ASCII but the spaces between words.
    return (text if text.isascii() else text.casefold()).encode().translate(
        _LOWER_ASCII, _NOT_ASCII_WORD)


# ``_NOT_ASCII_WORD`` but the NUL byte, which parts texts in ``squash_sketches``.
_NOT_ASCII_WORD_NOR_NUL = _NOT_ASCII_WORD.replace(b"\0", b"")


def squash_sketches(texts: list[str]) -> list[bytes]:
    """``squash_sketch`` of each text, worked out for all of them at once: the texts joined
    by NUL bytes are folded and translated in one go, then split at the NULs (a text that
    holds a NUL itself makes them go one by one).

    >>> squash_sketches(["Straße,", "", "2019!"])
    [b'strasse', b'', b'2019']
    """
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        return [squash_sketch(text) for text in texts]
    if not joined.isascii():
        joined = joined.casefold()  # character by character: no NUL comes or goes
    return joined.encode().translate(_LOWER_ASCII, _NOT_ASCII_WORD_NOR_NUL).split(b"\0")


@memoized
def squash(text: str) -> str:
    """A comparison key: casefolded words only, so spacing and punctuation do not count.

    >>> squash("Hello,  World!") == squash("hello world")
    True
    """
    fast = _fast_words(text, casefold=True)
    if fast is not None:
        return b" ".join(fast).decode()
    return " ".join(_WORD.findall(text.casefold()))
