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
  One ``re`` match of the terms (their first ``TERM_CHARS`` characters) as a trie, picked
  by the first character of ``text`` (``re`` has no jump table: a trie of every term
  tries each first letter in turn); a text whose first two characters open no term gets
  ``NEVER``. Hot loops ask ``by_start[text[:2]](text)``, the same answer with no Python
  call on the way. Each trie is compiled when first needed. ``at_end=True`` asks the same
  of the *end* of ``text`` (trailing spaces ignored), for a pattern
  ``(?:term|...)\\s*$``, reading the end backwards.
- ``Keywords.of(terms, flags=...)``: could ``text`` hold one of ``terms`` anywhere? One
  ``re`` search of the lowercased text for a piece of each term.
- ``Opening.of(pattern)``: for a pattern that is an expression rather than a list of
  phrases (counters, "Follow X on Twitter"): which one- and two-character starts can begin
  a match, asked of the engine itself (partial matching) once, at import.
- ``literal_search(terms)``: a ``re`` pattern that finds any of ``terms`` anywhere; it
  matches wherever the ``regex`` alternation of the same terms does (``re`` scans a plain
  alternation of literals several times faster than ``regex``).

Case is handled soundly: ``Affixes`` writes each character of a term as the class of what
``regex`` lets it match (an ASCII letter as itself, compiled with ``re.I``, which also
takes the letters beyond ASCII that fold to it, ``FOLDS_TO_ASCII``; a character without
case as itself; any other cased letter as any character beyond ASCII); ``Keywords``
compares ASCII letters lowercased, characters without case as they are, and makes a text
holding one of ``FOLDS_TO_ASCII`` a maybe. Patterns with full case folding
(``regex.V1``/``FULLCASE``) are refused.

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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

import regex

_BELOW_3001 = "".join(map(chr, range(0x3001)))
TERM_CHARS = 12
"""Characters of a phrase compared: enough to tell "Share this" from "Shareholders"."""
SPACES = "".join(sorted({*regex.findall(r"\s", _BELOW_3001), *filter(str.isspace, _BELOW_3001)}))
"""Every character ``regex`` or ``str`` takes for a space (none lies beyond U+3000; the
tests check all of Unicode)."""
_T = TypeVar("_T")
Gate = Callable[[str], object]
"""A test of a text: truthy (a ``re.Match``, True) when a phrase may be there."""
NEVER: Gate = frozenset().__contains__
"""The gate of a character no phrase can start (end) with: a C function that says no.
``by_edge[text[-1:]] is NEVER`` is the cheapest "no" for an end."""
_BEYOND_ASCII = "".join(map(chr, [*range(0xA0, 0x250), *range(0x370, 0x530),
                                  *range(0x2000, 0x2070), *range(0x3000, 0x3100)]))
"""Characters beyond ASCII met at the edges of lines (Latin, Greek, Cyrillic, punctuation,
CJK symbols and kana) that get a gate of their own, so ``fallback`` is seldom asked."""


class _LazyGate:
    """A gate compiled when first asked, which then takes its own place under its ``keys``
    in ``table``: compiling every gate of every prefilter at import would cost a tenth of
    a second, and a run on a few texts needs few of them."""

    __slots__ = ("flags", "keys", "match", "pattern", "table")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self.match: Gate | None = None
        self.table: dict[str, Gate] = {}
        self.keys: list[str] = []

    def __call__(self, text: str) -> object:
        return self.compiled()(text)

    def compiled(self) -> Gate:
        """The compiled match, put in this gate's place in ``table`` the first time."""
        if self.match is None:
            self.match = re.compile(self.pattern, self.flags).match
            for key in self.keys:
                self.table[key] = self.match
        return self.match


class EdgeGates(dict[str, Gate]):
    """``Affixes.by_edge``: the gate to ask of a text, by its first (last) character.

    Each printable ASCII character that is not decoration, and each character a phrase
    can start (end) with, has a ``re`` match of the phrases that can start (end) with it
    (``NEVER`` when none can); any other character gets ``fallback``, which deals with
    decoration, characters beyond ASCII and the empty text.
    """

    fallback: Gate

    def __missing__(self, edge: str) -> Gate:
        return self.fallback


class PairTable(dict[str, _T]):
    """Answers that depend on a text's first two characters only, by those characters: a
    pair is worked out (``answer``) the first time it is met and kept, up to ``MAX_PAIRS``
    of them (a few hundred are met in practice), so that a hot loop asks a dict, not a
    function."""

    MAX_PAIRS = 20_000

    def __missing__(self, pair: str) -> _T:
        value = self.answer(pair)
        if len(self) < self.MAX_PAIRS:
            self[pair] = value
        return value

    def answer(self, pair: str) -> _T:
        raise NotImplementedError


