"""Where pages put their metadata: meta-tag names by field, byline markers and title separators.

Each tuple is in order of preference; the first tag present with a value wins. Names are
lowercase; ``name``, ``property`` and ``itemprop`` attributes are all looked up.
"""

TITLE_TAGS = ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title")
DESCRIPTION_TAGS = ("og:description", "description", "twitter:description", "dc.description")
AUTHOR_TAGS = ("author", "article:author", "sailthru.author", "parsely-author", "dc.creator",
               "byl", "byline", "citation_author")
PUBLISHED_TAGS = ("article:published_time", "datepublished", "og:published_time",
                  "article:published", "pubdate", "publishdate", "publish-date", "publish_date",
                  "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                  "sailthru.date", "parsely-pub-date", "citation_publication_date",
                  "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime")
MODIFIED_TAGS = ("article:modified_time", "datemodified", "og:updated_time",
                 "article:modified", "dcterms.modified", "lastmod", "last-modified")
SITE_TAGS = ("og:site_name", "application-name", "twitter:site", "publisher")
LANGUAGE_TAGS = ("og:locale", "content-language", "language", "dc.language", "inlanguage")

# Class/id words of an element that shows when the story went up ("ArticlePage-datePublished").
DATE_ELEMENT_WORDS = ("date", "time", "timestamp", "published", "publish", "pubdate", "posted",
                      "dateline", "byline", "datetime")

# Class/id words of a byline element, and how a byline opens, per language.
BYLINE_WORDS = ("byline", "author", "authors", "author name", "by line", "writer", "autor",
                "auteur", "autore", "firma", "signature")
BYLINE_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("By", "Written by", "Words by", "Posted by", "Reported by", "Story by", "Author",
           "Authors", "Analysis by", "Opinion by", "Commentary by", "Column by", "Review by",
           "Text by", "Interview by"),
    "de": ("Von",), "fr": ("Par",), "es": ("Por",), "pt": ("Por",), "it": ("Di", "Da"),
    "nl": ("Door",), "ru": ("Текст", "Автор", "Авторы"), "pl": ("Autor",),
    # "Texto: João Silva": the credit of the words, as opposed to the photos
    "credits": ("Text", "Texto", "Texte", "Testo", "Tekst", "Texto e fotos", "Text und Fotos"),
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
# How a newsroom credit ends: "Science X staff", "Detroit News wire services",
# "Practical Horseman Editorial Staff"; the words before it name the outlet, not a person.
STAFF_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("staff", "staff writers", "wire services", "wire service", "wires", "news desk",
           "desk", "newsroom", "team", "editors", "staff reports", "reports", "editorial",
           "bureau", "news bureau"),
    "de": ("Redaktion", "Online-Redaktion"), "fr": ("rédaction",), "es": ("redacción",),
    "it": ("redazione",), "pt": ("redação",), "nl": ("redactie",),
}
# A job title in a byline ("AP Sports Writer", "Staff Reporter"): a short part ending in
# one of these words is a role, not a person.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Writer", "Reporter", "Correspondent", "Editor", "Columnist", "Contributor",
           "Photographer", "Producer", "Journalist"),
    "de": ("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Reporterin"),
    "fr": ("Rédacteur", "Rédactrice", "Correspondant", "Correspondante", "Journaliste"),
    "es": ("Redactor", "Redactora", "Corresponsal", "Periodista"),
    "it": ("Redattore", "Redattrice", "Corrispondente", "Giornalista", "Inviato", "Inviata"),
    "pt": ("Redator", "Redatora", "Correspondente", "Jornalista", "Repórter"),
    "nl": ("Redacteur", "Verslaggever", "Correspondente"),
}
# The same in scripts that write the title next to the name, often with no space
# ("홍길동 기자", "记者 张三", "山田太郎記者"): cut off, keeping the name.
ROLE_AFFIXES: dict[str, tuple[str, ...]] = {
    "ko": ("기자", "특파원", "선임기자", "객원기자", "논설위원", "편집위원", "통신원", "인턴기자"),
    "ja": ("記者", "特派員", "編集委員", "論説委員"),
    "zh": ("记者", "記者", "特约记者", "通讯员", "編輯", "编辑", "文", "图"),
}
# Words that end the name part of a byline: a weekday opening the date after it, a date
# stamp, or the label of a link next to the name ("Jeff Foust Monday, Nov. 18").
BYLINE_STOPS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
           "Published", "Updated", "Posted", "View", "Follow", "Email", "Contact", "More",
           "Read", "Photos", "Share"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
           "Aktualisiert", "Veröffentlicht", "Stand"),
    "fr": ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Publié"),
    "es": ("Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
           "Publicado", "Actualizado"),
    "pt": ("Publicado", "Atualizado"),
}
# Articles that open an organization's name, never a person's ("The Russian and Syrian
# defense ministries").
NAME_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("The",), "de": ("Der", "Die", "Das"), "fr": ("Les",), "es": ("Los", "Las"),
    "it": ("Il", "Gli"), "pt": ("Os",), "nl": ("Het",),
}
# " and " between two names, per language.
NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and",), "de": ("und",), "fr": ("et",), "es": ("y", "e"), "pt": ("e",),
    "it": ("e",), "nl": ("en",),
}
# Separators between a headline and the site name in <title> ("Talks resume | Daily Post").
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : ",
                    " ｜ ", "｜", "：")
# The same without spaces ("习近平会见美国总统-新华网", "Daily Post: Talks resume"): cut only
# when the part is exactly the site's name or host, since these also join words.
TIGHT_TITLE_SEPARATORS = ("_", "-", "|", ": ", "/")
