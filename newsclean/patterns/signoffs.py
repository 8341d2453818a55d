"""What closes an article after its last paragraph: credits, contacts and copyright lines.

- ``CREDIT_ROLES``: "Reporting by", "Editing by": a line made of these credits
  ("(Reporting by Jo Lee in Seoul; Editing by Sam Park)") is a wire service's sign-off.
  Roles marked as authorship in ``AUTHOR_ROLES`` give ``Article.authors``.
- ``CONTRIBUTED``: how a line says someone helped ("... contributed to this report.").
- ``CONTACT_STARTS``: openings of a reporter's contact line ("Contact the reporter at").
- ``COPYRIGHT_MARKS``: openings of a copyright footer in words ("<저작권자(c) 연합뉴스,
  무단 전재-재배포 금지>", "版权所有"); the signs "©", "ⓒ", "(c) 2019" and "Copyright 2019"
  are matched by ``newsclean.strippers.sign_off`` itself.
- ``COPYRIGHT_PHRASES``: phrases that only copyright footers contain ("All rights
  reserved", "무단 전재", "版权所有").
"""

CREDIT_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("Reporting by", "Additional reporting by", "Reporting and writing by",
           "Writing by", "Written by", "Editing by", "Edited by", "Compiled by",
           "Research by", "Graphics by", "Graphic by", "Production by", "Fact-checking by",
           "Translated by", "Translation by", "Story by", "Text by", "Video by", "Photos by"),
    "de": ("Redaktion:", "Bearbeitet von", "Mitarbeit:", "Text:", "Recherche:",
           "Übersetzung:", "Mit Material von"),
    "fr": ("Reportage", "Rédaction", "Édité par", "Edité par", "Avec la contribution de",
           "Traduit par", "Texte :"),
    "es": ("Información de", "Reportaje de", "Redacción de", "Editado por", "Edición de",
           "Con información de", "Traducido por"),
    "it": ("A cura di", "Redazione", "Con la collaborazione di"),
    "pt": ("Reportagem de", "Edição de", "Editado por", "Com informações de"),
    "nl": ("Bewerkt door", "Redactie:", "Vertaald door"),
    "ko": ("편집:", "편집=", "정리="),
    "ja": ("編集：", "編集:"),
    "zh": ("责任编辑：", "責任編輯：", "责任编辑:", "编辑：", "編輯：", "校对：", "審校："),
}

AUTHOR_ROLES: tuple[str, ...] = (
    "reporting by", "additional reporting by", "reporting and writing by", "writing by",
    "written by", "story by", "text by", "reportage", "información de", "reportaje de",
    "reportagem de",
)

CONTRIBUTED: dict[str, tuple[str, ...]] = {
    "en": ("contributed to this report", "contributed to this story",
           "contributed to this article", "contributed reporting", "contributed to this",
           "contributed additional reporting", "contributed research"),
    "de": ("hat zu diesem Bericht beigetragen", "haben zu diesem Bericht beigetragen"),
    "fr": ("a contribué à cet article", "ont contribué à cet article"),
    "es": ("contribuyó a este informe", "contribuyeron a este informe"),
    "it": ("ha contribuito a questo articolo",),
    "pt": ("contribuiu para esta reportagem", "colaborou com esta reportagem"),
}

CONTACT_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Contact the reporter", "Contact the author", "Contact us at", "Contact:",
           "Email the author", "Email the reporter", "Email:", "E-mail:", "Write to",
           "Reach the reporter", "Reach the reporters", "Reach the author", "You can reach",
           "Send tips to", "Got a tip", "Have a tip",
           "Follow the author", "Follow the reporter", "Email", "Contact"),
    "de": ("Kontakt zum Autor", "Schreiben Sie dem Autor", "E-Mail an", "Kontakt:"),
    "fr": ("Contacter l'auteur", "Contacter l’auteur", "Écrire à"),
    "es": ("Contacta con el autor", "Escribe al autor", "Correo:"),
    "it": ("Scrivi all'autore", "Contatta l'autore"),
    "pt": ("Fale com o autor", "Escreva para"),
    "nl": ("Mail de auteur", "Contact:"),
}

COPYRIGHT_MARKS: dict[str, tuple[str, ...]] = {
    "ko": ("저작권자", "<저작권자", "[저작권자", "Copyrights ⓒ"),
    "ja": ("無断転載", "著作権"),
    "zh": ("版权所有", "版權所有", "【版权声明】", "(版权声明)", "本文版权"),
}

