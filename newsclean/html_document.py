"""From page to Document: parse once, read metadata, run the HTML stage, extract the body.

The HTML stage (pruning, then joining a split body) runs between reading the page's
metadata and extraction, on the same parsed tree.

>>> from newsclean.defaults import default_pipeline
>>> doc = html_document('<html><head><title>Talks | Post</title></head><body><article>'
...     '<h1>Talks</h1><div class="share-tools">Share on Facebook</div><p>'
...     + 'The talks went on for two days. ' * 8 + '</p></article></body></html>',
...     pipeline=default_pipeline())
>>> doc.meta.title, [r.reason for r in doc.removals], doc.blocks[-1].kind
('Talks', ['share_widgets.class_name'], 'paragraph')
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from newsclean.document import Block, Document, Metadata
from newsclean.extract import drop_invisible, extract_blocks, parse_html
from newsclean.html._prune import Page
from newsclean.html.metadata import page_metadata, published_fallback
from newsclean.normalize import alnum_key
from newsclean.pipeline import Pipeline, run_html_stage
from newsclean.text.dateline import opening_end

_LEDE_BLOCKS = 6
_MIN_INSERTED_AT = 12
"""Letters and digits a description shares with the start of a lede before a glued-in run."""
NOT_HTML = "the input could not be parsed as HTML"
NO_TEXT = "no article text found in the page (an index page, or an empty body)"
FEW_WORDS = "little text found ({} words): the page may not be an article (an index page?)"
# Shorter than the shortest news brief (a two-sentence wire flash runs about 40 words).
MIN_WORDS = 30


def html_document(source: str | Any, *, url: str | None = None, pipeline: Pipeline,
                  ) -> Document:
    """The Document of an HTML page (str or lxml element), before the text stage.

    A page that cannot be parsed or has no article text gives a Document with no blocks
    and a warning saying why.
    """
    tree = parse_html(source if isinstance(source, str) else _serialized(source))
    if tree is None:
        return Document(blocks=(), meta=Metadata(url=url), warnings=(NOT_HTML,))
    drop_invisible(tree)
    page = Page.of(tree)
    meta = page_metadata(tree, url=url, page=page)
    if meta.published is None:  # before pruning: date boxes are among what goes
        meta = replace(meta, published=published_fallback(tree, url=meta.url))
    pruned = run_html_stage(page, pipeline, meta)
    blocks = extract_blocks(tree, url=url)
    meta = pruned.meta
    if meta.published is None:  # last resort: dates in the text of the pruned page
        meta = replace(meta, published=published_fallback(tree, url=meta.url, extensive=True))
    if meta.subtitle and _is_lede(meta.subtitle, blocks):
        # The description repeats the first paragraph: it is the lede, not a dek.
        meta = replace(meta, subtitle=None)
    words = sum(len(b.text.split()) for b in blocks)
    warnings = (NO_TEXT,) if not blocks else (FEW_WORDS.format(words),) if words < MIN_WORDS else ()
    return Document(blocks=tuple(blocks), meta=meta, removals=pruned.removals, warnings=warnings)


def _is_lede(description: str, blocks: list[Block]) -> bool:
    """True when the description is one of the first paragraphs, with or without the
    dateline that opens it ("(CNN)The talks ..." under the description "The talks ..."),
    or with one run of text glued into it, such as a hover card after a name ("Gov. Kristi
    NoemKristi Lynn NoemSouth Dakota governor ... is defending ...").

    >>> lede = "Gov. Kristi Noem is defending the state's new anti-drug campaign on Monday."
    >>> _is_lede(lede, [Block(lede.replace("Noem", "NoemKristi Lynn NoemGovernor", 1))])
    True
    """
    key = alnum_key(description)
    for block in blocks[:_LEDE_BLOCKS]:
        if block.kind != "paragraph":
            continue
        text_key = alnum_key(block.text)
        if text_key == key or (text_key.endswith(key) and key
                               and alnum_key(block.text[opening_end(block.text):]) == key):
            return True
        if len(key) >= _MIN_INSERTED_AT and _with_insertion(text_key, key):
            return True
    return False


def _with_insertion(text: str, key: str) -> bool:
    """True when ``text`` is ``key`` with one run of characters inserted after its first
    ``_MIN_INSERTED_AT`` characters or more."""
    shared = len(os.path.commonprefix([text, key]))
    return _MIN_INSERTED_AT <= shared < len(key) and text.endswith(key[shared:])


def _serialized(element: Any) -> str:
    """An lxml element or tree as markup, so that the caller's tree is never changed."""
    from lxml import etree

    root = element.getroot() if isinstance(element, etree._ElementTree) else element
    return str(etree.tostring(root, encoding="unicode", method="html"))
