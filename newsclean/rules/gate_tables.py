"""The tables ``Affixes`` looks a text's gate up in: by its first (last) character, and by
its first (last) two characters, each worked out from the terms.

A gate is a compiled ``re`` match of a trie of the terms that open (close) with a
character; ``NEVER`` where none does; ``fallback`` (a Python function) for decoration and
characters beyond the tables. The pair tables are filled as pairs of ``PRINTABLE``
characters are met: what they hold depends on the terms alone.

>>> table = EdgeGates({"a": NEVER})
>>> table.fallback = bool
>>> table["a"] is NEVER, table["é"] is bool
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsclean.rules.chars import NEVER, Gate

PRINTABLE = "".join(map(chr, range(0x20, 0x7F)))
"""The characters whose pairs the pair tables hold: the openings of most lines."""


class LazyGate:
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
    if isinstance(gate, LazyGate):
        if gate.match is not None:
            gate = gate.match
        else:
            gate.places.append((table, key))
    table[key] = gate
    return gate


def start_rows(by_edge: EdgeGates, takes: list[tuple[str, Callable[[str], object]]],
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


def end_pairs(by_end: EndPairGates, by_edge: EdgeGates, strip: str,
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
            compiled: Any = gate  # a compiled gate is a bound ``re.Pattern.match``
            pattern = gate.pattern if isinstance(gate, LazyGate) else compiled.__self__.pattern
            past_one[first] = LazyGate(r"[\s\S]" + pattern, case)
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


def place_gates(table: dict[str, Gate]) -> None:
    """Tell each lazy gate of ``table`` where it stands, so that it takes its place there."""
    for key, gate in table.items():
        if isinstance(gate, LazyGate):
            gate.places.append((table, key))
