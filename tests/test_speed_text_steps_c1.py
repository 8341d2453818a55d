"""The faster ``sign_off``, ``article_head``, ``stamps``, ``disclosures`` and byline parsing
decide exactly as before.

Each shortcut is checked against what it stands for:

- the gates put in front of a pattern (``sign_off``'s credit-role and copyright-mark
  openings, the "no space" and "needs Hangul" tests) never say no where the pattern
  matches, on phrases drawn from the vocabulary in any case, spacing and decoration, and
  on arbitrary text;
- the length bound that spares ``word_count`` (``sign_off._at_most_words``) holds for
  every text, Chinese, Korean and Latin alike;
- ``is_date_line`` with its first-word test answers as the plain token rule, written out
  here as the reference;
- ``parse_byline`` skips folding spaces only for a text that folding leaves as it is;
- ``sign_off`` tries a long line against its shapes before the vocabulary scan: the same
  cuts as the scan first, on documents drawn from lines of every kind.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.patterns.bylines import NAME_SUFFIX_TITLES
from newsclean.patterns.dates import DATE_STAMPS, DATE_WORDS
from newsclean.patterns.signoffs import COPYRIGHT_MARKS, CREDIT_ROLES
from newsclean.text.words import word_count
from tests.test_speed_prefilter import SETTINGS, private_modules
from tests.test_speed_prefilter import variant as _variant

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

sign_off: Any = private_modules("newsclean.strippers.sign_off")
_sign_off_step: Any = importlib.import_module("newsclean.strippers.sign_off")
_sign_off_lines: Any = importlib.import_module("newsclean.strippers.sign_off._lines")
article_head = importlib.import_module("newsclean.text.date_stamps")
byline = importlib.import_module("newsclean.text.byline")


def _terms(*tables: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted({t for table in tables for terms in table.values() for t in terms})


_DECOR = st.text(alphabet=st.sampled_from([" ", "(", "[", "<", "\u00a0", "\t", "-", "*"]),
                 max_size=3)
_TAIL = st.sampled_from(["", " 2019", " 2019 The Associated Press.", ": Reuters",
                         " Jo Lee; Editing by Sam Park", " ⓒ 연합뉴스", ") 2021 Acme"])


@st.composite
def _opening_lines(draw: st.DrawFn, terms: list[str]) -> str:
    """A line opening with one of ``terms`` as a scraped page may write it."""
    return draw(_DECOR) + draw(_variant(draw(st.sampled_from(terms)))) + draw(_TAIL)


_MARK_TERMS = ["©", "ⓒ", "(c)", "(C)", "copyright", "Copyright", "COPYRIGHT",
               *_terms(COPYRIGHT_MARKS)]


@SETTINGS
@given(st.one_of(_opening_lines(_terms(CREDIT_ROLES)), _opening_lines(_MARK_TERMS),
                 st.text(max_size=30)))
def test_sign_off_opening_gates_never_reject_what_the_pattern_matches(text: str) -> None:
    core = text.strip().strip("()[]").strip()
    if sign_off._ROLE.match(core):
        assert sign_off._MAY_ROLE.by_start[core[:2]](core), core
    if sign_off._MARK.match(text):
        assert sign_off._MAY_MARK.by_start[text[:2]](text), text


def test_sign_off_opening_gates_on_traps() -> None:
    for text in ["(c) 2019 Acme", "  <저작권자(c) 연합뉴스", "[Copyright 2019]", "COPYRIGHT:",
                 "ⓒ", "Copyrights ⓒ 2020", "(C) AFP", "© dpa-infocom"]:
        assert sign_off._MARK.match(text), text  # the traps are marks
        assert sign_off._MAY_MARK.by_start[text[:2]](text), text
    for core in ["Reporting by Jo Lee", "REPORTING  BY Jo Lee", "Redaktion: Anna Muster",
                 "Editing by Sam Park"]:
        assert sign_off._ROLE.match(core), core
        assert sign_off._MAY_ROLE.by_start[core[:2]](core), core
    # The gates do say no: a paragraph opening like none of them.
    prose = "The ministry said it would respond on Monday."
    assert not sign_off._MAY_MARK.by_start[prose[:2]](prose)
    assert not sign_off._MAY_ROLE.by_start[prose[:2]](prose)


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


# --- sign_off: the shapes before the vocabulary scan on long lines ------------------------

_BODY = ("The ministry said on Monday that it would respond to the request within a week, "
         "after talks with the unions ended late on Sunday without a deal.")
_POOL = [
    _BODY,
    "Officials in the capital said the storm had passed, and schools would open on Tuesday.",
    "(Reporting by Jo Lee in Seoul; Additional reporting by Ken Sato; Editing by Sam Park)",
    "Associated Press writer Maria Gomez in Madrid contributed to this report.",
    "Contact the reporter at jlee@example.com or follow her @jolee.",
    "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Phil Helsel is a reporter for NBC News based in Los Angeles, covering breaking news.",
    "Her book, Tides, is out now. Follow her on Twitter @jolee.",
    "SOURCE: Al Jazeera News",
    "홍길동 기자 hong@yna.co.kr",
    "칼럼니스트 박생강",
    "(END)",
    "Phil Helsel",
    "www.example.com/jolee",
    "The weekend story of the material edited for video, the writer said, is out now "
    "and will tune in with listeners who follow the end of the text closely.",
    "It rained all day. (Reporting by Jo Lee; Editing by Sam Park)",
    "This is a long closing paragraph written by the desk that mentions jo@example.com "
    "and www.example.com for readers who want to reach the team with tips and comments.",
    "서울에서 회담이 열렸다. 양측은 다음 주에 다시 만나기로 했다고 관계자가 밝혔다.",
]


def _scan_first(i: int, text: str) -> Any:
    return sign_off._line_shape(i, text) if sign_off._MAY_SIGN_OFF.may_contain(text) else None


@SETTINGS
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=10))
def test_sign_off_cuts_as_with_the_scan_first(lines: list[str]) -> None:
    doc = Document.from_blocks(lines)
    fast = _sign_off_step.sign_off(doc)
    original = _sign_off_lines._whole_line
    # The order every line took before, in the step and in its last_paragraph.
    _sign_off_step._whole_line = _sign_off_lines._whole_line = _scan_first
    try:
        plain = _sign_off_step.sign_off(doc)
    finally:
        _sign_off_step._whole_line = _sign_off_lines._whole_line = original
    assert fast == plain


def test_sign_off_whole_line_order_gives_the_same_answer() -> None:
    for text in _POOL:
        assert sign_off._whole_line(0, text) == _scan_first(0, text), text
    assert sign_off._whole_line(0, _POOL[2]) is not None  # long lines are still cut


def test_sign_off_contact_line_limits() -> None:
    short = "Contact the reporter at jlee@example.com."
    assert sign_off._line_shape(0, short).why == "contact"
    long = short + " " + " ".join(["word"] * 30)
    assert sign_off._line_shape(0, long) is None  # too long for a contact line
    assert sign_off._line_shape(0, "Contact the reporter by phone.") is None


