"""dated_captions: wire-photo captions known by their closing full date; prose stays."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.strippers.dated_captions import is_dated_caption


@pytest.mark.parametrize("line", [
    "Former Gov. Jane Doe, left, speaks with a voter during a campaign stop, Tuesday, "
    "Nov. 19, 2019, in Columbia, S.C.",
    "Los Angeles Lakers' star dunks during the first half of the team's game against the "
    "Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.",
    "Workers unload aid from a truck at the border crossing, Monday, Nov. 18, 2019.",
    "El presidente saluda a sus seguidores durante un acto de campaña, el martes 19 de "
    "noviembre de 2019, en Madrid.",
])
def test_dated_captions(line: str) -> None:
    assert is_dated_caption(line)


@pytest.mark.parametrize("line", [
    "On Tuesday, Nov. 19, 2019, the appeals court upheld the law, the lawyers said.",
    "The appeals court heard the case again. The ruling came on Tuesday, Nov. 19, 2019, "
    "in Albany.",
    "1:39 am EST, Wednesday, November 20, 2019",
    "The vote was held on Tuesday, officials said.",
])
def test_prose_and_stamps_stay(line: str) -> None:
    assert not is_dated_caption(line)


def test_repeated_caption_is_captured_once() -> None:
    caption = "Fans cheer as the team arrives at the airport, Sunday, Nov. 17, 2019, in Las Vegas."
    body = "The team returned home on Sunday after winning the title, the club said in a statement."
    art = clean_text("\n\n".join([caption, body, caption]))
    assert art.paragraphs == (body,)
    assert [c.text for c in art.captions] == [caption]
