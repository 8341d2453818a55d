"""Prefilters: cheap tests that rule out an ordinary paragraph before a stripper's patterns run.

Most blocks of an article are body paragraphs that no stripper cuts, yet each stripper
used to run its full set of patterns on every one of them. A prefilter answers "could the
full rule fire on this text?" in well under a microsecond. It may say yes wrongly (the full
rule then decides), but it never says no when the full rule would fire, so a stripper
that asks it first cuts exactly what it cut before, only faster.

Prefilters are built from the same vocabulary tables as the patterns they guard (never
from a copied word list), so a phrase added to ``newsclean/patterns/`` flows into both.

- ``Affixes.of(terms, flags=..., skip=...)``: could ``text`` *open* with one of ``terms``,
  as an anchored ``^[\\s<skip>]*(?:term|...)`` pattern compiled with ``flags`` would find?
  The first few characters of ``text`` after the decoration, folded, are looked up in a
  set built from the terms. ``at_end=True`` asks the same of the *end* of ``text``
  (trailing spaces ignored), for a pattern ``(?:term|...)\\s*$``.
- ``Keywords.of(terms, flags=...)``: could ``text`` hold one of ``terms`` anywhere? One
  ``re`` search of the lowercased text for a piece of each term.
- ``Opening.of(pattern)``: for a pattern that is an expression rather than a list of
  phrases (counters, "Follow X on Twitter"): which one- and two-character starts can begin
  a match, asked of the engine itself (partial matching) once, at import.
- ``literal_search(terms)``: a ``re`` pattern that finds any of ``terms`` anywhere; it
  matches wherever the ``regex`` alternation of the same terms does (``re`` scans a plain
  alternation of literals several times faster than ``regex``).

Case is handled soundly: ASCII letters are compared lowercased, characters without case
as they are, any other cased letter stands for every cased letter, and the four
characters that fold to an ASCII letter (``FOLDS_TO_ASCII``) make every text a maybe.
Patterns with full case folding (``regex.V1``/``FULLCASE``) are refused.

To use one for a new stripper: build it at import next to the pattern it guards, from the
same table, then return early when ``may_match`` (or ``search``) says no, with a comment
saying what the full rule needs that the prefilter checks. tests/test_speed_prefilter.py
shows how to property-test that it never rejects what the full rule accepts.

>>> ads = Affixes.of(["Advertisement", "Anzeige", "Sponsored"], flags=regex.I)
>>> ads.may_match("ADVERTISEMENT"), ads.may_match("The talks went well.")
(True, False)
>>> tails = Affixes.of(["License Photo", "Enlarge"], flags=regex.I, at_end=True)
>>> tails.may_match("Smoke rises. | License photo "), tails.may_match("It rained.")
(True, False)
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from typing import Any

import regex

KEY_CHARS = 4
"""Characters of a text's start (or end) that are looked up: four letters already set
"Sign up", "Share" and "Subscribe" apart from "The", "It" and "In"."""


@dataclass(frozen=True)
class Affixes:
    """A never-wrong "no" to: does ``text`` start (or end) with one of some phrases?"""

    keys: frozenset[str]
    """The phrases' starts (or ends), ``KEY_CHARS`` long or shorter, folded by ``_fold``."""
    lengths: tuple[int, ...]
    """The lengths of the keys, so a text is looked up once per length."""
    at_end: bool = False
    """Look at the end of the text (trailing whitespace ignored) instead of its start."""
    skip: str = ""
    """Characters (besides whitespace) a pattern may skip before (after) the phrase, as
    ``^[\\s<skip>]*`` does: they are stripped before the lookup."""
    skipped_phrase_edges: str = ""
    """The skip characters and spaces that phrases themselves start (end) with: a text
    whose skipped run holds one is always a maybe."""
    rejects: frozenset[str] = frozenset()
    """Printable ASCII characters that no phrase can start (end) with and that are not
    skipped: a text opening (ending) with one is a "no" at once, the usual answer."""

    @classmethod
    def of(cls, terms: Iterable[str], *, flags: int = 0, at_end: bool = False,
           skip: str = "") -> Affixes:
        """The prefilter for a pattern matching any of ``terms`` (spaces in a term may match
        any run of whitespace) compiled with ``flags`` (``regex.I`` or none; full case
        folding is refused, as one character could then match two)."""
        if flags & (regex.FULLCASE | regex.V1):
            raise ValueError("Affixes supports simple case folding only (no FULLCASE or V1)")
        keys: set[str] = set()
        for term in terms:
            head = (term[::-1] if at_end else term)[:KEY_CHARS]
            # Up to the first space, which stands for the run of whitespace the pattern
            # takes there: what follows it can start anywhere.
            cut = next((i for i, ch in enumerate(head) if ch.isspace()), None)
            chars = [_term_char_keys(ch, flags) for ch in head[:cut]]
            if cut is not None:
                chars.append({" "})
            keys.update("".join(form)[::-1] if at_end else "".join(form)
                        for form in product(*chars))
        lengths = tuple(sorted({len(k) for k in keys}))
        edges = {term[-1:] if at_end else term[:1] for term in terms}
        skipped = "".join(sorted(e for e in edges if e and (e in skip or e.isspace())))
        # An ASCII character of the text folds to itself lowercased (``_fold``), so it can
        # begin a key only as that; all keys start (end) with a character, or none is asked.
        edge_keys = {k[-1:] if at_end else k[:1] for k in keys}
        rejects = frozenset(ch for ch in map(chr, range(0x21, 0x7F))
                            if ch not in skip and ch.lower() not in edge_keys
                            ) if lengths and lengths[0] > 0 else frozenset()
        return cls(frozenset(keys), lengths, at_end, skip, skipped, rejects)

    def may_match(self, text: str) -> bool:
        """False only when no phrase can start (end) ``text``."""
        if (text[-1:] if self.at_end else text[:1]) in self.rejects:
            return False
        lengths = self.lengths
        if not lengths:
            return False  # no phrases at all
        if lengths[0] == 0:
            return True  # a phrase opening with a space: every text is a maybe
        if self.at_end:
            text = text.rstrip()
            if not text:
                return True
            edge, key = text[-1], text[-lengths[-1]:]
        else:
            if not text:
                return True
            edge, key = text[0], text[:lengths[-1]]
        if edge in self.skip or edge.isspace():
            # Look past the decoration, unless a phrase may start inside it, or a space
            # that ``strip`` does not know (NBSP) ends it.
            strip = self.skip + _ASCII_SPACES
            rest = text.rstrip(strip) if self.at_end else text.lstrip(strip)
            run = text[len(rest):] if self.at_end else text[:len(text) - len(rest)]
            if not rest or any(ch in run for ch in self.skipped_phrase_edges):
                return True
            edge, key = (rest[-1], rest[-lengths[-1]:]) if self.at_end else (
                rest[0], rest[:lengths[-1]])
            if edge.isspace():
                return True
        folded = key.lower() if key.isascii() and key.isprintable() else _fold(key)
        if folded is None:
            return True
        keys = self.keys
        # A plain loop: any() over a generator costs more than the lookups themselves.
        for n in lengths:  # noqa: SIM110
            if (folded[-n:] if self.at_end else folded[:n]) in keys:
                return True
        return False


