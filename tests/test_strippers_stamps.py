"""stamps: publication and update stamps after the first paragraph; bare times stay."""

from __future__ import annotations

import pytest

from newsclean.document import Document
from newsclean.strippers.stamps import is_stamp, stamps

PROSE = "The storm reached the coast at 10 p.m. on Tuesday, officials said in a statement."


@pytest.mark.parametrize("line", [
    "UPDATED: Tue., Nov. 19, 2019",
    "Updated at 1:23 p.m.",
    "Published 10:02 AM EST Nov 19, 2019",
    "sexta-feira, 22 de outubro de 2010 às 20:13",
    "Atualizado em 22/10/2010 às 21h40",
    "Aktualisiert am 19.11.2019 um 14:03 Uhr",
    "Pubblicato il 19 novembre 2019 alle 14:03",
    "Bijgewerkt op 19 november 2019 om 14:03",
    "수정 2019.11.20 14:03",
    "입력 2019년 11월 20일 오후 2시 3분",
    "November 20, 2019 / 1:07 AM",
])
def test_stamps(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    "10 p.m.",                       # a live blog's entry heading
    "Tuesday, Nov. 19",              # a timeline's day heading
    "Nov. 19, 2019",                 # a date alone
    "Updated rules take effect on Nov. 19, 2019.",
    "The update came at 1:23 p.m. on Nov. 19, 2019, officials said.",
    "2019",
])
def test_not_stamps(line: str) -> None:
    assert not is_stamp(line)


def test_stamps_above_the_first_paragraph_are_left_to_article_head() -> None:
    doc = Document.from_blocks(["UPDATED: Tue., Nov. 19, 2019", PROSE, "Updated at 1:23 p.m."])
    assert [c.block for c in stamps(doc)] == [2]
