"""The page index pruners share: named elements with their class/id/role words.

Built in one walk of the tree per page. Pruners ask it for the elements whose words meet
their vocabulary (:meth:`Page.having`) and get them in document order without testing
every element of the page: elements are grouped by their attribute values, which repeat
a lot within a page (a menu's hundred ``menu-item`` entries are one group), so each
pruner tests a group once.

>>> from lxml.html import fromstring
>>> page = Page.of(fromstring('<ul class="menu"><li class="menu-item">A</li>'
...                           '<li class="menu-item">B</li><li class="share">C</li></ul>'))
>>> [e.text for e, _ in page.having(frozenset({"item", "share"}))]
['A', 'B', 'C']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import not_
from typing import Any

from lxml import etree

# The words of a name: a capitalized or lowercase run, an all-caps run, or digits.
# (stdlib ``re`` here: this runs once per distinct attribute value of every page, and the
# pattern needs nothing ``regex`` adds.)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

Named = tuple[Any, frozenset[str]]
BLOCK_TAGS = frozenset({"p", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "img"})
"""Tags ``Page.tagged`` hands over in document order, to the pruners that look at
lists, lines, headings and pictures, so that each does not walk the whole page again."""


def words(element: Any) -> frozenset[str]:
    """Lowercase words of an element's class, id and role attributes.

    Class names are split at dashes, underscores and camelCase humps, so
    ``articleShareBar`` gives ``article``, ``share`` and ``bar``; each pair of
    neighbouring words in one attribute is included too (``share bar``).

    >>> from lxml.html import fromstring
    >>> box = fromstring('<div class="social-share__buttons" role="group">Share</div>')
    >>> sorted(words(box))
    ['buttons', 'group', 'share', 'share buttons', 'social', 'social share']
    """
    get = element.get
    return frozenset(w for name in ("class", "id", "role") for w in split_name(get(name) or ""))


def split_name(value: str) -> tuple[str, ...]:
    """The words of one attribute value and each pair of neighbours, lowercase.

    >>> split_name("mostReadList list-2")
    ('most', 'read', 'list', 'list', '2', 'most read', 'read list', 'list list', 'list 2')
    """
    parts = _WORD.findall(value)
    if len(parts) < 2:
        return (parts[0].lower(),) if parts else ()
    # One lower() of the joined parts is cheaper than one per part; parts hold no spaces.
    parts = " ".join(parts).lower().split(" ")
    return (*parts, *map("{} {}".format, parts, parts[1:]))


@dataclass(frozen=True)
class Page:
    """The parsed page as pruners see it: the tree, and its named elements with their words.

    The index is built once per page so that each pruner does not split class names again.
    """

    tree: Any
    """The page's root element; pruners read it, the HTML stage changes it."""
    named: tuple[Named, ...]
    """Every element with a class, id, role, aria-label, rel or itemprop, with its ``words``."""
    labels: Mapping[Any, str]
    """Each element's ``aria-label``, casefolded, for the elements that have one."""
    labelled_at: tuple[int, ...] = field(default=(), repr=False, compare=False)
    """Positions (in ``named``) of the elements with an ``aria-label``."""
    gone: set[Any] = field(default_factory=set, repr=False, compare=False)
    """Elements the HTML stage has taken out of the tree so far, with all that was in them.

    Pruners skip these: a box inside one is no longer on the page.
    """
    prose: dict[Any, int] = field(default_factory=dict, repr=False, compare=False)
    """Prose counts of subtrees read whole (see ``prose_chars``); the HTML stage forgets the
    counts of an element's ancestors when it takes the element out."""
    group_words: tuple[frozenset[str], ...] = field(default=(), repr=False, compare=False)
    """The distinct words of ``named`` elements, one set per distinct (class, id, role)."""
    group_positions: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)
    """Positions (in ``named``) of the elements with each of ``group_words``: a pruner tests
    a set of words once, not once per element that has it."""

    blocks: list[Any] = field(default_factory=list, repr=False, compare=False)
    """The page's elements of ``BLOCK_TAGS`` in document order, gathered in one walk (in C)
    when a pruner first asks (``tagged``); the first item is the walk's marker."""

    def tagged(self, tags: frozenset[str]) -> list[Any]:
        """The elements of ``tags`` (all of ``BLOCK_TAGS``) still on the page, in document
        order."""
        blocks = self.blocks
        if not blocks:
            root = self.tree.getroottree().getroot()
            blocks.append(None)
            blocks.extend(root.iter(*BLOCK_TAGS))
        gone = self.gone
        return [e for e in blocks[1:] if e.tag in tags and e not in gone]

    @classmethod
    def of(cls, tree: Any) -> Page:
        """Index ``tree``'s named elements (class words are split once per distinct value)."""
        # Keyed by the (class, id, role) values: one entry per distinct combination, with
        # its words and the positions of its elements.
        by_key: dict[tuple[str | None, ...], tuple[frozenset[str], list[int]]] = {}
        # Per attribute value too: ids are unique, but the class beside them repeats.
        by_value: dict[str, frozenset[str]] = {}
        named: list[Named] = []
        labels: dict[Any, str] = {}
        labelled_at: list[int] = []
        # The whole document, as an XPath ``//*`` would see it from any element of it.
        document = tree if isinstance(tree, etree._ElementTree) else tree.getroottree()
        root = document.getroot()
        for element in root.iter(etree.Element):
            get = element.get
            key = (get("class"), get("id"), get("role"))
            label = get("aria-label")
            if label is not None:
                labels[element] = label.casefold().strip()
                labelled_at.append(len(named))
            elif key == (None, None, None) and get("rel") is None and get("itemprop") is None:
                continue
            entry = by_key.get(key)
            if entry is None:
                parts = []
                for value in key:
                    if value:
                        value_words = by_value.get(value)
                        if value_words is None:
                            value_words = by_value[value] = frozenset(split_name(value))
                        parts.append(value_words)
                found = parts[0] if len(parts) == 1 else frozenset().union(*parts)
                entry = by_key[key] = (found, [])
            entry[1].append(len(named))
            named.append((element, entry[0]))
        return cls(tree, tuple(named), labels, tuple(labelled_at), set(), {},
                   tuple(found for found, _ in by_key.values()),
                   tuple(tuple(positions) for _, positions in by_key.values()))

    def having(self, vocabulary: frozenset[str], labels: frozenset[str] = frozenset(),
               ) -> list[Named]:
        """The named elements still on the page whose words meet ``vocabulary`` or whose
        ``aria-label`` is one of ``labels``, in document order."""
        named = self.named
        if named and not self.group_words:  # built by hand, not by ``of``
            return [n for n in named if (not vocabulary.isdisjoint(n[1])
                    or (labels and self.labels.get(n[0]) in labels)) and n[0] not in self.gone]
        # All in C: test each group's words, keep the positions of those that meet.
        met = compress(self.group_positions, map(not_, map(vocabulary.isdisjoint,
                                                           self.group_words)))
        positions: Iterable[int] = chain.from_iterable(met)
        if labels:
            labelled = [i for i in self.labelled_at if self.labels[named[i][0]] in labels]
            positions = {*positions, *labelled}
        found = map(named.__getitem__, sorted(positions))
        gone = self.gone
        return [n for n in found if n[0] not in gone] if gone else list(found)
