"""Byline forms: the word that introduces the authors, and the words that join them.

"By Elizabeth Shim", "von Anna Muster", "par Jean Dupont", "Por Ana García y Luis Pérez";
Korean and Japanese put a title after the name ("홍길동 기자", "山田太郎記者").
"""

BYLINE_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("By", "BY", "by", "Written by", "Words by", "Story by", "Reporting by", "Author:",
           "Authors:", "Posted by", "Published by"),
    "de": ("Von", "von", "VON", "Autor:", "Autorin:", "Ein Beitrag von", "Text:"),
    "fr": ("Par", "par", "PAR", "Auteur :", "Auteur:"),
    "es": ("Por", "por", "POR", "Autor:", "Escrito por"),
    "it": ("Di", "di", "DI", "Autore:", "A cura di"),
    "pt": ("Por", "por", "POR", "Autor:"),
    "nl": ("Door", "door", "DOOR", "Auteur:"),
}

NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and", "&"),
    "de": ("und",),
    "fr": ("et",),
    "es": ("y", "e"),
    "it": ("e", "ed"),
    "pt": ("e",),
    "nl": ("en",),
}

# Lower-case particles that may stand inside a person's name.
NAME_PARTICLES: tuple[str, ...] = (
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von",
    "der", "den", "ter", "ten", "al", "el", "bin", "bint", "ibn", "y", "e", "zu", "af", "st.",
)

# Titles written after a name: "홍길동 기자", "山田太郎記者", "张三 记者".
NAME_SUFFIX_TITLES: dict[str, tuple[str, ...]] = {
    "ko": ("기자", "특파원", "선임기자", "논설위원", "객원기자"),
    "ja": ("記者", "特派員", "編集委員"),
    "zh": ("记者", "記者", "特派员", "特派員"),
}
