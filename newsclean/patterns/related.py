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
        "Related video", "Related videos", "Watch more", "More videos", "More coverage",
        "Recommended reading", "Popular now", "More stories like this", "Keep reading",
        "Also see", "You might be interested in", "Today's top stories", "Top stories today",
        "What others are reading", "Other stories", "Latest updates", "Read these next",
        "Explore further", "Partner news", "Partner content", "More from our partners",
        "Something to Consider", "Sponsored stories", "Promoted stories",
    ),
    "de": ("Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel",
           "Meistgelesen", "Empfohlene Artikel", "Auch interessant", "Lesen Sie auch",
           "Verwandte Themen", "Weitere Nachrichten", "Weitere Meldungen", "Beliebte Artikel",
           "Top-Artikel", "Lesen Sie dazu auch", "Auch lesenswert", "Zum Thema", "Mehr dazu",
           "Meistgelesene Artikel", "Neueste Artikel"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Sur le même sujet", "Les plus lus",
           "Articles liés", "Vous aimerez aussi", "À voir aussi", "Dans la même rubrique",
           "À lire également", "Lire également", "Sur le même thème", "Les plus partagés",
           "Voir aussi", "À découvrir", "Nos articles", "Dernières actualités"),
    "es": ("Lee también", "Lea también", "Te puede interesar", "Noticias relacionadas",
           "Lo más leído", "Más noticias", "Relacionado", "Artículos relacionados",
           "Lea además", "Lee además", "También te puede interesar", "Te recomendamos",
           "Noticias recomendadas", "Últimas noticias", "Más información"),
    "it": ("Leggi anche", "Potrebbe interessarti", "Articoli correlati", "I più letti",
           "Ti potrebbe interessare", "Altre notizie", "Vedi anche", "Le altre notizie",
           "Potrebbe interessarti anche", "Articoli più letti", "Ultime notizie"),
    "pt": ("Leia também", "Leia mais", "Veja também", "Notícias relacionadas", "Mais lidas",
           "Relacionadas", "Você pode gostar", "Saiba mais", "Mais notícias", "Veja mais",
           "Últimas notícias", "Recomendados para você"),
    "nl": ("Lees ook", "Meest gelezen", "Gerelateerde artikelen", "Meer nieuws", "Ook interessant",
           "Lees meer", "Gerelateerd", "Meer over dit onderwerp", "Populair"),
    "ko": ("관련기사", "관련 기사", "많이 본 뉴스", "인기 기사", "최신 기사", "추천 기사",
           "관련뉴스", "관련 뉴스", "이 시각 주요뉴스", "많이 본 기사", "함께 보면 좋은 기사",
           "이 기사와 함께 본 기사", "오늘의 주요뉴스", "주요뉴스", "핫뉴스", "최신뉴스",
           "이 시각 많이 본 뉴스", "포토뉴스"),
    "ja": ("関連記事", "関連ニュース", "人気記事", "おすすめ記事", "最新記事", "関連リンク",
           "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "人気の記事",
           "アクセスランキング", "最新ニュース", "注目記事", "この記事を読んだ人におすすめ"),
    "zh": ("相关新闻", "相關新聞", "相关阅读", "延伸阅读", "延伸閱讀", "热门新闻", "推荐阅读",
           "相关文章", "相關文章", "猜你喜欢", "热门推荐", "相关报道", "相關報導", "更多新闻",
           "热点新闻", "精彩推荐", "相關閱讀", "熱門新聞"),
}

READ_MORE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("Read more", "Read More", "READ MORE", "Also read", "Read also", "Related",
           "See also", "Read", "More", "Watch", "Listen", "RELATED", "MORE", "READ", "See more",
           "Read next", "Related Video", "Related Content", "Related Article", "Don't miss",
           "Also see", "Also watch", "Recommended", "Trending", "Related post", "Related Post",
           "Related story", "Related Story", "Related link", "Also", "ALSO"),
    "de": ("Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Lesen Sie mehr",
           "Lesen Sie dazu", "Zum Thema", "Mehr dazu", "Lesen Sie hier", "Auch lesenswert"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi",
           "Lire également", "À lire également", "À voir", "A voir aussi", "À voir aussi"),
    "es": ("Lee también", "Lea también", "Leer más", "Te puede interesar", "Ver también",
           "Lea además", "Lee además", "Más información", "Te recomendamos", "Puedes leer"),
    "it": ("Leggi anche", "Leggi di più", "Vedi anche", "Leggi pure", "Approfondisci",
           "Leggi anche su",
           "Potrebbe interessarti"),
    "pt": ("Leia também", "Leia mais", "Veja também", "Saiba mais", "Veja mais", "Leia"),
    "nl": ("Lees ook", "Lees meer", "Zie ook", "Bekijk ook"),
    "ko": ("관련기사", "관련 기사", "함께 보면 좋은 기사", "관련뉴스", "관련 뉴스", "더보기"),
    "ja": ("関連記事", "あわせて読みたい", "関連リンク", "合わせて読みたい", "こちらもおすすめ"),
    "zh": ("相关新闻", "延伸阅读", "相关阅读", "相关报道", "延伸閱讀", "推荐阅读", "相關新聞"),
}

# A box label that names where its stories come from ("Most read in world news", "Popular
# on IndieWire", "More from The Guardian"): the phrase, then a few words of place, as a
# whole line. Only phrases no headline or subheading opens with.
PLACED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Most read in", "Most read on", "Most popular in", "Most popular on",
           "Most viewed in", "Most shared on", "Popular on", "Trending on", "Trending in",
           "More stories from", "More stories in", "Latest from", "Top stories in",
           "More from"),
    "de": ("Meistgelesen in", "Meistgelesen auf", "Mehr aus dem Ressort", "Mehr von"),
    "fr": ("Les plus lus sur", "Les plus lus dans", "À lire sur"),
    "es": ("Lo más leído en", "Más noticias de", "Más noticias sobre"),
    "it": ("Più letti su", "Altre notizie da", "Altre notizie su"),
    "pt": ("Mais lidas em", "Mais notícias de", "Mais notícias sobre"),
    "nl": ("Meest gelezen in", "Meest gelezen op", "Meer nieuws over"),
}
