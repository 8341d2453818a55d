"""person_cards: a person's pop-up card flattened into the sentence that names them.

A page that links a name to a pop-up card (the full name, headlines about the person, a
"MORE" link) leaves, once flattened, the card glued inside the sentence::

    ... to kill Rep. Jo LeeJo LeeSenate passes farm bill | Lee backs plan MORE (D-Ore.), ...

The card goes as a span (reason ``person_cards.card``), the sentence stays whole: "...
threatened to kill Rep. Jo Lee (D-Ore.), ...". Recognized only in that shape: a name, the
same name again at once with its first names (no space between), headlines glued to it,
and a closing link in capitals (``CARD_ENDS`` in newsclean/patterns/person_cards.py)
within ``MAX_CARD`` characters. A name written twice with a space between, or a card
without its closing link, stays.

Disable it for texts where a glued repeated name is wanted as it is.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["Police said he threatened Rep. Jo LeeJo LeeSenate passes "
...                             "farm bill | Lee backs plan MORE (D-Ore.) in March."])
>>> cut, = person_cards(doc)
>>> doc.texts[0][:cut.span[0]] + doc.texts[0][cut.span[1]:]
'Police said he threatened Rep. Jo Lee (D-Ore.) in March.'
"""

from __future__ import annotations

from newsclean.document import Cut, Document
from newsclean.patterns import alternation
from newsclean.patterns.person_cards import CARD_ENDS
from newsclean.rules import PhraseRule
from newsclean.step import text_step

MAX_CARD = 800
"""Longest card: the full name and four or five headlines."""
# "LeeJo Lee" + "Senate passes ..." + " MORE": the surname, glued to the full name that
# ends with it, glued to the first headline; then the closing link.
_CARD = PhraseRule.expression(
    r"(?P<last>\p{Lu}[\p{L}'’\-]*\p{Ll})"
    r"(?P<card>\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}?\s+(?P=last)(?=\p{Lu})"
    r"[^\n]{1," + str(MAX_CARD) + r"}?\s(?:" + alternation(CARD_ENDS) + r"))(?![\p{L}\d])",
    holds=CARD_ENDS, lead=r"\s", name="person_cards.card")


@text_step("card")
def person_cards(doc: Document) -> list[Cut]:
    """Cut each person's card glued into a paragraph, as a span."""
    texts = doc.texts
    return [Cut(i, "card", span=card.span("card"))
            for i in _CARD.candidates(texts) for card in _CARD.finditer(texts[i])]
