"""Byline forms: the word that introduces the authors, and the words that join them.

"By Elizabeth Shim", "von Anna Muster", "par Jean Dupont", "Por Ana García y Luis Pérez";
Korean and Japanese put a title after the name ("홍길동 기자", "山田太郎記者").
"""

BYLINE_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("By", "BY", "by", "Written by", "Words by", "Story by", "Reporting by", "Author:",
           "Authors:", "Posted by", "Published by", "Posted by:", "Published by:",
           "Written by:"),
    "de": ("Von", "von", "VON", "Autor:", "Autorin:", "Ein Beitrag von", "Text:",
           "Veröffentlicht von", "Geschrieben von"),
    "fr": ("Par", "par", "PAR", "Auteur :", "Auteur:", "Publié par", "Écrit par"),
    "es": ("Por", "por", "POR", "Autor:", "Escrito por", "Publicado por", "Publicado por:"),
    "it": ("Di", "di", "DI", "Autore:", "A cura di", "Pubblicato da", "Scritto da"),
    "pt": ("Por", "por", "POR", "Autor:", "Publicado por", "Publicado por:", "Postado por",
           "Escrito por"),
    "nl": ("Door", "door", "DOOR", "Auteur:", "Geplaatst door", "Geschreven door"),
}

NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and", "AND", "&"),
    "de": ("und", "UND"),
    "fr": ("et", "ET"),
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
    "ko": ("기자", "특파원", "선임기자", "논설위원", "객원기자", "칼럼니스트", "통신원",
           "인턴기자"),
    "ja": ("記者", "特派員", "編集委員"),
    "zh": ("记者", "記者", "特派员", "特派員"),
}

# Job titles after a name: "By Jo Lee, AP National Security Writer",
# "von Anna Muster, Korrespondentin".
BYLINE_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Columnist",
           "Journalist", "Photographer", "Producer", "Analyst", "Critic", "Bureau Chief",
           "Staff Writer", "Staff Reporter", "Anchor", "Host"),
    "de": ("Korrespondent", "Korrespondentin", "Redakteur", "Redakteurin", "Reporterin",
           "Autorin", "Autor"),
    "fr": ("correspondant", "correspondante", "journaliste", "envoyé spécial",
           "envoyée spéciale", "rédacteur", "rédactrice"),
    "es": ("corresponsal", "periodista", "enviado especial", "enviada especial", "redactor",
           "redactora"),
    "it": ("corrispondente", "inviato", "inviata", "giornalista"),
    "pt": ("correspondente", "repórter", "jornalista", "enviado especial"),
    "nl": ("correspondent", "verslaggever", "redacteur"),
}

# Credits that name a newsroom, not a person: "By Reuters Staff", "Redaktion", "and agencies".
STAFF_CREDITS: dict[str, tuple[str, ...]] = {
    "en": ("Staff", "Staff Reports", "Staff Report", "Staff and agencies", "and agencies",
           "Agencies", "Newsroom", "News Desk", "Desk", "Wire", "Wires", "Wire Services",
           "News Service", "Digital", "Online", "Editorial Board", "Editors"),
    "de": ("Redaktion", "Online-Redaktion", "Agenturen", "mit Agenturen"),
    "fr": ("Rédaction", "La rédaction", "avec agences", "Agences"),
    "es": ("Redacción", "Agencias"),
    "it": ("Redazione", "Agenzie"),
    "pt": ("Redação", "Agências"),
    "nl": ("Redactie",),
}

# Words that start what follows the names: where they filed from, for whom, when.
BYLINE_TAILS: dict[str, tuple[str, ...]] = {
    "en": ("in", "from", "for", "for the", "Special to", "special to", "Updated", "Published",
           "Posted", "Last updated"),
    "de": ("aus", "für", "Aktualisiert", "Veröffentlicht"),
    "fr": ("pour", "Publié", "Mis à jour"),
    "es": ("para", "Actualizado", "Publicado"),
    "it": ("per", "Aggiornato", "Pubblicato"),
    "pt": ("Atualizado", "Publicado"),
    "nl": ("voor", "Bijgewerkt", "Gepubliceerd"),
}
