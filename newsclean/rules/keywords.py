"""``Keywords``: a never-wrong "no" to "does this text hold one of some terms anywhere?".

Each term holds one of a few pieces that must appear as they are (lowercased when case is
ignored): a handful of ``in`` tests, quicker than one ``re`` scan of the text.

>>> signs = Keywords.of(["All rights reserved", "contributed to this report"], flags=regex.I)
>>> signs.may_contain("ALL RIGHTS  RESERVED."), signs.may_contain("It rained all day.")
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

import regex

from newsclean.rules.chars import FOLDS_TO_ASCII, FOLDS_TO_ASCII_RE, caseless, trie

_MOST_IN_TESTS = 8
"""Up to this many pieces, ``in`` tests beat one ``re`` scan (on 180-character lines,
six ``in`` tests take three quarters of the time of one scan)."""


@dataclass(frozen=True)
class Keywords:
    """A never-wrong "no" to: does ``text`` hold one of some terms anywhere?"""

    pieces: tuple[str, ...]
    """The pieces, any of which may mean a term is there."""
    scan: re.Pattern[str] | None = None
    """The pieces in one ``re`` search, when they are too many for ``in`` tests."""
    ignore_case: bool = False
    whole: regex.Pattern[str] | None = None
    """The terms that have no such piece of three characters (cased letters beyond ASCII
    break them up: "ⓒ", "Éditée"), looked for as they are, with the flags of the full
    pattern; None: there are none."""

    @classmethod
    def of(cls, terms: Iterable[str], *, flags: int = 0) -> Keywords:
        """The prefilter for an unanchored search of any of ``terms`` (spaces in a term
        may match any run of whitespace) compiled with ``flags`` (``regex.I`` or none)."""
        if flags & (regex.FULLCASE | regex.V1):
            raise ValueError("Keywords supports simple case folding only (no FULLCASE or V1)")
        ignore_case = bool(flags & regex.I)
        pieces: list[str] = []
        wholes: set[str] = set()
        for term in terms:
            # A cased letter beyond ASCII may match another letter: it splits a piece.
            folded = "".join(ch.lower() if ch.isascii() or caseless(ch) else " "
                             for ch in term) if ignore_case else term
            piece = max(folded.split(), key=len, default="")
            if len(piece) < min(3, len(term.strip())):  # "ai" of "Édition spéciale" finds all
                wholes.add(term)
            else:
                pieces.append(folded)
        whole = regex.compile("|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in wholes),
                              flags) if wholes else None
        covering = covering_pieces(pieces)
        scan = re.compile(trie(covering)) if len(covering) > _MOST_IN_TESTS else None
        return cls(covering, scan, ignore_case, whole)

    def may_contain(self, text: str) -> bool:
        """False only when no term can be in ``text``."""
        if self.whole is not None and self.whole.search(text):
            return True
        if self.ignore_case:
            if not text.isascii() and FOLDS_TO_ASCII_RE.search(text):
                return True
            text = text.lower()
        if self.scan is not None:
            return self.scan.search(text) is not None
        for piece in self.pieces:  # noqa: SIM110 (a plain loop: any() costs more)
            if piece in text:
                return True
        return False



    def tester(self) -> Callable[[str], bool]:
        """``may_contain`` as a plain function, its branches chosen now: one Python call
        to ask it."""
        whole = self.whole.search if self.whole is not None else None
        pieces = self.pieces
        scan = self.scan.search if self.scan is not None else None
        folds = _folds_to_ascii
        if whole is not None or not self.ignore_case:
            return self.may_contain
        if scan is not None:
            def test(text: str) -> bool:
                if not text.isascii() and folds(text):
                    return True
                return scan(text.lower()) is not None
            return test

        def test_pieces(text: str) -> bool:
            if not text.isascii() and folds(text):
                return True
            lowered = text.lower()
            for piece in pieces:  # noqa: SIM110 (a plain loop: any() costs more)
                if piece in lowered:
                    return True
            return False
        return test_pieces

    def candidates(self, texts: Sequence[str]) -> list[int]:
        """The indexes of ``texts`` that may hold a term: the pieces are looked for in
        the texts joined (a piece holds no space, so it never spans two of them) and each
        one found is put back in its text.

        >>> Keywords.of(["affiliate links"], flags=regex.I).candidates(
        ...     ["It rained.", "Affiliate LINKS here", "No."])
        [1]
        """
        joined = "\n".join(texts)
        if self.ignore_case:
            # A letter that lowers to ASCII: each text is asked (the lengths differ).
            folds = not joined.isascii() and _folds_to_ascii(joined)
            joined = "" if folds else joined.lower()
        ends = list(accumulate(len(text) + 1 for text in texts))
        if self.whole is not None or len(joined) != (ends[-1] - 1 if ends else 0):
            return [i for i, text in enumerate(texts) if self.may_contain(text)]
        found: set[int] = set()
        if self.scan is not None:
            found.update(m.start() for m in self.scan.finditer(joined))
        else:
            for piece in self.pieces:
                at = joined.find(piece)
                while at >= 0:
                    found.add(at)
                    at = joined.find(piece, at + 1)
        return sorted({bisect_right(ends, at) for at in found})


def _folds_to_ascii(text: str) -> bool:
    """Does ``text`` hold a letter beyond ASCII that lowers to ASCII? (Four ``in`` tests
    are several times quicker than a search for the class.)"""
    for char in FOLDS_TO_ASCII:  # noqa: SIM110 (a plain loop: any() costs more)
        if char in text:
            return True
    return False


def covering_pieces(phrases: list[str], *, min_chars: int = 5) -> tuple[str, ...]:
    """A few strings, one of which is inside every phrase (within one of its words), picked
    greedily: the piece in most phrases not yet covered first, the longest of those.
    A piece is ``min_chars`` long or longer, unless a phrase has no word that long.

    >>> covering_pieces(["may earn a commission", "we earn a commission", "links"])
    ('commission', 'links')
    """
    left = set(phrases)
    pieces: list[str] = []
    while left:
        holders: dict[str, set[str]] = {}
        for phrase in left:
            words = phrase.split()
            long = [w for w in words if len(w) >= min_chars]
            subs = {w[i:j] for w in long for i in range(len(w))
                    for j in range(i + min_chars, len(w) + 1)} or {max(words, key=len)}
            for sub in subs:
                holders.setdefault(sub, set()).add(phrase)
        piece = max(sorted(holders), key=lambda sub: (len(holders[sub]), len(sub)))
        pieces.append(piece)
        left -= holders[piece]
    return tuple(pieces)
