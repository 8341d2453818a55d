"""The faster ``captions``, ``prompts`` and ``repeated_captions`` decide exactly as before.

- ``captions.split_caption`` looks for a credit only when its cheap search found an intro
  or a slash, and skips the ``max`` for ``re``: the plain version it replaces is written out
  here as the reference and both are asked of lines of every shape, around the edge of
  the searched window (200 characters from the end) too;
- ``prompts`` asks a ``re`` copy of its counter shapes before the ``regex`` one: the copy
  must match whatever the original matches (digits beyond the BMP, case folding, spaces);
  and it keeps the shapes' ``Opening`` answer by a line's first two characters;
- ``repeated_captions`` gives up early on a document with too few candidate lines, and
  sketches them in one batch (its reference test is in test_speed_text_steps_b.py; here,
  the edge of ``MIN_COPIES``).
"""

from __future__ import annotations

import importlib
import re
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.patterns import credits
from newsclean.patterns.agencies import agency_forms
from newsclean.rules.shapes import re_superset
from newsclean.text.caption import _caption_and_credit

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

captions = importlib.import_module("newsclean.text.caption")
prompts = importlib.import_module("newsclean.strippers.prompts")
repeated_captions = importlib.import_module("newsclean.strippers.repeated_captions")

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- captions ----------------------------------------------------------------------------

def _split_caption_reference(text: str) -> tuple[str, str | None] | None:
    """``split_caption`` with its rules' plain patterns and no cheap test before them."""
    c = captions
    line = text.strip()
    toggle = c._TOGGLE.pattern.search(line, max(0, len(line) - c._TAIL_REACH))
    if toggle:
        line = line[: toggle.start()].rstrip()
    tail = c._TAIL.pattern.search(line, max(0, len(line) - c._TAIL_REACH))
    has_tail = (tail is not None and tail.start() > 0
                and line[tail.start():].lstrip()[:1] in "|/•·-–—")
    if tail is not None and has_tail:
        line = line[: tail.start()].rstrip()
    marker = c._MARKER.pattern.match(line)
    if marker:
        line = line[marker.end():]
    start = max(0, len(line) - c._CREDIT_REACH)
    found = c._CREDIT_END.pattern.search(line, start)
    if not found:
        found = c._AGENCY_END.search(line, start)
    if found:
        return _caption_and_credit(line, found)
    if marker or has_tail or toggle:
        return line.strip(), None
    if len(line) <= 80 and (c._AGENCY_ONLY.pattern.match(line) or c._NAME_ONLY.pattern.match(line)):
        return "", line.strip(" ()[]")
    return None


