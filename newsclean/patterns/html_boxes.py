"""Words in class, id and role names that mark a box of page furniture, by family.

The HTML stage splits an element's ``class``, ``id``, ``role`` and ``data-component``
values into lowercase words (``articleShareBar`` -> ``article``, ``share``, ``bar``) and
also forms each pair of neighbouring words (``most read``). A box whose words meet one of
these tables, and that holds little running prose, is pruned. Class names are mostly
English even on other-language sites, so ``en`` is the longest list; the other keys hold
the names sites build from their own language. ``*_SKIP`` words veto a match
(``market-share`` is a story about market share, not a share bar).

The ``*_LABELS`` tables are accessible labels (``aria-label``) that name the same boxes.
"""

AD_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
           "adunit", "adsense", "adcontainer", "adwrapper", "dfp", "gpt ad", "sponsored",
           "sponsor", "sponsors", "outbrain", "taboola", "teads", "doubleclick", "native ad",
           "promoted", "billboard", "leaderboard", "skyscraper", "mpu"),
    "de": ("werbung", "anzeige", "anzeigen"),
    "fr": ("pub", "publicite", "annonce"),
    "es": ("publicidad", "anuncio", "anuncios"),
    "it": ("pubblicita",),
    "pt": ("publicidade", "anuncio"),
    "nl": ("advertentie", "reclame"),
    "pl": ("reklama",),
}
AD_SKIP: dict[str, tuple[str, ...]] = {"en": ("head", "add", "read", "load", "admin")}

SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("share", "shares", "sharing", "sharebar", "sharebuttons", "sharethis", "addthis",
           "addtoany", "shariff", "social", "socials", "social media", "follow us",
           "social links", "social icons", "print email", "email share"),
    "de": ("teilen", "social media"),
    "fr": ("partage", "partager", "reseaux sociaux"),
    "es": ("compartir", "redes sociales"),
    "it": ("condividi", "condivisione", "social"),
    "pt": ("compartilhar", "partilhar"),
    "nl": ("delen",),
}
SHARE_SKIP: dict[str, tuple[str, ...]] = {
    "en": ("market", "market share", "social issues", "embed", "embedded", "tweet"),
}

NEWSLETTER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup",
           "sign up", "optin", "opt in", "mailing list", "email signup", "email capture",
           "regwall", "paywall", "piano", "donate", "donation", "membership"),
    "de": ("abo", "abonnieren", "abonnement"),
    "fr": ("abonnement", "inscription", "lettre"),
    "es": ("suscripcion", "suscribete", "boletin"),
    "it": ("iscriviti", "abbonamento"),
    "pt": ("assine", "assinatura"),
    "nl": ("abonnement", "nieuwsbrief"),
}

RELATED_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("related", "relatedposts", "related posts", "related articles", "related stories",
           "related content", "related links", "recommended", "recommendation",
           "recommendations", "recirc", "recirculation", "trending", "most read",
           "most popular", "most viewed", "popular posts", "more stories", "more news",
           "read more", "read next", "up next", "also read", "you may like", "you might like",
           "editors picks", "top stories", "latest news", "more from", "further reading",
           "yarpp", "jp relatedposts"),
    "de": ("verwandte", "empfehlungen", "weitere artikel", "meistgelesen", "mehr zum thema"),
    "fr": ("articles lies", "lire aussi", "a lire", "sur le meme sujet"),
    "es": ("relacionadas", "relacionados", "noticias relacionadas", "mas leidas"),
    "it": ("correlati", "articoli correlati", "piu letti"),
    "pt": ("relacionadas", "relacionados", "mais lidas", "leia tambem"),
    "nl": ("gerelateerd", "meest gelezen"),
}

COMMENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("comment", "comments", "commentlist", "comment list", "disqus", "respond",
           "discussion", "replies", "commentary thread"),
    "de": ("kommentare", "kommentar"),
    "fr": ("commentaires", "commentaire"),
    "es": ("comentarios", "comentario"),
    "it": ("commenti", "commento"),
    "pt": ("comentarios", "comentario"),
    "nl": ("reacties",),
}

CONSENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("cookie", "cookies", "cookiebar", "cookie banner", "cookie notice", "consent",
           "gdpr", "cmp", "onetrust", "didomi", "usercentrics", "privacy banner",
           "privacy notice"),
    "de": ("datenschutz hinweis", "einwilligung"),
    "fr": ("bandeau cookies",),
}

AD_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("advertisement", "advertising", "sponsored content", "ad"),
    "de": ("anzeige", "werbung"), "fr": ("publicité",), "es": ("publicidad",),
    "it": ("pubblicità",), "pt": ("publicidade",), "nl": ("advertentie",),
}
SHARE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("share", "share this article", "share this story", "share on social media",
           "social media links", "follow us", "share options", "sharing options"),
    "de": ("teilen", "artikel teilen"), "fr": ("partager", "partager l'article"),
    "es": ("compartir",), "it": ("condividi",), "pt": ("compartilhar", "partilhar"),
    "nl": ("delen",),
}
RELATED_LABELS_ARIA: dict[str, tuple[str, ...]] = {
    "en": ("related", "related articles", "related stories", "related content",
           "recommended", "recommended stories", "more stories", "most read", "most popular",
           "trending", "read more", "read next", "more from"),
    "de": ("mehr zum thema", "weitere artikel"), "fr": ("lire aussi", "à lire aussi"),
    "es": ("noticias relacionadas",), "it": ("articoli correlati",),
    "pt": ("notícias relacionadas", "leia também"),
}

CAPTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("caption", "captions", "figcaption", "wp caption", "image caption", "photo caption",
           "media caption", "img caption", "image description"),
    "de": ("bildunterschrift", "bildtext"),
    "fr": ("legende",),
    "es": ("pie de foto", "pie foto"),
    "pt": ("legenda",),
    "it": ("didascalia",),
}
CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("credit", "credits", "copyright", "photographer", "attribution", "image source",
           "photo credit", "source"),
    "de": ("bildquelle", "fotograf", "quelle"),
    "fr": ("credit", "credits"),
    "es": ("credito", "creditos", "fuente"),
    "pt": ("credito", "creditos", "fonte"),
}

CHROME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
           "toolbar", "skip link", "skiplink", "pagination", "pager", "reprint", "reprints",
           "article tools", "story tools", "utility bar", "masthead", "site header",
           "site footer", "footer", "topbar", "sidebar", "widget", "widgets", "print tools"),
    "de": ("navigation", "brotkrumen"),
    "fr": ("fil ariane",),
    "es": ("migas",),
}
CHROME_ROLES = ("navigation", "menubar", "menu", "banner", "contentinfo", "toolbar", "search")

META_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("byline", "bylines", "author", "authors", "author name", "author info", "author bio",
           "author box", "about author", "bio", "contributor", "date", "dates", "timestamp",
           "time", "pubdate", "published", "publish date", "updated", "post date", "dateline date",
           "tags", "tag list", "taglist", "keywords", "topics", "categories", "category",
           "post meta", "entry meta", "article meta", "story meta", "meta", "metadata",
           "reading time", "read time", "post info", "entry footer", "article footer"),
    "de": ("autor", "datum", "schlagworte", "stichworte"),
    "fr": ("auteur", "date publication", "mots cles"),
    "es": ("autor", "fecha", "etiquetas"),
    "it": ("autore",),
    "pt": ("autor", "etiquetas"),
}
META_SKIP: dict[str, tuple[str, ...]] = {"en": ("body", "content", "text", "story body")}

# Words that mark the article's own wrapper (WordPress ``post_class``, schema.org-like
# names); a box carrying them is never pruned, whatever else its classes say
# ("post type-post tag-deals" is the article, tagged "deals").
ARTICLE_WRAPPER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("hentry", "type post", "status publish", "format standard", "article body",
           "articlebody", "story body", "entry content", "post content", "article content"),
}

# Headings over a list of other stories, beyond the fixed labels of ``patterns.related``:
# English sites build them from a word of these two sets with their name between
# ("More Great Wired Stories", "Latest Apple Headlines", "More from NBC News").
LIST_HEADING_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("more", "other", "latest", "recent", "top", "popular", "related", "recommended",
           "trending", "further", "similar"),
}
LIST_HEADING_ENDS: dict[str, tuple[str, ...]] = {
    "en": ("stories", "articles", "news", "posts", "headlines", "reads", "reading",
           "coverage", "links", "videos"),
}
# A list under "Related topics" is the article's tags, which the text stage judges.
LIST_HEADING_SKIP: dict[str, tuple[str, ...]] = {
    "en": ("topics", "topic", "tags", "categories"),
    "de": ("themen",), "fr": ("thèmes", "sujets"), "es": ("temas",), "it": ("argomenti",),
    "pt": ("tópicos", "temas"),
}

# Class words of "click to tweet" pull quotes (the plugins' own names) and their buttons.
TWEET_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("tweet", "tweets", "ctt", "bctt", "click to tweet", "clicktotweet", "tweetable",
           "tweet this", "tweetthis"),
}
# The button text of "click to tweet" pull quotes: the quote is article text, the button
# beside it (a link to the tweet composer, or inside one) is not.
TWEET_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("click to tweet", "click to tweet this", "tweet this", "tweet this quote", "tweet",
           "share on twitter", "click to share on twitter", "tweet it"),
    "de": ("jetzt twittern", "twittern", "zum twittern klicken"),
    "fr": ("cliquez pour tweeter", "tweeter", "tweetez"),
    "es": ("haz clic para tuitear", "tuitear", "tuitea esto"),
    "it": ("clicca per twittare", "twitta"),
    "pt": ("clique para tweetar", "tweetar"),
    "nl": ("klik om te tweeten", "tweet dit"),
}

# A box named as the story's source ("article-source", "artSource") holding one line
# that opens with one of these labels: "SOURCE: News agencies".
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("source", "sources", "art source", "article source", "story source", "news source"),
    "de": ("quelle", "quellen"), "fr": ("source",), "es": ("fuente", "fuentes"),
    "it": ("fonte", "fonti"), "pt": ("fonte", "fontes"), "nl": ("bron", "bronnen"),
}

# Class words of the box that holds an article's body (``article__body``, ``postContent``),
# as the HTML stage splits them: where two boxes so named hold prose, the body may be
# split in pieces (see ``newsclean.html.split_body``).
BODY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("article body", "articlebody", "article content", "article text", "articletext",
           "entry content", "post content", "postcontent", "post body", "post text",
           "post entry", "postentry", "page content", "text content", "art content",
           "body text", "story content", "story body", "post inner", "article container"),
}