class PairGates(PairTable[Gate]):
    """``Affixes.by_start``: ``by_edge`` asked of a text's first two characters, so that a
    text opening like no phrase ("Th" where phrases open "Ta", "Ti") gets ``NEVER``. Only
    a pair of printable ASCII characters is compared with the phrases, any other gets
    ``by_edge``'s gate."""

    def __init__(self, by_edge: EdgeGates, opens: Callable[[str], bool]) -> None:
        super().__init__()
        self.by_edge = by_edge
        self.opens = opens
        """Could a phrase open with these two characters (its first ones matching them)?"""

    def answer(self, pair: str) -> Gate:
        gate = self.by_edge[pair[:1]]
        if (len(pair) == 2 and pair.isascii() and pair.isprintable()
                and gate is not self.by_edge.fallback and not self.opens(pair)):
            return NEVER
        if isinstance(gate, _LazyGate):  # the pair is kept: keep the compiled match, not a
            return gate.compiled()       # Python call in front of it on every lookup
        return gate


class _OpeningPairs(PairTable[bool]):
    """``Opening.by_start``."""

    def __init__(self, opening: Opening) -> None:
        super().__init__()
        self.opening = opening

    def answer(self, pair: str) -> bool:
        return self.opening.may_match(pair)


@dataclass(frozen=True)
class Affixes:
    """A never-wrong "no" to: does ``text`` start (or end) with one of some phrases?"""

    by_edge: EdgeGates
    """The gates by first (last) character. For a start, ``by_edge[text[:1]](text)`` is
    ``may_match(text)`` (truthy or falsy) with no Python call on the way, for hot loops.
    The end is matched read backwards: ask ``may_match``."""
    by_start: PairGates
    """For a start, the gates by the first two characters: ``by_start[text[:2]](text)``
    is ``may_match(text)`` too, and is ``NEVER`` for most texts."""
    at_end: bool = False
    """Look at the end of the text (trailing whitespace ignored) instead of its start."""
    reach: int = 0
    """Characters of a phrase end read (``at_end``): its end, backwards, up to a space."""

    @classmethod
    def of(cls, terms: Iterable[str], *, flags: int = 0, at_end: bool = False,
           skip: str = "") -> Affixes:
        """The prefilter for a pattern matching any of ``terms`` (spaces in a term may match
        any run of whitespace) anchored at the start after ``^[\\s<skip>]*`` (at the end,
        before ``[\\s<skip>]*$``, when ``at_end``), compiled with ``flags`` (``regex.I`` or
        none; full case folding is refused, as one character could then match two)."""
        if flags & (regex.FULLCASE | regex.V1):
            raise ValueError("Affixes supports simple case folding only (no FULLCASE or V1)")
        case = re.I if flags & regex.I else 0
        classes: dict[str, str] = {}  # each character's class, worked out once
        forms: set[tuple[str, ...]] = set()
        edges = set(map(chr, range(0x21, 0x7F))) | FOLDS_TO_ASCII
        for term in terms:
            if at_end:
                # Read backwards up to the first space: the run of whitespace it stands for
                # is unbounded, and what comes before it need not be looked at.
                cut = next((i for i, ch in enumerate(term[::-1]) if ch.isspace()), len(term))
                term = term[::-1][:cut + 1]
            forms.add(tuple(classes.get(ch) or classes.setdefault(ch, _char_class(ch, flags))
                            for ch in term[:TERM_CHARS]))
            edges.add(term[:1])
        strip = SPACES + skip
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            by_first.setdefault(form[0] if form else "", []).append(form)
        # A phrase opening (closing) with a space (``\s+``) or a skip character may begin
        # inside the decoration.
        decoration_edges = "".join(sorted(
            {ch for ch in skip if re.escape(ch) in by_first}
            | (set(SPACES) if "" in by_first or r"\s+" in by_first else set())))
        gates: dict[tuple[str, ...], _LazyGate] = {}

        def gate(firsts: Iterable[str]) -> Gate:
            # "T" and "t" open the same phrases: one gate serves both.
            key = tuple(sorted(firsts))
            if key and key not in gates:
                gates[key] = _LazyGate(_token_trie(
                    sorted(form for first in key for form in by_first[first])), case)
            return gates[key] if key else NEVER

        # A character beyond ASCII that is none of the phrases' first characters and does
        # not fold to ASCII: only a cased letter's class matches it.
        other = gate(first for first in by_first if not first or first.startswith("(?-i:"))
        by_edge = EdgeGates({ch: other for ch in _BEYOND_ASCII if ch not in strip})
        takes = [(first, re.compile(first, case).fullmatch if first else bool)
                 for first in by_first]
        by_edge.update({ch: gate(first for first, take in takes if not first or take(ch))
                        for ch in sorted(edges - set(strip)) if ch})
        reach = max(map(len, forms), default=0) if at_end else 0

        def fallback(text: str) -> bool:
            edge = text[-1:] if at_end else text[:1]
            if edge and edge not in strip:  # a character beyond ASCII
                return bool(other(text[-1:-reach - 1:-1] if at_end else text))
            rest = text.rstrip(strip) if at_end else text.lstrip(strip)
            run = text[len(rest):] if at_end else text[:len(text) - len(rest)]
            if not rest or any(ch in run for ch in decoration_edges):
                return True  # a phrase may be all decoration, or start inside it
            return _may_end(by_edge, rest, reach) if at_end else bool(by_edge[rest[:1]](rest))

        by_edge.fallback = fallback
        for key, lazy in by_edge.items():
            if isinstance(lazy, _LazyGate):
                lazy.table = by_edge
                lazy.keys.append(key)
        seconds: dict[str, Callable[[str], object]] = {}

        def opens(pair: str) -> bool:
            # The second characters that the phrases opening with the first one allow: one
            # ``re`` class for each first character met, worked out once.
            if pair[0] not in seconds:
                forms = [form for first, take in takes if not first or take(pair[0])
                         for form in by_first[first]]
                seconds[pair[0]] = (bool if any(len(form) < 2 for form in forms) else
                                    re.compile("|".join(sorted({form[1] for form in forms})),
                                               case).fullmatch)
            return bool(seconds[pair[0]](pair[1]))

        return cls(by_edge, PairGates(by_edge, opens), at_end, reach)

    def may_match(self, text: str) -> bool:
        """False only when no phrase can start (end) ``text``."""
        if not self.at_end:
            return bool(self.by_edge[text[:1]](text))
        gate = self.by_edge[text[-1:]]  # as ``_may_end``, inlined: one call fewer
        if gate is NEVER:
            return False
        if gate is self.by_edge.fallback:
            return bool(gate(text))
        return bool(gate(text[-1:-self.reach - 1:-1]))


