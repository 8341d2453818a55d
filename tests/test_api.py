"""The public API: accepted inputs, bad input, the Article record and the Pipeline."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import Article, Cut, Document, Pipeline, default_pipeline

UPI = """Advertisement

SEOUL, Oct. 24 (UPI) -- Former officials met with diplomats for two days over the weekend.

The talks were informal, according to one of the delegates who took part in them."""

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Talks resume | The Daily</title></head>
<body><article><h1>Talks resume</h1>
<p>Former officials met with diplomats for two days in Kuala Lumpur over the weekend, a
gathering that one delegate described as marked by progress.</p>
<p>The talks were informal, according to one of the delegates who took part in them, and
no government sent an official representative.</p>
<p>Advertisement</p>
<p>The next round is planned for the spring, the delegate said, though no date is set.</p>
</article></body></html>"""


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"html": "x"}, object()])
def test_clean_rejects_other_types_naming_the_accepted_ones(bad) -> None:
    with pytest.raises(TypeError, match="str .*bytes.*BeautifulSoup.*lxml"):
        newsclean.clean(bad)


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t", b"", b"  \n", "<html></html>"])
def test_empty_input_gives_an_empty_article(empty) -> None:
    art = newsclean.clean(empty)
    assert isinstance(art, Article)
    assert art.text == "" and art.paragraphs == ()
    assert art.warnings


def test_plain_text_is_detected_and_cleaned() -> None:
    art = newsclean.clean(UPI)
    assert art.paragraphs[0].startswith("Former officials met")
    assert art.dateline and art.dateline.location == "SEOUL"
    assert art.source == "UPI"
    assert [r.reason for r in art.removals] == ["ad_markers.line", "dateline.opening"]


@pytest.mark.parametrize("kind", ["str", "bytes", "bs4", "lxml"])
def test_html_in_every_accepted_form(kind) -> None:
    if kind == "str":
        source: object = PAGE
    elif kind == "bytes":
        source = PAGE.encode("utf-8")
    elif kind == "bs4":
        from bs4 import BeautifulSoup

        source = BeautifulSoup(PAGE, "html.parser")
    else:
        from lxml import html

        source = html.fromstring(PAGE)
    art = newsclean.clean(source)
    assert any(p.startswith("Former officials met") for p in art.paragraphs)
    assert "Advertisement" not in art.paragraphs
    assert art.title and art.title.startswith("Talks resume")


def test_bytes_in_a_legacy_charset_are_decoded() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "Kuala Lumpur", "Kuala Lumpur’s café")
    art = newsclean.clean(page.encode("windows-1252"))
    assert "café" in art.text


def test_article_is_frozen_and_serializes() -> None:
    art = newsclean.clean(UPI)
    with pytest.raises(AttributeError):
        art.text = "changed"  # type: ignore[misc]
    data = json.loads(art.to_json())
    assert data["dateline"] == {"location": "SEOUL", "date_text": "Oct. 24", "agency": "UPI"}
    assert data["removals"][0]["reason"] == "ad_markers.line"
    assert data["version"] == newsclean.__version__
    assert data["pipeline"] == list(default_pipeline().names)


def test_text_is_paragraphs_joined_by_one_blank_line() -> None:
    art = newsclean.clean(UPI)
    assert art.text == "\n\n".join(art.paragraphs)


def test_pipeline_without_and_with_only() -> None:
    kept = newsclean.clean_text(UPI, pipeline=default_pipeline().without("ad_markers"))
    assert kept.paragraphs[0] == "Advertisement"
    only = default_pipeline().with_only("dateline")
    assert only.names == ("dateline",)
    assert newsclean.clean_text(UPI, pipeline=only).paragraphs[0] == "Advertisement"


def test_unknown_step_names_raise_key_error_listing_valid_ones() -> None:
    with pytest.raises(KeyError, match="valid names: .*ad_markers"):
        default_pipeline().without("no_such_step")
    with pytest.raises(KeyError):
        default_pipeline().insert_after("nope", lambda doc: [])


def test_custom_stripper_insert_replace_and_reorder() -> None:
    def drop_quiet(doc: Document) -> list[Cut]:
        return [Cut(i, "quiet") for i, b in enumerate(doc.blocks) if "informal" in b.text]

    pipeline = default_pipeline().insert_after("captions", drop_quiet)
    assert pipeline.names.index("drop_quiet") == pipeline.names.index("captions") + 1
    art = newsclean.clean_text(UPI, pipeline=pipeline)
    assert [r.reason for r in art.removals if r.stripper == "drop_quiet"] == ["drop_quiet.quiet"]
    assert not any("informal" in p for p in art.paragraphs)

    replaced = default_pipeline().replace("ad_markers", lambda doc: [])
    assert newsclean.clean_text(UPI, pipeline=replaced).paragraphs[0] == "Advertisement"
    html, text = (tuple(s.name for s in default_pipeline().stage(st)) for st in ("html", "text"))
    backwards = (*reversed(html), *reversed(text))
    assert default_pipeline().reorder(*backwards).names == backwards


def test_pipeline_is_immutable_value() -> None:
    base = default_pipeline()
    smaller = base.without("duplicates")
    assert "duplicates" in base.names and "duplicates" not in smaller.names
    assert base == default_pipeline() and hash(base) == hash(default_pipeline())
    with pytest.raises(ValueError, match="unique"):
        Pipeline([("a", lambda d: []), ("a", lambda d: [])])


def test_a_broken_custom_stripper_is_named_in_the_error() -> None:
    def broken(doc: Document) -> list[Cut]:
        raise RuntimeError("boom")

    with pytest.raises(newsclean.StripperError, match="'broken'"):
        newsclean.clean_text(UPI, pipeline=default_pipeline().append(broken))

    def bad_index(doc: Document) -> list[Cut]:
        return [Cut(99, "x")]

    with pytest.raises(newsclean.NewscleanError, match="block 99"):
        newsclean.clean_text(UPI, pipeline=Pipeline([("bad_index", bad_index)]))


def test_span_cut_keeps_the_rest_and_records_the_span() -> None:
    def cut_first_word(doc: Document) -> list[Cut]:
        return [Cut(0, "word", span=(0, 5))] if doc.blocks[0].text.startswith("Hello") else []

    art = newsclean.clean_text("Hello brave new world.", pipeline=Pipeline([("w", cut_first_word)]))
    assert art.text == "brave new world."
    assert art.removals[0].text == "Hello" and not art.removals[0].whole_block


def test_results_are_deterministic() -> None:
    assert newsclean.clean(UPI) == newsclean.clean(UPI)
