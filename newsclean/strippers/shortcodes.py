"""shortcodes: lines of unrendered content-management shortcodes.

A scraper that reads a post's source instead of its page gets the shortcodes the site
would have turned into buttons, galleries or embeds::

    [button link="https://example.com/submit/" type="big"] Send us your review[/button]
    [gallery ids="101,102,103" columns="3"]
    [embed width="640"]https://video.example.com/v/123[/embed]

A line goes (reason ``shortcodes.line``) when it opens with a shortcode whose lowercase
name is followed at once by an attribute (``[name key=value ...]``) and holds at most
``MAX_WORDS`` words. Brackets in prose ("[sic]", "[the minister]", "[VIDEO]") carry no
``key=value`` attribute and stay.

Disable it for texts about web publishing that show shortcodes as examples.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(['[button link="https://example.com/kit/"] Review it[/button]',
...                             "He said [the minister] would resign on Friday."])
>>> [(c.block, c.why) for c in shortcodes(doc)]
[(0, 'line')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.text.words import word_count

MAX_WORDS = 40
"""Longest shortcode line: a button or embed and its short label."""
# "[name key=value ...]": a lowercase name, then at once a key=value attribute (quotes of
# any kind, "”" from smart quoting), then the rest up to the closing bracket.
_SHORTCODE = regex.compile(r"^\s*\[[a-z][a-z0-9_\-]{1,30}\s+[a-z][\w\-]{0,30}\s*=\s*"
                           r"[^\[\]\n]{0,400}\]")


@text_step("line")
def shortcodes(doc: Document) -> list[Cut]:
    """Cut every short line that opens with an attributed shortcode."""
    return [Cut(i, "line") for i, block in enumerate(doc.blocks)
            # The cheap test: the line opens with "[" (after spaces).
            if block.text.lstrip()[:1] == "[" and _SHORTCODE.match(block.text, timeout=0.5)
            and word_count(block.text) <= MAX_WORDS]
