"""Extraction of the article body from a page: the only module that imports trafilatura.

>>> blocks, meta = extract_blocks("<html><body><article><p>" + "Words here. " * 30
...                               + "</p></article></body></html>")
>>> blocks[0].kind
'paragraph'
"""

from __future__ import annotations

from typing import Any

from newsclean.document import Block, BlockKind, Metadata
from newsclean.normalize import normalize_line

_KINDS: dict[str, BlockKind] = {"p": "paragraph", "head": "heading", "item": "list_item",
                                "quote": "quote", "cell": "table_cell", "code": "code"}


def extract_blocks(html: Any, url: str | None = None) -> tuple[list[Block], Metadata]:
    """Blocks of the main text and trafilatura's metadata, from HTML text or an lxml tree."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                         include_comments=False, include_tables=True)
    if result is None or result.body is None:
        return [], Metadata(url=url)
    blocks: list[Block] = []
    for element in result.body.iter("p", "head", "item", "quote", "cell", "code"):
        if element.getparent() is not None and element.getparent().tag in ("item", "quote", "cell"):
            continue
        text = normalize_line("".join(element.itertext()))
        if text:
            blocks.append(Block(text, _KINDS.get(element.tag, "paragraph")))
    authors = tuple(a.strip() for a in (result.author or "").split(";") if a.strip())
    meta = Metadata(title=result.title or None, subtitle=result.description or None,
                    authors=authors, url=result.url or url, site_name=result.sitename or None,
                    language=result.language or None)
    return blocks, meta
