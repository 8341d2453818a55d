"""When the fast extraction looks lost (a menu taken for the body, or too little of the
page), the full cascade runs and the result with more prose and less else is kept."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lxml import etree

from newsclean import extract
from newsclean.extract import body

MENU = "\n".join(["HOME", "NEWS", "SPORTS", "CITY HALL", "CONTACT", "ARCHIVE"] * 30)
STORY = ("The council met on Tuesday and voted to approve the budget for next year.\n"
         "The mayor said work on the new bridge would start in the spring.")


def _result(label: str, text: str) -> SimpleNamespace:
    body = etree.Element("body")
    etree.SubElement(body, "p").text = label
    return SimpleNamespace(text=text, body=body)


@pytest.mark.parametrize(("fast_text", "full_text", "passes", "kept"), [
    (MENU + "\n" + STORY, STORY, [True, False], "full"),  # a menu around the story
    (STORY, STORY + "\nMore text.", [True], "fast"),      # prose: no second pass
    (MENU, MENU + "\n" + MENU, [True, False], "fast"),    # a longer menu is no better
])
def test_retry_keeps_the_result_with_more_prose(monkeypatch, fast_text, full_text, passes,
                                                kept) -> None:
    calls: list[bool] = []

    def fake(tree, *, url, fast):
        calls.append(fast)
        return _result("fast", fast_text) if fast else _result("full", full_text)

    monkeypatch.setattr(body, "_extract", fake)
    page = extract.parse_html("<html><body><p>" + STORY + "</p></body></html>")
    blocks = extract.extract_blocks(page)
    assert calls == passes
    assert [b.text for b in blocks] == [kept]


def test_prose_chars_counts_only_long_lines() -> None:
    assert extract.prose_chars(MENU) == 0
    assert extract.prose_chars(STORY) == len(STORY) - 1  # the newline is not counted
