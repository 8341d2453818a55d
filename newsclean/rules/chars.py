"""What a prefilter must know of characters: spaces, case folding, and ``re`` tries of terms.

A prefilter compares a text with a rule's terms using ``re`` (several times faster than
``regex`` on plain alternations) and must take at least every text the ``regex`` pattern
takes: these helpers write a term's characters as ``re`` classes that are never narrower.

>>> trie(["ab", "ac", "a b"])
'a(?:\\\\s+b|b|c)'
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import regex

_BELOW_3001 = "".join(map(chr, range(0x3001)))
SPACES = "".join(sorted({*regex.findall(r"\s", _BELOW_3001), *filter(str.isspace, _BELOW_3001)}))
"""Every character ``regex`` or ``str`` takes for a space (none lies beyond U+3000; the
tests check all of Unicode)."""
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""The characters beyond ASCII that match an ASCII letter when case is ignored (dotted and
dotless I, long s, Kelvin sign); tests/test_rules_chars.py checks all of Unicode."""
FOLDS_TO_ASCII_RE = re.compile("[" + "".join(sorted(FOLDS_TO_ASCII)) + "]")
Gate = Callable[[str], object]
"""A test of a text: truthy (a ``re.Match``, True) when a term may be there."""
NEVER: Gate = frozenset().__contains__
"""The gate of a text no term can start (end): a C function that says no."""


def caseless(char: str) -> bool:
    """True for a character without case (punctuation, symbols, CJK, Hangul), which
    matches only itself whatever the flags. A character Python's Unicode tables do not
    know may have case in those of ``regex``: it counts as cased.

    >>> caseless("“"), caseless("☞"), caseless("ー"), caseless("é"), caseless("Ⓐ")
    (True, True, True, False, False)
    """
    return (char.lower() == char == char.upper() == char.casefold()
            and unicodedata.category(char) != "Cn")


def char_class(char: str, flags: int) -> str:
    r"""A ``re`` pattern, for a pattern compiled with ``re.I`` when ``flags`` hold
    ``regex.I``, that matches every text character ``char`` of a term matches in a
    ``regex`` pattern compiled with ``flags``: a superset. (``re.I`` lets an ASCII letter
    match all that ``regex.I`` does, ``FOLDS_TO_ASCII`` included; the tests check it.)

    >>> char_class("s", regex.I), char_class("é", regex.I), char_class(" ", 0)
    ('s', '(?-i:[^\\x00-\\x7f])', '\\s+')
    """
    if char.isspace():
        return r"\s+"  # a term's space stands for any run of whitespace
    if not flags & regex.I or caseless(char):
        return re.escape(char)
    if char.isascii():
        return re.escape(char.lower())  # one form, so that "Share" and "share" share a branch
    # A cased letter beyond ASCII may match another one in some case: take them all.
    pattern = regex.compile(regex.escape(char), flags)
    ascii_like = "".join(c for c in string.ascii_letters if pattern.fullmatch(c))
    return rf"(?-i:[^\x00-\x7f]|[{ascii_like}])" if ascii_like else r"(?-i:[^\x00-\x7f])"


def trie(words: Iterable[str]) -> str:
    r"""A ``re`` alternation of ``words`` sharing their common starts, so that at each
    position of a text only one branch per character is tried: several times faster than
    a flat alternation of a hundred words. A space matches any run of whitespace."""
    return token_trie([r"\s+" if ch == " " else re.escape(ch) for ch in word] for word in words)


def token_trie(words: Iterable[Sequence[str]]) -> str:
    """``trie`` of words given as sequences of ``re`` patterns, one per character.

    >>> token_trie([["a", "b"], ["a"]])
    'a(?:b)?'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for token in word:
            node = node.setdefault(token, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alternatives = [token + branch(rest) for token, rest in sorted(node.items()) if token]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


def literal_search(terms: Iterable[str], *, after: str = "") -> re.Pattern[str]:
    r"""A ``re`` pattern finding any of ``terms`` (case-sensitive; a space matches any run of
    whitespace): it matches wherever ``regex`` finds an alternation of them. ``after`` is a
    ``re`` pattern that must come right before the term.

    >>> literal_search(["AP", "Reuters"], after=r"\(\s*").search("BERLIN (Reuters) -")
    <re.Match object; span=(7, 15), match='(Reuters'>
    """
    # re's \s is wider than regex's (it also takes \x1c-\x1f): a superset, which is safe.
    return re.compile(f"{after}(?:{trie(terms)})")
