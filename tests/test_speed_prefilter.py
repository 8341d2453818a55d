"""The fast paths that make the text stage fast never change a decision.

The rules a stripper states (``PhraseRule``) are checked once, generically, by
tests/test_rules_registry.py. Here: edge cases of ``Affixes``, the character tables the
prefilters rely on, and the fast paths of ``text.words``, ``normalize`` and ``dateline``
against the plain definitions they replace.
"""

from __future__ import annotations

import importlib
import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.normalize import normalize_line, normalize_text
from newsclean.patterns.agencies import agency_forms
from newsclean.rules.affixes import Affixes
from newsclean.rules.chars import FOLDS_TO_ASCII
from newsclean.text import words as _text

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow


dateline = importlib.import_module("newsclean.text.dateline")
dateline_cjk = importlib.import_module("newsclean.text.dateline_cjk")

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _terms(*tables: dict[str, tuple[str, ...]]) -> list[str]:
    return sorted({t for table in tables for terms in table.values() for t in terms})


# Characters that stress case folding and spacing: letters that fold to ASCII ones,
# cased letters beyond ASCII, spaces a regex takes for \s but str.strip may not.
_ODD = [*FOLDS_TO_ASCII, "é", "É", "ß", "ẞ", "Ж", "ж", "\u00a0", "\t", "\u2009", "“", "’", "—"]
_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u2009 ", "\n"])
_FILLER = st.text(alphabet=st.sampled_from([*"aZ 9.,:;!?()[]/-|*>#", *_ODD]), max_size=12)


@st.composite
def variant(draw: st.DrawFn, term: str) -> str:
    """``term`` as a scraped line may write it: any case, any spacing, odd look-alikes."""
    out = []
    for ch in term:
        if ch == " ":
            out.append(draw(_SPACES))
            continue
        form = draw(st.sampled_from(["same", "upper", "lower", "odd"]))
        if form == "upper":
            out.append(ch.upper() if len(ch.upper()) == 1 else ch)
        elif form == "lower":
            out.append(ch.lower() if len(ch.lower()) == 1 else ch)
        elif form == "odd":
            out.append({"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}.get(ch, ch))
        else:
            out.append(ch)
    return "".join(out)


@st.composite
def line_around(draw: st.DrawFn, terms: list[str]) -> str:
    """A line made of decoration, a (varied) phrase, and text before or after it."""
    term = draw(variant(draw(st.sampled_from(terms))))
    openers = st.sampled_from(["Jo Lee is a ", "Jo Lee is a senior ", "© ", "(c) 2019 ",
                               "jo@example.com ", "("])
    decoration = st.text(alphabet=st.sampled_from(list(" -–—•·|>»#*▶►☞■[(【<")), max_size=4)
    before = draw(st.one_of(st.just(""), decoration, _FILLER, openers))
    after = draw(st.one_of(st.just(""), _FILLER, st.sampled_from(
        [" 2019", ": Seoul", " Jo Lee", ".", " (12)", " |", " less", "…more"])))
    return before + term + after


def test_agency_affixes_compare_whole_names() -> None:
    """Agencies are named "The Canadian Press": the whole name is compared, not "The"."""
    agencies = Affixes.of(agency_forms(), skip="([")
    assert not agencies.may_match("The council approved the budget.")
    assert agencies.may_match("(The Canadian Press)")


def test_folds_to_ascii_and_cjk_cover_all_of_unicode() -> None:
    """The two hand-written character lists, checked against every code point."""
    ascii_letter = regex.compile(r"[a-zA-Z]", regex.I)
    cjk = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    folds, missed = set(), []
    for code in range(0x80, 0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        if ascii_letter.match(ch):
            folds.add(ch)
        if cjk.match(ch) and not _text.MAY_BE_CJK.match(ch):
            missed.append(hex(code))
    assert folds == set(FOLDS_TO_ASCII)
    assert missed == []


def test_affixes_edge_cases() -> None:
    gate = Affixes.of(["Sign up for", "☞", "Tags:"], flags=regex.I, skip="-*☞")
    assert gate.may_match("- - SIGN\tUP for our letter")
    assert gate.may_match("** ☞ Click")  # the decoration may hold a phrase's start
    assert gate.may_match("-\u00a0Tags: x")  # a space strip() does not take: a maybe
    assert not gate.may_match("- Sigma failure")
    assert not gate.may_match("Sig")
    assert not Affixes.of([]).may_match("anything")
    assert Affixes.of([""]).may_match("anything")
    with pytest.raises(ValueError, match="simple case folding"):
        Affixes.of(["x"], flags=regex.I | regex.V1)


_LATIN = st.text(alphabet=st.sampled_from(
    [*"abcXYZ019_ .,'-", *_text._SEPARATORS[:40], "é", "ß", "Ж", "Ω", "İ", "ﬀ", "ǅ", "µ", "ª",
     "中", "한", "ー", "\u0301", "²", "€", "\u200d"]),
    max_size=60)


@SETTINGS
@given(_LATIN)
def test_word_count_and_squash_fast_paths_agree_with_regex(text: str) -> None:
    words = len(_text._WORD.findall(text))
    cjk = len(_text._CJK.findall(text))
    hangul = len(_text._HANGUL.findall(text))
    assert _text.word_count(text) == max(words, cjk // 2, hangul // 2)
    assert _text.squash(text) == " ".join(_text._WORD.findall(text.casefold()))


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"ab.!?。！？…\"'”’»)] \n", "\u00a0"]), max_size=12))
def test_ends_sentence_agrees_with_its_pattern(text: str) -> None:
    pattern = regex.compile(r"[.!?。！？…][\"'”’»)\]]*$")
    assert _text.ends_sentence(text) == bool(pattern.search(text.rstrip()))


_SPACEY = st.text(alphabet=st.sampled_from(
    [*"ab \t\n\r&;", "\u00a0", "\u2028", "\x0b", "\x0c", "\x1c", "\x85", "\u3000"]),
    max_size=30)


@SETTINGS
@given(_SPACEY)
def test_normalize_folds_spaces_as_the_pattern_did(text: str) -> None:
    spaces = re.compile(r"[^\S\n]+")
    chars = normalize_line.__globals__["_chars"]
    assert normalize_line(text) == spaces.sub(" ", chars(text).replace("\n", " ")).strip()
    lines = [spaces.sub(" ", line).strip() for line in chars(text).split("\n")]
    assert normalize_text(text) == re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


@SETTINGS
@given(st.one_of(line_around(sorted(agency_forms())), _LATIN))
def test_dateline_caps_and_cjk_guards_never_reject_a_dateline(text: str) -> None:
    text = "SEOUL, Oct. 24 " + text if text[:1] == "(" else text
    caps = dateline._CAPS_ONLY.match(text)
    if caps and dateline._is_caps_place(caps.group("place")):
        assert dateline._opens_in_capitals(text)
    for grammar in (dateline_cjk._KO, dateline_cjk._JA, dateline_cjk._ZH):
        if grammar.match(text):
            assert text[:1] in dateline_cjk._FIRST_CHARS
