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

TERM_CHARS = 12
"""Characters of a term compared: enough to tell "Share this" from "Shareholders"."""
PRINTABLE = "".join(map(chr, range(0x20, 0x7F)))
"""The characters whose pairs ``by_start`` holds: the openings of most lines."""
_BEYOND_ASCII = "".join(map(chr, [*range(0xA0, 0x250), *range(0x370, 0x530),
                                  *range(0x2000, 0x2070), *range(0x3000, 0x3100)]))
"""Characters beyond ASCII met at the edges of lines that get a gate of their own."""
_END_READ = 64
"""Characters from the end read past decoration at first: more only if they are all that."""


class _LazyGate:
    """A gate compiled when first asked, which then takes its own place in the tables that
    hold it: compiling every gate of every rule at import would cost a tenth of a second,
    and a run on a few texts needs few of them."""

    __slots__ = ("flags", "match", "pattern", "places")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self.match: Gate | None = None
        self.places: list[tuple[dict[str, Gate], str]] = []

    def __call__(self, text: str) -> object:
        if self.match is None:
            self.match = re.compile(self.pattern, self.flags).match
            for table, key in self.places:
                table[key] = self.match
            self.places.clear()
        return self.match(text)


class EdgeGates(dict[str, Gate]):
    """``Affixes.by_edge``: the gate to ask of a text, by its first (last) character; any
    character not listed gets ``fallback`` (decoration, rare characters, the empty text)."""

    fallback: Gate

    def __missing__(self, edge: str) -> Gate:
        return self.fallback


class PairGates(dict[str, Gate]):
    """``Affixes.by_start``: the gate of a text by its first two characters (``NEVER`` for a
    pair of ``PRINTABLE`` characters that opens no term); any other pair gets the gate of
    its first character. A pair's entry is worked out from the terms when the pair is first
    met, so the table holds the few hundred pairs that open lines, not all 9,025, and stays
    small enough to be quick to look up; what it holds depends on the terms alone."""

    by_edge: EdgeGates
    row: Callable[[str], tuple[Gate, frozenset[str] | None]]
    """For a first character: its gate, and the second characters a term allows after it
    (None: any)."""

    def __missing__(self, pair: str) -> Gate:
        first, second = pair[:1], pair[1:2]
        if len(pair) != 2 or first not in PRINTABLE or second not in PRINTABLE:
            return self.by_edge[first]
        gate, seconds = self.row(first)
        if gate is not NEVER and seconds is not None and second not in seconds:
            gate = NEVER
        return _keep(self, pair, gate)


class EndPairGates(dict[str, Gate]):
    """``Affixes.by_end``: the gate of a text by its last two characters, asked as
    ``by_edge``'s: ``fallback`` with the whole text, any other with the end read backwards
    (``text[-1:-reach - 2:-1]``, one character more than a term's end, for the full stop
    a paragraph closes with). A paragraph closing with decoration ("... said.") is
    ``NEVER`` when the character before the full stop closes no term, and otherwise has a
    gate that reads past it: the usual paragraph never reaches the slow ``fallback``. As
    ``PairGates``, an entry is worked out when its pair is first met; a pair beyond
    ``PRINTABLE`` gets the gate of its last character."""

    by_edge: EdgeGates
    strip: str
    pair: Callable[[str, str], Gate]
    """The gate of a pair of ``PRINTABLE`` characters (the one before the last, the last)."""

    def __missing__(self, pair: str) -> Gate:
        first, last = pair[:1], pair[1:2]
        if len(pair) != 2 or first not in PRINTABLE or last not in PRINTABLE:
            return self.by_edge[pair[-1:]]
        return _keep(self, pair, self.pair(first, last))


def _keep(table: dict[str, Gate], key: str, gate: Gate) -> Gate:
    """Put ``gate`` in ``table`` (a lazy gate compiled already as its compiled match; one
    not compiled yet is told where it stands, to take its place there once compiled)."""
    if isinstance(gate, _LazyGate):
        if gate.match is not None:
            gate = gate.match
        else:
            gate.places.append((table, key))
    table[key] = gate
    return gate


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
        gates: dict[tuple[str, ...], _LazyGate] = {}

        def gate(firsts: Iterable[str]) -> Gate:
            key = tuple(sorted(firsts))  # "T" and "t" open the same terms: one gate
            if key and key not in gates:
                gates[key] = _LazyGate(token_trie(
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
        _place(by_edge)
        by_start = PairGates()
        by_start.by_edge = by_edge
        by_end = EndPairGates()
        if not at_end:
            by_start.row = _rows(by_edge, takes, by_first, case)

            def test(text: str) -> object:
                return by_start[text[:2]](text)
        else:
            _end_pairs(by_end, by_edge, strip, decoration_edges, case)
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


def _rows(by_edge: EdgeGates, takes: list[tuple[str, Callable[[str], object]]],
          by_first: dict[str, list[tuple[str, ...]]], case: int,
          ) -> Callable[[str], tuple[Gate, frozenset[str] | None]]:
    """``PairGates.row``: a first character's gate, and the ``PRINTABLE`` characters a term
    opening with it allows second (None when any may follow), each worked out once."""
    rows: dict[str, tuple[Gate, frozenset[str] | None]] = {}

    def row(first: str) -> tuple[Gate, frozenset[str] | None]:
        if first not in rows:
            gate = by_edge[first]
            seconds: frozenset[str] | None = None
            if gate is not NEVER and gate is not by_edge.fallback:
                forms = [form for key, take in takes if not key or take(first)
                         for form in by_first[key]]
                if all(len(form) >= 2 for form in forms):
                    allowed = re.compile("|".join(sorted({form[1] for form in forms})), case)
                    seconds = frozenset(ch for ch in PRINTABLE if allowed.fullmatch(ch))
            rows[first] = gate, seconds
        return rows[first]

    return row


def _end_pairs(by_end: EndPairGates, by_edge: EdgeGates, strip: str,
               decoration_edges: str, case: int) -> None:
    """Set up ``by_end`` to work out the gate of a pair of ``PRINTABLE`` characters closing
    a text, answering as ``fallback`` would: a last character that is no decoration gets
    its own gate; one of decoration after a plain character gets the plain character's
    gate behind one character (``NEVER`` where that gate is, and always yes when a term
    may end inside the decoration); two of decoration, ``fallback``."""
    past_one: dict[str, Gate] = {}

    def behind_one(first: str) -> Gate:
        if first not in past_one:
            gate = by_edge[first]
            pattern = (gate.pattern if isinstance(gate, _LazyGate)
                       else gate.__self__.pattern)  # a compiled gate's pattern
            past_one[first] = _LazyGate(r"[\s\S]" + pattern, case)
        return past_one[first]

    def pair(first: str, last: str) -> Gate:
        if last not in strip:
            return by_edge[last]
        if first in strip:
            return by_edge.fallback
        if last in decoration_edges:
            return _ALWAYS
        return NEVER if by_edge[first] is NEVER else behind_one(first)

    by_end.by_edge, by_end.strip, by_end.pair = by_edge, strip, pair


_ALWAYS: Gate = bool
"""A gate that says yes to the end it is given (never empty)."""


def _place(table: dict[str, Gate]) -> None:
    """Tell each lazy gate of ``table`` where it stands, so that it takes its place there."""
    for key, gate in table.items():
        if isinstance(gate, _LazyGate):
            gate.places.append((table, key))