@dataclass(frozen=True)
class Opening:
    r"""A never-wrong "no" to: can an anchored pattern match a text that starts like this?

    For patterns that are regular expressions rather than phrases (counters, "Follow X
    on Twitter"). The engine itself tells, by partial matching, which characters and
    pairs of characters can begin a match; a text starting with a character outside the
    probed alphabet is always a maybe.

    >>> counter = Opening.of(regex.compile(r"(?:comments?|replies)\s*\(\d+\)", regex.I))
    >>> counter.may_match("Comments (12)"), counter.may_match("Officials said.")
    (True, False)
    """

    alphabet: frozenset[str]
    """The characters probed first: printable ASCII and Latin-1, general punctuation,
    Cyrillic, and every character of the pattern."""
    firsts: frozenset[str]
    """The probed characters that can begin a match."""
    seconds: frozenset[str]
    """The characters probed second: printable ASCII and every character of the pattern."""
    pairs: frozenset[str]
    """The probed two-character starts that can begin a match."""

    @classmethod
    def of(cls, pattern: regex.Pattern[str], *, full: bool = False) -> Opening:
        """The prefilter for ``pattern.match`` (``pattern.fullmatch`` when ``full``)."""
        probe = pattern.fullmatch if full else pattern.match
        seconds = frozenset(map(chr, range(0x20, 0x7F))) | frozenset(pattern.pattern) | (
            FOLDS_TO_ASCII)
        alphabet = seconds | frozenset(map(chr, [*range(0xA0, 0x100), *range(0x2000, 0x2070),
                                                 *range(0x400, 0x460)]))
        firsts = frozenset(c for c in alphabet if probe(c, partial=True))
        pairs = frozenset(c + d for c in firsts for d in seconds if probe(c + d, partial=True))
        return cls(alphabet, firsts, seconds, pairs)

    def may_match(self, text: str) -> bool:
        """False only when ``pattern`` cannot match ``text`` (see ``Opening.of``)."""
        first = text[:1]
        if first not in self.alphabet:
            return True  # beyond what was probed, or empty
        if first not in self.firsts:
            return False
        second = text[1:2]
        return second not in self.seconds or first + second in self.pairs


