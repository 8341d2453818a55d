"""The normalizer: the fixed last step. It tidies characters and never removes content.

What it does: Unicode NFC; HTML entities left in text (``&amp;``, ``&#8217;``) decoded;
NBSP and other space characters to a plain space; invisible zero-width characters and
soft hyphens dropped; CRLF and CR to LF; runs of spaces folded; paragraphs separated by
exactly one blank line. Typographic quotes and dashes are kept as they are.

>>> normalize_line("Seoul\\u00a0 &amp; Busan\\u200b")
'Seoul & Busan'
"""

from __future__ import annotations

import html
import re
import unicodedata

import regex

# ZWJ (U+200D) and ZWNJ (U+200C) are left alone: they shape emoji and Indic/Persian script.
# A regex finds these far faster than str.translate with a dict scans every character.
INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"  # zero-width space, word joiner, BOM, soft hyphen, MVS
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def normalize_line(text: str) -> str:
    """Normalize one line or paragraph: no newlines survive, spaces are folded.

    >>> normalize_line("  A\\tB \\r\\n C  ")
    'A B C'
    """
    if _is_tidy_line(text):  # most lines reach here already normalized
        return text
    # str.split() splits on exactly the characters \s matches, so this folds every run of
    # spaces, tabs and newlines to one space and strips the ends, as re's [^\S\n]+ would.
    return " ".join(_chars(text).split())


def normalize_text(text: str) -> str:
    """Normalize a whole text, keeping its line structure (lines are stripped).

    >>> normalize_text("One\\r\\n\\r\\n\\r\\nTwo  three")
    'One\\n\\nTwo three'
    """
    text = "\n".join(normalized_lines(text))
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


def normalized_lines(text: str) -> list[str]:
    """The lines of ``text`` after ``normalize_text``'s character fixes, each with its spaces
    folded and stripped; a line of spaces only becomes an empty line.

    >>> normalized_lines("Seoul\\u00a0 talks\\r\\n \\nresume ")
    ['Seoul talks', '', 'resume']
    """
    return [fold_spaces(line) for line in _chars(text).split("\n")]


def fold_spaces(text: str) -> str:
    """``text`` with every run of whitespace folded to one space and its ends stripped:
    ``" ".join(text.split())``, without splitting a text that is folded already.

    >>> fold_spaces(" Seoul\\u00a0 talks\\t"), fold_spaces("Seoul talks")
    ('Seoul talks', 'Seoul talks')
    """
    return text if _is_folded(text) else " ".join(text.split())


def _is_folded(text: str) -> bool:
    # Most text is folded already: it needs folding only where a space is doubled, it
    # starts or ends with one, or it holds another kind of space (which str.isprintable
    # rejects, as it rejects every space character but the plain one).
    return (text.isprintable() and "  " not in text and text[:1] != " "
            and text[-1:] != " ")


def join_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    """Paragraphs joined by exactly one blank line."""
    return "\n\n".join(p for p in paragraphs if p)


def alnum_key(text: str) -> str:
    """``text`` casefolded with everything but letters and digits dropped: a key under
    which spacing, punctuation and case do not count.

    >>> alnum_key("Talks resume | Daily-Post!") == alnum_key("talks resume dailypost")
    True
    """
    return str(_NOT_ALNUM.sub("", text.casefold()))


def drop_invisible(text: str) -> str:
    """``text`` without zero-width spaces, word joiners, BOMs and soft hyphens.

    >>> drop_invisible("soft\u00adware\u200b")
    'software'
    """
    if text.isascii():  # the usual line: nothing to look for
        return text
    # A few substring tests scan far faster than one regex character class.
    return _INVISIBLE_RE.sub("", text) if any(ch in text for ch in INVISIBLE) else text


def _is_tidy_line(text: str) -> bool:
    """True when ``normalize_line`` would return ``text`` unchanged: it has no character
    that is not printable (every space but the plain one, newlines, invisible characters,
    ``\u2028``), no doubled or outer space, no entity, and it is NFC."""
    return (_is_folded(text) and ("&" not in text or not _ENTITY.search(text))
            and (text.isascii() or unicodedata.is_normalized("NFC", text)))


def _chars(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if text.isascii():  # no invisible characters, and already NFC
        return text
    text = unicodedata.normalize("NFC", drop_invisible(text))
    return text.replace("\u2028", "\n").replace("\u2029", "\n")
