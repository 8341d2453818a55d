"""Labels of related-content boxes, and prefixes of inline "read more" lines, by language.

``RELATED_LABELS`` head a list of other stories ("Latest Headlines", "Related"); the
label and the short headline lines right after it are junk. ``READ_MORE_PREFIXES`` open
a single line that points to another story ("Read more: ...", "Lire aussi : ...").
"""

RELATED_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "Latest Headlines", "Top Headlines", "Headlines", "Related", "Related Articles",
        "Related Stories", "Related Coverage", "Related News", "Related Content", "Related Links",
        "Related Topics", "Related Posts", "Related Reading", "More Stories", "More News",
        "More on this story", "More on this topic", "More from this section", "Most Read",
        "Most Popular", "Most Viewed", "Most Shared", "Trending", "Trending Now",
        "Trending Stories", "Recommended", "Recommended for you", "Recommended Stories",
        "You may also like", "You might also like", "You May Be Interested In",
        "Also read", "Read more", "Read More Stories", "Read next", "What to read next",
        "Editor's Picks", "Editors' Picks", "Don't miss", "Top Stories", "Latest News",
        "Latest Stories", "In other news", "Elsewhere on the web", "Around the web",
        "From the web", "Further reading", "See also", "Popular Stories", "Up next",
    ),
    "de": ("Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel",
           "Meistgelesen", "Empfohlene Artikel", "Auch interessant", "Lesen Sie auch",
           "Verwandte Themen", "Weitere Nachrichten"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Sur le même sujet", "Les plus lus",
           "Articles liés", "Vous aimerez aussi", "À voir aussi", "Dans la même rubrique"),
    "es": ("Lee también", "Lea también", "Te puede interesar", "Noticias relacionadas",
           "Lo más leído", "Más noticias", "Relacionado", "Artículos relacionados"),
    "it": ("Leggi anche", "Potrebbe interessarti", "Articoli correlati", "I più letti",
           "Ti potrebbe interessare", "Altre notizie"),
    "pt": ("Leia também", "Leia mais", "Veja também", "Notícias relacionadas", "Mais lidas",
           "Relacionadas", "Você pode gostar"),
    "nl": ("Lees ook", "Meest gelezen", "Gerelateerde artikelen", "Meer nieuws", "Ook interessant"),
    "ko": ("관련기사", "관련 기사", "많이 본 뉴스", "인기 기사", "최신 기사", "추천 기사"),
    "ja": ("関連記事", "関連ニュース", "人気記事", "おすすめ記事", "最新記事"),
    "zh": ("相关新闻", "相關新聞", "相关阅读", "延伸阅读", "延伸閱讀", "热门新闻", "推荐阅读"),
}

READ_MORE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("Read more", "Read More", "READ MORE", "Also read", "Read also", "Related",
           "See also", "Read", "More", "Watch", "Listen", "RELATED", "MORE", "READ"),
    "de": ("Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Lesen Sie mehr"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi"),
    "es": ("Lee también", "Lea también", "Leer más", "Te puede interesar", "Ver también"),
    "it": ("Leggi anche", "Leggi di più", "Vedi anche"),
    "pt": ("Leia também", "Leia mais", "Veja também"),
    "nl": ("Lees ook", "Lees meer", "Zie ook"),
    "ko": ("관련기사", "관련 기사", "함께 보면 좋은 기사"),
    "ja": ("関連記事", "あわせて読みたい"),
    "zh": ("相关新闻", "延伸阅读", "相关阅读"),
}
