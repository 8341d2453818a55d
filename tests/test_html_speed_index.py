"""The HTML stage's fast paths give what the plain rules they replace give.

The page index splits each distinct class/id string once, groups elements by their names
and hands each pruner only the elements its words name; prose counts of subtrees are kept
between pruners; boxes inside taken or removed boxes are found with set lookups instead of
walks up the tree. Each property below checks one of those against the straightforward
rule (split every element's names, test every element, walk every ancestor) on pages
built from the parts real pages are made of.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import document_fromstring, fragment_fromstring

from newsclean.defaults import default_pipeline
from newsclean.html._page_index import split_name, words
from newsclean.html._prune import _NEVER, MAX_PROSE_CHARS, BoxRule, Page, link_share, prose_chars
from newsclean.patterns.html_boxes import META_SKIP, META_WORDS, SHARE_LABELS, SHARE_WORDS
from newsclean.pipeline import run_html_stage

_SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

# The per-word rule as first written: one regex walk per value, then neighbour pairs.
_WORD = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _reference_words(value: str) -> frozenset[str]:
    parts = [w.lower() for w in _WORD.findall(value)]
    return frozenset((*parts, *(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False))))


_NAMES = ("share", "Share", "social-share__buttons", "articleShareBar", "ad", "ad-slot",
          "adSlot", "head", "HTMLWidget", "mostReadList", "related-stories", "menu",
          "menu-item menu-item-42", "byline", "post type-post hentry", "caption",
          "wp-caption", "credit", "comments", "cookie-consent", "x٣y", "", "  ", "nav_2")
_name = st.one_of(st.sampled_from(_NAMES),
                  st.text(st.sampled_from("aAbZ-_ 09٣é\t"), max_size=12))


@_SETTINGS
@given(st.lists(_name, min_size=1, max_size=3))
def test_split_name_agrees_with_the_per_word_rule(values: list[str]) -> None:
    value = " ".join(values)
    assert frozenset(split_name(value)) == _reference_words(value)


# Pages: nested boxes named from the vocabularies, with prose, links, labels and figures.
_TEXT = st.sampled_from(["", "Share", "By Jo Lee", "Advertisement", "x " * 90,
                         "The council met on Tuesday and voted to keep the library open. " * 3])


@st.composite
def _box(draw: Any, depth: int = 0) -> str:
    tag = draw(st.sampled_from(["div", "section", "ul", "li", "p", "a", "figure", "nav",
                                "span", "aside", "blockquote", "article"]))
    attributes = ""
    if draw(st.booleans()):
        attributes += f' class="{draw(st.sampled_from(_NAMES))}"'
    if draw(st.integers(0, 4)) == 0:
        attributes += f' id="{draw(st.sampled_from(_NAMES))}"'
    if draw(st.integers(0, 6)) == 0:
        attributes += f' aria-label="{draw(st.sampled_from(["Share", "ad", "Related"]))}"'
    if draw(st.integers(0, 8)) == 0:
        attributes += ' rel="author"' if draw(st.booleans()) else ' role="navigation"'
    if tag == "a":
        attributes += ' href="/story"'
    inner = draw(_TEXT)
    if depth < 3:
        inner += "".join(draw(st.lists(_box(depth + 1), max_size=3)))
    if tag == "figure" and draw(st.booleans()):
        inner += '<img src="a.jpg"><figcaption>Smoke. <b class="credit">AFP</b></figcaption>'
    return f"<{tag}{attributes}>{inner}</{tag}>{draw(_TEXT)}"


_page = st.lists(_box(), min_size=1, max_size=4).map(
    lambda boxes: "<html><body>" + "".join(boxes) + "</body></html>")


def _reference_index(tree: Any) -> tuple[list[Any], dict[Any, str]]:
    named = [(e, words(e)) for e in
             tree.xpath("//*[@class or @id or @role or @aria-label or @rel or @itemprop]")]
    labels = {e: e.get("aria-label").casefold().strip() for e in tree.xpath("//*[@aria-label]")}
    return named, labels


@_SETTINGS
@given(_page)
def test_the_index_holds_every_named_element_with_its_words(html: str) -> None:
    tree = document_fromstring(html)
    page = Page.of(tree)
    named, labels = _reference_index(tree)
    assert list(page.named) == named
    assert page.labels == labels


def test_the_index_covers_the_whole_document_from_any_element() -> None:
    tree = document_fromstring('<html><body class="page"><div class="share">S</div>'
                               '<p id="x">T</p></body></html>')
    inner = tree.find(".//div")
    for given_tree in (inner, tree.getroottree()):
        page = Page.of(given_tree)
        assert [e.tag for e, _ in page.named] == ["body", "div", "p"]
    fragment = fragment_fromstring('<div class="ad">Ad</div>')
    assert [w for _, w in Page.of(fragment).named] == [frozenset({"ad"})]


@_SETTINGS
@given(_page, st.sets(st.sampled_from(["share", "ad", "menu", "item", "most read", "caption",
                                       "nothing", "menu item", "2"])),
       st.sets(st.sampled_from(["share", "ad", "related", "none"])))
def test_having_is_the_named_elements_that_meet_the_words(html: str, vocabulary: set[str],
                                                          labels: set[str]) -> None:
    page = Page.of(document_fromstring(html))
    wanted = [(e, found) for e, found in page.named
              if not frozenset(vocabulary).isdisjoint(found) or page.labels.get(e) in labels]
    assert page.having(frozenset(vocabulary), frozenset(labels)) == wanted
    by_hand = Page(page.tree, page.named, page.labels)  # no groups: the plain filter
    assert by_hand.having(frozenset(vocabulary), frozenset(labels)) == wanted


def _reference_find(rule: BoxRule, page: Page) -> list[tuple[Any, str]]:
    """``BoxRule.find`` as first written: every named element, every ancestor walked."""
    taken: set[Any] = set()
    out = []
    for element, found in page.named:
        if not rule.vocabulary.isdisjoint(found) and rule.vetoes.isdisjoint(found):
            why = "class_name"
        elif rule.labels and page.labels.get(element) in rule.labels:
            why = "aria_label"
        else:
            continue
        quoting = element.tag == "blockquote" or element.find(".//blockquote") is not None
        left = (element.tag in _NEVER or any(a in taken for a in element.iterancestors())
                or prose_chars(element) > MAX_PROSE_CHARS or (rule.keep_quotes and quoting)
                or (rule.min_link_share > 0 and link_share(element) < rule.min_link_share))
        if not left:
            taken.add(element)
            out.append((element, why))
    return out


_RULES = (BoxRule.of(vocabulary=SHARE_WORDS, labels=SHARE_LABELS, keep_quotes=True),
          BoxRule.of(vocabulary=META_WORDS, skip=META_SKIP),
          BoxRule.of(vocabulary={"en": ("menu", "ad", "related")}, labels={"en": ("related",)},
                     min_link_share=0.3))


@_SETTINGS
@given(_page)
def test_find_takes_the_boxes_the_walking_rule_takes(html: str) -> None:
    page = Page.of(document_fromstring(html))
    for rule in _RULES:
        assert [(p.element, p.why) for p in rule.find(page)] == _reference_find(rule, page)


def _all_counts(tree: Any) -> list[tuple[Any, int]]:
    return [(e, prose_chars(e)) for e in tree.iter(etree.Element)]


@_SETTINGS
@given(_page, st.integers(0, 500))
def test_kept_prose_counts_answer_like_fresh_ones(html: str, limit: int) -> None:
    tree = document_fromstring(html)
    known: dict[Any, int] = {}
    # outermost first, as pruners ask, then innermost first: both orders fill ``known``
    for element in [*tree.iter(etree.Element), *reversed(list(tree.iter(etree.Element)))]:
        fresh = prose_chars(element, limit=limit)
        kept = prose_chars(element, limit=limit, known=known)
        assert (kept > limit) == (fresh > limit)
        if fresh <= limit:
            assert kept == fresh
    assert all(prose_chars(e, limit=10**9) == n for e, n in known.items())


@_SETTINGS
@given(_page)
def test_the_stage_keeps_no_stale_prose_count(html: str) -> None:
    page = Page.of(document_fromstring(html))
    run_html_stage(page, default_pipeline())
    for element, count in page.prose.items():
        assert prose_chars(element, limit=10**9) == count
    # everything the stage took out is recorded as gone, and nothing still on the page is
    on_page = set(page.tree.iter())
    assert on_page.isdisjoint(page.gone)


def test_a_box_inside_a_removed_box_is_not_pruned_again() -> None:
    page = Page.of(document_fromstring(
        '<html><body><div class="ad-slot"><div class="share-bar"><a href="/f">Facebook</a>'
        '</div></div><p>The talks went well.</p></body></html>'))
    result = run_html_stage(page, default_pipeline())
    assert [r.reason for r in result.removals] == ["ad_boxes.class_name"]
    assert page.tree.find(".//div") is None