@dataclass(frozen=True)
class Keywords:
    """A never-wrong "no" to: does ``text`` hold one of some phrases anywhere?

    Each phrase is looked for by its longest piece that must appear as it is (lowercased
    when case is ignored), all pieces in one ``re`` search.

    >>> signs = Keywords.of(["All rights reserved", "contributed to this report"], flags=regex.I)
    >>> signs.may_contain("ALL RIGHTS  RESERVED."), signs.may_contain("It rained all day.")
    (True, False)
    """

    pattern: re.Pattern[str] | None
    """The pieces, any of which may mean a phrase is there; None: there are none."""
    ignore_case: bool = False
    whole: regex.Pattern[str] | None = None
    """The phrases that have no such piece of three characters (cased letters beyond ASCII
    break them up: "ⓒ", "Éditée"), looked for as they are, with the flags of the full
    pattern; None: there are none."""

    @classmethod
    def of(cls, terms: Iterable[str], *, flags: int = 0) -> Keywords:
        """The prefilter for an unanchored search of any of ``terms`` (spaces in a term
        may match any run of whitespace) compiled with ``flags`` (``regex.I`` or none)."""
        if flags & (regex.FULLCASE | regex.V1):
            raise ValueError("Keywords supports simple case folding only (no FULLCASE or V1)")
        ignore_case = bool(flags & regex.I)
        pieces: set[str] = set()
        wholes: set[str] = set()
        for term in terms:
            # A cased letter beyond ASCII may match another letter: it splits a piece.
            folded = "".join(ch.lower() if ch.isascii() or _caseless(ch) else " "
                             for ch in term) if ignore_case else term
            piece = max(folded.split(), key=len, default="")
            if len(piece) < min(3, len(term.strip())):  # "ai" of "Édition spéciale" finds all
                wholes.add(term)
            else:
                pieces.add(piece)
        pattern = re.compile(_trie(pieces)) if pieces else None
        whole = regex.compile("|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in wholes),
                              flags) if wholes else None
        return cls(pattern, ignore_case, whole)

    def may_contain(self, text: str) -> bool:
        """False only when no phrase can be in ``text``."""
        if self.whole is not None and self.whole.search(text):
            return True
        if self.pattern is None:
            return False
        if self.ignore_case:
            if not text.isascii() and _FOLDS_TO_ASCII_RE.search(text):
                return True
            text = text.lower()
        return self.pattern.search(text) is not None


