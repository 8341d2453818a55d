"""Openings of lines that send the reader to a web address, by language.

``LINK_OUT_STARTS`` open a short line whose point is the address it ends with ("Read the
full report at https://...", "Mehr dazu unter https://..."). ``LINK_OUT_SHAPES`` are
openings whose words vary, as regular expressions ("Follow AP's full coverage of the
elections at https://..."). Only a line that also ends with a web address is taken; see
``newsclean.strippers.link_outs``. A bare imperative ("Follow", "Visit", "See") is left
out on purpose, and so is "For more information, visit ...": public-service paragraphs of
an article ("Visit the county's website at https://... to register.") open that way.
"""

LINK_OUT_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Read more at", "Read more on", "Read the full story at", "Read the full story on",
           "Read the full article at", "Read the original at", "Read our full coverage",
           "Watch the full video at", "Watch more at", "Watch the video at", "Listen to the",
           "Listen on", "Listen here", "Download the podcast", "Download the app",
           "Subscribe to the podcast", "Subscribe on", "See more at", "See the full",
           "Check out our", "Find more", "Find all our", "Get more", "Click here",
           "Learn more at", "Sign up at", "Sign up here", "Join our", "Like us on",
           "More coverage at", "More stories at", "Full coverage at", "Full coverage:"),
    "de": ("Mehr dazu unter", "Mehr dazu auf", "Mehr unter", "Mehr auf", "Folgen Sie uns",
           "Lesen Sie mehr", "Hier geht es", "Hier geht's", "Hören Sie", "Alle Infos unter",
           "Alle Folgen unter"),
    "fr": ("Retrouvez", "Suivez-nous", "Lire la suite sur", "Lire aussi sur", "Écoutez",
           "Abonnez-vous", "Regardez la vidéo"),
    "es": ("Síguenos", "Lee más en", "Lee la nota completa", "Escucha el", "Descarga",
           "Suscríbete", "Mira el video"),
    "it": ("Seguici", "Leggi di più su", "Leggi l'articolo completo", "Ascolta il",
           "Scarica", "Iscriviti", "Guarda il video"),
    "pt": ("Siga-nos", "Leia mais em", "Leia a matéria completa", "Ouça o", "Baixe o",
           "Assine", "Acesse", "Confira a"),
    "nl": ("Volg ons", "Lees meer op", "Lees het hele artikel", "Luister naar", "Bekijk de video",
           "Abonneer je"),
}

LINK_OUT_SHAPES: tuple[str, ...] = (
    # "Follow AP's full coverage of ... at", "Follow our live coverage"
    r"follow\s+[\w.&\-]+(?:['’]s)?\s+(?:full\s+|complete\s+|live\s+|latest\s+|ongoing\s+)?"
    r"coverage",
)
