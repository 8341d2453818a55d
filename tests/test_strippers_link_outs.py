"""link_outs: short lines pointing to a web address; sentences that cite one stay."""

from __future__ import annotations

import pytest

from newsclean.strippers.link_outs import is_link_out


@pytest.mark.parametrize("line", [
    "Follow AP's full coverage of Brexit and British politics at https://apnews.com/Brexit",
    "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
    "iTunes: http://example.fm/show/615",
    "Download: http://example.fm/show/615/download",
    "On example.com: Car sales slump for a third month",
    "Also on example.com",
    "Read the full story at https://www.example.com/story/123",
    "Mehr dazu unter https://www.example.de/thema",
    "Lee más en https://www.ejemplo.es/noticias",
    "Retrouvez notre dossier sur https://www.exemple.fr/dossier",
])
def test_link_outs(line: str) -> None:
    assert is_link_out(line)


@pytest.mark.parametrize("line", [
    "The full ruling is published at https://courts.example.gov/rulings/442 and runs to 80 pages.",
    "Visit the county's website at https://county.example.gov to register for the hearings.",
    "For more information on the device, please visit: www.example.com",
    "On Tuesday, the ministry posted the figures at https://stats.example.gov",
    "Follow the instructions at https://example.gov/apply, the agency said.",
    "Read it at www.example.org, he said, and then decide.",
    "The company, example.com, said its sales rose 5 percent in the third quarter.",
])
def test_sentences_citing_addresses_stay(line: str) -> None:
    assert not is_link_out(line)
