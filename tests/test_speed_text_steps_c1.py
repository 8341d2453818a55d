"""The faster ``sign_off``, ``article_head``, ``stamps``, ``disclosures`` and byline parsing
decide exactly as before.

Each shortcut is checked against what it stands for (the rules' own prefilters are checked
by tests/test_rules_registry.py):

- ``sign_off``'s "no space" and "needs Hangul" tests never say no where the pattern
  matches, and its rules take the marks and roles a scraped page writes;
- the length bound that spares ``word_count`` (``sign_off._at_most_words``) holds for
  every text, Chinese, Korean and Latin alike;
- ``is_date_line`` with its first-word test answers as the plain token rule, written out
  here as the reference;
- ``parse_byline`` skips folding spaces only for a text that folding leaves as it is.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.patterns.bylines import NAME_SUFFIX_TITLES
from newsclean.patterns.dates import DATE_STAMPS, DATE_WORDS
from newsclean.text.words import word_count
from tests.test_speed_prefilter import SETTINGS

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow


def private_modules(package: str) -> Any:
    """A step package's private modules (its rules, split by concern) read as one module:
    the names these tests check, wherever the split put them."""
    path = importlib.import_module(package).__path__
    return SimpleNamespace(**{name: value for info in pkgutil.iter_modules(path)
                              for name, value in vars(importlib.import_module(
                                  f"{package}.{info.name}")).items()})


sign_off: Any = private_modules("newsclean.strippers.sign_off")
article_head = importlib.import_module("newsclean.text.date_stamps")
byline = importlib.import_module("newsclean.text.byline")


def _terms(*tables: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted({t for table in tables for terms in table.values() for t in terms})


def test_sign_off_marks_and_roles_on_traps() -> None:
    for text in ["(c) 2019 Acme", "  <저작권자(c) 연합뉴스", "[Copyright 2019]", "COPYRIGHT:",
                 "ⓒ", "Copyrights ⓒ 2020", "(C) AFP", "© dpa-infocom"]:
        assert sign_off.is_copyright_line(text), text  # the traps are marks
    for text in ["Copyright law protects authors.", "(C) is a letter.", "Ⓒ 2019"]:
        assert not sign_off.is_copyright_line(text), text
    for core in ["Reporting by Jo Lee", "REPORTING  BY Jo Lee", "Redaktion: Anna Muster",
                 "Editing by Sam Park"]:
        assert sign_off.opens_with_role(core), core
    assert not sign_off.opens_with_role("The ministry said it would respond on Monday.")


def _pieces(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


_URLISH = _pieces([*"ab_.-/@:", "com", "www.", "https://", " ", "\u00a0", "(", ")", "[", "]"],
                  14)


@SETTINGS
@given(_URLISH)
def test_sign_off_url_only_line_holds_no_space(text: str) -> None:
    core = text.strip().strip("()[]").strip()
    if sign_off._URL_ONLY.fullmatch(text.strip()):
        assert " " not in core, text


@SETTINGS
@given(st.builds(lambda a, t, b: a + t + b, _pieces([*"ab Z,·", "김", "철수"], 4),
                 st.sampled_from(_terms(NAME_SUFFIX_TITLES)),
                 _pieces([*"ab Z,·", "김", "철수"], 4)))
def test_sign_off_suffixed_byline_needs_text_beyond_ascii(text: str) -> None:
    if sign_off._SUFFIXED.match(text):
        assert not text.isascii(), text
    ascii_only = text.encode("ascii", "ignore").decode()
    assert sign_off._SUFFIXED.match(ascii_only) is None


_ANY_SCRIPT = st.text(alphabet=st.sampled_from([*"ab Z9_.,-'", "é", "ж", "東", "京", "서",
                                                "울", "カ", "\u00a0", "—", "’", "\t"]),
                      max_size=60)


@SETTINGS
@given(_ANY_SCRIPT, st.integers(min_value=0, max_value=40))
def test_at_most_words_is_the_count(text: str, most: int) -> None:
    assert word_count(text) <= (len(text) + 1) // 2  # the bound the shortcut stands on
    assert sign_off._at_most_words(text, most) == (word_count(text) <= most)


def _plain_is_date_line(text: str) -> bool:
    """``article_head.is_date_line`` as it was before its first-word test."""
    if len(text) > 90:
        return False
    tokens = article_head._TOKEN.findall(text.casefold())
    if len(tokens) == 1 and tokens[0] in article_head._STAMPS:
        return True
    has_number = any(t.isdigit() for t in tokens)
    has_word = any(not t.isdigit() for t in tokens)
    if not (has_word or article_head._NUMERIC_DATE.search(text)):
        return False
    return has_number and all(t.isdigit() or t in article_head._DATE_WORDS for t in tokens)


_DATE_TOKENS = _terms(DATE_WORDS, DATE_STAMPS)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_DATE_TOKENS), st.sampled_from(["5", "19", "2019"]),
                          st.sampled_from(["Chapter", "Él", "x", "Nov.", "·", "—", "İ"])),
                min_size=1, max_size=5),
       st.sampled_from([" ", ", ", " - ", ":", "/"]),
       st.sampled_from([str, str.upper, str.title, str.lower]))
def test_is_date_line_answers_as_the_plain_rule(words: list[str], glue: str, case: Any) -> None:
    text = case(glue.join(words))
    assert article_head.is_date_line(text) == _plain_is_date_line(text), text


def test_is_date_line_on_traps() -> None:
    for text in ["Updated", "Published Oct. 24, 2016 9:14 AM ET", "Oct. 24 was cold.",
                 "Chapter 5", "05/10/2018", "2019", "Updated 5 min ago", "UPDATED: Nov. 19, 2019",
                 "입력 2019.11.20 14:03", "- 12:30 -", "Tuesday 5"]:
        assert article_head.is_date_line(text) == _plain_is_date_line(text), text
    assert article_head.is_date_line("Updated 5 min ago")
    assert not article_head.is_date_line("Chapter 5")


def test_printable_text_is_folded_as_it_is() -> None:
    # parse_byline skips folding a printable text with single inner spaces: no printable
    # character but U+0020 is one that ``str.split`` parts at.
    parted = [ch for ch in map(chr, range(sys.maxunicode + 1))
              if ch.isprintable() and ch != " " and ch.split() != [ch]]
    assert parted == []


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"Bby JoLee,-", " ", "\u00a0", "\t", "\n", "é"]),
               max_size=30))
def test_parse_byline_folds_spaces_as_before(text: str) -> None:
    assert byline.parse_byline(text) == byline.parse_byline(" ".join(text.split()))


def test_sign_off_contact_line_limits() -> None:
    short = "Contact the reporter at jlee@example.com."
    assert sign_off._whole_line(0, short).why == "contact"
    long = short + " " + " ".join(["word"] * 30)
    assert sign_off._whole_line(0, long) is None  # too long for a contact line
    assert sign_off._whole_line(0, "Contact the reporter by phone.") is None


