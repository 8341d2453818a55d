"""disclosures: affiliate and sponsorship notices; news about affiliate marketing stays."""

from __future__ import annotations

import pytest

from newsclean.strippers.disclosures import is_disclosure


@pytest.mark.parametrize("line", [
    "If you buy something through this post, IGN may get a share of the sale.",
    "Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
    "This post contains affiliate links. As an Amazon Associate we earn from qualifying purchases.",
    "We may earn a commission when you buy through links on our site.",
    "Follow us on Twitter for the latest deals. We may receive a commission on purchases.",
    "Dieser Artikel enthält Affiliate-Links.",
    "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
    "Certains liens de cet article sont affiliés.",
    "Este artículo contiene enlaces de afiliados.",
    "Questo articolo contiene link di affiliazione.",
    "Dit artikel bevat affiliate links.",
])
def test_disclosures(line: str) -> None:
    assert is_disclosure(line)


@pytest.mark.parametrize("line", [
    "Publishers earn a commission on each sale made through affiliate links, a report found.",
    "Disclosure rules for lobbyists will tighten next year, the committee said.",
    "The commission will meet on Friday to discuss the affiliate program.",
    "This post office was built in 1912 and will close next month.",
    "Some links in the supply chain broke down during the strike, the union said.",
])
def test_sentences_about_commissions_stay(line: str) -> None:
    assert not is_disclosure(line)
