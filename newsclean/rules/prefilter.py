"""The prefilter a ``PhraseRule`` builds for itself, from where its terms stand.

A prefilter answers "could the rule's pattern match this text?" in well under a
microsecond. It may say yes wrongly (the pattern then decides), never no where the
pattern would match. Built from the rule's own terms, it cannot miss a term.

- terms opening the text: ``Affixes`` on its start, asked by its first two characters;
- terms closing it: ``Affixes`` on its end, read backwards;
- terms anywhere: one ``re`` search, of the pieces each term must hold when case is
  ignored (``Keywords``), else of the terms themselves (``literal_search``);
- an expression with no terms: the starts the engine says it can have (``Opening``).

>>> from newsclean.rules.affixes import Affixes
>>> gate = StartGate(Affixes.of(["Read more"], flags=regex.I))
>>> bool(gate.test("READ MORE: x")), gate.candidates(["It rained.", "read  more"])
(True, [1])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import regex

from newsclean.rules.affixes import Affixes
from newsclean.rules.chars import NEVER, Gate, char_class, literal_search, token_trie
from newsclean.rules.keywords import Keywords
from newsclean.rules.shapes import Opening, re_superset

if TYPE_CHECKING:
    from newsclean.rules.phrase_rule import PhraseRule


class Prefilter:
    """A never-wrong "no": ``test(text)`` is falsy only when the rule cannot match.

    ``test`` and ``test_from`` are plain callables chosen when the prefilter is built (a
    closure, or a bound ``re`` method), so that asking one costs at most one Python call.
    """

    test: Callable[[str], object]
    test_from: Callable[[str, int], object]
    """``test`` of ``text[pos:]``, called as ``test_from(text, pos)``."""
    by_start: Any = None
    """For terms opening the text, the gates by its first two characters."""

    def __call__(self, text: str) -> object:
        return self.test(text)

    def _from_test(self) -> None:
        """Set ``test_from`` from ``test``: the test of the rest of the text."""
        test = self.test

        def test_from(text: str, pos: int) -> object:
            return test(text[pos:] if pos > 0 else text)

        self.test_from = test_from

    def candidates(self, texts: Sequence[str]) -> list[int]:
        """The indexes of ``texts`` that ``test`` lets through."""
        test = self.test
        return [i for i, text in enumerate(texts) if test(text)]


class StartGate(Prefilter):
    """Terms opening the text: the gate of its first two characters, most often ``NEVER``."""

    def __init__(self, affixes: Affixes) -> None:
        by_start = self.by_start = affixes.by_start

        def test(text: str) -> object:
            return by_start[text[:2]](text)

        self.test = test
        self._from_test()

    def candidates(self, texts: Sequence[str]) -> list[int]:
        by_start = self.by_start  # no Python call per text
        return [i for i, text in enumerate(texts) if by_start[text[:2]](text)]


class EndGate(Prefilter):
    """Terms closing the text."""

    def __init__(self, affixes: Affixes) -> None:
        self.affixes = affixes
        self.test = affixes.test
        self._from_test()

    def candidates(self, texts: Sequence[str]) -> list[int]:
        by_end = self.affixes.by_end  # ``test``, written out: no Python call per text
        fallback = self.affixes.by_edge.fallback
        back = -self.affixes.reach - 2
        return [i for i, text in enumerate(texts)
                if (gate := by_end[text[-2:]]) is not NEVER
                and (gate(text) if gate is fallback else gate(text[-1:back:-1]))]


class SearchGate(Prefilter):
    """Terms anywhere, found by one ``re`` search: a document holding none of them in its
    joined texts has no candidate (one scan instead of one per text)."""

    def __init__(self, search: re.Pattern[str], terms: re.Pattern[str], lead: str = "") -> None:
        self.search = search
        self.terms = terms
        """The terms alone: a quicker scan of a whole document than with what leads them."""
        self.test = with_marks(search.search, lead)
        self.test_from = search.search  # ``pos`` is the second argument of ``re`` search

    def candidates(self, texts: Sequence[str]) -> list[int]:
        if not self.terms.search("\n".join(texts)):
            return []
        search = self.search.search
        return [i for i, text in enumerate(texts) if search(text)]


class KeywordGate(Prefilter):
    """Terms anywhere, case ignored: ``Keywords`` says no to most texts; a text holding
    one of their pieces is then searched for the terms by ``confirm``, a ``re`` pattern
    that matches at least where the rule's does (many times quicker than ``regex`` with
    case ignored), so that the rule's pattern is asked only where a term stands."""

    def __init__(self, keywords: Keywords, confirm: re.Pattern[str] | None = None) -> None:
        self.keywords = keywords
        may_hold = keywords.tester()
        self.confirm: Callable[[str], object] | None = None
        if confirm is None:
            self.test = may_hold
        else:
            self.confirm = found = confirm.search

            def test(text: str) -> object:
                return may_hold(text) and found(text)

            self.test = test
        self._from_test()

    def candidates(self, texts: Sequence[str]) -> list[int]:
        found = self.confirm
        picked = self.keywords.candidates(texts)
        return picked if found is None else [i for i in picked if found(texts[i])]


_MARKS = re.compile(r"\[((?:[^\]\\^]|\\[^\w])+)\]")
"""A lead that opens with a class of a few plain characters ("[(/]" in "[(/]\\s*")."""


