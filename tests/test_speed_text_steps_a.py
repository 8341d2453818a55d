"""The shortcuts taken to speed up duplicates, article_head, disclosures, dateline, wire_tag,
byline and keyword_lists decide exactly as the plain code did.

Each cheap test may only say "no" where the full rule cannot fire; each is checked here
against the rule it guards, on texts built from the vocabulary the rule is built from and
on arbitrary text. Rewritten helpers are checked against their plain definitions.
"""

from __future__ import annotations

import importlib
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.document import Cut, Document
from newsclean.patterns.agencies import agency_forms
from newsclean.text import words as _text
from newsclean.text.memo import forget

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

(article_head, disclosures, duplicates, keyword_lists) = (
    importlib.import_module(f"newsclean.strippers.{name}") for name in (
        "article_head", "disclosures", "duplicates", "keyword_lists"))
byline, dateline, wire_tag = (importlib.import_module(f"newsclean.text.{name}")
                              for name in ("byline", "dateline", "wire"))

SETTINGS = settings(max_examples=250, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Characters that stress folding, spacing and the fast paths: letters whose casefolding
# brings ASCII or changes length, cased letters beyond ASCII, separators beyond ASCII,
# CJK and Hangul, a NUL.
_ODD = ["ß", "ẞ", "ﬁ", "İ", "ı", "ſ", "\u212a", "é", "Ж", "ж", "Σ", "ς", "\u00a0", "\u2009",
        "“", "’", "—", "…", "東", "京", "서", "울", "\0", "²", "_"]
_CHARS = st.sampled_from([*"aZk 9.,:;!?()[]/-|\t\n", *_ODD])
_TEXT = st.text(alphabet=_CHARS, max_size=60)
_SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", " \u00a0"])


# -- wire_tag: a closing tag ends with an agency's form --------------------------------

def test_no_agency_form_ends_with_a_bracket_or_a_full_stop() -> None:
    # What ``_ends_with_agency`` relies on when it strips them before looking.
    assert all(form[-1].isalnum() for form in agency_forms())


# -- dateline: the cheap tests before the grammars --------------------------------------

@st.composite
def _openings(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(["SEOUL", "NEW YORK", "Berlin", "RIO DE JANEIRO", "A", "US"]))
    date = draw(st.sampled_from(["", ", Oct. 24", ", 3 may", ", 2019-10-24"]))
    agency = draw(st.sampled_from(["", " (Reuters)", " (AP)", " /TASS/.", " (CNN Business)"]))
    mark = draw(st.sampled_from([" -- ", " — ", " – ", " - ", ": ", " ", ". "]))
    return place + date + agency + mark + draw(st.sampled_from(["The talks resumed.", ""]))


@SETTINGS
@given(st.one_of(_openings(), _TEXT))
def test_dateline_guards_never_reject_what_the_grammars_take(text: str) -> None:
    if dateline._CAPS_ONLY.match(text):
        assert dateline._CAPS_MARK.search(text)
    assert dateline.parse_dateline(text) == dateline.parse_dateline.__wrapped__(text)
    forget()


# -- _text and duplicates: the sketches -----------------------------------------------------

# (``word_count``'s fast paths are checked against the plain count in
# tests/test_speed_prefilter.py.)

@SETTINGS
@given(st.lists(_TEXT, max_size=6))
def test_squash_sketches_are_the_sketches_one_by_one(texts: list[str]) -> None:
    assert _text.squash_sketches(texts) == [_text.squash_sketch(t) for t in texts]


@SETTINGS
@given(st.lists(st.text(alphabet=_CHARS, max_size=120), max_size=6))
def test_tail_sketches_end_the_sketches(texts: list[str]) -> None:
    assert duplicates._tail_sketches(texts) == [
        _text.squash_sketch(t)[-duplicates._TAIL_BYTES:] for t in texts]


# -- duplicates: the same cuts as comparing every block's squashed core -----------------

def _plain_duplicates(doc: Document) -> list[Cut]:
    """The stripper as it was: every block squashed, every block walked."""
    keys = [_text.squash(_text.body_core(b.text)) for b in doc.blocks]
    first: dict[str, int] = {}
    dropped: set[int] = set()
    templates = {k for k, n in Counter(keys).items() if n >= 3}
    for i, key in enumerate(keys):
        if not key or i in dropped:
            continue
        earlier = first.get(key)
        if earlier is None:
            first[key] = i
            continue
        core = _text.body_core(doc.blocks[i].text)
        if (not duplicates._is_prose(core, duplicates.MIN_WORDS)
                or key in templates and not _text.ends_sentence(core)):
            continue
        dropped.add(i)
        duplicates._extend_run(keys, earlier, i, dropped, templates)
    return [Cut(i, "repeat") for i in sorted(dropped)]


_PARAGRAPHS = ["The ministry said the new rail line would open to passengers early next year.",
               "THE MINISTRY SAID THE NEW RAIL LINE WOULD OPEN TO PASSENGERS EARLY NEXT YEAR!",
               "SEOUL, Oct. 24 (Yonhap) -- Officials met for two days in the capital to talk.",
               "Officials met for two days in the capital to talk. (Yonhap)", "Yes.", "Meal 1",
               "Straße gesperrt, sagte die Polizei am Montag in der Stadt nach dem Unfall dort.",
               "STRASSE GESPERRT, SAGTE DIE POLIZEI AM MONTAG IN DER STADT NACH DEM UNFALL DORT.",
               "Дождь шёл весь день в столице, сообщили синоптики в понедельник утром рано.",
               "東京で会談が開かれた。", "...", "Why did it happen?", "1 2 3 4 5 6 7 8 9 10 11",
               # The same words, spaced and punctuated otherwise near the end.
               "The council will vote on the plan in March, the mayor said on Tuesday.",
               "The council will vote on the plan in march -- “the mayor” said on  Tuesday!"]


@SETTINGS
@given(st.lists(st.sampled_from(_PARAGRAPHS), max_size=14))
def test_duplicates_cut_as_the_plain_comparison_did(texts: list[str]) -> None:
    doc = Document.from_blocks(texts)
    assert duplicates.duplicates(doc) == _plain_duplicates(doc)
    forget()


# -- disclosures: the pieces of the cues ------------------------------------------------

# -- article_head: a pass that found nothing is not run again ---------------------------

_HEAD_LINES = ["Talks resume in Malaysia after a pause", "By Elizabeth Shim", "Oct. 24, 2016",
               "Updated", "Former officials met on Saturday in the Malaysian capital for talks.",
               "The talks ended on Monday after two days of meetings in the capital city.",
               "A second look at the talks", "By Jo Lee and Sam Park, Reuters", "9:14 AM ET"]


@SETTINGS
@given(st.lists(st.sampled_from(_HEAD_LINES), max_size=8))
def test_article_head_takes_what_its_passes_find(texts: list[str]) -> None:
    doc = Document.from_blocks(texts)
    cuts = article_head.article_head(doc)
    first = article_head._head_cuts(doc.blocks)
    # Nothing found at first: nothing at all (a pass over the same blocks finds the same).
    # Else the first pass's cuts are all there, and maybe more from later passes.
    assert bool(cuts) == bool(first)
    assert {c.block for c in first} <= {c.block for c in cuts}
    forget()


# -- keyword_lists: the cheapest test moved inline ---------------------------------------

@SETTINGS
@given(st.one_of(_TEXT, st.builds(lambda t: t.lower() + ", " + t.lower(), _TEXT)))
def test_inline_test_never_rejects_a_keyword_line(text: str) -> None:
    if keyword_lists._is_keyword_line(text):
        assert text[:1].islower()


# -- byline: a title of a Korean or Japanese byline needs a text beyond ASCII ----------

@SETTINGS
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=30),
                 st.builds(lambda n, t: n + " " + t, st.sampled_from(["Jo Lee", "홍길동", "Ab"]),
                           st.sampled_from(["기자", "記者", "Reporter", "특파원"]))))
def test_titles_need_a_text_beyond_ascii(text: str) -> None:
    assert byline._TITLES_BEYOND_ASCII
    if byline._SUFFIX.match(text) or byline._PREFIX.match(text):
        assert not text.isascii(), text