def _may_end(by_edge: EdgeGates, text: str, reach: int) -> bool:
    """``Affixes.may_match`` of an end."""
    gate = by_edge[text[-1:]]
    if gate is NEVER:
        return False  # the usual answer, without reading the end backwards
    if gate is by_edge.fallback:
        return bool(gate(text))
    return bool(gate(text[-1:-reach - 1:-1]))  # the end, backwards


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

    @cached_property
    def by_start(self) -> PairTable[bool]:
        """``may_match``, which reads a text's first two characters only, by those: a
        hot loop asks ``by_start[text[:2]]``, a dict lookup, not a call."""
        return _OpeningPairs(self)

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


def _caseless(char: str) -> bool:
    """True for a character without case (punctuation, symbols, CJK, Hangul), which
    matches only itself whatever the flags. A character Python's Unicode tables do not
    know may have case in those of ``regex``: it counts as cased.

    >>> _caseless("“"), _caseless("☞"), _caseless("ー"), _caseless("é"), _caseless("Ⓐ")
    (True, True, True, False, False)
    """
    return (char.lower() == char == char.upper() == char.casefold()
            and unicodedata.category(char) != "Cn")


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


def _char_class(char: str, flags: int) -> str:
    r"""A ``re`` pattern, for a pattern compiled with ``re.I`` when ``flags`` hold
    ``regex.I``, that matches every text character ``char`` of a term matches in a
    ``regex`` pattern compiled with ``flags``: a superset. (``re.I`` lets an ASCII letter
    match all that ``regex.I`` does, ``FOLDS_TO_ASCII`` included; the tests check it.)

    >>> _char_class("s", regex.I), _char_class("é", regex.I), _char_class(" ", 0)
    ('s', '(?-i:[^\\x00-\\x7f])', '\\s+')
    """
    if char.isspace():
        return r"\s+"  # a term's space stands for any run of whitespace
    if not flags & regex.I or _caseless(char):
        return re.escape(char)
    if char.isascii():
        return re.escape(char.lower())  # one form, so that "Share" and "share" share a branch
    # A cased letter beyond ASCII may match another one in some case: take them all.
    pattern = regex.compile(regex.escape(char), flags)
    ascii_like = "".join(c for c in string.ascii_letters if pattern.fullmatch(c))
    return rf"(?-i:[^\x00-\x7f]|[{ascii_like}])" if ascii_like else r"(?-i:[^\x00-\x7f])"


def _trie(words: Iterable[str]) -> str:
    r"""A ``re`` alternation of ``words`` sharing their common starts, so that at each
    position of a text only one branch per character is tried: several times faster than
    a flat alternation of a hundred words. A space matches any run of whitespace.

    >>> _trie(["ab", "ac", "a b"])
    'a(?:\\s+b|b|c)'
    """
    return _token_trie([r"\s+" if ch == " " else re.escape(ch) for ch in word]
                       for word in words)


def _token_trie(words: Iterable[Sequence[str]]) -> str:
    """``_trie`` of words given as sequences of ``re`` patterns, one per character."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for token in word:
            node = node.setdefault(token, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alternatives = [token + branch(rest) for token, rest in sorted(node.items()) if token]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


__all__ = ["FOLDS_TO_ASCII", "NEVER", "SPACES", "TERM_CHARS", "Affixes", "EdgeGates", "Gate",
           "Keywords", "Opening", "PairGates", "PairTable", "literal_search"]
