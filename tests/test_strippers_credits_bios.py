"""sign_off: loose credit lines, bios, promotion, the author's name at the foot and a press
release's company paragraphs; with the closing lines of articles that must stay."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.document import Document, Metadata
from newsclean.strippers.sign_off import (
    company_paragraphs,
    credited_authors,
    is_credit_line,
    is_promotion,
    sign_off,
)

PROSE = "The port authority said on Tuesday that traffic had doubled since the new quay opened."
MORE = "Officials expect the second phase of the project to be finished by the end of next year."


def cuts(lines: list[str], *, authors: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    doc = Document.from_blocks(lines)
    if authors:
        doc = Document(doc.blocks, meta=Metadata(authors=authors))
    return [(doc.blocks[c.block].text, c.why) for c in sign_off(doc)]


@pytest.mark.parametrize(("line", "names"), [
    ("(Reporting by Ana Ruiz, Tom Okafor, Lee Min-jun, with reporting by Eva Kraus and "
     "Omar Haddad, editing by Paul Grant.)",
     ("Ana Ruiz", "Tom Okafor", "Lee Min-jun", "Eva Kraus", "Omar Haddad")),
    ("Reporting by Ana Ruiz with additional reporting by Eva Kraus and editing by Paul Grant",
     ("Ana Ruiz", "Eva Kraus")),
    ("Reporting by Ana Ruiz; additional reporting by Eva Kraus; Editing by Paul Grant",
     ("Ana Ruiz", "Eva Kraus")),
    ("Additional reporting by Eva Kraus", ("Eva Kraus",)),
])
def test_loose_credit_lines_go_and_name_the_reporters(line: str, names: tuple[str, ...]) -> None:
    assert is_credit_line(line.strip("()."))
    assert credited_authors(line.strip("().")) == names
    assert cuts([PROSE, MORE, line]) == [(line, "credits")]


def test_glued_loose_credit_is_cut_as_a_span() -> None:
    art = clean_text(f"{PROSE}\n\n{MORE} (Reporting by Ana Ruiz, editing by Paul Grant.)")
    assert art.text.endswith("by the end of next year.")
    assert art.authors == ("Ana Ruiz",)


@pytest.mark.parametrize("line", [
    "Reporting by local media, with reporting by the agency, suggested the toll was higher.",
    "Editing by hand, with help from volunteers, took the archive three years.",
])
def test_sentences_opening_like_credits_stay(line: str) -> None:
    assert cuts([PROSE, MORE, line]) == []


def test_bio_with_address_in_brackets_goes_and_names_the_author() -> None:
    bio = ("Mara Quist (mara@example.org) is the editor and publisher of The Harbor Review, "
           "and a senior staff writer with Port Weekly. She also runs a shipping blog.")
    (text, why), = cuts([PROSE, MORE, bio])
    assert why == "bio"
    art = clean_text(f"{PROSE}\n\n{MORE}\n\n{bio}")
    assert "Mara Quist" in art.authors and "Harbor Review" not in art.text


@pytest.mark.parametrize("line", [
    "John Smith is an analyst at the bank and said the figures pointed to a slowdown.",
    "Mara Quist is a nurse at the city hospital, where she has worked for twenty years.",
    "Mara Quist is the author of the report, which found that most ports were full.",
])
def test_last_paragraphs_about_a_source_stay(line: str) -> None:
    assert cuts([PROSE, MORE, line]) == []


@pytest.mark.parametrize("line", [
    "Dan Pike's book about the search for alien life, \"Out There\" (Harbor Press, 2018), "
    "is out now. Follow him on Twitter @danpike. Follow us on Twitter @harbornews.",
    "Listen to Morning Report live at 12:45 and 17:45 weekdays - or listen back here.",
    "How to listen to The Harbor Podcast",
    "Ihr Buch über die Hanse ist jetzt erschienen. Folgen Sie ihr auf Twitter.",
])
def test_promotion_lines_at_the_end_go(line: str) -> None:
    assert is_promotion(line)
    assert cuts([PROSE, MORE, line]) == [(line, "promo")]


@pytest.mark.parametrize("line", [
    "The album is out now.",                             # the article's own last word
    "Listen to the people, the mayor told the council before the vote.",
    "Listen to what the residents say, she said, and you will hear anger about the fees.",
    "Follow-up inspections are planned for the spring, the authority said.",
])
def test_closing_lines_that_only_look_like_promotion_stay(line: str) -> None:
    assert not is_promotion(line)
    assert cuts([PROSE, MORE, line]) == []


def test_author_name_alone_at_the_foot_goes_when_a_bio_names_them() -> None:
    lines = [PROSE, MORE, "Mara Quist", "Mara Quist is a reporter for Harbor News."]
    assert cuts(lines) == [("Mara Quist is a reporter for Harbor News.", "bio"),
                           ("Mara Quist", "byline")]


def test_author_name_alone_at_the_foot_goes_when_the_byline_named_them() -> None:
    assert cuts([PROSE, MORE, "Mara Quist"], authors=("Mara Quist",)) == [("Mara Quist", "byline")]


def test_a_name_line_without_support_stays() -> None:
    """A closing name with no byline, credit or bio naming it may be the article's own
    (a signature under a letter, a poem's author)."""
    assert cuts([PROSE, MORE, "Mara Quist"]) == []
    assert cuts([PROSE, MORE, "Mara Quist"], authors=("Tom Okafor",)) == []


COMPANY = ["Brightwave is a leading provider of harbor sensors for ports in Europe and Asia. "
           "The company's mission is to make every berth visible in real time.",
           "Brightwave is headquartered in Ghent, Belgium, and employs around 600 people "
           "worldwide. Its shares are listed on Euronext Brussels."]


def test_company_paragraphs_closing_a_press_release_go() -> None:
    lines = [PROSE, MORE, "About Brightwave", *COMPANY]
    assert company_paragraphs(lines, 4) == [2, 3, 4]
    art = clean_text("\n\n".join(lines))
    assert art.text == f"{PROSE}\n\n{MORE}"
    assert [r.reason for r in art.removals] == ["sign_off.about"] * 3


@pytest.mark.parametrize("last", [
    "Brightwave is a leading supplier of sensors, and its shares rose 4% on the news.",
    "Brightwave was founded in 2009 by two engineers from the port of Ghent.",
])
def test_one_company_sentence_closing_an_article_stays(last: str) -> None:
    assert cuts([PROSE, MORE, last]) == []


def test_a_text_all_about_a_company_is_the_article() -> None:
    assert cuts(COMPANY) == []


def test_sign_offs_are_stable_when_cleaned_again() -> None:
    text = "\n\n".join([PROSE, MORE, "Mara Quist", "Mara Quist is a reporter for Harbor News.",
                        "Listen to Morning Report live at 12:45 weekdays - or listen back here.",
                        *COMPANY])
    once = clean_text(text).text
    assert clean_text(once).text == once == f"{PROSE}\n\n{MORE}"
