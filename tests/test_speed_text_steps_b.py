"""The faster text steps decide exactly as before.

Three kinds of change made ``captions``, ``prompts``, ``related``, ``notices``,
``dated_captions``, ``stamps``, ``repeated_captions`` and the other steps of this share
faster, and each is checked here:

- prefilters (``rules.affixes.Affixes`` and the gates built on it) never say no where the
  full rule fires: on phrases drawn from the vocabulary in any case, spacing and
  decoration, and on arbitrary text;
- fast paths (``strip_decoration``, the cheap tests moved in front of a call) give what the plain
  definitions give;
- reordered loops (``related``, ``notices``, ``repeated_captions``) cut what the plain loops
  they replace cut, written out here as the reference, on documents drawn from lines of
  every kind.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter, defaultdict
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.document import Cut, Document
from newsclean.patterns import alternation
from newsclean.rules.affixes import Affixes
from newsclean.rules.chars import FOLDS_TO_ASCII, SPACES
from newsclean.strippers.captions import captions as captions_step
from newsclean.strippers.teasers import (
    _CAPS_SHARE,
    _PEEK,
    _is_caps,
    _is_caps_headline,
    _kicker_run,
)
from newsclean.strippers.teasers import teasers as _teasers_step
from newsclean.text import words as _text
from tests.test_speed_prefilter import SETTINGS
from tests.test_speed_prefilter import variant as _variant

notices = importlib.import_module("newsclean.strippers.notices")
related = importlib.import_module("newsclean.strippers.related")
pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

dated_captions = importlib.import_module("newsclean.strippers.dated_captions")
offers = importlib.import_module("newsclean.strippers.offers")
person_cards = importlib.import_module("newsclean.strippers.person_cards")
repeated_captions = importlib.import_module("newsclean.strippers.repeated_captions")

# Characters that stress case folding and spacing (as in test_speed_prefilter.py).
_ODD = [*FOLDS_TO_ASCII, "é", "É", "ß", "Ж", "ж", "\u00a0", "\t", "\u2009", "“", "—", "☞"]


# --- Affixes, on phrases of its own ------------------------------------------------------

_TERM = st.text(alphabet=st.sampled_from([*"abkisAZ -:(", "é", "É", "ß", "Ж", "İ", "ı", "ſ",
                                          "\u212a", "☞", "“", "사"]), min_size=1, max_size=7)
_DECORATION = st.text(alphabet=st.sampled_from([*" -*(☞\t", "\u00a0", "\u2009", "\x1c"]),
                      max_size=4)


@SETTINGS
@given(terms=st.lists(_TERM, min_size=1, max_size=5), ignore_case=st.booleans(),
       skip=st.sampled_from(["", "-*(", "-*(☞"]), at_end=st.booleans(), data=st.data())
def test_affixes_never_rejects_what_the_anchored_pattern_finds(
        terms: list[str], ignore_case: bool, skip: str, at_end: bool, data: Any) -> None:
    flags = regex.I if ignore_case else 0
    gate = Affixes.of(terms, flags=flags, skip=skip, at_end=at_end)
    decoration = "[\\s" + regex.escape(skip) + "]*"
    body = "(?:" + alternation({"x": tuple(terms)}) + ")"
    full = regex.compile(body + decoration + "$" if at_end else "^" + decoration + body, flags)
    term = data.draw(_variant(data.draw(st.sampled_from(terms))))
    around = data.draw(_DECORATION)
    filler = data.draw(st.text(alphabet=st.sampled_from([*"ab .Z", *_ODD]), max_size=6))
    text = data.draw(st.one_of(
        st.just(filler + term + around if at_end else around + term + filler),
        st.text(max_size=12)))
    if full.search(text):
        assert gate.may_match(text), (terms, text)
    if not at_end:  # the hot loops' ways in give the same answer
        assert bool(gate.by_edge[text[:1]](text)) == gate.may_match(text)
        assert bool(gate.by_start[text[:2]](text)) == gate.may_match(text)


def test_affixes_edge_cases_of_the_gates() -> None:
    gate = Affixes.of(["Sign up", "Ärger", "☞ Tipp"], flags=regex.I, skip="-☞")
    assert gate.may_match("SIGN\u00a0UP now")
    assert gate.may_match("ärger") and gate.may_match("ÄRGER")
    assert gate.may_match("- ☞  tipp")  # the phrase starts inside the decoration
    assert gate.may_match("Ｓign up") is False  # a fullwidth letter is no "S"
    assert not gate.may_match("The talks") and not gate.may_match("-- The talks")
    assert gate.may_match("") and gate.may_match("--")  # all decoration: a maybe
    end = Affixes.of(["License Photo"], flags=regex.I, at_end=True)
    assert end.may_match("Smoke. | LICENSE\tphoto" + " " * 200)  # a long run of spaces
    assert not end.may_match("It rained.") and not end.may_match("Photos")
    assert end.may_match("A photo")  # only the last word and the space before it are read


def test_spaces_and_ignore_case_cover_what_regex_takes() -> None:
    """``SPACES`` holds every character ``regex`` takes for ``\\s``; ``re.I`` lets an ASCII
    letter match every character ``regex.I`` does (``_char_class`` relies on both)."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"\s", everything)) <= set(SPACES)
    assert not any(ch.isspace() for ch in everything[0x3001:])
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for ch in [*FOLDS_TO_ASCII, letter.lower(), letter.upper()]:
            if regex.fullmatch(letter, ch, regex.I):
                assert re.fullmatch(letter, ch, re.I), (letter, ch)


