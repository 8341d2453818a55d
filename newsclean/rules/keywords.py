"""``Keywords``: a never-wrong "no" to "does this text hold one of some terms anywhere?".

Each term holds one of a few pieces that must appear as they are (lowercased when case is
ignored): a handful of ``in`` tests, quicker than one ``re`` scan of the text.

>>> signs = Keywords.of(["All rights reserved", "contributed to this report"], flags=regex.I)
>>> signs.may_contain("ALL RIGHTS  RESERVED."), signs.may_contain("It rained all day.")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newsclean.rules.chars import FOLDS_TO_ASCII_RE, caseless, trie

_MOST_IN_TESTS = 4
"""Up to this many pieces, ``in`` tests beat one ``re`` scan."""


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
