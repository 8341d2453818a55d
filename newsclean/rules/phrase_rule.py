r"""``PhraseRule``: a pattern built from a vocabulary that owns its own fast prefilter.

A stripper states *what* it matches, the terms and where they must stand, and asks the
rule as it would ask the pattern::

    _LABEL = PhraseRule.opening(RELATED_LABELS, flags=regex.I, skip="-•|", tail=r"\s*$")
    if _LABEL.match(text): ...

The rule builds both the ``regex`` pattern and a prefilter from the same terms, so a
word added to the vocabulary is always looked for; ``match``, ``search`` and
``fullmatch`` answer exactly as the plain pattern does (with the rule's timeout), only
faster: most lines are ruled out by their first (last) characters, or by a ``re`` scan.

Where the terms stand decides the prefilter (see ``newsclean.rules.prefilter``):

- ``opening``: after ``^[\s<skip>]*`` (``Affixes`` on the start);
- ``closing``: before the end, after a ``lead`` (``Affixes`` on the end);
- ``anywhere``: somewhere in the text (``Keywords``, or a ``re`` literal search);
- ``expression``: any pattern, said to open with, close with or hold some terms, or,
  with none, a pattern whose starts the engine itself lists (``Opening``).

Every rule is put in ``RULES`` when built: tests/test_rules_registry.py checks, for each,
that its answers equal the plain pattern's on texts made from its own terms.

>>> label = PhraseRule.opening({"en": ("Latest Headlines",)}, flags=regex.I, skip="-",
...                            tail=r"\s*$", name="doc.label")
>>> label.match("- LATEST  headlines ").span(), label.match("The latest headlines") is None
((0, 20), True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Literal

import regex

from newsclean.rules.asking import Asker, askers
from newsclean.rules.prefilter import Prefilter, prefilter_of, union_of

Vocabulary = Mapping[str, Sequence[str]] | Iterable[str]
"""Terms: a table of terms by language, or the terms themselves."""
Place = Literal["opening", "closing", "anywhere", "shape"]
RULES: list[PhraseRule] = []
"""Every rule built, in the order built: the set of rules, for the generic tests."""


def terms_of(vocabulary: Vocabulary) -> tuple[str, ...]:
    """The distinct terms of a vocabulary, sorted.

    >>> terms_of({"en": ("b", "a"), "de": ("a",)})
    ('a', 'b')
    """
    if isinstance(vocabulary, Mapping):
        if any(isinstance(terms, str) for terms in vocabulary.values()):
            raise TypeError("a table maps each language to a tuple of terms")
        return tuple(sorted({t for terms in vocabulary.values() for t in terms}))
    return tuple(sorted(set(vocabulary)))


def alternation_of(terms: Iterable[str], *, words: bool = False) -> str:
    """A ``regex`` alternation of ``terms``, longest first, a space matching any run of
    spaces; with ``words``, a term ending in a letter or digit must end a word there."""
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        escaped = regex.escape(term).replace(r"\ ", r"\s+")
        parts.append(escaped + r"(?![\p{L}\p{N}])" if words and term[-1:].isalnum() else escaped)
    return "|".join(parts)


class PhraseRule:
    """A ``regex`` pattern and the prefilter that spares it the texts it cannot match.

    Ask it as the pattern: ``match``, ``search``, ``fullmatch`` (each taking ``text``,
    ``pos=None``, ``endpos=None``) and ``finditer(text)`` answer as the pattern's methods
    do, with the rule's timeout. Each is a function made for the rule when it is built,
    with its prefilter written in (``newsclean.rules.asking``): asking costs one Python
    call, and a text the prefilter rules out goes no further.
    """

    __slots__ = ("_filter", "_pattern", "finditer", "flags", "full", "fullmatch", "lead",
                 "match", "may_match", "name", "place", "search", "skip", "terms", "timeout")

    match: Asker
    """``pattern.match``."""
    search: Asker
    """``pattern.search``. An opening rule's pattern opens with ``^``, a closing one's
    ends with ``$``: their prefilters hold for a search too (not a shape's). A ``pos``
    is asked of the prefilter of a rule that closes the text or holds its terms."""
    fullmatch: Asker
    """``pattern.fullmatch``."""
    finditer: Callable[[str], Iterator[regex.Match[str]]]
    """``pattern.finditer``."""

    def __init__(self, pattern: str, *, flags: int, place: Place, terms: Iterable[str],
                 skip: str = "", lead: str = "", full: bool = False, name: str,
                 timeout: float | None = 0.5) -> None:
        self._pattern = regex.compile(pattern, flags)
        self.flags = flags
        self.place: Place = place
        self.terms = tuple(terms)
        """The terms the pattern is said to open with, close with or hold."""
        self.skip = skip
        """Decoration that may stand between the terms and the edge of the text."""
        self.lead = lead
        """What must stand right before a held term (a ``re`` pattern)."""
        self.full = full
        """A shape asked with ``fullmatch`` only: its prefilter is built for that."""
        self.name = name
        self.timeout = timeout
        self._filter: Prefilter = prefilter_of(self)
        self.may_match: Callable[[str], object] = self._filter.test
        """Falsy only when the pattern cannot match ``text`` (from its start, or anywhere
        for a search): the prefilter alone."""
        asks = askers(self._pattern, self._filter, place=place, full=full, timeout=timeout)
        self.match, self.search, self.fullmatch, self.finditer = asks
        RULES.append(self)

    def __repr__(self) -> str:
        return f"PhraseRule({self.name!r}, {self.place})"

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The plain pattern: what the rule answers as."""
        return self._pattern

    @property
    def prefilter(self) -> Prefilter:
        """The rule's never-wrong "no"."""
        return self._filter

    # --- building ---------------------------------------------------------------------

    @classmethod
    def opening(cls, vocabulary: Vocabulary, *, flags: int = 0, skip: str = "",
                words: bool = False, group: str | None = None, tail: str = "", name: str,
                timeout: float | None = 0.5) -> PhraseRule:
        r"""Terms that open the text after ``^[\s<skip>]*``, then the ``tail`` pattern.
        ``words``: a term ending in a letter or digit must end a word; ``group``: the name
        of the group the term is captured in."""
        terms = terms_of(vocabulary)
        head = "(?:" if group is None else f"(?P<{group}>"
        pattern = (r"^[\s" + regex.escape(skip) + r"]*" + head
                   + alternation_of(terms, words=words) + ")" + tail)
        return cls(pattern, flags=flags, place="opening", terms=terms, skip=skip, name=name,
                   timeout=timeout)

    @classmethod
    def closing(cls, vocabulary: Vocabulary, *, flags: int = 0, lead: str = "",
                tail: str = r"\s*$", skip: str = "", name: str,
                timeout: float | None = 0.5) -> PhraseRule:
        r"""Terms that close the text: ``lead`` then a term then ``tail``, which may only
        take spaces and ``skip`` characters before the end."""
        terms = terms_of(vocabulary)
        pattern = lead + "(?:" + alternation_of(terms) + ")" + tail
        return cls(pattern, flags=flags, place="closing", terms=terms, skip=skip, name=name,
                   timeout=timeout)

    @classmethod
    def anywhere(cls, vocabulary: Vocabulary, *, flags: int = 0, lead: str = "",
                 name: str, timeout: float | None = 0.5) -> PhraseRule:
        """Terms found anywhere, right after ``lead`` (a pattern ``re`` reads alike)."""
        terms = terms_of(vocabulary)
        pattern = lead + "(?:" + alternation_of(terms) + ")"
        return cls(pattern, flags=flags, place="anywhere", terms=terms, lead=lead, name=name,
                   timeout=timeout)

    @classmethod
    def expression(cls, pattern: str, *, flags: int = 0, opens_with: Vocabulary = (),
                   closes_with: Vocabulary = (), holds: Vocabulary = (), skip: str = "",
                   lead: str = "", full: bool = False, name: str,
                   timeout: float | None = 0.5) -> PhraseRule:
        r"""A pattern that wraps its terms in more regex. Every match of it opens the text (after
        ``^[\s<skip>]*``) with one of ``opens_with``, or closes (before ``[\s<skip>]*$``)
        with one of ``closes_with``, or holds one of ``holds`` right after ``lead``; with
        none of them, the engine lists the starts a match can have (``Opening``): a
        counter, a shape."""
        places: tuple[tuple[Place, Vocabulary], ...] = (
            ("opening", opens_with), ("closing", closes_with), ("anywhere", holds))
        given = [(where, terms_of(v)) for where, v in places if v]
        if len(given) > 1:
            raise ValueError("a rule's terms stand in one place")
        place: Place = "shape"
        terms: tuple[str, ...] = ()
        if given:
            place, terms = given[0]
        return cls(pattern, flags=flags, place=place, terms=terms, skip=skip, lead=lead,
                   full=full, name=name, timeout=timeout)

    # --- asking (``match``, ``search``, ``fullmatch``, ``finditer``: see above) -----

    def candidates(self, texts: Sequence[str]) -> list[int]:
        """The indexes of ``texts`` the rule may match: every one it matches is there.

        >>> label = PhraseRule.opening(["Related"], name="doc.related")
        >>> label.candidates(["It rained.", "Related", "Relatedness"])
        [1, 2]
        """
        return self._filter.candidates(texts)


class RuleSet:
    """Several rules asked together: ``may_match`` says no at once to a text that none of
    them can match (one prefilter built from all their terms), ``candidates`` picks the
    texts any of them may match.

    >>> both = RuleSet([PhraseRule.opening(["Read more"], name="doc.more"),
    ...                 PhraseRule.opening(["Related"], name="doc.rel")])
    >>> both.candidates(["Read more: x", "It rained.", "Related"])
    [0, 2]
    """

    __slots__ = ("_filter", "may_match", "rules")

    def __init__(self, rules: Iterable[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self._filter: Prefilter = union_of(self.rules)
        self.may_match: Callable[[str], object] = self._filter.test
        """Falsy only when none of the rules can match ``text``."""

    def candidates(self, texts: Sequence[str]) -> list[int]:
        """The indexes of ``texts`` one of the rules may match."""
        return self._filter.candidates(texts)
