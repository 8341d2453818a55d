"""The per-document candidates of ``captions`` and ``disclosures`` keep every line they cut.

Both steps read closely only the lines their rules' ``candidates`` pick; these tests ask
the per-line helper of every line (fixture inputs, lines built from the vocabularies)
and check that each line it takes was a candidate, and that the steps cut what asking
every line would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.patterns import credits
from newsclean.patterns.agencies import agency_forms
from newsclean.patterns.disclosures import DISCLOSURE_CUES, DISCLOSURE_STARTS
from newsclean.rules.keywords import Keywords
from newsclean.strippers.disclosures import disclosures, is_disclosure
from newsclean.text.caption import caption_candidates, split_caption

FIXTURES = Path(__file__).parent / "fixtures"
_LINES = sorted({line for path in FIXTURES.glob("*/input.txt")
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})


def _terms(*tables: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted({t for table in tables for terms in table.values() for t in terms})


_PIECES = st.sampled_from([
    *agency_forms(), *_terms(credits.PICTURE_AGENCIES, credits.CREDIT_TAILS,
                             credits.GALLERY_TAILS, credits.CAPTION_MARKERS,
                             credits.CREDIT_INTROS, credits.BRACKET_CREDIT_INTROS),
    *_terms(DISCLOSURE_STARTS, DISCLOSURE_CUES), "less", "more", "...", "/", " / ", "|",
    "(", ")", "[", "]", ". ", " ", "  ", "\u00a0", ",", ":", "Jo Lee", "getty", "İ", "é"])


@st.composite
def _lines(draw: st.DrawFn) -> str:
    prose = " ".join(draw(st.lists(st.sampled_from(
        ["The mayor", "spoke", "on Tuesday", "in the port", "“Yes,” she said", "2019", "—"]),
        max_size=45)))
    tail = "".join(draw(st.lists(_PIECES, min_size=1, max_size=5)))
    head = "".join(draw(st.lists(_PIECES, max_size=2)))
    return head + draw(st.sampled_from(["", " ", "- "])) + prose + draw(
        st.sampled_from(["", " ", ". ", " | ", " ("])) + tail + draw(
        st.sampled_from(["", " ", ")", " less", "."]))


def _check(lines: list[str]) -> None:
    picked = set(caption_candidates(lines))
    assert all(i in picked for i, line in enumerate(lines) if split_caption(line) is not None)
    doc = Document.from_blocks(lines)
    assert [c.block for c in disclosures(doc)] == [
        i for i, line in enumerate(lines) if is_disclosure(line)]


def test_fixture_lines_keep_their_captions_and_disclosures() -> None:
    assert len(_LINES) > 300
    _check(_LINES)
    assert any(split_caption(line) for line in _LINES)  # the test sees captions


def test_a_credit_beyond_the_searched_end_is_no_candidate() -> None:
    far = "Smoke (Photo: Jo Lee) " + "and more words " * 20 + "rose."
    assert split_caption(far) is None
    assert caption_candidates([far, "Smoke rises. (Photo: Jo Lee/AFP)"]) == [1]


def test_keywords_candidates_are_the_texts_that_may_hold_a_piece() -> None:
    words = Keywords.of(["affiliate links", "commission"], flags=2)  # regex.I
    texts = ["It rained.", "AFFILIATE  Links", "", "No commission\nhere", "İ", "links"]
    assert words.candidates(texts) == [i for i, t in enumerate(texts) if words.may_contain(t)]


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_lines(), min_size=1, max_size=6))
def test_built_lines_keep_their_captions_and_disclosures(lines: list[str]) -> None:
    _check(lines)
