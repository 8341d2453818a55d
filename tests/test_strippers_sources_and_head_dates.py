"""sign_off: a closing "SOURCE: Al Jazeera News" line; article_head: a date line above the
story when the page's markup already gave the title (HTML input)."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.document import Block, Document, Metadata
from newsclean.strippers.article_head import article_head
from newsclean.strippers.sign_off import sign_off

PROSE = "The port authority said on Tuesday that traffic had doubled since the new quay opened."
MORE = "Officials expect the second phase of the project to be finished by the end of next year."


@pytest.mark.parametrize(("line", "source"), [
    ("SOURCE: Al Jazeera News", None),
    ("Source: Reuters", "Reuters"),
    ("Sources: News agencies", None),
    ("Quelle: dpa", "dpa"),
    ("Fuente: EFE.", "EFE"),
    ("(Fonte: Agência Brasil)", "Agência Brasil"),
])
def test_closing_source_line_goes(line: str, source: str | None) -> None:
    art = clean_text(f"{PROSE}\n\n{MORE}\n\n{line}")
    assert art.text == f"{PROSE}\n\n{MORE}"
    assert [r.reason for r in art.removals] == ["sign_off.source"]
    assert art.source == source


@pytest.mark.parametrize("line", [
    # A sentence after the label is the article's own words.
    "Source: the data show that unemployment rose in every region of the country this year.",
    "Sources say the talks could resume as early as next week, though nothing is settled.",
    "Source code for the tool is published under an open licence on the project's site.",
])
def test_source_like_sentences_stay(line: str) -> None:
    art = clean_text(f"{PROSE}\n\n{MORE}\n\n{line}")
    assert art.text.endswith(line)


def test_source_line_inside_the_story_stays() -> None:
    doc = Document.from_blocks([PROSE, "Source: Reuters", MORE])
    assert sign_off(doc) == []


def _known_head(*texts: str) -> Document:
    return Document(blocks=tuple(Block(t) for t in texts),
                    meta=Metadata(title="Port traffic doubles after new quay opens"))


@pytest.mark.parametrize("line", [
    "UPDATED: Tue., Nov. 19, 2019",
    "sexta-feira, 22 de outubro de 2010 às 20:13",
    "기사입력 :[ 2018-08-25 15:24 ]",
    "Veröffentlicht am 12. März 2021, 14:05 Uhr",
])
def test_date_line_above_the_story_goes_when_the_title_is_known(line: str) -> None:
    cuts = article_head(_known_head(line, PROSE, MORE))
    assert [(c.block, c.why) for c in cuts] == [(0, "date")]


@pytest.mark.parametrize("texts", [
    ("10 p.m.", "The late film is a restored print of the 1959 classic, shown uncut.", MORE),
    (PROSE, "Nov. 19, 2019", MORE),  # below the first paragraph: a stamp, for ``stamps``
    ("Oct. 24", PROSE, MORE),  # no year: may head a diary or a schedule
])
def test_times_and_dates_that_are_not_the_head_stamp_stay(texts: tuple[str, ...]) -> None:
    assert article_head(_known_head(*texts)) == []
