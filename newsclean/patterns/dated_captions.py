"""The date clause that wire-photo captions end with, as regular expressions by language.

News-photo captions name the full date, weekday and year included, then the place:
"..., speaks during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C." Article
prose says "on Tuesday" and leaves out the year of the current story, so a paragraph that
*ends* with this clause is a caption. Each entry matches the clause up to the end of the
paragraph (a place may follow).
"""

CAPTION_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
"""The weekdays the clauses name, as written there (one of them is in every clause)."""


def _days(language: str) -> str:
    return "(?:" + "|".join(CAPTION_WEEKDAYS[language]) + ")"


_EN_DAY = _days("en")
_EN_MONTH = (r"(?:Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August"
             r"|Sept\.|September|Oct\.|October|Nov\.|November|Dec\.|December)")
_PLACE = r"(?:,?\s+(?:in|at|near|outside|en|em|à|a|in der|im|bei)\s+[^!?]{2,80}?)?\.?\s*$"

CAPTION_DATE_CLAUSES: dict[str, tuple[str, ...]] = {
    "en": (r"(?:,\s+(?:on\s+)?|\s+on\s+)" + _EN_DAY + r",\s+" + _EN_MONTH
           + r"\s+\d{1,2},\s+\d{4}" + _PLACE,),
    "es": (r",\s+(?:el\s+)?" + _days("es") + r"\s+\d{1,2}"
           r"\s+de\s+\p{L}+\s+de\s+\d{4}" + _PLACE,),
    "pt": (r",\s+(?:n[ao]\s+)?" + _days("pt") + r"(?:-feira)?,?\s+\d{1,2}\s+de"
           r"\s+\p{L}+\s+de\s+\d{4}" + _PLACE,),
    "de": (r",\s+(?:am\s+)?" + _days("de") + r",?"
           r"\s+\d{1,2}\.\s+\p{L}+\s+\d{4}" + _PLACE,),
}
