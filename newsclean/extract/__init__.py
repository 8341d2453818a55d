"""Parsing a page and extracting its main text: the only area that imports trafilatura.

The page is parsed once (:func:`parse_html`, in ``parse``); the HTML stage prunes that
tree; then :func:`extract_blocks` (in ``body``) runs trafilatura's main extractor on it in
its fast mode (the full cascade, with its fallback extractors, only when the fast result
looks lost) and turns the body it returns into Blocks that keep their kind (``blocks``).
Metadata is not asked of trafilatura: newsclean reads it from the page itself
(``newsclean.html.metadata``).

>>> tree = parse_html("<html><body><article><h2>Talks</h2><p>" + "Words here. " * 30
...                   + "</p></article></body></html>")
>>> [b.kind for b in extract_blocks(tree)]
['heading', 'paragraph']
"""

from __future__ import annotations

from newsclean.extract.body import (
    PROSE_SHARE,
    RETRY_SHARE,
    extract_blocks,
    first_body_box,
    paragraph_chars,
    prose_chars,
)
from newsclean.extract.parse import drop_invisible, parse_html

__all__ = ["PROSE_SHARE", "RETRY_SHARE", "drop_invisible", "extract_blocks", "first_body_box",
           "paragraph_chars", "parse_html", "prose_chars"]
