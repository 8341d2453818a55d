r"""``Affixes``: a never-wrong "no" to "does this text open (or close) with one of some terms?".

The prefilter of a rule whose terms must open the line after optional decoration
(``^[\s<skip>]*(?:term|...)``) or close it (``(?:term|...)[\s<skip>]*$``). One ``re``
match of the terms (their first ``TERM_CHARS`` characters) as a trie, picked by the first
(last) character of the text: ``re`` has no jump table, and a trie of every term tries
each first letter in turn. A text whose first two characters open no term gets ``NEVER``
from ``by_start``, a table of every pair of printable ASCII characters built once, at
import, from the terms.

Case is handled soundly: each character of a term is written as the class of what
``regex`` lets it match (``chars.char_class``); full case folding is refused.

>>> ads = Affixes.of(["Advertisement", "Anzeige", "Sponsored"], flags=regex.I)
>>> ads.may_match("ADVERTISEMENT"), ads.may_match("The talks went well.")
(True, False)
>>> tails = Affixes.of(["License Photo", "Enlarge"], flags=regex.I, at_end=True)
>>> tails.may_match("Smoke rises. | License photo "), tails.may_match("It rained.")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from newsclean.rules.chars import FOLDS_TO_ASCII, NEVER, SPACES, Gate, char_class, token_trie
from newsclean.rules.gate_tables import (
    PRINTABLE,
    EdgeGates,
    EndPairGates,
    LazyGate,
    PairGates,
    end_pairs,
    place_gates,
    start_rows,
)

TERM_CHARS = 12
"""Characters of a term compared: enough to tell "Share this" from "Shareholders"."""
_BEYOND_ASCII = "".join(map(chr, [*range(0xA0, 0x250), *range(0x370, 0x530),
                                  *range(0x2000, 0x2070), *range(0x3000, 0x3100)]))
"""Characters beyond ASCII met at the edges of lines that get a gate of their own."""
_END_READ = 64
"""Characters from the end read past decoration at first: more only if they are all that."""


@dataclass(frozen=True)
class Affixes:
    """A never-wrong "no" to: does ``text`` start (or end) with one of some terms?"""

    by_edge: EdgeGates
    """The gates by first (last) character."""
    by_start: PairGates
    """For a start, the gates by the first two characters: ``by_start[text[:2]](text)``
    is ``may_match(text)``, with no Python call on the way, and is ``NEVER`` for most."""
    by_end: EndPairGates = field(default_factory=EndPairGates, compare=False, repr=False)
    """For an end, the tests by the last two characters: ``by_end[text[-2:]](text)`` is
    ``may_match(text)``, and ``by_end[text[-2:]]`` is ``NEVER`` for most paragraphs,
    full stop or not."""
    at_end: bool = False
    """Look at the end of the text (trailing whitespace ignored) instead of its start."""
    reach: int = 0
    """Characters of a term's end read (``at_end``): its end, backwards, up to a space."""
    test: Gate = field(default=NEVER, compare=False, repr=False)
    """``may_match`` as a plain function chosen when built (truthy for a maybe): one
    Python call to ask it, none for the table lookups inside."""

    @classmethod
    def of(cls, terms: Iterable[str], *, flags: int = 0, at_end: bool = False,
           skip: str = "") -> Affixes:
        """The prefilter for a pattern matching any of ``terms`` (spaces in a term may match
        any run of whitespace) after ``^[\\s<skip>]*`` (before ``[\\s<skip>]*$`` when
        ``at_end``), compiled with ``flags`` (``regex.I`` or none)."""
        if flags & (regex.FULLCASE | regex.V1):
            raise ValueError("Affixes supports simple case folding only (no FULLCASE or V1)")
        case = re.I if flags & regex.I else 0
        classes: dict[str, str] = {}
        forms: set[tuple[str, ...]] = set()
        edges = set(PRINTABLE[1:]) | FOLDS_TO_ASCII
        for term in terms:
            if at_end:
                # Read backwards up to the first space: the run of whitespace it stands for
                # is unbounded, and what comes before it need not be looked at.
                cut = next((i for i, ch in enumerate(term[::-1]) if ch.isspace()), len(term))
                term = term[::-1][:cut + 1]
            forms.add(tuple(classes.get(ch) or classes.setdefault(ch, char_class(ch, flags))
                            for ch in term[:TERM_CHARS]))
            edges.add(term[:1])
        strip = SPACES + skip
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            by_first.setdefault(form[0] if form else "", []).append(form)
        # A term opening (closing) with a space or a skip character may begin inside the
        # decoration.
        decoration_edges = "".join(sorted(
            {ch for ch in skip if re.escape(ch) in by_first}
            | (set(SPACES) if "" in by_first or r"\s+" in by_first else set())))
        gates: dict[tuple[str, ...], LazyGate] = {}

        def gate(firsts: Iterable[str]) -> Gate:
            key = tuple(sorted(firsts))  # "T" and "t" open the same terms: one gate
            if key and key not in gates:
                gates[key] = LazyGate(token_trie(
                    sorted(form for first in key for form in by_first[first])), case)
            return gates[key] if key else NEVER

        # A character beyond ASCII that is none of the terms' first characters and does
        # not fold to ASCII: only a cased letter's class matches it.
        other = gate(first for first in by_first if not first or first.startswith("(?-i:"))
        by_edge = EdgeGates({ch: other for ch in _BEYOND_ASCII if ch not in strip})
        takes: list[tuple[str, Callable[[str], object]]] = [
            (first, re.compile(first, case).fullmatch if first else bool) for first in by_first]
        by_edge.update({ch: gate(first for first, take in takes if not first or take(ch))
                        for ch in sorted(edges - set(strip)) if ch})
        reach = max(map(len, forms), default=0) if at_end else 0

        def fallback(text: str) -> bool:
            edge = text[-1:] if at_end else text[:1]
            if edge and edge not in strip:  # a character beyond ASCII
                return bool(other(text[-1:-reach - 1:-1] if at_end else text))
            if at_end:
                # The end is read, not the whole text: a paragraph is not copied to drop
                # its closing full stop.
                seen = text[-_END_READ:]
                rest = seen.rstrip(strip)
                if len(rest) < reach and len(seen) < len(text):
                    seen = text
                    rest = text.rstrip(strip)
            else:
                seen = text
                rest = text.lstrip(strip)
            if not rest:
                return True  # a term may be all decoration
            if decoration_edges:
                run = seen[len(rest):] if at_end else text[:len(text) - len(rest)]
                if any(ch in run for ch in decoration_edges):
                    return True  # a term may start inside the decoration
            if not at_end:
                return bool(by_edge[rest[:1]](rest))
            gate = by_edge[rest[-1:]]
            if gate is NEVER:
                return False
            if gate is fallback:
                return bool(gate(rest))
            return bool(gate(rest[-1:-reach - 1:-1]))

        by_edge.fallback = fallback
        # Decoration, looked up often (the full stop closing a paragraph), gets the
        # fallback from the table rather than from ``__missing__``.
        by_edge.update(dict.fromkeys(strip, fallback))
        place_gates(by_edge)
        by_start = PairGates()
        by_start.by_edge = by_edge
        by_end = EndPairGates()
        if not at_end:
            by_start.row = start_rows(by_edge, takes, by_first, case)

            def test(text: str) -> object:
                return by_start[text[:2]](text)
        else:
            end_pairs(by_end, by_edge, strip, decoration_edges, case)
            back = -reach - 2

            def test(text: str) -> object:
                gate = by_end[text[-2:]]
                if gate is NEVER:
                    return False  # the usual answer, without reading the end backwards
                if gate is fallback:
                    return gate(text)
                return gate(text[-1:back:-1])  # the end, backwards
        return cls(by_edge, by_start, by_end, at_end=at_end, reach=reach, test=test)

    def may_match(self, text: str) -> bool:
        """False only when no term can start (end) ``text``."""
        if not self.at_end:
            return bool(self.by_start[text[:2]](text))
        return bool(self.test(text))