def _terms(*tables: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted({t for table in tables for terms in table.values() for t in terms})


_PROSE = ["The mayor", "spoke", "on Tuesday", "in the port", "of Kuala Lumpur", "and", "Jo",
          "Lee", "“Yes,” she said", "(left)", "2019", "—", "é", "写真", "사진"]
_PIECES = st.sampled_from([
    *captions._CREDIT_END.terms, *agency_forms(),
    *_terms(credits.PICTURE_AGENCIES, credits.CREDIT_TAILS,
                                                credits.GALLERY_TAILS, credits.CAPTION_MARKERS),
    *captions._TOGGLES, "/", " / ", "|",
    "(", ")", "[", "]", ".", ". ", "...", "…", " ", "  ", ",", ":", "Roger L. Wollenberg",
    "Jo Lee", "getty", "UPI", "dpa", "AP", "Reuters", "less", "more"])


@st.composite
def _caption_lines(draw: st.DrawFn) -> str:
    # Prose long enough, at times, to push the credit across the 200-character window.
    prose = " ".join(draw(st.lists(st.sampled_from(_PROSE), max_size=40)))
    tail = "".join(draw(st.lists(_PIECES, min_size=1, max_size=6)))
    joiner = draw(st.sampled_from(["", " ", ". ", " | ", " (", "\n"]))
    return prose + joiner + tail + draw(st.sampled_from(["", " ", ")", " less", "."]))


@SETTINGS
@given(_caption_lines())
def test_split_caption_decides_as_the_plain_version(line: str) -> None:
    assert captions.split_caption(line) == _split_caption_reference(line)


@SETTINGS
@given(st.integers(min_value=150, max_value=260), _PIECES, _PIECES)
def test_split_caption_at_the_edge_of_its_window(size: int, first: str, second: str) -> None:
    # A credit whose intro or slash lies just inside or outside the searched end.
    prose = ("Smoke rose over the harbour as crews worked. " * 8)[:size]
    for line in (f"{prose}{first} Jo Lee/{second}", f"{first}{prose}/AFP",
                 f"{prose} Photo: Jo Lee{'x' * (size - 150)}", f"{prose}{first}{second}"):
        assert captions.split_caption(line) == _split_caption_reference(line)


def test_split_caption_examples_still_hold() -> None:
    assert captions.split_caption("Smoke rises. (Photo: Jo Lee/AFP)") == (
        "Smoke rises.", "Jo Lee/AFP")
    assert captions.split_caption("Smoke rises over the port. Getty Images") is not None
    assert captions.split_caption("Getty Images") == ("", "Getty Images")
    assert captions.split_caption("He went home / she stayed.") is None
    assert captions.split_caption("The photo by Smith won a prize last year.") is None


# --- prompts -----------------------------------------------------------------------------

def test_re_copy_of_the_shapes_takes_every_character_the_original_does() -> None:
    # \d, \s and each cased letter of the shapes under regex.I, against re's versions, over
    # all of Unicode: the re copy must take each character the regex original takes.
    letters = sorted({ch for ch in prompts._SHAPE.pattern.pattern if ch.isalpha()})
    pick = regex.compile(r"[\d\s" + regex.escape("".join(letters)) + "]", regex.I).fullmatch
    digit = re.compile(re_superset(r"\d")).fullmatch
    for ch in map(chr, range(sys.maxunicode + 1)):
        if not pick(ch):
            continue
        if regex.fullmatch(r"\d", ch):
            assert digit(ch), hex(ord(ch))
        if regex.fullmatch(r"\s", ch):
            assert re.fullmatch(r"\s", ch), hex(ord(ch))
        for letter in letters:
            if regex.fullmatch(regex.escape(letter), ch, regex.I):
                assert re.fullmatch(re.escape(letter), ch, re.I), (letter, hex(ord(ch)))


def test_re_superset_translates_digits_in_and_out_of_classes() -> None:
    pattern = re_superset(r"[(\[:]?\s*[\d,.]+\d{2}")
    assert re.fullmatch(pattern, "(12,3\U00010d40\U00010d41")
    assert not re.fullmatch(pattern, "(ab")
    for negated in (r"[^\d]", r"[^a\d]"):
        with pytest.raises(ValueError):
            re_superset(negated)


_SHAPE_LINES = st.from_regex(re.compile(prompts._SHAPE.pattern.pattern, re.I), fullmatch=True)


@SETTINGS
@given(_SHAPE_LINES, st.sampled_from(["", " ", "- ", "[", "\U00010d40", "\u212a"]))
def test_prompt_kind_of_counters_is_the_shapes_verdict(line: str, extra: str) -> None:
    for text in (line, extra + line, line + extra):
        words = prompts.strip_decoration(text)
        if len(text) <= prompts._LONGEST_SHAPE and prompts._SHAPE.fullmatch(words):
            assert prompts.prompt_kind(text) is not None


def test_counters_with_rare_digits_and_folds_are_still_counters() -> None:
    # U+10D40 is a digit to regex but not to re; U+212A (Kelvin) folds to "k".
    for line in ("Comments (\U00010d40\U00010d41)", "12\u212a shares", "Comments (12)"):
        assert prompts._SHAPE.fullmatch(line), line
        assert prompts.prompt_kind(line) == "counter", line
    assert prompts.prompt_kind("Comments on the plan were mixed.") is None


# --- repeated_captions -------------------------------------------------------------------

def test_repeated_captions_needs_min_copies_candidates() -> None:
    cap = "Fans at the stadium in Las Vegas (AP Photo/Jo Lee)"
    fewer = [cap, "The show began.", cap, "It rained.", cap, "The end."]
    assert repeated_captions.MIN_COPIES == 4  # the examples below are built for 4
    assert repeated_captions.repeated_captions(Document.from_blocks(fewer)) == []
    enough = [*fewer, cap, "Then it stopped."]
    cuts = repeated_captions.repeated_captions(Document.from_blocks(enough))
    assert [c.block for c in cuts] == [0, 2, 4, 6]
    assert cuts[0].found is not None and cuts[0].found.caption is not None
