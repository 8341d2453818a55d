"""Subscription and product offers a page puts between or after the paragraphs, by language.

``OFFER_STARTS`` open an offer: an imperative to subscribe ("Get", "Subscribe",
"Abonnieren Sie"); "Buy" and "Order" are left out, since deal posts advise readers to buy
at a price in their own paragraphs. ``OFFER_TERMS`` are the price terms an offer names, as regular
expressions around a currency amount ("12 issues for £11.99", "for as little as Rs 599",
"ab 9,99 Euro im Monat"). A line must have both; see ``newsclean.strippers.offers``.
"""

OFFER_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Get", "Subscribe", "Try", "Join", "Sign up", "Unlock"),
    "de": ("Jetzt abonnieren", "Jetzt testen", "Jetzt bestellen", "Abonnieren Sie", "Testen Sie",
           "Sichern Sie sich", "Holen Sie sich"),
    "fr": ("Abonnez-vous", "Profitez", "Essayez", "Découvrez"),
    "es": ("Suscríbete", "Suscríbase", "Aprovecha", "Prueba", "Hazte"),
    "it": ("Abbonati", "Approfitta", "Prova"),
    "pt": ("Assine", "Aproveite", "Experimente"),
    "nl": ("Neem een abonnement", "Abonneer", "Probeer", "Profiteer"),
}

_AMOUNT = r"(?:[£$€¥₹]\s?\d|\d[\d.,]*\s?(?:€|euros?|Euro|EUR|USD|dollars|pounds|Rs\.?)|Rs\.?\s?\d)"

OFFER_TERMS: dict[str, tuple[str, ...]] = {
    "en": (r"\d+\s+issues\s+for\s+" + _AMOUNT,
           r"for\s+as\s+little\s+as\s+" + _AMOUNT,
           _AMOUNT + r"[\d.,]*\s*(?:a|per|/)\s*(?:month|week|year|issue)",
           r"use\s+(?:the\s+)?(?:promo\s+|discount\s+)?code"),
    "de": (r"(?:für|ab|nur)\s+" + _AMOUNT + r"[\d.,]*\s*(?:€|Euro)?\s*(?:im|pro)\s+"
           r"(?:Monat|Woche|Jahr)", r"\d+\s+Ausgaben\s+für"),
    "fr": (_AMOUNT + r"[\d.,]*\s*(?:€|euros?)?\s*(?:par|/)\s*(?:mois|semaine|an)",),
    "es": (_AMOUNT + r"[\d.,]*\s*(?:€|euros?)?\s*(?:al|por|/)\s*(?:mes|semana|año)",),
    "it": (_AMOUNT + r"[\d.,]*\s*(?:€|euro)?\s*(?:al|a|/)\s*(?:mese|settimana|anno)",),
    "pt": (_AMOUNT + r"[\d.,]*\s*(?:€|reais)?\s*(?:por|ao|/)\s*(?:mês|semana|ano)",),
    "nl": (_AMOUNT + r"[\d.,]*\s*(?:€|euro)?\s*(?:per|/)\s*(?:maand|week|jaar)",),
}
