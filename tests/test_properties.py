"""Properties of ``clean_text`` that hold for any input (hypothesis).

- every word of the output was in the input (nothing is invented);
- every word of the input is in the output or in a recorded removal (nothing is lost
  without a record);
- cleaning the cleaned text again changes nothing (idempotence);
- no input makes it raise.

Documents are built from the pieces scraped news text is made of (prose paragraphs,
headlines, ad labels, prompts, captions, datelines, bylines, sign-offs, Korean and
Chinese wire openings) in any order, plus arbitrary Unicode text.
"""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.normalize import normalize_text
from newsclean.read import prepare

_WORD = regex.compile(r"\w+")

PROSE = (
    "The council approved the budget on Tuesday after a long debate about school funding.",
    "Officials said the new rail line would open to passengers early next year.",
    "\"We are not in a hurry,\" the governor told reporters after the meeting.",
    "Advertisement spending rose 5 percent in the third quarter, the group said.",
    "The latest headlines show that voters are tired of the long campaign.",
    "정부는 20일 내년부터 전기차 충전소를 두 배로 늘리는 계획을 발표했다.",
    "Die Bundesregierung will den Ausbau von Ladesäulen stärker fördern, hieß es am Mittwoch.",
    "国务院20日发布通知，要求加快建设新能源汽车充电设施。",
    "Yes.",
    "Thank you.",
)
JUNK = (
    "Advertisement", "Anzeige", "광고", "Share this article", "Comments (12)", "5 min read",
    "Sign up for our newsletter and get the top stories.", "Latest Headlines",
    "Lire aussi : Le budget",
    "Photo: Jo Lee/Reuters", "Smoke over the port. (Photo: Jo Lee/AFP)", "By Jane Doe and Sam Park",
    "(Reporting by Jo Lee; Editing by Sam Park)",
    "Copyright 2023 The Associated Press. All rights reserved.",
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "hong@yna.co.kr", "(END)", "6",
    "Who will replace the retiring fire chief?", "Police seek witnesses after downtown crash",
    "Council approves new budget for city parks", "Published Oct. 24, 2016 9:14 AM ET",
)
OPENINGS = (
    "", "WASHINGTON (Reuters) - ", "SEOUL, Oct. 24 (UPI) -- ", "(서울=연합뉴스) 홍길동 기자 = ",
    "Madrid, 3 may (EFE).- ", "(CNN) — ", "新华社北京11月20日电（记者 张三）", "【ワシントン共同】",
)
CLOSINGS = ("", " (Yonhap)", " -- AFP", "（共同）")

_pieces = st.sampled_from(PROSE + JUNK) | st.text(min_size=1, max_size=60)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A scraped text: pieces in any order; a dateline may open a prose paragraph before
    them, an agency tag may close one after them (where wire copy puts both)."""
    blocks = draw(st.lists(_pieces, min_size=0, max_size=14))
    opening = draw(st.sampled_from(OPENINGS))
    if opening:
        blocks.insert(draw(st.integers(0, min(2, len(blocks)))),
                      opening + draw(st.sampled_from(PROSE[:8])))
    closing = draw(st.sampled_from(CLOSINGS))
    if closing:
        blocks.append(draw(st.sampled_from(PROSE[:8])) + closing)
    separator = draw(st.sampled_from(["\n\n", "\n"]))
    return separator.join(blocks)


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def _as_seen(text: str) -> str:
    """The text the strippers are given: sanitized, mojibake repaired, normalized."""
    prepared = prepare(text, decode=False).source
    assert isinstance(prepared, str)
    return normalize_text(prepared)


_settings = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(documents())
def test_output_words_come_from_the_input(text: str) -> None:
    art = newsclean.clean_text(text)
    assert not _words(art.text) - _words(_as_seen(text))


@_settings
@given(documents())
def test_every_input_word_is_kept_or_recorded(text: str) -> None:
    art = newsclean.clean_text(text)
    accounted = _words(art.text)
    for removal in art.removals:
        accounted.update(_words(removal.text))
    assert accounted == _words(_as_seen(text))


@_settings
@given(documents())
# Found by this test: a title repeated below the body, cut once the title is known (after
# ``trailing`` ran), bared a closing run of headlines; a closing "-- AFP" made a Korean
# sentence read as a caps teaser, and cutting it bared a "Reporting by" line.
@example("0:AA:0\n\nWASHINGTON (Reuters) - The council approved the budget on Tuesday "
         "after a long debate about school funding.\n\nWho will replace the retiring fire "
         "chief?\n\nPolice seek witnesses after downtown crash\n\n0:AA:0")
@example("Advertisement\n\n0\t0:AÀ\n\nWASHINGTON (Reuters) - The council approved the "
         "budget on Tuesday after a long debate about school funding.\n\nWho will replace the "
         "retiring fire chief?\n\n0\t0:AÀ\n\nPolice seek witnesses after downtown crash")
@example("The council approved the budget on Tuesday after a long debate about school "
         "funding.\n\n(Reporting by Jo Lee; Editing by Sam Park)\n\n정부는 20일 내년부터 "
         "전기차 충전소를 두 배로 늘리는 계획을 발표했다. -- AFP")
@example("Ü®0Â\t")  # ftfy left "Ü®" beside the no-break space it made of "Â ", not beside a space
@example("Ä®Â\t0")  # ftfy read "Â " (the tab once cleaned) as mojibake, not "Â\t"
def test_cleaning_is_idempotent(text: str) -> None:
    once = newsclean.clean_text(text)
    twice = newsclean.clean_text(once.text)
    assert twice.paragraphs == once.paragraphs, [r.reason for r in twice.removals]


@_settings
@given(st.text(max_size=400))
def test_no_text_makes_it_raise(text: str) -> None:
    art = newsclean.clean_text(text)
    assert isinstance(art.text, str)
