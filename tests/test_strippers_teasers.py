"""teasers: all-caps teaser headlines and kicker + headline runs; subheadings stay."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.document import Document
from newsclean.strippers.teasers import teasers

PROSE = "The council voted on Tuesday to build a new ferry terminal on the east side of the harbor."
MORE = "Construction is expected to begin in the spring, once the state signs off on the review."


def cut_texts(lines: list[str]) -> list[str]:
    doc = Document.from_blocks(lines)
    return [doc.blocks[c.block].text for c in teasers(doc)]


def test_caps_teaser_between_paragraphs_goes() -> None:
    teaser = "SINGER CANCELS WORLD TOUR AFTER LOSING HER VOICE ON STAGE IN MADRID"
    assert cut_texts([PROSE, teaser, MORE]) == [teaser]


@pytest.mark.parametrize("line", [
    "WHAT HAPPENS NEXT",                                # a short subheading
    "HOW TO USE A WATER BATH CANNER",                   # seven words: still a subheading
    "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT OF THE PARTY?",  # a question heading
    "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.",
    "BY LISA MASCARO, MARY CLARE JALONICK AND ERIC TUCKER OF THE ASSOCIATED PRESS",
])
def test_caps_lines_that_are_not_teasers_stay(line: str) -> None:
    assert cut_texts([PROSE, line, MORE]) == []


def test_caps_line_before_any_prose_stays() -> None:
    """A title or kicker at the top belongs to the head, not to the teasers."""
    title = "COUNCIL APPROVES NEW FERRY TERMINAL AFTER DECADE OF DEBATE ON THE WATERFRONT"
    assert cut_texts([title, PROSE, MORE]) == []


def test_text_set_in_capitals_throughout_is_left_alone() -> None:
    wire = ["THE COUNCIL VOTED ON TUESDAY TO BUILD A NEW FERRY TERMINAL ON THE EAST SIDE.",
            "CONSTRUCTION WORKERS WILL BEGIN CLEARING THE SITE EARLY NEXT SPRING OFFICIALS SAY",
            "THE TERMINAL WILL COST ABOUT 140 MILLION DOLLARS, THE TRANSPORT DEPARTMENT SAID."]
    assert cut_texts(wire) == []


def test_kicker_run_goes_whole() -> None:
    run = ["SHOCK RESULT", "Underdogs knock champions out of the cup after extra time",
           "Video", "SPACE RACE", "Private lander sends first pictures from the far side"]
    assert cut_texts([PROSE, *run, MORE]) == run


def test_single_kicker_pair_is_a_subheading_and_its_paragraph() -> None:
    lines = [PROSE, "SCORES QUARANTINED", "Dozens placed under observation after contact", MORE]
    assert cut_texts(lines) == []


def test_caps_subheads_over_prose_paragraphs_stay() -> None:
    lines = [PROSE, "THE VOTE", MORE, "THE COST", PROSE + " It will cost $140 million."]
    assert cut_texts(lines) == []


def test_kicker_over_score_lines_stays() -> None:
    """Kickers over numbers (a results table) are not headlines."""
    lines = [PROSE, "GROUP A", "Lakers 112, Thunder 107, Nets 99, Heat 98",
             "GROUP B", "Celtics 120, Bulls 101, Knicks 95, Magic 90", MORE]
    assert cut_texts(lines) == []


def test_clean_text_records_the_reason() -> None:
    teaser = "SINGER CANCELS WORLD TOUR AFTER LOSING HER VOICE ON STAGE IN MADRID"
    art = clean_text("\n\n".join([PROSE, teaser, MORE]))
    assert teaser not in art.text
    assert [r.reason for r in art.removals if r.text == teaser] == ["teasers.caps_headline"]
