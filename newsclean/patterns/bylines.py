"""Byline vocabulary, for bylines in text and on pages: one table per concept, by language.

"By Elizabeth Shim", "Ein Beitrag von Anna Muster", "Publié par Jean Dupont", "Por Ana
García y Luis Pérez"; Korean, Japanese and Chinese put a title next to the name ("홍길동
기자", "山田太郎記者", "记者 张三"). ``newsclean.text.byline`` reads a line of text with these
tables, ``newsclean.text.byline_credits`` the text of a page's byline element.

Intros and labels are matched in any case; joiners as written, in capitals, or (when longer
than two letters) capitalized, so that "Ed" and "E." stay parts of names.
"""

# Phrases that introduce the authors, a colon after them optional: "By Jo Lee", "By: Jo Lee".
BYLINE_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("By", "Written by", "Words by", "Story by", "Reporting by", "Reported by",
           "Posted by", "Published by", "Analysis by", "Opinion by", "Commentary by",
           "Column by", "Review by", "Text by", "Interview by"),
    "de": ("Von", "Ein Beitrag von", "Veröffentlicht von", "Geschrieben von"),
    "fr": ("Par", "Publié par", "Écrit par"),
    "es": ("Por", "Escrito por", "Publicado por"),
    "it": ("Di", "A cura di", "Pubblicato da", "Scritto da"),
    "pt": ("Por", "Publicado por", "Postado por", "Escrito por"),
    "nl": ("Door", "Geplaatst door", "Geschreven door"),
}

# Labels that name the author field: "Author: Jo Lee", "Texto: João Silva" (the credit of
# the words, as opposed to the photos). A line of text needs the colon ("Text messages
# show ..." is no byline); a page's byline element may leave it out.
BYLINE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Author", "Authors", "Text"),
    "de": ("Autor", "Autorin", "Text", "Text und Fotos"),
    "fr": ("Auteur", "Texte"),
    "es": ("Autor", "Texto"),
    "it": ("Autore", "Testo"),
    "pt": ("Autor", "Texto", "Texto e fotos"),
    "nl": ("Auteur", "Tekst"),
    "pl": ("Autor",),
    "ru": ("Текст", "Автор", "Авторы"),
}

# Words between two names: "Jo Lee and Sam Park".
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

# Articles that open an organization's name, never a person's ("The Russian and Syrian
# defense ministries").
NAME_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("The",), "de": ("Der", "Die", "Das"), "fr": ("Les",), "es": ("Los", "Las"),
    "it": ("Il", "Gli"), "pt": ("Os",), "nl": ("Het",),
}

# Titles written next to a name, often with no space: "홍길동 기자", "山田太郎記者", "记者 张三".
NAME_SUFFIX_TITLES: dict[str, tuple[str, ...]] = {
    "ko": ("기자", "특파원", "선임기자", "논설위원", "객원기자", "칼럼니스트", "통신원",
           "인턴기자", "편집위원"),
    "ja": ("記者", "特派員", "編集委員", "論説委員"),
    "zh": ("记者", "記者", "特派员", "特派員", "特约记者", "通讯员", "編輯", "编辑"),
}

# Marks that credit the words or the pictures before a name: "文/记者 张三". Alone they are
# no name, and a name does not end in them as it ends in a title.
CREDIT_MARKS: dict[str, tuple[str, ...]] = {
    "zh": ("文", "图"),
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
    "it": ("corrispondente", "inviato", "inviata", "giornalista", "redattore", "redattrice"),
    "pt": ("correspondente", "repórter", "jornalista", "enviado especial", "redator",
           "redatora"),
    "nl": ("correspondent", "correspondente", "verslaggever", "redacteur"),
}

# Credits that name a newsroom, not a person: "By Reuters Staff", "Science X staff",
# "Redaktion", "and agencies". The words before them name the outlet.
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

# More newsroom credits, that a page's byline element ends in ("Practical Horseman
# Editorial Staff", "Detroit News wire services"); a line of text ending in them is as often
# a heading ("Annual Reports", "Meet the Team").
PAGE_STAFF_CREDITS: dict[str, tuple[str, ...]] = {
    "en": ("Staff Writers", "Wire Service", "Team", "Reports", "Editorial", "Bureau",
           "News Bureau"),
}

# Names that author tags and bylines hold but that are not people (agencies are added
# from ``patterns.agencies``); compared casefolded with the whole name.
NOT_PEOPLE: dict[str, tuple[str, ...]] = {
    "en": ("Admin", "Administrator", "Staff", "Staff Writer", "Editor", "Editors",
           "Editorial", "Editorial Staff", "Editorial Board", "Newsroom", "Web Desk",
           "News Desk", "Guest", "Guest Author", "Anonymous", "Unknown", "Wire Services",
           "Business Insider", "Contributor"),
    "de": ("Redaktion",), "fr": ("Rédaction", "La rédaction"), "es": ("Redacción",),
    "it": ("Redazione",), "pt": ("Redação",), "nl": ("Redactie",),
    "ru": ("Гость", "Редакция", "Администратор"), "ko": ("편집부", "관리자"),
    "ja": ("編集部",), "zh": ("编辑部", "編輯部"),
}

# Words that make a credit an organization's, wherever they stand in it ("European Space
# Agency", "Prefeitura Municipal de ..."); compared casefolded with each word.
ORGANIZATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Agency", "Association", "Institute", "University", "Ministry", "Department",
           "Council", "Foundation", "Corporation", "Inc", "Ltd", "LLC", "Committee",
           "Commission", "Authority", "Office", "Ministries", "Agencies", "Departments"),
    "de": ("Agentur", "Institut", "Universität", "Ministerium", "Stiftung", "Verband",
           "GmbH", "Pressestelle"),
    "fr": ("Agence", "Université", "Ministère", "Association", "Fondation"),
    "es": ("Agencia", "Universidad", "Ministerio", "Asociación", "Fundación", "Ayuntamiento",
           "Gobierno", "Secretaría"),
    "it": ("Agenzia", "Università", "Ministero", "Associazione", "Fondazione", "Comune"),
    "pt": ("Agência", "Universidade", "Ministério", "Associação", "Fundação", "Prefeitura",
           "Coordenadoria", "Secretaria", "Assessoria", "Governo"),
    "nl": ("Gemeente", "Ministerie", "Universiteit", "Stichting"),
}

# Words that start what follows the names: where they filed from, for whom.
BYLINE_TAILS: dict[str, tuple[str, ...]] = {
    "en": ("in", "from", "for", "for the", "Special to", "special to"),
    "de": ("aus", "für"),
    "fr": ("pour",),
    "es": ("para",),
    "it": ("per",),
    "nl": ("voor",),
}

# Words that open a date stamp after the names: "Jane Doe Updated 5:30 PM",
# "Jeff Foust Monday, November 18, 2019".
BYLINE_STAMPS: dict[str, tuple[str, ...]] = {
    "en": ("Updated", "Published", "Posted", "Last updated", "Monday", "Tuesday",
           "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Aktualisiert", "Veröffentlicht", "Stand", "Montag", "Dienstag", "Mittwoch",
           "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("Publié", "Mis à jour", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
           "Samedi", "Dimanche"),
    "es": ("Actualizado", "Publicado", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes",
           "Sábado", "Domingo"),
    "it": ("Aggiornato", "Pubblicato"),
    "pt": ("Atualizado", "Publicado"),
    "nl": ("Bijgewerkt", "Gepubliceerd"),
}

# Labels of the links a page puts next to an author's name ("Jo Lee Follow", "View more").
BYLINE_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("View", "Follow", "Email", "Contact", "More", "Read", "Photos", "Share"),
}
