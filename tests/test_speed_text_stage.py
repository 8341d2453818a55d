"""The text stage's shortcuts decide exactly as the plain code did (no timed tests here).

- ``duplicates.comparison_keys`` squashes only the blocks that may repeat: its keys must
  relate blocks exactly as the squashed cores do;
- the memoized helpers forget everything once a document is done;
- the default pipeline is built once and is the same pipeline as ``default_pipeline()``.
"""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import api
from newsclean.defaults import default_pipeline
from newsclean.document import Document
from newsclean.pipeline import Pipeline
from newsclean.text import words as _text
from newsclean.text.memo import forget

pytestmark = pytest.mark.slow  # property and equivalence tests: CI runs them with -m slow

duplicates = importlib.import_module("newsclean.strippers.duplicates")

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Paragraph cores and the dress a copy may wear: a dateline, an agency tag, other case and
# punctuation, letters whose casefolding brings ASCII ("ß" -> "ss", Kelvin sign -> "k").
_CORES = ["The talks resumed on Monday.", "the talks resumed on monday", "Straße gesperrt.",
          "STRASSE gesperrt", "Дождь идёт.", "ДОЖДЬ ИДЁТ!", "\u212aiev is calm.", "kiev is calm",
          "“Quoted,” he said.", "quoted he said", "...", "", "東京で会談が開かれた。",
          "Fußball", "FUSSBALL", "ﬁne", "fine", "1 2 3"]
_DRESS = st.sampled_from([("", ""), ("SEOUL, Oct. 24 (Yonhap) -- ", ""), ("", " (Yonhap)"),
                          ("WASHINGTON (Reuters) - ", " -- Reuters"), ("  ", "  ")])


@st.composite
def _block(draw: st.DrawFn) -> str:
    before, after = draw(_DRESS)
    return before + draw(st.sampled_from(_CORES)) + after


@SETTINGS
@given(st.lists(st.one_of(_block(), st.text(max_size=20)), max_size=12))
def test_comparison_keys_relate_blocks_as_squashed_cores_do(texts: list[str]) -> None:
    keys = duplicates.comparison_keys(texts)
    full = [_text.squash(_text.body_core(t)) for t in texts]
    forget()
    for i in range(len(texts)):
        assert bool(keys[i]) == bool(full[i]), texts[i]
        for j in range(len(texts)):
            assert (keys[i] == keys[j]) == (full[i] == full[j]), (texts[i], texts[j])


def test_a_copy_in_other_case_and_dress_is_still_found() -> None:
    long = "The ministry said the new rail line would open to passengers early next year."
    copy = "SEOUL, Oct. 24 (Yonhap) -- " + long.upper().replace(".", "!") + " (Yonhap)"
    doc = Document.from_blocks([long, "Other news of the day, told in full sentences.", copy])
    assert [c.block for c in duplicates.duplicates(doc)] == [2]


def test_memoized_helpers_forget_each_document() -> None:
    art = newsclean.clean_text("Share this article\n\nThe talks resumed on Monday in Seoul, "
                               "officials said, after a break of two weeks over the budget.")
    assert art.paragraphs[-1].startswith("The talks resumed")
    for helper in (_text.word_count, _text.squash, _text.body_core, _text.is_body_like):
        assert helper.cache_info().currsize == 0, helper


def test_memoized_helpers_answer_as_the_plain_functions() -> None:
    texts = ["WASHINGTON (Reuters) - The Fed held rates on Wednesday, as markets expected.",
             "Yes.", "Talks will resume, he said. (Yonhap)", "서울에서 회담이 열렸다", ""]
    for text in texts * 2:  # the second time from memory
        for helper in (_text.word_count, _text.squash, _text.body_core, _text.is_body_like):
            assert helper(text) == helper.__wrapped__(text), (helper, text)
    forget()


def test_default_pipeline_is_built_once_and_is_the_default() -> None:
    assert api._default_pipeline() is api._default_pipeline()
    assert api._default_pipeline() == default_pipeline()
    assert newsclean.clean_text("It rained.").pipeline == default_pipeline().names


def test_step_names_must_still_be_unique() -> None:
    def step(doc: Document) -> list[object]:
        return []

    with pytest.raises(ValueError, match="repeated: a, b"):
        Pipeline([("a", step), ("b", step), ("a", step), ("b", step), ("c", step)])


_MIXED = st.text(alphabet=st.sampled_from(
    [*"abcXYZ019_ .,'-", "ß", "ẞ", "\u212a", "ſ", "İ", "ı", "ﬁ", "é", "É", "Ж", "Ω", "µ", "ª",
     "’", "“", "—", "\u00a0", "中", "한", "\u0301", "²"]), max_size=40)


@SETTINGS
@given(_MIXED)
def test_sketch_is_the_ascii_of_the_squashed_text(text: str) -> None:
    squashed = _text.squash.__wrapped__(text).encode()
    assert _text.squash_sketch(text) == bytes(b for b in squashed if b < 128 and b != 32)


def _caps_as_it_was(text: str) -> bool:
    teasers = importlib.import_module("newsclean.strippers.teasers")
    if any(ch.islower() for ch in text[:6]) or len(text) > 300:
        return False
    upper = sum(ch.isupper() for ch in text)
    lower = sum(ch.islower() for ch in text)
    return upper >= 3 and upper >= teasers._CAPS_SHARE * (upper + lower)


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"aAbZ 1.-", "ª", "ß", "É", "é", "ǅ", "Ж"]), max_size=14))
def test_caps_test_answers_as_it_did(text: str) -> None:
    teasers = importlib.import_module("newsclean.strippers.teasers")
    assert teasers._is_caps(text) == _caps_as_it_was(text)