# --- Fast paths ---------------------------------------------------------------------------

_LINE = st.text(alphabet=st.sampled_from(
    [*"aZ .-*:|[]()", *_text._DECORATION_CHARS[:20], "\u2028", "\x1c", "\u200b", "\u00a0", "ß",
     "İ", "Ǆ", "\t", "\n"]), max_size=20)


@SETTINGS
@given(_LINE)
def test_strip_decoration_folds_as_splitting_does(text: str) -> None:
    plain = " ".join(text.strip(_text._DECORATION_CHARS).split())
    assert _text.strip_decoration(text) == plain
    assert _text.line_key(text) == plain.casefold()


def _is_caps_reference(text: str) -> bool:
    """``_is_caps`` as it was: characters counted one by one."""
    if len(text) > 300 or any(map(str.islower, text[:_PEEK])):
        return False
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper >= 3 and upper >= _CAPS_SHARE * (upper + lower)


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"aZB 1.", "É", "é", "ǅ", "ß", "İ", "中"]), max_size=40))
def test_teasers_caps_tests_are_the_plain_count(text: str) -> None:
    for line in (text, text.upper(), text.upper() + " a"):
        assert _is_caps(line) == _is_caps_reference(line), line
        assert (not line[1:2].islower() and _is_caps(line)) == _is_caps(line)


# --- Reordered loops, against the plain loops they replace ------------------------------

def _related_reference(doc: Document) -> list[Cut]:
    cuts: list[Cut] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        text = blocks[i].text
        if (related._LABEL.match(text) or related._GLUED.match(text)
                or related._is_placed_label(text)):
            cuts.append(Cut(i, "label"))
            j = i + 1
            while (j < len(blocks) and j - i <= related.MAX_LIST
                   and related._is_list_line(blocks[j].text)):
                cuts.append(Cut(j, "headline"))
                j += 1
            i = j
            continue
        if related._is_read_more(text):
            cuts.append(Cut(i, "read_more"))
        i += 1
    return cuts


def _notices_reference(doc: Document) -> list[Cut]:
    texts = doc.texts
    cuts: list[Cut] = []
    i = 0
    while i < len(texts):
        why = notices.notice_kind(texts[i])
        if why is None:
            i += 1
            continue
        cuts.append(Cut(i, why))
        last = texts[i]
        i += 1
        if (why == "citation" and notices._is_bare_label(last) and i < len(texts)
                and notices._is_title(texts[i])):
            cuts.append(Cut(i, why))
            last = texts[i]
            i += 1
        while i < len(texts) and notices._continues(last, texts[i]):
            cuts.append(Cut(i, why))
            last = texts[i]
            i += 1
    return cuts


def _repeated_captions_reference(doc: Document) -> list[Cut]:
    texts = doc.texts
    lines = [i for i, text in enumerate(texts)
             if not _text.ends_sentence(text) and repeated_captions.MIN_WORDS
             <= _text.word_count(text) <= repeated_captions.MAX_WORDS]
    copies: dict[str, list[int]] = defaultdict(list)
    for i in lines:
        copies[_text.squash(texts[i])].append(i)
    repeated = [found for key, found in copies.items()
                if key and len(found) >= repeated_captions.MIN_COPIES]
    if len(repeated) != 1:
        return []
    found = repeated[0]
    if sum(repeated_captions._next_to_sentence(texts, i) for i in found) * 2 < len(found):
        return []
    first = texts[found[0]].strip()
    return [Cut(i, "caption", found=repeated_captions.Found(
        caption=repeated_captions.Caption(first)) if n == 0 else None)
        for n, i in enumerate(found)]