def lead_marks(lead: str) -> str:
    r"""The characters one of which a text must hold for ``lead`` to match in it: those of
    the class ``lead`` opens with, when it opens with a short class of plain characters.

    >>> lead_marks(r"[(/]\s*"), lead_marks(r"\s"), lead_marks(r"[(/]?\s*"), lead_marks("")
    ('(/', '', '', '')
    """
    found = _MARKS.match(lead)
    if (found is None or "|" in lead or lead[found.end():found.end() + 1] in ("?", "*", "{")
            or "-" in found.group(1).replace("\\-", "")):
        return ""  # no class, one that may match nothing, or a range: nothing to list
    marks = re.sub(r"\\(.)", r"\1", found.group(1))
    return marks if len(marks) <= 3 else ""


def with_marks(test: Gate, lead: str) -> Gate:
    """``test``, asked only of a text that holds one of the lead's marks: two or three
    ``in`` tests say no to most texts more quickly than a search for the terms."""
    marks = lead_marks(lead)
    if len(marks) == 1:
        def one(text: str) -> object:
            return marks in text and test(text)
        return one
    if len(marks) == 2:
        first, second = marks[0], marks[1]

        def two(text: str) -> object:
            return (first in text or second in text) and test(text)
        return two
    if len(marks) == 3:
        a, b, c = marks[0], marks[1], marks[2]

        def three(text: str) -> object:
            return (a in text or b in text or c in text) and test(text)
        return three
    return test


def confirming_search(terms: Iterable[str], flags: int, lead: str = "") -> re.Pattern[str]:
    """A ``re`` search, case ignored, that finds at least every term ``regex`` finds with
    ``flags`` right after ``lead`` (each character written as ``chars.char_class``).

    >>> bool(confirming_search(["may earn a commission"], regex.I).search("MAY EARN A  Commission"))
    True
    """
    forms = [[char_class(ch, flags) for ch in term] for term in terms]
    return re.compile(f"{lead}(?:{token_trie(sorted(forms))})", re.I)


class ShapeGate(Prefilter):
    """An expression: the starts the engine says it can have; for a whole-text shape, then
    a ``re`` copy of it (over twice as quick as ``regex`` with a timeout), when it has one."""

    def __init__(self, opening: Opening, copy: re.Pattern[str] | None = None) -> None:
        by_start = self.by_start = opening.by_start
        if copy is None:
            def test(text: str) -> object:
                return by_start[text[:2]] and text  # the empty text: no
        else:
            whole = copy.fullmatch

            def test(text: str) -> object:
                return by_start[text[:2]] and whole(text)

        self.test = test
        self._from_test()


class AnyGate(Prefilter):
    """Several prefilters of different kinds: yes when one says yes."""

    def __init__(self, gates: Iterable[Prefilter]) -> None:
        tests = tuple(gate.test for gate in gates)

        def test(text: str) -> bool:
            for each in tests:  # noqa: SIM110 (a plain loop: any() costs more)
                if each(text):
                    return True
            return False

        self.test = test
        self._from_test()


def prefilter_of(rule: PhraseRule) -> Prefilter:
    """The prefilter of one rule, from where its terms stand."""
    return _gate(rule.place, rule.terms, rule.flags, rule.skip, rule.lead, rule.pattern,
                 full=rule.full)


def union_of(rules: Sequence[PhraseRule]) -> Prefilter:
    """One prefilter for several rules: when their terms stand in the same place, one
    built from all their terms (case ignored if one ignores it, every decoration)."""
    places = {rule.place for rule in rules}
    leads = {rule.lead for rule in rules}
    # Only a held term's prefilter reads what leads it: opening and closing ones share
    # one whatever their leads.
    if len(places) == 1 and places != {"shape"} and (len(leads) == 1 or places != {"anywhere"}):
        flags = regex.I if any(rule.flags & regex.I for rule in rules) else 0
        terms = sorted({t for rule in rules for t in rule.terms})
        skip = "".join(sorted({ch for rule in rules for ch in rule.skip}))
        lead = leads.pop() if len(leads) == 1 else ""
        return _gate(places.pop(), terms, flags, skip, lead, None)
    return AnyGate(rule.prefilter for rule in rules)


def _gate(place: str, terms: Sequence[str], flags: int, skip: str, lead: str,
          pattern: regex.Pattern[str] | None, *, full: bool = False) -> Prefilter:
    simple = flags & ~(regex.V1 | regex.FULLCASE) if not flags & regex.I else flags
    if place == "opening":
        return StartGate(Affixes.of(terms, flags=simple, skip=skip))
    if place == "closing":
        return EndGate(Affixes.of(terms, flags=simple, skip=skip, at_end=True))
    if place == "anywhere":
        if flags & regex.I:
            return KeywordGate(Keywords.of(terms, flags=simple),
                               confirming_search(terms, simple, lead))
        return SearchGate(literal_search(terms, after=lead), literal_search(terms), lead)
    if pattern is None:
        raise ValueError("a shape has no terms to share")
    if not full:
        return ShapeGate(Opening.of(pattern))
    try:
        copy = re.compile(re_superset(pattern.pattern), re.I if flags & regex.I else 0)
    except (ValueError, re.error):
        copy = None  # regex syntax that re does not read: the starts alone
    return ShapeGate(Opening.of(pattern, full=True), copy)


__all__ = ["AnyGate", "EndGate", "KeywordGate", "Prefilter", "SearchGate", "ShapeGate",
           "StartGate", "prefilter_of", "union_of"]
