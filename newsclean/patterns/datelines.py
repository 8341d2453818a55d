"""Capitalized words that open a paragraph like a dateline place but are not places.

"BREAKING: ...", "UPDATE -- ...": kickers and labels, never ``Dateline.location``.
"""

NOT_PLACES: dict[str, tuple[str, ...]] = {
    "en": ("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE",
           "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "CORRECTION", "CLARIFICATION",
           "EDITOR'S NOTE", "NOTE", "FACT CHECK", "VIDEO", "PHOTOS", "AUDIO", "PODCAST",
           "REVIEW", "INTERVIEW", "Q", "A", "I", "OK", "FILE", "NEW", "URGENT", "FLASH",
           "ALERT", "SPOILER", "WARNING", "TL;DR", "FAQ", "RELATED", "READ MORE", "SOURCE",
           "SOURCES", "CREDIT", "CREDITS", "PHOTO", "CAPTION"),
    "de": ("EILMELDUNG", "KOMMENTAR", "ANALYSE", "INTERVIEW"),
    "fr": ("URGENT", "EXCLUSIF", "ANALYSE", "TRIBUNE", "DIRECT"),
    "es": ("ÚLTIMA HORA", "EXCLUSIVA", "ANÁLISIS", "OPINIÓN"),
}

# A wire or network desk named after the agency inside the dateline's parentheses:
# "Hong Kong (CNN Business) -- ...", "(Reuters Health) - ...".
AGENCY_DESKS: dict[str, tuple[str, ...]] = {
    "en": ("Business", "Money", "Health", "Sport", "Sports", "Travel", "Style", "Politics",
           "Entertainment", "Tech", "Markets", "Breaking"),
    "es": ("Español", "Deportes"),
}
