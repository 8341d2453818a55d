"""The entry points: ``clean``, ``clean_html`` and ``clean_text``.

>>> art = clean_text("Advertisement\\n\\nSEOUL, Oct. 24 (UPI) -- Officials met for two days.")
>>> art.text, art.dateline.location, art.source
('Officials met for two days.', 'SEOUL', 'UPI')
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsclean.article import Article
from newsclean.defaults import default_pipeline
from newsclean.document import Block, Document, Metadata
from newsclean.limits import Limits
from newsclean.normalize import join_paragraphs, normalize_line
from newsclean.pipeline import Pipeline
from newsclean.read import decode_bytes, guarded, guarded_text, looks_like_html
from newsclean.read.plain import text_blocks
from newsclean.text.memo import memo_scope
from newsclean.version import __version__

ACCEPTED = "str (HTML or plain text), bytes, a BeautifulSoup object or an lxml element"


@guarded
def clean(source: Any, url: str | None = None, pipeline: Pipeline | None = None, *,
          limits: Limits | None = None) -> Article:
    """Clean a page or a scraped text; the kind of input is detected.

    Accepts a str (HTML or plain text), bytes (decoded from the BOM, the declared charset,
    UTF-8 or detection), a BeautifulSoup object, or an lxml element. Empty input gives an
    empty Article. ``limits`` (a ``newsclean.limits.Limits``) bounds the work on
    hostile input; docs/robustness.md says how.

    >>> clean("<html><body><p>Hi.</p></body></html>").__class__.__name__
    'Article'
    >>> clean(42)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: clean() takes str (HTML or plain text), bytes, ... not int
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = decode_bytes(bytes(source))
    if isinstance(source, str):
        if looks_like_html(source):
            return clean_html(source, url=url, pipeline=pipeline)
        return clean_text(source, pipeline=pipeline, url=url)
    if _is_bs4(source) or _is_lxml(source):
        return clean_html(source, url=url, pipeline=pipeline)
    raise TypeError(f"clean() takes {ACCEPTED}, not {type(source).__name__}")


@guarded_text
def clean_text(text: str, pipeline: Pipeline | None = None, *, url: str | None = None,
               limits: Limits | None = None) -> Article:
    """Clean text a scraper already pulled out of a page: one paragraph per line or block.

    >>> clean_text("   ").text
    ''
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text() takes str, not {type(text).__name__}")
    doc = Document(blocks=tuple(Block(t) for t in text_blocks(text)), meta=Metadata(url=url))
    if not doc.blocks:
        return _empty(pipeline, url, "the input is empty")
    return finish(doc, pipeline)


@guarded
def clean_html(html: Any, url: str | None = None, pipeline: Pipeline | None = None, *,
               limits: Limits | None = None) -> Article:
    """Clean an HTML page: extract the article body, then run the text stage on it.

    Takes HTML as str or bytes, a BeautifulSoup object, or an lxml element.
    """
    from newsclean.html_document import html_document  # lxml and trafilatura load here

    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_bytes(bytes(html))
    elif _is_bs4(html):
        html = str(html)
    elif not isinstance(html, str) and not _is_lxml(html):
        raise TypeError(f"clean_html() takes {ACCEPTED}, not {type(html).__name__}")
    if isinstance(html, str) and (not html or html.isspace()):  # strip() would copy a page
        return _empty(pipeline, url, "the input is empty")
    pipeline = pipeline if pipeline is not None else _default_pipeline()
    with memo_scope():  # the page's metadata, HTML stage and text stage share the answers
        return finish(html_document(html, url=url, pipeline=pipeline), pipeline)


def finish(doc: Document, pipeline: Pipeline | None) -> Article:
    """Run the text stage on ``doc``, normalize, and build the Article."""
    pipeline = pipeline if pipeline is not None else _default_pipeline()
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline must be a newsclean.Pipeline, not {type(pipeline).__name__}")
    doc = pipeline.run(doc)
    paragraphs = tuple(p for p in (normalize_line(b.text) for b in doc.blocks) if p)
    meta = doc.meta
    return Article(
        text=join_paragraphs(paragraphs), paragraphs=paragraphs,
        title=meta.title, subtitle=meta.subtitle, authors=meta.authors, source=meta.source,
        dateline=meta.dateline, published=meta.published, modified=meta.modified,
        captions=meta.captions, url=meta.url, site_name=meta.site_name, language=meta.language,
        removals=doc.removals, warnings=doc.warnings, pipeline=pipeline.names, version=__version__,
    )


def _empty(pipeline: Pipeline | None, url: str | None, why: str) -> Article:
    names = (pipeline or _default_pipeline()).names
    return Article(url=url, warnings=(why,), pipeline=names, version=__version__)


@cache
def _default_pipeline() -> Pipeline:
    """The default pipeline, built once: a Pipeline is immutable, so one serves every call."""
    return default_pipeline()


def _is_bs4(obj: Any) -> bool:
    return type(obj).__module__.startswith("bs4")


def _is_lxml(obj: Any) -> bool:
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is a dependency
        return False
    return isinstance(obj, (etree._Element, etree._ElementTree))
