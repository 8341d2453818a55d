"""Steps declare their stage and reasons; the pipeline rejects a step in the wrong stage and
a removal with an undeclared reason; split_body is a step like the others."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Literal

import pytest
from lxml.html import fromstring

import newsclean
from newsclean import Cut, Document, Pipeline, StripperError
from newsclean.defaults import HTML_STEPS, TEXT_STEPS, default_pipeline
from newsclean.html._prune import Page, Prune
from newsclean.html.share_widgets import share_widgets
from newsclean.pipeline import run_html_stage
from newsclean.step import Step, declaration, html_step, text_step
from newsclean.strippers.ad_markers import ad_markers
from newsclean.strippers.wire_tag import wire_tag

DOCS = Path(__file__).resolve().parents[1] / "docs"
PROSE = "The ferry service resumed on Monday after a week of repairs to the main pier. " * 3


# --- declarations ---------------------------------------------------------------------------

def test_decorators_record_stage_and_reasons_and_keep_the_function() -> None:
    @text_step("caps", "shout")
    def loud(doc: Document) -> list[Cut]:
        return [Cut(0, "caps")]

    @html_step("aside")
    def asides(page: Page) -> list[Prune]:
        return []

    assert loud(Document.from_blocks(["HEY"])) == [Cut(0, "caps")]  # still a plain function
    assert Step.of(loud) == Step("loud", loud, "text", frozenset({"caps", "shout"}))
    assert Step.of(asides).stage == "html" and Step.of(asides).reasons == frozenset({"aside"})
    assert declaration(lambda doc: []) is None


def test_every_default_step_declares_its_stage_and_reasons() -> None:
    steps = default_pipeline().steps
    assert [s.name for s in steps] == [f.__name__ for f in (*HTML_STEPS, *TEXT_STEPS)]
    assert all(s.reasons is not None for s in steps)
    assert {s.stage for s in steps if s.func in HTML_STEPS} == {"html"}
    assert {s.stage for s in steps if s.func in TEXT_STEPS} == {"text"}
    declared = declaration(wire_tag)
    assert declared is not None and "trailing" in declared.reasons


def test_the_reasons_given_on_the_fixtures_are_all_declared() -> None:
    # The runner checks every removal; cleaning real pages and texts must not trip it.
    fixtures = Path(__file__).resolve().parent / "fixtures"
    declared = {s.name: s.reasons for s in default_pipeline().steps}
    seen = 0
    for path in sorted(fixtures.glob("*/input.*")):
        for removal in newsclean.clean(path.read_text(encoding="utf-8")).removals:
            reasons = declared[removal.stripper]
            assert reasons is not None and removal.reason.split(".", 1)[1] in reasons, removal
            seen += 1
    assert seen > 100


# --- wrong stage --------------------------------------------------------------------------

def test_an_html_step_among_text_steps_is_rejected_when_built() -> None:
    with pytest.raises(ValueError, match="'share_widgets' is of stage 'html' .* among the text"):
        default_pipeline().insert_after("captions", share_widgets)
    with pytest.raises(ValueError, match="'share_widgets' is of stage 'html'"):
        default_pipeline().without("share_widgets").append(share_widgets)


def test_a_text_step_among_html_steps_is_rejected_when_built() -> None:
    base = default_pipeline().without("ad_markers")
    with pytest.raises(ValueError, match="'ad_markers' is of stage 'text' .* among the html"):
        base.insert_before("figures", ad_markers)
    with pytest.raises(ValueError, match="'ad_markers' is of stage 'text' .* among the html"):
        base.insert_after("ad_boxes", ad_markers)
    with pytest.raises(ValueError, match="declared a text step, not an html step"):
        base.insert_before("figures", ad_markers, stage="html")
    with pytest.raises(ValueError, match="declared a step of stage 'text'"):
        Pipeline([Step("ad_markers", ad_markers, "html")])


def test_a_plain_callable_takes_the_stage_it_is_given() -> None:
    def drop_asides(page: Page) -> list[Prune]:
        return [Prune(e, "aside") for e in page.tree.iter("aside")]

    pipeline = default_pipeline().insert_before("figures", drop_asides, stage="html")
    assert pipeline.stage("html")[0] == Step("drop_asides", drop_asides, "html")
    with pytest.raises(ValueError, match="'drop_asides' is of stage 'text'"):
        default_pipeline().insert_before("figures", drop_asides)  # a text step by default


# --- undeclared reasons -------------------------------------------------------------------

def test_a_cut_with_an_undeclared_reason_stops_the_run() -> None:
    @text_step("caps")
    def loud(doc: Document) -> list[Cut]:
        return [Cut(i, "shout") for i, b in enumerate(doc.blocks) if b.text.isupper()]

    with pytest.raises(StripperError, match="'loud' gave the reason 'shout', which it does "
                                            r"not declare \(it declares: caps\)"):
        newsclean.clean_text("HEY\n\nQuiet words here.", pipeline=Pipeline([("loud", loud)]))


def test_a_prune_with_an_undeclared_reason_stops_the_run() -> None:
    @html_step("aside")
    def asides(page: Page) -> list[Prune]:
        return [Prune(e, "sidebar") for e in page.tree.iter("aside")]

    tree = fromstring("<div><p>Text.</p><aside>Box</aside></div>")
    with pytest.raises(StripperError, match="html pruner 'asides' gave the reason 'sidebar'"):
        run_html_stage(tree, Pipeline([Step.of(asides)]))


def test_a_plain_callables_reasons_are_not_checked() -> None:
    def loud(doc: Document) -> list[Cut]:
        return [Cut(i, "anything") for i, b in enumerate(doc.blocks) if b.text.isupper()]

    art = newsclean.clean_text("HEY\n\nQuiet words here.", pipeline=Pipeline([("loud", loud)]))
    assert [r.reason for r in art.removals] == ["loud.anything"]


def test_a_wrong_kind_of_decision_names_the_step() -> None:
    @html_step("x")
    def cuts_instead(page: Page) -> list[Cut]:
        return [Cut(0, "x")]

    tree = fromstring("<div><p>Text.</p></div>")
    with pytest.raises(StripperError, match="'cuts_instead' returned .* not a Prune or a Join"):
        run_html_stage(tree, Pipeline([Step.of(cuts_instead)]))


# --- split_body -----------------------------------------------------------------------------

def _split_page() -> str:
    piece = '<div class="article__body"><p>{0} one: ' + PROSE + "</p><p>{0} two: " + PROSE
    piece += "</p></div>"
    return ("<html><body><article><h1>Ferries</h1>" + piece.format("First")
            + '<div class="promo-unit"><p>Subscribe for one dollar a month.</p></div>'
            + piece.format("Second") + "</article></body></html>")


def test_split_body_is_a_named_step_that_can_be_switched_off() -> None:
    assert default_pipeline().stage("html")[-1].name == "split_body"
    joined = newsclean.clean_html(_split_page())
    assert "First one:" in joined.text and "Second two:" in joined.text
    assert "split_body" in joined.pipeline
    assert not any(r.stripper == "split_body" for r in joined.removals)  # it removes nothing
    alone = newsclean.clean_html(_split_page(), pipeline=default_pipeline().without("split_body"))
    assert "First one:" in alone.text and "Second one:" not in alone.text
    assert "split_body" not in alone.pipeline


def test_split_body_decides_and_the_stage_applies() -> None:
    tree = fromstring(_split_page())
    page = Page.of(tree)
    joins = newsclean.defaults.split_body(page)
    assert len(joins) == 1 and len(joins[0].pieces) == 1
    assert len(tree.xpath("//div[@class='article__body']")) == 2  # deciding changed nothing
    run_html_stage(page, default_pipeline().with_only("split_body"))
    (body,) = tree.xpath("//div[@class='article__body']")
    assert "Second two:" in body.text_content()


# --- the docs follow the pipeline's order, written once in newsclean/defaults.py ----------
# A new step needs no docs edit to pass (its module docstring is its first documentation),
# but what the docs list must be real steps, in the order the pipeline runs them.

def _in_pipeline_order(names: list[str], stage: Literal["html", "text"]) -> None:
    order = [s.name for s in default_pipeline().stage(stage)]
    unknown = [n for n in names if n not in order]
    assert not unknown, f"the docs name steps that do not exist: {unknown}"
    assert names == sorted(names, key=order.index), f"docs order {names} is not {order}"


def test_docs_strippers_lists_the_text_steps_in_order() -> None:
    text = (DOCS / "strippers.md").read_text(encoding="utf-8")
    listing = text.split("in this order", 1)[1].split("```", 2)[1]
    _in_pipeline_order([n.strip() for n in listing.split("→")], "text")
    sections = re.findall(r"^## (\w+)$", text, re.M)
    assert set(sections) <= {s.name for s in default_pipeline().stage("text")}, sections


def test_docs_html_stage_lists_the_html_steps_in_order() -> None:
    text = (DOCS / "html-stage.md").read_text(encoding="utf-8")
    order = text.split("\nOrder (", 1)[1].split("\n\n", 1)[0].split(":", 1)[1]
    names = re.findall(r"`(\w+)`", order)
    _in_pipeline_order(names, "html")
    sections = re.findall(r"^### (\w+)$", text, re.M)
    assert set(sections) <= {s.name for s in default_pipeline().stage("html")}, sections


def test_every_default_step_documents_itself_with_an_example() -> None:
    for step in default_pipeline().steps:
        doc = sys.modules[step.func.__module__].__doc__ or ""
        assert ">>>" in doc, f"{step.func.__module__} has no example in its docstring"
