"""The functions a ``PhraseRule`` answers with, each made for the rule when it is built.

A rule is asked once or more per line of every document, so how it is asked counts: a
method that looks up its prefilter and then calls it costs two or three Python calls
more than the pattern alone. Here each asking function is a closure over the prefilter's
own test (a table lookup, a bound ``re`` method) and the pattern's bound method, written
for where the rule's terms stand: one Python call, and none on the way to the answer for
the text the prefilter rules out.

>>> import regex
>>> from newsclean.rules.affixes import Affixes
>>> from newsclean.rules.prefilter import StartGate
>>> pattern = regex.compile(r"^\\s*(?:read more)", regex.I)
>>> match, search, fullmatch, finditer = askers(
...     pattern, StartGate(Affixes.of(["read more"], flags=regex.I)), place="opening")
>>> match("Read more: x").span(), match("It rained.") is None
((0, 9), True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

import regex

from newsclean.rules.chars import NEVER
from newsclean.rules.prefilter import Prefilter


class Asker(Protocol):
    """``match``, ``search`` or ``fullmatch`` of a rule: the pattern's, in signature too."""

    def __call__(self, text: str, pos: int | None = None,
                 endpos: int | None = None, /) -> regex.Match[str] | None: ...


Askers = tuple[Asker, Asker, Asker, Callable[[str], Iterator[regex.Match[str]]]]


def askers(pattern: regex.Pattern[str], prefilter: Prefilter, *, place: str,
           full: bool = False, timeout: float | None = 0.5) -> Askers:
    """``match``, ``search``, ``fullmatch`` and ``finditer`` of ``pattern``, each asking
    ``prefilter`` first where it holds: for the whole text (no ``pos`` nor ``endpos``);
    for a search from ``pos``, when the terms close the text or stand anywhere. A shape's
    prefilter tells how a match can start: it holds for ``match`` only (``fullmatch`` only,
    when ``full``)."""
    may = prefilter.test
    may_from = prefilter.test_from
    plain_match = pattern.match
    plain_search = pattern.search
    plain_fullmatch = pattern.fullmatch
    plain_finditer = pattern.finditer
    by_start: Any = prefilter.by_start if place == "opening" else None

    if by_start is not None:
        def match(text: str, pos: int | None = None,
                  endpos: int | None = None) -> regex.Match[str] | None:
            if pos is None and endpos is None and not by_start[text[:2]](text):
                return None
            return plain_match(text, pos, endpos, timeout=timeout)
    elif not full:
        def match(text: str, pos: int | None = None,
                  endpos: int | None = None) -> regex.Match[str] | None:
            if pos is None and endpos is None and not may(text):
                return None
            return plain_match(text, pos, endpos, timeout=timeout)
    else:
        def match(text: str, pos: int | None = None,
                  endpos: int | None = None) -> regex.Match[str] | None:
            return plain_match(text, pos, endpos, timeout=timeout)

    def fullmatch(text: str, pos: int | None = None,
                  endpos: int | None = None) -> regex.Match[str] | None:
        if pos is None and endpos is None and not may(text):
            return None
        return plain_fullmatch(text, pos, endpos, timeout=timeout)

    if place == "shape":
        def search(text: str, pos: int | None = None,
                   endpos: int | None = None) -> regex.Match[str] | None:
            return plain_search(text, pos, endpos, timeout=timeout)

        def finditer(text: str) -> Iterator[regex.Match[str]]:
            found: Iterator[regex.Match[str]] = plain_finditer(text, timeout=timeout)
            return found

        return match, search, fullmatch, finditer

    affixes = getattr(prefilter, "affixes", None)
    if place == "closing" and affixes is not None:  # the end is the same from any ``pos``
        by_end = affixes.by_end  # ``may``, written out: the gate of the last characters
        fallback = affixes.by_edge.fallback
        back = -affixes.reach - 2

        def search(text: str, pos: int | None = None,
                   endpos: int | None = None) -> regex.Match[str] | None:
            if endpos is None:
                gate = by_end[text[-2:]]
                if gate is NEVER or not (gate(text) if gate is fallback
                                         else gate(text[-1:back:-1])):
                    return None
            return plain_search(text, pos, endpos, timeout=timeout)
    elif place == "closing":
        def search(text: str, pos: int | None = None,
                   endpos: int | None = None) -> regex.Match[str] | None:
            if endpos is None and not may(text):
                return None
            return plain_search(text, pos, endpos, timeout=timeout)
    elif place == "anywhere":
        def search(text: str, pos: int | None = None,
                   endpos: int | None = None) -> regex.Match[str] | None:
            if endpos is None and not (may(text) if pos is None else may_from(text, pos)):
                return None
            return plain_search(text, pos, endpos, timeout=timeout)
    else:  # opening: the pattern opens with ``^``
        def search(text: str, pos: int | None = None,
                   endpos: int | None = None) -> regex.Match[str] | None:
            if pos is None and endpos is None and not by_start[text[:2]](text):
                return None
            return plain_search(text, pos, endpos, timeout=timeout)

    def finditer_terms(text: str) -> Iterator[regex.Match[str]]:
        if not may(text):
            return iter(())
        found: Iterator[regex.Match[str]] = plain_finditer(text, timeout=timeout)
        return found

    return match, search, fullmatch, finditer_terms