COPYRIGHT_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("All rights reserved", "All Rights Reserved", "may not be published, broadcast",
           "may not be reproduced", "may not be republished", "This material may not be",
           "This document is subject to copyright", "without permission is prohibited",
           "is prohibited without", "Reproduction in whole or in part",
           "may be reached at", "can be reached at", "Trust Principles"),
    "de": ("Alle Rechte vorbehalten", "Nachdruck nur mit"),
    "fr": ("Tous droits réservés", "Reproduction interdite", "Toute reproduction"),
    "es": ("Todos los derechos reservados", "Prohibida su reproducción",
           "Queda prohibida la reproducción"),
    "it": ("Riproduzione riservata", "RIPRODUZIONE RISERVATA", "Tutti i diritti riservati"),
    "pt": ("Todos os direitos reservados", "Proibida a reprodução"),
    "nl": ("Alle rechten voorbehouden",),
    "ko": ("무단 전재", "무단전재", "재배포 금지", "재배포금지", "AI학습 이용 금지",
           "AI 학습 이용 금지"),
    "ja": ("無断転載", "無断複製", "禁無断転載"),
    "zh": ("版权所有", "版權所有", "未经授权", "未經授權", "不得转载", "禁止转载"),
}

# The label of a closing line naming where the story came from: "SOURCE: Al Jazeera News",
# "Quelle: dpa", "Fuente: EFE". Only a short name may follow it.
SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Source", "Sources"),
    "de": ("Quelle", "Quellen"),
    "fr": ("Source", "Sources"),
    "es": ("Fuente", "Fuentes"),
    "it": ("Fonte", "Fonti"),
    "pt": ("Fonte", "Fontes"),
    "nl": ("Bron", "Bronnen"),
    "ko": ("출처",),
    "zh": ("来源", "來源"),
}

# Marks that end a wire story's copy: "(END)", "-30-", "###", "(完)", "(끝)".
END_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("(END)", "(End)", "-END-", "- END -", "-- END --", "###", "-30-", "# # #", "-0-"),
    "fr": ("(FIN)", "(fin)", "-FIN-"),
    "es": ("(FIN)", "(fin)", "-FIN-"),
    "ko": ("(끝)", "/끝/", "<끝>"),
    "ja": ("（了）", "(了)", "（終わり）"),
    "zh": ("(完)", "（完）", "【完】"),
}

# An author's bio line: "Phil Helsel is a reporter for NBC News." The name, then one of
# these verbs, then (within a few words) one of the newsroom jobs in ``BIO_ROLES``.
BIO_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("is", "was", "has been", "is currently"),
    "de": ("ist", "war", "arbeitet als"),
    "fr": ("est", "était"),
    "es": ("es", "fue", "trabaja como"),
    "it": ("è", "era", "lavora come"),
    "pt": ("é", "foi", "trabalha como"),
    "nl": ("is", "was", "werkt als"),
}

BIO_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("reporter", "correspondent", "writer", "journalist", "columnist", "contributor",
           "editor", "publisher", "photographer", "photojournalist", "producer"),
    "de": ("Korrespondent", "Korrespondentin", "Redakteur", "Redakteurin", "Reporter",
           "Reporterin", "Journalist", "Journalistin"),
    "fr": ("journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice"),
    "es": ("periodista", "corresponsal", "redactor", "redactora"),
    "it": ("giornalista", "corrispondente", "inviato", "inviata"),
    "pt": ("jornalista", "correspondente", "repórter"),
    "nl": ("verslaggever", "correspondent", "redacteur", "journalist"),
}

# Promotion closing a story, one sentence at a time: the show to listen to, the author to
# follow, the author's book that is out. A closing line goes only when each of its
# sentences is one of these (or a bio) and one of them opens with a ``PROMO_STARTS``
# phrase: "The album is out now." alone is the article's own last word.
PROMO_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Follow him on", "Follow her on", "Follow them on", "Follow me on", "Follow us on",
           "Follow him at", "Follow her at", "How to listen to", "How to listen",
           "Listen back", "Listen again", "Listen live"),
    "de": ("Folgen Sie ihm auf", "Folgen Sie ihr auf", "Folgen Sie uns auf"),
    "fr": ("Suivez-le sur", "Suivez-la sur", "Suivez-nous sur", "Pour écouter"),
    "es": ("Síguelo en", "Síguela en", "Síguenos en", "Cómo escuchar"),
    "it": ("Seguilo su", "Seguila su", "Seguici su", "Come ascoltare"),
    "pt": ("Siga-o no", "Siga-a no", "Siga-nos no", "Como ouvir"),
    "nl": ("Volg hem op", "Volg haar op", "Volg ons op", "Zo luister je"),
}

