"""Citation, reprint and origin notices that close (or open) an article, by language.

``NOTICE_STARTS`` open a notice about the article rather than a part of it: how to cite
it, where it first appeared, who may reprint it. A notice often wraps over two or three
lines in a flattened page; the stripper follows the wrap (see
``newsclean.strippers.notices``). Each opening is specific enough that an article sentence
does not start with it.

``COMMENT_POLICY_STARTS`` open the house rules printed above or below the comments ("Comments
are moderated", "ATENÇÃO: Comentários com textos ininteligíveis ...").

``CITATION_LABELS`` are the labels a citation block starts with, alone on a line or
followed by the citation itself ("Citation: Title (2018, May 3) retrieved ...").
"""

NOTICE_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("This document is subject to copyright", "This article is republished from",
           "This article was originally published", "This story was originally published",
           "This article originally appeared", "This story originally appeared",
           "This article first appeared", "This story first appeared",
           "This post originally appeared", "This post was originally published",
           "This article was first published", "This story was first published",
           "A version of this article originally appeared",
           "A version of this story originally appeared", "Reprinted with permission",
           "Republished with permission", "Republished from", "Reprinted from",
           "Read the original article", "This article is part of",
           "The views expressed here are", "The views expressed in this article are",
           "The opinions expressed in this article are", "Apart from any fair dealing"),
    "de": ("Dieser Artikel erschien zuerst", "Dieser Beitrag erschien zuerst",
           "Dieser Artikel erschien ursprünglich", "Dieser Beitrag erschien ursprünglich",
           "Dieser Text erschien zuerst", "Dieser Artikel ist zuerst erschienen",
           "Dieser Beitrag ist zuerst erschienen", "Zuerst erschienen in",
           "Zuerst erschienen bei"),
    "fr": ("Cet article a été initialement publié", "Cet article a été publié initialement",
           "Cet article est republié", "Cet article a d'abord été publié",
           "Cet article a d’abord été publié", "Article initialement publié",
           "Pour citer cet article"),
    "es": ("Este artículo fue publicado originalmente", "Este artículo se publicó originalmente",
           "Este artículo fue publicado inicialmente", "Este artículo se publicó en",
           "Publicado originalmente en", "Para citar este artículo"),
    "it": ("Questo articolo è stato pubblicato originariamente",
           "Questo articolo è stato pubblicato per la prima volta",
           "Articolo pubblicato originariamente", "Pubblicato originariamente su"),
    "pt": ("Este artigo foi publicado originalmente", "Este artigo foi originalmente publicado",
           "Publicado originalmente em", "Este texto foi publicado originalmente",
           "Como citar este artigo"),
    "nl": ("Dit artikel verscheen eerder", "Dit artikel verscheen oorspronkelijk",
           "Dit artikel is eerder verschenen", "Dit stuk verscheen eerder"),
}

CITATION_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Citation:", "Cite this article:", "How to cite this article:", "To cite this article:",
           "Cite as:", "Suggested citation:"),
    "de": ("Zitiervorschlag:", "Zitierweise:", "Zitieren als:"),
    "fr": ("Citation :", "Citation:", "Pour citer cet article :", "Pour citer cet article:"),
    "es": ("Cita:", "Cómo citar:", "Citación:"),
    "it": ("Citazione:", "Come citare:"),
    "pt": ("Citação:", "Como citar:"),
    "nl": ("Citatie:", "Citeer als:"),
}

COMMENT_POLICY_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Comments are moderated", "All comments are moderated", "Comments are subject to",
           "Comments will be moderated", "We welcome comments that",
           "We welcome your comments", "Please read our comment policy",
           "Read our comment policy", "Please keep comments", "Please keep your comments",
           "Note: we are temporarily moderating", "We are temporarily moderating",
           "Comments on this story are", "Comments on this article are"),
    "de": ("Kommentare werden moderiert", "Bitte beachten Sie unsere Netiquette",
           "Bitte beachten Sie die Netiquette", "Die Kommentarfunktion ist",
           "Kommentare sind moderiert"),
    "fr": ("Les commentaires sont modérés", "Les commentaires sont soumis",
           "Les commentaires sont fermés", "Merci de respecter la charte",
           "Veuillez respecter la charte"),
    "es": ("Los comentarios están sujetos", "Los comentarios son moderados",
           "Los comentarios son responsabilidad", "Los comentarios publicados son",
           "Normas de participación"),
    "it": ("I commenti sono moderati", "I commenti sono soggetti", "I commenti sono chiusi"),
    "pt": ("ATENÇÃO: Comentários", "Atenção: comentários", "Os comentários são moderados",
           "Os comentários são de responsabilidade", "Os comentários não representam",
           "Comentários com textos ininteligíveis"),
    "nl": ("Reacties worden gemodereerd", "Reacties zijn gesloten", "Lees onze huisregels"),
}
