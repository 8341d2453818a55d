"""repeated_captions: one caption repeated between the story's sentences; plan rows stay."""

from __future__ import annotations

from newsclean import clean_text
from newsclean.document import Document
from newsclean.strippers.repeated_captions import repeated_captions

CAPTION = "2018 Autumn Festival Performance at the City Park [The Palace]"
SENTENCES = ["Crowds of people came to the park to see the opening ceremony!",
             "The show began at six, just as the sun went down behind the stage.",
             "Dancers in traditional dress opened the evening with a court dance.",
             "The drummers closed the night to loud applause from the crowd."]


def cut(lines: list[str]) -> list[int]:
    return [c.block for c in repeated_captions(Document.from_blocks(lines))]


def interleave(line: str) -> list[str]:
    return [part for sentence in SENTENCES for part in (line, sentence)]


def test_gallery_caption_between_sentences_goes_every_copy() -> None:
    assert cut(interleave(CAPTION)) == [0, 2, 4, 6]


def test_caption_is_captured_once() -> None:
    art = clean_text("\n\n".join(interleave(CAPTION)))
    assert [c.text for c in art.captions] == [CAPTION]
    assert art.paragraphs == tuple(SENTENCES)


def test_three_copies_are_not_enough() -> None:
    assert cut(interleave(CAPTION)[:6]) == []


def test_meal_plan_rows_stay() -> None:
    """A plan repeats several rows: none of them is a gallery's caption."""
    rows = ["Breakfast: oatmeal with berries and a glass of milk",
            "Lunch: chicken salad with tomatoes and cucumber"]
    days = [f"Day {n}: drink eight glasses of water and walk for an hour." for n in range(1, 6)]
    lines = [part for day in days for part in (day, *rows)]
    assert cut(lines) == []


def test_repeated_line_among_rows_not_sentences_stays() -> None:
    lines = [part for n in range(5) for part in (f"Week {n} schedule", CAPTION, f"Room {n}")]
    assert cut(lines) == []