# "Listen to <show> live at 12:45 weekdays - or listen back here.": a listening prompt
# opens with one of these and names when or where to listen (``PROMO_LISTEN_CUES``).
PROMO_LISTEN: dict[str, tuple[str, ...]] = {
    "en": ("Listen to", "Tune in to", "Catch up on"),
    "de": ("Zum Nachhören",),
    "fr": ("Écoutez", "Ecoutez"),
    "es": ("Escucha", "Escuche"),
    "it": ("Ascolta", "Ascoltate"),
    "pt": ("Escute",),
    "nl": ("Luister naar", "Luister"),
}
PROMO_LISTEN_CUES: dict[str, tuple[str, ...]] = {
    "en": ("live at", "live on", "listen back", "weekdays", "on demand", "podcast",
           "wherever you get", "on BBC Sounds", "on the app"),
    "de": ("live", "werktags", "Podcast", "in der App", "nachhören"),
    "fr": ("en direct", "en podcast", "en semaine", "réécouter"),
    "es": ("en directo", "en vivo", "pódcast", "podcast"),
    "it": ("in diretta", "podcast", "riascolta"),
    "pt": ("ao vivo", "podcast"),
    "nl": ("live", "podcast", "terugluisteren"),
}

# The end of a sentence plugging the author's book or show: "..., is out now."
PROMO_ENDS: dict[str, tuple[str, ...]] = {
    "en": ("is out now", "is available now", "is out in paperback",
           "is available wherever books are sold", "is available to order"),
    "de": ("ist jetzt erschienen", "ist im Handel erhältlich", "ist soeben erschienen"),
    "fr": ("vient de paraître", "est disponible en librairie", "est paru"),
    "es": ("ya está a la venta", "ya está disponible en librerías", "acaba de publicarse"),
    "it": ("è in libreria", "è appena uscito"),
    "pt": ("já está à venda", "já está nas livrarias"),
    "nl": ("is nu verkrijgbaar", "is nu uit"),
}

# A company's standard paragraph closing its press release ("Acme is a leading provider of
# ...", "Acme is headquartered in ... and employs around 1,300 people"): phrases that
# follow the company's name at the start of the paragraph, or that the paragraph holds.
# The closing paragraphs must hold two of them in all, so that an article's last line
# about a company ("Acme is a leading supplier, and its shares fell.") stays.
ABOUT_COMPANY: dict[str, tuple[str, ...]] = {
    "en": ("is a leading", "is a global", "is the world's leading", "is the world’s leading",
           "is a world leader", "is an international", "is headquartered in",
           "headquartered in", "employs around", "employs approximately", "employs more than",
           "employs over", "is listed on", "are listed on", "mission is to", "vision is to",
           "The vision of", "For more information, visit", "was founded in"),
    "de": ("ist ein führender", "ist ein weltweit führender", "ist ein international",
           "mit Hauptsitz in", "hat seinen Hauptsitz in", "beschäftigt rund",
           "beschäftigt weltweit", "wurde gegründet"),
    "fr": ("est un leader", "est un acteur majeur", "est le leader", "a son siège à",
           "dont le siège est", "emploie près de", "emploie plus de", "est coté",
           "a été fondé"),
    "es": ("es una empresa líder", "es líder mundial", "es un líder", "con sede en",
           "tiene su sede en", "emplea a más de", "cotiza en", "fue fundada en"),
    "it": ("è leader", "è un'azienda leader", "è un’azienda leader", "ha sede a",
           "con sede a", "impiega oltre", "è quotata", "è stata fondata"),
    "pt": ("é uma empresa líder", "é líder", "com sede em", "emprega mais de",
           "foi fundada em"),
    "nl": ("is een toonaangevende", "is wereldwijd", "met hoofdkantoor in",
           "heeft het hoofdkantoor in", "is opgericht in"),
}
