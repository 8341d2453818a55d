"""shortcodes: lines of unrendered shortcodes; brackets in prose stay."""

from __future__ import annotations

import pytest

from newsclean.document import Document
from newsclean.strippers.shortcodes import shortcodes


@pytest.mark.parametrize("line,cut", [
    ('[button link="https://example.com/submit/" type="big"] Send us your review[/button]', True),
    ("[button link=”http://example.co.uk/kit/” type=”big”] Send us YOUR kit review[/button]", True),
    ('[gallery ids="101,102,103" columns="3"]', True),
    ("[embed width=640]https://video.example.com/v/123[/embed]", True),
    ("He said [the minister] would resign on Friday.", False),
    ("[VIDEO] Fans gather outside the stadium", False),
    ("[sic] The letter was dated 1921.", False),
    ("[Updated at 3 p.m. with comment from the mayor, who said x = y was wrong.]", False),
])
def test_shortcode_lines(line: str, cut: bool) -> None:
    assert bool(shortcodes(Document.from_blocks([line]))) is cut
