"""One byline vocabulary, read alike in text and on pages.

A line of text goes through ``parse_byline`` (is it a byline, and whom does it name?), a
page's byline element through ``html.authors.read_byline``; both read the tables of
``patterns.bylines``, so an intro known to one is known to the other.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.html.authors import author_names, read_byline
from newsclean.patterns import html_meta
from newsclean.patterns.bylines import BYLINE_INTROS, BYLINE_LABELS
from newsclean.text.byline import parse_byline

_BODY = ("<p>The city plans to build about forty kilometres of new bike lanes by 2026, the "
         "transport authority said on Tuesday.</p><p>Part of the work will be paid for by the "
         "regional government, a spokesman for the authority said.</p>")


def _page(byline: str) -> str:
    return (f"<html><body><article><h1>Bike lanes to double</h1>{byline}{_BODY}"
            "</article></body></html>")


def _text(byline: str) -> str:
    return ("Bike lanes to double\n\n" + byline + "\n\nThe city plans to build about forty "
            "kilometres of new bike lanes by 2026, the transport authority said on Tuesday.")


@pytest.mark.parametrize(("line", "name"), [
    ("Ein Beitrag von Jo Lee", "Jo Lee"),
    ("Publié par Jean Dupont", "Jean Dupont"),
    ("Opinion by Jo Lee", "Jo Lee"),
])
def test_text_and_pages_give_the_name_not_the_phrase(line: str, name: str) -> None:
    parsed = parse_byline(line)
    assert parsed is not None and parsed.authors == (name,)
    assert read_byline(line) == ((name,), False)
    assert newsclean.clean_text(_text(line)).authors == (name,)
    page = newsclean.clean_html(_page(f'<div class="byline">{line}</div>'))
    assert page.authors == (name,)
    assert line not in page.text


@pytest.mark.parametrize("intro", sorted({t for terms in BYLINE_INTROS.values() for t in terms}))
def test_every_intro_introduces_a_name_in_both_readers(intro: str) -> None:
    parsed = parse_byline(f"{intro} Jo Lee")
    assert parsed is not None and parsed.authors == ("Jo Lee",)
    assert author_names(f"{intro} Jo Lee") == ("Jo Lee",)


@pytest.mark.parametrize("label", sorted({t for terms in BYLINE_LABELS.values() for t in terms}))
def test_a_label_with_its_colon_introduces_a_name_in_both_readers(label: str) -> None:
    parsed = parse_byline(f"{label}: Jo Lee")
    assert parsed is not None and parsed.authors == ("Jo Lee",)
    assert author_names(f"{label}: Jo Lee") == ("Jo Lee",)


@pytest.mark.parametrize("line", [
    "Text messages show the deal was agreed in May",
    "Author Talks About New Book",
])
def test_a_label_without_its_colon_is_no_byline_in_text(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", [
    "Opinion Polls Show Close Race",
    "By The End Of The Year",
    "Da Nang Welcomes Tourists",
])
def test_headlines_are_no_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", [
    "By the end of the year, prices had risen by a third.",
    "Opinion polls show a clear majority in favour of the plan.",
])
def test_sentences_are_no_bylines_in_text_or_on_pages(line: str) -> None:
    assert parse_byline(line) is None
    article = newsclean.clean_text(_text(line))
    assert article.authors == ()
    assert line in article.paragraphs
    page = newsclean.clean_html(_page(f"<p>{line}</p>"))
    assert page.authors == ()
    assert line in page.paragraphs


@pytest.mark.parametrize(("line", "names"), [
    ("By Jo Lee and Sam Park", ("Jo Lee", "Sam Park")),
    ("BY JO LEE AND SAM PARK", ("Jo Lee", "Sam Park")),
    ("Di Mario Rossi ed Anna Bianchi", ("Mario Rossi", "Anna Bianchi")),
    ("By Ed Smith", ("Ed Smith",)),
    ("By John E Smith", ("John E Smith",)),
])
def test_joiners_split_names_but_not_initials(line: str, names: tuple[str, ...]) -> None:
    assert author_names(line) == names
    parsed = parse_byline(line)
    assert parsed is not None
    assert tuple(n.title() if n.isupper() else n for n in parsed.authors) == names


def test_page_vocabulary_holds_no_byline_words() -> None:
    # The page tables say where a byline stands, never how it reads.
    byline_tables = {"BYLINE_INTROS", "NAME_JOINERS", "ROLE_WORDS", "ROLE_AFFIXES",
                     "STAFF_ENDINGS", "NOT_PEOPLE", "BYLINE_STOPS", "NAME_ARTICLES"}
    assert byline_tables.isdisjoint(vars(html_meta))
