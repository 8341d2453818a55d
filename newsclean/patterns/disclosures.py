"""Affiliate and sponsorship disclosures, by language.

``DISCLOSURE_STARTS`` open a disclosure line ("This post contains affiliate links",
"Disclosure:", "Als Amazon-Partner verdienen wir"). ``DISCLOSURE_CUES`` mark one wherever
they stand in a short line; each is said by the publisher about itself (first person, or
"this post"), so a news sentence about affiliate marketing ("Publishers earn a commission
on each sale") holds none of them.
"""

DISCLOSURE_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Disclosure:", "Affiliate disclosure", "Editorial disclosure", "Advertiser disclosure",
           "This post contains affiliate links", "This post may contain affiliate links",
           "This article contains affiliate links", "This article may contain affiliate links",
           "This page contains affiliate links", "This story contains affiliate links",
           "This content contains affiliate links", "Some links in this",
           "Some of the links in this", "If you buy something through",
           "If you buy something from", "If you make a purchase through",
           "If you purchase something through", "If you click on a link",
           "When you buy through links", "When you buy something through",
           "When you purchase through links", "As an Amazon Associate",
           "We may earn a commission", "We may receive a commission", "We earn a commission",
           "We may earn money", "We may get a commission", "This shop has been compensated",
           "This post is sponsored by", "This is a sponsored post", "This post was sponsored by",
           "This content is sponsored by", "Sponsored content:", "Paid content:",
           "Our editors independently", "We independently select", "Products featured are"),
    "de": ("Dieser Artikel enthält Affiliate-Links", "Dieser Beitrag enthält Affiliate-Links",
           "Dieser Artikel enthält Partnerlinks", "Als Amazon-Partner verdienen",
           "Transparenzhinweis:", "Hinweis: Dieser Artikel enthält", "Affiliate-Hinweis",
           "Mit einem Stern markierte Links", "Links mit einem Stern", "Werbehinweis:"),
    "fr": ("Cet article contient des liens affiliés",
           "Cet article contient des liens d'affiliation",
           "Certains liens de cet article", "Certains liens dans cet article",
           "Lien affilié", "Liens affiliés :", "En tant que Partenaire Amazon"),
    "es": ("Este artículo contiene enlaces de afiliados", "Algunos enlaces de este artículo",
           "Como afiliado de Amazon", "Enlaces de afiliados:", "Divulgación:"),
    "it": ("Questo articolo contiene link di affiliazione", "Alcuni link in questo articolo",
           "In qualità di Affiliato Amazon", "Link di affiliazione:"),
    "pt": ("Este artigo contém links afiliados", "Este artigo contém links de afiliados",
           "Alguns links deste artigo", "Como associado da Amazon"),
    "nl": ("Dit artikel bevat affiliate links", "Dit artikel bevat affiliate-links",
           "Sommige links in dit artikel", "Als Amazon-partner"),
}

DISCLOSURE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("may get a share of the sale", "may earn a commission", "may receive a commission",
           "earn from qualifying purchases", "may earn an affiliate commission",
           "may collect a share of sales", "contains affiliate links", "contain affiliate links",
           "may earn a small commission", "receive compensation for some links"),
    "de": ("erhalten wir eine Provision", "erhalten wir ggf. eine Provision",
           "verdienen wir an qualifizierten Verkäufen", "bekommen wir eine Provision"),
    "fr": ("nous percevons une commission", "nous pouvons percevoir une commission",
           "peut percevoir une commission"),
    "es": ("podemos recibir una comisión", "recibimos una comisión"),
    "it": ("potremmo ricevere una commissione", "riceviamo una commissione"),
    "pt": ("podemos receber uma comissão", "recebemos uma comissão"),
    "nl": ("ontvangen wij een commissie", "ontvangen we een commissie"),
}
