"""excerpts: long paragraphs cut off with a spaced ellipsis, when they come as a list."""

from __future__ import annotations

from newsclean.document import Document
from newsclean.strippers.excerpts import excerpts

CARD = ("The city council met on Tuesday to discuss the plan for the new ferry terminal, and "
        "members of the public were invited to speak about the cost, the route and the")


def cut(lines: list[str]) -> list[int]:
    return [c.block for c in excerpts(Document.from_blocks(lines))]


def test_a_list_of_cut_off_excerpts_goes() -> None:
    assert cut([CARD + " …", "Share", CARD + " [...]", CARD + " […]"]) == [0, 2, 3]


def test_one_cut_off_paragraph_alone_stays() -> None:
    assert cut([CARD + " …", "The vote is expected in March."]) == []


def test_short_trailing_off_paragraphs_stay() -> None:
    assert cut(["Here's the thing …", "But here's the disconnect …", "If you …"]) == []


def test_ellipsis_glued_to_its_word_is_the_writer_s() -> None:
    assert cut([CARD + "…", CARD + "..."]) == []
