"""The link that closes a person's card when a page's pop-up card is flattened into prose.

Some outlets link a politician's name to a pop-up card: the full name again, then
headlines about them, then a "MORE" link. Flattened, the card lands glued inside the
sentence: "... threatened Rep. Jo LeeJo LeeSenate passes bill | Lee backs plan MORE (D-Ore.)
said ...". ``CARD_ENDS`` are the closing links, written in capitals as the cards print them.
"""

CARD_ENDS: dict[str, tuple[str, ...]] = {
    "en": ("MORE",),
    "de": ("MEHR",),
    "fr": ("PLUS",),
    "es": ("MÁS",),
    "it": ("ALTRO",),
    "pt": ("MAIS",),
    "nl": ("MEER",),
}
