"""``Keywords``: a never-wrong "no" to "does this text hold one of some terms anywhere?".

Each term is looked for by its longest piece that must appear as it is (lowercased when
case is ignored), all pieces in one ``re`` search.

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


@dataclass(frozen=True)
class Keywords:
    """A never-wrong "no" to: does ``text`` hold one of some terms anywhere?"""

    pattern: re.Pattern[str] | None
    """The pieces, any of which may mean a term is there; None: there are none."""
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
        pieces: set[str] = set()
        wholes: set[str] = set()
        for term in terms:
            # A cased letter beyond ASCII may match another letter: it splits a piece.
            folded = "".join(ch.lower() if ch.isascii() or caseless(ch) else " "
                             for ch in term) if ignore_case else term
            piece = max(folded.split(), key=len, default="")
            if len(piece) < min(3, len(term.strip())):  # "ai" of "Édition spéciale" finds all
                wholes.add(term)
            else:
                pieces.add(piece)
        pattern = re.compile(trie(pieces)) if pieces else None
        whole = regex.compile("|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in wholes),
                              flags) if wholes else None
        return cls(pattern, ignore_case, whole)

    def may_contain(self, text: str) -> bool:
        """False only when no term can be in ``text``."""
        if self.whole is not None and self.whole.search(text):
            return True
        if self.pattern is None:
            return False
        if self.ignore_case:
            if not text.isascii() and FOLDS_TO_ASCII_RE.search(text):
                return True
            text = text.lower()
        return self.pattern.search(text) is not None