# The characters beyond ASCII that match an ASCII letter when case is ignored (dotted and
# dotless I, long s, Kelvin sign); tests/test_speed_prefilter.py checks all of Unicode.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_FOLDS_TO_ASCII_RE = re.compile("[" + "".join(sorted(FOLDS_TO_ASCII)) + "]")
_ASCII_SPACES = " \t\n\r\x0b\x0c"
_CASED = "\x00"
"""Stands for any cased letter beyond ASCII in a key: it may match any other in some case."""


def _fold(text: str) -> str | None:
    """The key of a text's start or end, one character for each of ``text``: ASCII
    lowercased, whitespace as a space, a cased letter beyond ASCII as ``_CASED``; None
    when it holds a letter that folds to ASCII.

    >>> _fold("Sign\\tup"), _fold("“Ça”") == "“" + _CASED + "a”"
    ('sign up', True)
    """
    if text.isascii():
        text = text.lower()
        return text if text.isprintable() else "".join(" " if ch.isspace() else ch
                                                        for ch in text)
    chars = []
    for ch in text:
        if ch.isascii():
            chars.append(" " if ch.isspace() else ch.lower())
        elif ch in FOLDS_TO_ASCII:
            return None
        elif ch.isspace():
            chars.append(" ")
        else:
            chars.append(ch if _caseless(ch) else _CASED)
    return "".join(chars)


def _caseless(char: str) -> bool:
    """True for a character without case (punctuation, symbols, CJK, Hangul), which
    matches only itself whatever the flags. A character Python's Unicode tables do not
    know may have case in those of ``regex``: it counts as cased.

    >>> _caseless("“"), _caseless("☞"), _caseless("ー"), _caseless("é"), _caseless("Ⓐ")
    (True, True, True, False, False)
    """
    return (char.lower() == char == char.upper() == char.casefold()
            and unicodedata.category(char) != "Cn")


def _term_char_keys(char: str, flags: int) -> set[str]:
    """What a text character matching ``char`` (under ``flags``) can be in a key."""
    if char.isascii():
        return {char.lower()}  # its other matches beyond ASCII make ``_fold`` give None
    if _caseless(char):
        return {char}
    pattern = regex.compile(regex.escape(char), flags)
    return {_CASED} | {c.lower() for c in string.ascii_letters if pattern.fullmatch(c)}


def literal_search(terms: Iterable[str], *, after: str = "") -> re.Pattern[str]:
    """A ``re`` pattern finding any of ``terms`` (case-sensitive; a space matches any run of
    whitespace): it matches wherever ``regex.compile(alternation(...))`` of them does.
    ``after`` is a ``re`` pattern that must come right before the term: one that starts
    with a rare character (``[(/]``) makes the search much faster.

    >>> literal_search(["Photo by", "©"]).search("Smoke. Photo  by Jo Lee") is not None
    True
    >>> literal_search(["AP", "Reuters"], after=r"\\(\\s*").search("BERLIN (Reuters) -")
    <re.Match object; span=(7, 15), match='(Reuters'>
    """
    # re's \s is wider than regex's (it also takes \x1c-\x1f): a superset, which is safe.
    return re.compile(f"{after}(?:{_trie(terms)})")


def _trie(words: Iterable[str]) -> str:
    r"""A ``re`` alternation of ``words`` sharing their common starts, so that at each
    position of a text only one branch per character is tried: several times faster than
    a flat alternation of a hundred words. A space matches any run of whitespace.

    >>> _trie(["ab", "ac", "a b"])
    'a(?:\\s+b|b|c)'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alternatives = [(r"\s+" if ch == " " else re.escape(ch)) + branch(rest)
                        for ch, rest in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


__all__ = ["FOLDS_TO_ASCII", "KEY_CHARS", "Affixes", "Keywords", "Opening", "literal_search"]
