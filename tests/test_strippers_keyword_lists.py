"""keyword_lists: comma-separated keyword stuffing; lists the article writes stay."""

from __future__ import annotations

import pytest

from newsclean.document import Document
from newsclean.strippers.keyword_lists import keyword_lists


@pytest.mark.parametrize("line,cut", [
    ("stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, calendario "
     "stock car, stock car corrida milhão", True),
    ("cheap flights, cheap flights london, cheap flights paris, last minute cheap flights, "
     "cheap flights deals, cheap flights 2019", True),
    ("flour, sugar, eggs, butter, milk, baking powder, salt", False),
    ("Paris, Lyon, Nice, Marseille, Lille, Bordeaux, Toulouse", False),
    ("apples, pears, plums.", False),
    ("they came from the north, the south, the east, the west, the hills and the sea, the "
     "town said, and the mayor thanked the people of the region for the help", False),
])
def test_keyword_lines(line: str, cut: bool) -> None:
    assert bool(keyword_lists(Document.from_blocks([line]))) is cut
