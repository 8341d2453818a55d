"""Line-level strippers: what they cut, where, and the sentences they must leave alone."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.defaults import default_pipeline
from newsclean.document import Document
from newsclean.strippers.ad_markers import is_ad_label
from newsclean.strippers.duplicates import duplicates
from newsclean.strippers.prompts import prompt_kind
from newsclean.strippers.related import related
from newsclean.strippers.sign_off import credited_authors, sign_off
from newsclean.strippers.trailing import trailing

BODY = "The council approved the budget on Tuesday after a long debate about school funding."
BODY2 = "Officials said the new rail line would open to passengers early next year, after tests."


@pytest.mark.parametrize("label", [
    "Advertisement", "- Advertisement -", "[ ADVERTISEMENT ]", "Anzeige", "Publicité", "Publicidad",
    "Pubblicità", "Publicidade", "Advertentie", "광고", "広告", "广告",
    "Story continues below advertisement",
])
def test_ad_labels_in_every_language(label: str) -> None:
    assert is_ad_label(label)


@pytest.mark.parametrize("line", [
    "Advertisement spending rose 5 percent in the third quarter.",
    "Die Anzeige gegen den Bürgermeister wurde geprüft.",
    "광고 시장 규모가 늘었다.",
])
def test_sentences_about_ads_are_not_labels(line: str) -> None:
    assert not is_ad_label(line)


@pytest.mark.parametrize(("line", "kind"), [
    ("Share this article", "share"), ("Partager", "share"), ("공유하기", "share"),
    ("Sign up for our morning newsletter and get the top stories.", "newsletter"),
    ("Abonnez-vous à notre newsletter", "newsletter"),
    ("Suscríbete a nuestro boletín", "newsletter"),
    ("Iscriviti alla newsletter", "newsletter"), ("Assine a nossa newsletter", "newsletter"),
    ("Schrijf je in voor de nieuwsbrief", "newsletter"),
    ("Follow us on Facebook and Twitter", "follow"), ("Folgen Sie uns auf Instagram", "follow"),
    ("Follow Newsbeat on Instagram, Facebook and YouTube.", "follow"),
    ("We use cookies to improve your experience.", "cookie"),
    ("CLICK HERE TO GET THE FOX NEWS APP", "app"), ("Download the free Courier app", "app"),
    ("Comments (12)", "counter"), ("12 Comments", "counter"), ("Kommentare (3)", "counter"),
    ("댓글 3", "counter"), ("5 min read", "counter"), ("Lesezeit: 3 Min.", "counter"),
    ("Temps de lecture : 4 min", "counter"), ("Image 2 of 5", "counter"),
    ("Leave a comment", "comments"), ("Kommentare", "comments"), ("コメント", "comments"),
    ("Tags: budget, parliament", "taxonomy"), ("Filed under: Politics |", "taxonomy"),
    ("close", "chrome"), ("閉じる", "chrome"),
])
def test_prompts_by_concept(line: str, kind: str) -> None:
    assert prompt_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The newsletter, founded in 1998, has 40,000 readers.",
    "Subscribers to the service grew 5 percent last year.",
    "Follow the money, investigators told the committee.",
    "Comments from residents will be collected until Friday.",
    "Share prices fell sharply after the announcement.",
    "Sharing is hard for young children, the study found.",
    "Click counts on the site doubled, the company said.",
    "6",
    "2019",
    "Loading of the ships began on Monday.",
])
def test_sentences_that_mention_prompts_stay(line: str) -> None:
    assert prompt_kind(line) is None


def test_sign_offs_go_only_after_the_last_paragraph() -> None:
    credits = "(Reporting by Jo Lee in Seoul; Editing by Sam Park)"
    doc = Document.from_blocks([BODY, credits, BODY2, credits, "jlee@example.com",
                                "Copyright 2023 Reuters. All rights reserved."])
    cuts = sign_off(doc)
    assert [(c.block, c.why) for c in cuts] == [(3, "credits"), (4, "contact"), (5, "copyright")]
    assert cuts[2].found is not None and cuts[2].found.source == "Reuters"


def test_glued_credits_and_end_marks_are_cut_as_spans() -> None:
    text = BODY + " (Reporting by Jo Lee; Editing by Sam Park)"
    cut, = sign_off(Document.from_blocks([text]))
    assert cut.why == "credits" and text[: cut.span[0]] == BODY  # type: ignore[index]
    cut, = sign_off(Document.from_blocks([BODY + " (END)"]))
    assert cut.why == "end"


def test_credits_name_reporters_not_editors() -> None:
    assert credited_authors("Reporting by Jo Lee and Ken Sato in Tokyo; Additional reporting by "
                            "Mia Chen; Editing by Sam Park") == ("Jo Lee", "Ken Sato", "Mia Chen")
    assert credited_authors("Editing by Sam Park") == ()


def test_a_copyright_sentence_in_the_body_stays() -> None:
    law = "Copyright law in Europe changed in 2019, the court said on Monday."
    doc = Document.from_blocks([BODY, law])
    assert sign_off(doc) == []


HEADLINES = ["County approves budget for new library branch",
             "High school robotics team heads to world finals",
             "Police seek witnesses after downtown crash"]


def test_a_headline_run_goes_only_at_the_end() -> None:
    at_end = Document.from_blocks([BODY, BODY2, *HEADLINES])
    assert [c.block for c in trailing(at_end)] == [2, 3, 4]
    in_middle = Document.from_blocks([BODY, *HEADLINES, BODY2])
    assert trailing(in_middle) == []


@pytest.mark.parametrize("tail", [
    ["One closing line that reads like a headline"],          # a single line
    ["The titles are:", *HEADLINES],                           # a list the article introduces
    ["- Paintings from the 19th century", "- Photographs of the old harbor"],  # bullets
    ["June 9 – Tampa, FL @ Amphitheatre", "June 10 – Miami, FL @ Arena",
     "June 12 – Atlanta, GA @ Stadium"],                       # rows of one shape
    ["Will the council act before the summer?", "Who will pay for the repairs?"],  # questions
])
def test_lists_and_single_lines_at_the_end_stay(tail: list[str]) -> None:
    assert trailing(Document.from_blocks([BODY, BODY2, *tail])) == []


def test_related_label_takes_its_headlines_but_not_the_body() -> None:
    doc = Document.from_blocks([BODY, "You may also like...", *HEADLINES, BODY2])
    assert [(c.block, c.why) for c in related(doc)] == [
        (1, "label"), (2, "headline"), (3, "headline"), (4, "headline")]


@pytest.mark.parametrize("line", [
    "Read more: Seoul to boost defence spending", "Lire aussi : Le budget adopté",
    "Lee también: Suben los alquileres", "Leggi anche: Bollette in aumento",
    "Leia também: Governo aprova apoio", "Lees ook: Huurprijzen stijgen",
    "Mehr zum Thema: Bahnstreik beendet", "[관련기사] 정부 발표", "【関連記事】米政府が発表",
])
def test_read_more_lines_in_every_language(line: str) -> None:
    assert [c.why for c in related(Document.from_blocks([BODY, line, BODY2]))] == ["read_more"]


def test_more_with_a_dash_is_a_sentence() -> None:
    assert related(Document.from_blocks(["More — much more — is needed."])) == []


def test_repeated_questions_and_table_rows_are_not_duplicates() -> None:
    question = "What kind of food do you like to cook at home for your family on weekends?"
    row = "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp."
    doc = Document.from_blocks([question, "Pasta.", question, "Soup.", row, "Meal 2", row])
    assert duplicates(doc) == []


def test_a_paragraph_repeated_with_its_dateline_is_a_duplicate() -> None:
    doc = Document.from_blocks(["WASHINGTON (Reuters) - " + BODY, BODY2, BODY])
    assert [c.block for c in duplicates(doc)] == [2]


def test_every_stripper_can_be_switched_off_by_name() -> None:
    text = f"Advertisement\n\n{BODY}\n\nShare this article\n\n{BODY2}"
    names = default_pipeline().stage("text")
    assert {s.name for s in names} >= {"prompts", "sign_off", "trailing"}
    kept = newsclean.clean_text(text, pipeline=default_pipeline().without("prompts"))
    assert "Share this article" in kept.paragraphs
    assert "Advertisement" not in kept.paragraphs


def test_reason_codes_are_prefixed_by_the_stripper_name() -> None:
    text = "\n\n".join(["Title of the story here", "By Jane Doe", "SEOUL (Yonhap) -- " + BODY,
                        "Share this article", BODY2, "(Reporting by Jo Lee; Editing by Sam Park)",
                        *HEADLINES])
    art = newsclean.clean_text(text)
    reasons = {r.reason for r in art.removals}
    assert {"prompts.share", "sign_off.credits", "trailing.headline", "dateline.opening",
            "article_head.byline"} <= reasons
    assert all(r.reason.startswith(r.stripper + ".") for r in art.removals)
