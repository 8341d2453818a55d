"""Ad labels: lines that are nothing but the label of an ad slot, by language.

Matched against a whole line, casefolded, with decoration ("- Advertisement -",
"[ADVERTISEMENT]") trimmed first. A sentence that merely starts with one of these words
never matches.
"""

AD_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "Advertisement", "Advertisements", "Advertising", "Ad", "Ads", "Sponsored",
        "Sponsored content", "Sponsored links", "Sponsored stories", "Paid content",
        "Paid post", "Paid partnership", "Promoted", "Promoted content", "Promoted stories",
        "Partner content", "Story continues below advertisement",
        "Article continues below advertisement", "Story continues below",
        "Article continues below", "Continue reading below", "Continue reading the main story",
        "Scroll to continue with content", "Advertisement - scroll to continue",
        "Advertisement - Continue Reading Below", "Skip advertisement", "Ad feedback",
        "Report an ad", "Remove ads", "This advertisement has not loaded yet",
        "Advertisement Feature", "Content continues below", "Ad - content continues below",
        "Advert", "Adverts", "AdChoices", "Ad Choices", "Advertiser content",
        "Advertisement: Scroll to continue", "Story continues below this ad",
        "Article continues after advertisement", "Continue reading after the ad",
        "Continue reading below the ad", "Ad loading", "Sponsored by", "Presented by",
    ),
    "de": ("Anzeige", "Werbung", "Gesponsert", "Sponsored Content", "Weiter nach der Anzeige",
           "Artikel geht nach der Anzeige weiter", "Lesen Sie nach der Anzeige weiter",
           "Weiterlesen nach der Anzeige", "Mehr nach der Anzeige", "Werbung:",
           "Anzeige:"),
    "fr": ("Publicité", "Pub", "Contenu sponsorisé", "Sponsorisé", "Article sponsorisé",
           "La suite après cette publicité", "La suite après la publicité",
           "Article sponsorisé par", "Contenu partenaire", "Publi-rédactionnel"),
    "es": ("Publicidad", "Anuncio", "Patrocinado", "Contenido patrocinado",
           "Sigue leyendo después de la publicidad",
           "Continúa leyendo", "Contenido de marca", "Publirreportaje"),
    "it": ("Pubblicità", "Sponsorizzato", "Contenuto sponsorizzato", "Annuncio",
           "Contenuto sponsorizzato da", "Continua a leggere dopo la pubblicità"),
    "pt": ("Publicidade", "Anúncio", "Patrocinado", "Conteúdo patrocinado",
           "Continua após a publicidade", "Continua depois da publicidade"),
    "nl": ("Advertentie", "Gesponsord", "Gesponsorde inhoud", "Lees verder na de advertentie",
           "Advertorial", "Reclame"),
    "ko": ("광고", "AD", "스폰서", "파워링크", "광고영역", "광고 영역", "협찬"),
    "ja": ("広告", "スポンサーリンク", "PR", "[PR]", "広告の後にも続きます", "スポンサー"),
    "zh": ("广告", "廣告", "赞助内容", "贊助內容", "推广", "推廣"),
}
