"""Parsing a page the way trafilatura does, and dropping what a reader never sees.

>>> tree = parse_html("<html><body><script>var a;</script><p>Hi.</p></body></html>")
>>> drop_invisible(tree)
>>> [e.tag for e in tree.iter()]
['html', 'body', 'p']
"""

from __future__ import annotations

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML  # its own loader's repairs

_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                     remove_comments=True, remove_pis=True)
# Every element an HtmlElement, chosen in C: lxml.html's default lookup calls Python once
# per element proxy (a tenth of the page time) only to give forms and inputs their own class.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
_INVISIBLE = ("style", "noscript", "svg", "template", "iframe", "object", "embed", "canvas")
_DROP = "newsclean-drop"  # what is to go is renamed to this, then stripped in one pass


def parse_html(html: str | bytes) -> HtmlElement | None:
    """The page parsed into an lxml tree the way trafilatura parses it; None if it is not HTML.

    Same parser settings and repairs as trafilatura's own loader, without its second scan
    of the page for control characters (``newsclean.read.prepare`` removed them already).

    >>> parse_html("<html><body><p>Hi.</p></body></html>").tag
    'html'
    >>> parse_html("") is None
    True
    """
    if isinstance(html, bytes):
        from newsclean.read import BinaryInputError, decode_bytes  # as every entry point

        try:
            html = decode_bytes(html)
        except BinaryInputError:
            return None
    if not html.strip():
        return None
    beginning = html[:50].lower()
    html = _repaired(html, beginning)
    try:
        tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (ValueError, etree.ParserError):
        return None
    if tree is None or ("html" not in beginning and len(tree) < 2):
        return None  # a fragment or plain text, not a page
    return tree


def _repaired(html: str, beginning: str) -> str:
    """``html`` with what libxml2 trips over fixed: non-characters, a doctype holding a
    slash (it ends the document early), a self-closing ``<html/>`` tag."""
    if "\ufffe" in html or "\uffff" in html:
        html = html.replace("\ufffe", "").replace("\uffff", "")
    if "doctype" in beginning:
        first, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", html, count=1)
    return html


def drop_invisible(tree: HtmlElement) -> None:
    """Remove markup a reader never sees (scripts, styles, SVG, frames), keeping JSON-LD.

    Extraction drops these anyway; dropping them once, right after parsing, makes every
    later pass over the tree cheaper. Their text is code, not content, so it is not
    recorded as a removal. JSON-LD scripts stay: they carry metadata and, on some
    pages, the article body that extraction falls back on.

    >>> tree = parse_html("<html><body><script>var a;</script><p>Hi.</p></body></html>")
    >>> drop_invisible(tree)
    >>> etree.tostring(tree.find("body"))
    b'<body><p>Hi.</p></body>'
    """
    for element in tree.iter("script", *_INVISIBLE):
        if element.tag == "script" and "ld+json" in (element.get("type") or ""):
            continue
        element.tag = _DROP
        if element.tail and not element.tail.strip():
            element.tail = None  # a blank tail would only add whitespace to its neighbour
    # strip_elements keeps each tail (moved to the previous sibling or the parent), in C.
    etree.strip_elements(tree, _DROP, with_tail=False)


__all__ = ["drop_invisible", "parse_html"]
