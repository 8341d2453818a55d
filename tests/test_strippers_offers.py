"""offers: an imperative to subscribe with a price; news about prices stays."""

from __future__ import annotations

import pytest

from newsclean.strippers.offers import is_offer


@pytest.mark.parametrize("line", [
    "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
    "£11.99. Click here for more information.",
    "Get access to our premium service for as little as Rs 599 for the first year. Use the "
    "code \"GETPRO\".",
    "Subscribe now for $1 a week and read without limits.",
    "Jetzt abonnieren: alle Artikel für nur 9,99 Euro im Monat.",
    "Abonnez-vous : 9,99 € par mois, sans engagement.",
])
def test_offers(line: str) -> None:
    assert is_offer(line)


@pytest.mark.parametrize("line", [
    "The magazine now costs £11.99 for 12 issues, the publisher said on Monday.",
    "Subscribers pay $1 a week under the new plan, the company said.",
    "Get the older model for just $99 while it lasts, our reviewer suggests.",
    "Jetzt kostet das Ticket 49 Euro im Monat, sagte der Sprecher.",
    "Get ready for a cold week, forecasters said on Sunday.",
])
def test_price_news_and_other_imperatives_stay(line: str) -> None:
    assert not is_offer(line)
