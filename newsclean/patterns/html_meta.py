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

# Class/id words of a byline element. How a byline reads is in ``patterns.bylines``.
BYLINE_WORDS = ("byline", "author", "authors", "author name", "by line", "writer", "autor",
                "auteur", "autore", "firma", "signature")
# Separators between a headline and the site name in <title> ("Talks resume | Daily Post").
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : ",
                    " ｜ ", "｜", "：")
# The same without spaces ("习近平会见美国总统-新华网", "Daily Post: Talks resume"): cut only
# when the part is exactly the site's name or host, since these also join words.
TIGHT_TITLE_SEPARATORS = ("_", "-", "|", ": ", "/")
