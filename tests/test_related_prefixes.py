"""One-line pointers to another story: "Related post: ...", "Also: See ... at ...".
A sentence that opens with "Also" stays."""

from __future__ import annotations

import pytest

import newsclean

BEFORE = "The council met on Tuesday and voted on the budget, after a debate that ran late."
AFTER = "The mayor said she was pleased and that work would start in the spring next year."


@pytest.mark.parametrize(("line", "removed"), [
    ("Related post: Pickled Brussels Sprouts Recipe", True),
    ("Related Story: Mayor resigns after budget vote", True),
    ("Also: See Black Friday coverage at CNET", True),
    ("ALSO: Mayor resigns after vote", True),
    ("Also: the council will meet again next week to vote on the harbour plan.", False),
    ("Also, the council agreed to meet again.", False),
    ("Related posts were removed from the site after the vote, the clerk said.", False),
])
def test_pointer_lines(line: str, removed: bool) -> None:
    article = newsclean.clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert (line not in article.paragraphs) == removed
    assert BEFORE in article.paragraphs and AFTER in article.paragraphs


@pytest.mark.parametrize(("line", "removed"), [
    ("Most read in world news", True),
    ("Popular on IndieWire", True),
    ("Meistgelesen in Politik", True),
    ("More from the hearing: witnesses spoke for hours.", False),
    ("Popular on Twitter, the video was shared a million times.", False),
    ("Trending on social media this week, the clip drew criticism from the council.", False),
])
def test_labels_naming_their_place(line: str, removed: bool) -> None:
    headline = "Seoul, Tokyo agree to share intelligence"
    article = newsclean.clean_text(f"{BEFORE}\n\n{line}\n\n{headline}\n\n{AFTER}")
    assert (line not in article.paragraphs) == removed
    assert (headline not in article.paragraphs) == removed
    assert BEFORE in article.paragraphs and AFTER in article.paragraphs
