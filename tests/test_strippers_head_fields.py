"""article_head: a line of fields (date, byline, category, tags) under the title, a fact box
that is not a title, and, for HTML input, a headline worded unlike the page's title."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.document import Block, Document, Metadata
from newsclean.strippers.article_head import article_head, head_byline, is_fact_box

PROSE = "The port authority said on Tuesday that traffic had doubled since the new quay opened."
MORE = "Officials expect the second phase of the project to be finished by the end of next year."


@pytest.mark.parametrize(("line", "authors"), [
    ("05/10/2018 - Publicado por: Ana Ruiz - Categoria: Saúde - Tags: clínica", ("Ana Ruiz",)),
    ("Posted by: Jo Lee | Category: Health", ("Jo Lee",)),
    ("12.03.2021 · Veröffentlicht von Jan Ott", ("Jan Ott",)),
])
def test_field_line_under_the_title_is_the_byline(line: str, authors: tuple[str, ...]) -> None:
    parsed = head_byline(line)
    assert parsed is not None and parsed.authors == authors
    art = clean_text(f"Port traffic doubles after new quay opens\n\n{line}\n\n{PROSE}\n\n{MORE}")
    assert art.text == f"{PROSE}\n\n{MORE}"
    assert art.title == "Port traffic doubles after new quay opens"
    assert art.authors == authors


@pytest.mark.parametrize("line", [
    "Health - Jo Lee - Clinics",                          # no date or category label
    "Jo Lee - Ana Ruiz",                                   # two names: not one byline
    "Paris - Berlin - Rome: the summer's best night trains",
])
def test_lines_with_dashes_that_are_not_fields_have_no_byline(line: str) -> None:
    assert head_byline(line) is None


@pytest.mark.parametrize("line", [
    "Tested by: Jo Lee RRP: £23.99 More info: www.example.co.uk",
    "Price: $199 Battery: 12 hours Weight: 240 g",
    "Full schedule at https://example.org/schedule for the season",
])
def test_fact_box_opening_a_review_is_not_taken_for_its_title(line: str) -> None:
    assert is_fact_box(line)
    art = clean_text(f"{line}\n\n{PROSE}\n\n{MORE}")
    assert art.text.startswith(line)
    assert art.title is None


@pytest.mark.parametrize("line", [
    "Brexit: What happens next", "Amazon.com shares jump after earnings beat",
    "Q&A: Why the port is full",
])
def test_headlines_are_not_fact_boxes(line: str) -> None:
    assert not is_fact_box(line)


def html_doc(first: str) -> Document:
    blocks = (Block(first, "heading"), Block(PROSE), Block(MORE))
    return Document(blocks, meta=Metadata(title="Port traffic doubles | Harbor News"))


def test_headline_worded_unlike_the_page_title_goes() -> None:
    doc = html_doc("Traffic at the port has doubled since the quay opened")
    assert [(c.block, c.why) for c in article_head(doc)] == [(0, "heading")]


@pytest.mark.parametrize("first", [
    "Wireless earbuds for $39.99",        # an item of a deals page
    "Harbor crane kit – 49,95 €",
])
def test_first_heading_naming_a_priced_item_stays(first: str) -> None:
    assert article_head(html_doc(first)) == []


def test_first_heading_over_a_list_stays() -> None:
    blocks = (Block("Best night trains", "heading"), Block("Paris to Berlin", "list_item"),
              Block("Vienna to Rome", "list_item"), Block(PROSE))
    doc = Document(blocks, meta=Metadata(title="Night trains | Harbor News"))
    assert article_head(doc) == []
