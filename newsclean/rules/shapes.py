r"""``Opening``: a never-wrong "no" to "can this expression match a text opening like this?".

For rules that are regular expressions rather than lists of terms (counters such as
"Image 1 of 5", "Comments (12)"). The engine itself tells, by partial matching, which
characters and pairs of characters can begin a match; a text opening with a character
outside the probed alphabet is always a maybe. ``re_superset`` writes such an expression
for ``re``, which says no to most lines faster than ``regex``.

>>> counter = Opening.of(regex.compile(r"(?:comments?|replies)\s*\(\d+\)", regex.I))
>>> counter.may_match("Comments (12)"), counter.may_match("Officials said.")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from newsclean.rules.chars import FOLDS_TO_ASCII
from newsclean.rules.gate_tables import PRINTABLE


class _PairAnswers(dict[str, bool]):
    """``Opening.by_start``: the answer by a text's first two characters, worked out when
    a pair is first met and kept for a pair of printable ASCII characters (a few hundred
    open lines: a small table is quick to look up); any other pair is worked out each time.
    What it holds depends on the pattern alone."""

    opening: Opening

    def __missing__(self, pair: str) -> bool:
        answer = self.opening.may_match(pair)
        if len(pair) == 2 and pair[0] in PRINTABLE and pair[1] in PRINTABLE:
            self[pair] = answer
        return answer


@dataclass(frozen=True)
class Opening:
    """The starts an expression can match: a never-wrong "no" for other texts."""

    alphabet: frozenset[str]
    """The characters probed first: printable ASCII and Latin-1, general punctuation,
    Cyrillic, and every character of the pattern."""
    firsts: frozenset[str]
    """The probed characters that can begin a match."""
    seconds: frozenset[str]
    """The characters probed second: printable ASCII and every character of the pattern."""
    pairs: frozenset[str]
    """The probed two-character starts that can begin a match."""
    by_start: dict[str, bool] = field(compare=False, repr=False, default_factory=dict)
    """``may_match`` by a text's first two characters: ``by_start[text[:2]]``."""

    @classmethod
    def of(cls, pattern: regex.Pattern[str], *, full: bool = False) -> Opening:
        """The prefilter for ``pattern.match`` (``pattern.fullmatch`` when ``full``)."""
        probe = pattern.fullmatch if full else pattern.match
        seconds = frozenset(PRINTABLE) | frozenset(pattern.pattern) | FOLDS_TO_ASCII
        alphabet = seconds | frozenset(map(chr, [*range(0xA0, 0x100), *range(0x2000, 0x2070),
                                                 *range(0x400, 0x460)]))
        firsts = frozenset(c for c in alphabet if probe(c, partial=True))
        pairs = frozenset(c + d for c in firsts for d in seconds if probe(c + d, partial=True))
        by_start = _PairAnswers()
        opening = cls(alphabet, firsts, seconds, pairs, by_start)
        by_start.opening = opening
        return opening

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match ``text``."""
        first = text[:1]
        if first not in self.alphabet:
            return True  # beyond what was probed, or empty
        if first not in self.firsts:
            return False
        second = text[1:2]
        return second not in self.seconds or first + second in self.pairs


def re_superset(pattern: str) -> str:
    r"""``pattern``, a ``regex`` pattern with no ``\p``, ``\D`` or ``[^\d]``, as a ``re``
    pattern that matches at least what it does: ``\d`` also takes every character beyond
    the BMP (``re`` knows fewer digits there). ``re``'s ``\s`` is already wider, and under
    ``re.I`` each letter matches what it does under ``regex.I`` (the tests check all three).

    >>> re_superset(r"[\d,.]+\s+\d")
    '[\\d\\U00010000-\\U0010ffff,.]+\\s+[\\d\\U00010000-\\U0010ffff]'
    """
    if r"\p" in pattern or r"\D" in pattern:
        raise ValueError("only \\d and \\s classes are translated")
    digit = r"\d\U00010000-\U0010ffff"
    out: list[str] = []
    opened = -1  # where the class being read opened, -1 outside a class
    for piece in re.findall(r"\\.|.", pattern, re.S):
        if piece == r"\d":
            if opened >= 0 and out[opened + 1:opened + 2] == ["^"]:
                raise ValueError("a negated class would get narrower, not wider")
            piece = digit if opened >= 0 else f"[{digit}]"
        elif piece == "[" and opened < 0:
            opened = len(out)
        elif piece == "]" and opened >= 0:
            opened = -1
        out.append(piece)
    return "".join(out)