def _teasers_reference(doc: Document) -> list[Cut]:
    texts = doc.texts
    caps = [_is_caps_reference(t) for t in texts]
    cuts: list[Cut] = []
    seen_prose = False
    i = 0
    while i < len(texts):
        if not seen_prose:
            seen_prose = not caps[i] and _text.is_body_like(texts[i])
            i += 1
            continue
        run = _kicker_run(texts, caps, i)
        if run:
            cuts.extend(Cut(j, "kicker_pair") for j in range(i, i + run))
            i += run
            continue
        if caps[i] and _is_caps_headline(texts[i]):
            cuts.append(Cut(i, "caps_headline"))
        i += 1
    return cuts


_POOL = [
    "Officials said the new rail line would open to passengers early next year.",
    "The council met again on Tuesday.", "Latest Headlines", "Mehr zum Thema:", "Related",
    "Most read in world news", "North Korea fires missile into sea",
    "Seoul, Tokyo agree to share intelligence", "Read more: Seoul to boost defence spending",
    "More — much more — is needed", "Citation:", "Lunar dust samples reveal water history",
    "retrieved 4 May 2019", "from https://example.org/news/lunar-dust.html",
    "This article was originally published on The Conversation. Read the original",
    "article.", "Comments are moderated", "2018 Autumn Festival Performance at the City Park",
    "2018 AUTUMN festival performance, at the city park!", "Crowds came!", "Photo",
    "Rest day: walk for 30 minutes", "Snack: apple and peanut butter", "",
    "SINGER CANCELS WORLD TOUR AFTER LOSING HER VOICE ON STAGE", "SHOCK RESULT", "Video",
    "Underdogs knock champions out of the cup in extra time", "WHAT HAPPENS NEXT",
    "ÉLECTIONS : LE PREMIER MINISTRE ANNONCE SA DÉMISSION APRÈS LE VOTE",
]


@SETTINGS
@given(st.lists(st.sampled_from(_POOL), max_size=14))
def test_reordered_loops_cut_what_the_plain_loops_cut(lines: list[str]) -> None:
    doc = Document.from_blocks(lines)
    assert related.related(doc) == _related_reference(doc)
    assert notices.notices(doc) == _notices_reference(doc)
    assert repeated_captions.repeated_captions(doc) == _repeated_captions_reference(doc)
    assert _teasers_step(doc) == _teasers_reference(doc)


_GALLERY_POOL = ["2018 Autumn Festival Performance at the City Park",
                 "2018 autumn festival performance at the city park!", "Autumn Festival, Park",
                 "Rest day: walk for 30 minutes", "It rained.", "The show began.", "Crowds came!"]


@SETTINGS
@given(st.lists(st.sampled_from(_GALLERY_POOL), max_size=12))
def test_repeated_captions_cuts_what_the_plain_count_cuts(lines: list[str]) -> None:
    doc = Document.from_blocks(lines)
    assert repeated_captions.repeated_captions(doc) == _repeated_captions_reference(doc)


def test_repeated_captions_counts_words_only_of_recurring_lines() -> None:
    """A sketch found four times among short lines, but of lines of the wrong length,
    cuts nothing; the right lines four times between sentences go."""
    cap = "2018 Autumn Festival Performance at the City Park"
    short = "Autumn Festival, Park"  # four words: too short to be a gallery caption
    lines = [cap, "It rained.", short, "Crowds came.", cap, "It ended.", cap, "Ok.", cap, "x."]
    cut = repeated_captions.repeated_captions(Document.from_blocks(lines))
    assert [c.block for c in cut] == [0, 4, 6, 8]
    assert Counter(c.why for c in cut) == {"caption": 4}


def test_captions_count_words_only_of_caption_lines() -> None:
    """A credit closing a line of more than 80 words is no caption; one of 80 is."""
    credit = " (Photo: Jo Lee/AFP)"
    for words, cut in ((81, False), (80, True)):
        line = " ".join(["word"] * (words - 3)) + "." + credit
        assert bool(captions_step(Document.from_blocks([line]))) is cut, words

