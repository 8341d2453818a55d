"""person_cards: pop-up cards flattened into the sentence that names the person; names
written twice on purpose, and capitals in prose, stay."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.document import Document
from newsclean.strippers.person_cards import person_cards


def cleaned(line: str) -> str:
    doc = Document.from_blocks([line])
    spans = sorted(c.span for c in person_cards(doc) if c.span)
    out, pos = [], 0
    for start, end in spans:
        out.append(line[pos:start])
        pos = end
    return "".join(out) + line[pos:]


@pytest.mark.parametrize(("line", "kept"), [
    ("A man admitted threatening Rep. Jo LeeJo LeeSenate passes farm bill | Lee backs port "
     "plan | Ports face audit MORE (D-Ore.), prosecutors said.",
     "A man admitted threatening Rep. Jo Lee (D-Ore.), prosecutors said."),
    ("Gov. Ana RuizAna Maria RuizRuiz signs budget Governor vetoes toll bill MORE said on "
     "Monday that Sen. Tom Okafor-BellTom Okafor-BellOkafor-Bell joins panel MORE agreed.",
     "Gov. Ana Ruiz said on Monday that Sen. Tom Okafor-Bell agreed."),
])
def test_cards_go_and_the_sentence_stays_whole(line: str, kept: str) -> None:
    assert cleaned(line) == kept
    assert clean_text(line).text == kept


@pytest.mark.parametrize("line", [
    "Jo Lee, Jo Lee and again Jo Lee: the crowd chanted the name for MORE than an hour.",
    "The band Duran Duran played MORE songs than planned, fans said on Sunday night.",
    "Rep. Jo LeeJo LeeSenate passes farm bill | Lee backs port plan (D-Ore.) said no.",
    "She spelled it out: NO MORE DELAYS, the banner read over the harbor on Friday.",
])
def test_text_without_the_whole_card_shape_stays(line: str) -> None:
    assert person_cards(Document.from_blocks([line])) == []
