"""captions: credits in lower case in brackets, and credits glued to the caption's full stop;
with the sentences of articles that end in brackets or a slash and must stay."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.text.caption import split_caption

PROSE = "The port authority said on Tuesday that traffic had doubled since the new quay opened."


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Dock workers wait at the gate of the port (Image: getty )",
     "Dock workers wait at the gate of the port", "getty"),
    ("Dockworkers at the gate [Photo: shutterstock]", "Dockworkers at the gate", "shutterstock"),
    ("Hafenarbeiter am Tor (Foto: privat)", "Hafenarbeiter am Tor", "privat"),
    ("Sen. Jo Lee, D-Ore., speaks at the Capitol on July 25, 2019.Ana Ruiz / AP file",
     "Sen. Jo Lee, D-Ore., speaks at the Capitol on July 25, 2019.", "Ana Ruiz / AP"),
    ("The senator speaks in Denver.AP Photo/Jo Lee", "The senator speaks in Denver.",
     "AP Photo/Jo Lee"),
    ("Der Hafen von Hamburg am Morgen. Jan Ott/dpa Archiv", "Der Hafen von Hamburg am Morgen.",
     "Jan Ott/dpa"),
])
def test_credit_forms_split_off(line: str, caption: str, credit: str) -> None:
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Sales rose 3% in the quarter (Source: company filings)",   # a source, not a credit
    "The minister answered the question in French (in French)",
    "He rang the U.S.Army base at 5 p.m. and left a message for the commander.",
    "It was all in the file.",
    "He said the results were (photo finish) close, and the count went on past midnight.",
    "Shares of Acme rose after the report.AP Photo editors said nothing about it.",
])
def test_article_sentences_stay(line: str) -> None:
    assert split_caption(line) is None


def test_caption_with_bracketed_credit_moves_to_captions() -> None:
    art = clean_text(f"{PROSE}\n\nDock workers wait at the gate (Image: getty )\n\n{PROSE}")
    assert "Dock workers" not in art.text
    assert [(c.text, c.credit) for c in art.captions] == [
        ("Dock workers wait at the gate", "getty")]
