"""The normalizer's shortcuts for tidy text give exactly what the plain rules give.

``normalize_line`` returns a tidy line as it is, ``normalize_text`` folds lines only when a
line has something to fold, and ``drop_invisible`` looks for invisible characters with
substring tests: each is checked here against the rule it stands for, on text built from
the characters those rules care about (every kind of space, invisible characters, entities,
combining marks, line and paragraph separators).
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.normalize import (
    _ENTITY,
    INVISIBLE,
    drop_invisible,
    normalize_line,
    normalize_text,
)
from newsclean.read.plain import _looks_hard_wrapped, text_blocks

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

SETTINGS = settings(max_examples=600, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680",
           "\u2000", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
_PIECES = st.sampled_from([*_SPACES, *INVISIBLE, "a", "Talks", "é", "e\u0301", "\u212b", "ß",
                           "&amp;", "&#8217;", "&nbsp;", "&amp", "& ", "R&D", "\u200d", "\u200e",
                           "東京", ".", "—", "\x07"])
_TEXTS = st.one_of(st.lists(_PIECES, max_size=14).map("".join), st.text(max_size=30))


def _plain_chars(text: str) -> str:
    """What ``normalize._chars`` does, written out without shortcuts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ENTITY.search(text):  # as the normalizer: only text with a whole entity
        text = html.unescape(text)
    text = re.sub(f"[{INVISIBLE}]", "", text)
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u2028", "\n").replace("\u2029", "\n")


def _plain_normalize_line(text: str) -> str:
    return " ".join(_plain_chars(text).split())


def _plain_normalize_text(text: str) -> str:
    text = "\n".join(" ".join(line.split()) for line in _plain_chars(text).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


@SETTINGS
@given(_TEXTS)
def test_normalize_line_equals_the_plain_rule(text: str) -> None:
    assert normalize_line(text) == _plain_normalize_line(text)


@SETTINGS
@given(_TEXTS)
def test_normalize_text_equals_the_plain_rule(text: str) -> None:
    assert normalize_text(text) == _plain_normalize_text(text)


@SETTINGS
@given(_TEXTS)
def test_drop_invisible_equals_the_plain_rule(text: str) -> None:
    assert drop_invisible(text) == re.sub(f"[{INVISIBLE}]", "", text)


def test_a_tidy_line_is_returned_as_it_is() -> None:
    line = "Talks resumed in Seoul on Monday — “calmly,” officials said."
    assert normalize_line(line) is line


def test_lines_that_only_look_tidy_are_still_normalized() -> None:
    assert normalize_line("Seoul\u00a0and Busan") == "Seoul and Busan"
    assert normalize_line("caf\u0065\u0301 talks") == "caf\u00e9 talks"
    assert normalize_line("R&amp;D budget") == "R&D budget"
    assert normalize_line("soft\u00adware") == "software"
    assert normalize_text("One\tline\n\nTwo\u3000lines") == "One line\n\nTwo lines"


@SETTINGS
@given(st.lists(st.one_of(_TEXTS, st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"])),
                max_size=8).map("".join))
def test_text_blocks_split_the_normalized_text_at_blank_lines(text: str) -> None:
    expected: list[str] = []
    for group in _plain_normalize_text(text).split("\n\n"):
        lines = [line for line in group.split("\n") if line]
        if _looks_hard_wrapped(lines):
            expected.append(normalize_line(" ".join(lines)))
        else:
            expected.extend(lines)
    assert text_blocks(text) == expected
