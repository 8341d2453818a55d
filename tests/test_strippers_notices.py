"""notices: citation, reprint and comment-policy notices, with the lines they wrap onto."""

from __future__ import annotations

import pytest

from newsclean.document import Document
from newsclean.strippers.notices import notice_kind, notices

PROSE = "The team sampled sponge grounds at depths of up to 1,200 meters, the study said."


def cut(lines: list[str]) -> list[tuple[int, str]]:
    return [(c.block, c.why) for c in notices(Document.from_blocks(lines))]


def test_citation_block_with_its_wrapped_lines() -> None:
    lines = [PROSE, "Citation:", "Sponges store carbon for centuries (2019, November 18)",
             "retrieved 20 November 2019", "from https://example.org/news/sponges.html",
             "Provided by"]
    assert cut(lines) == [(1, "citation"), (2, "citation"), (3, "citation"), (4, "citation")]


def test_copyright_notice_wrapped_over_two_lines() -> None:
    lines = [PROSE, "This document is subject to copyright. Apart from any fair dealing, no",
             "part may be reproduced without the written permission.", PROSE]
    assert cut(lines) == [(1, "reprint"), (2, "reprint")]


def test_wrap_stops_at_a_line_that_ends_a_sentence_before_it() -> None:
    lines = [PROSE, "This article was originally published on The Conversation.",
             "researchers said the samples were old."]  # lowercase, but the notice ended
    assert cut(lines) == [(1, "reprint")]


@pytest.mark.parametrize("line,kind", [
    ("Dieser Artikel erschien zuerst bei der Lokalzeitung.", "reprint"),
    ("Cet article a été initialement publié sur le site du journal.", "reprint"),
    ("Zitiervorschlag: Müller, A. (2019): Der Hafen.", "citation"),
    ("Comments are moderated and may take a while to appear.", "comment_policy"),
    ("ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados.", "comment_policy"),
    ("Note: we are temporarily moderating all comments to deal with spam.", "comment_policy"),
])
def test_notices_in_several_languages(line: str, kind: str) -> None:
    assert notice_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The citation issued to the landlords in 2018 was also upheld, the court said.",
    "This article of the constitution was first published in 1791.",
    "Comments from residents will be reviewed by the housing board in January.",
    "This story was first told to reporters by the tenants' lawyer.",
])
def test_article_sentences_that_mention_notices_stay(line: str) -> None:
    assert notice_kind(line) is None


def test_bare_label_does_not_take_a_body_paragraph() -> None:
    body = ("The court found that the landlords had been warned twice before the fine was "
            "imposed, and that the fine was lawful.")
    assert cut([PROSE, "Citation:", body]) == [(1, "citation")]
