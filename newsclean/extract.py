"""Parsing a page and extracting its main text: the only module that imports trafilatura.

The page is parsed once (:func:`parse_html`); the HTML stage prunes that tree; then
:func:`extract_blocks` runs trafilatura's main extractor on it in its fast mode (the
full cascade, with its fallback extractors, only when the fast result looks lost) and
turns the body it returns into Blocks that keep their kind. Metadata is not asked of
trafilatura: newsclean reads it from the page itself (``newsclean.html.metadata``).

>>> tree = parse_html("<html><body><article><h2>Talks</h2><p>" + "Words here. " * 30
...                   + "</p></article></body></html>")
>>> [b.kind for b in extract_blocks(tree)]
['heading', 'paragraph']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
from trafilatura.xpaths import BODY_XPATH

from newsclean.document import Block, BlockKind
from newsclean.html._prune import remove_keeping_tail
from newsclean.normalize import normalize_line

_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                     remove_comments=True, remove_pis=True)
# Every element an HtmlElement, chosen in C: lxml.html's default lookup calls Python once
# per element proxy (a tenth of the page time) only to give forms and inputs their own class.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
_KINDS: dict[str, BlockKind] = {"p": "paragraph", "head": "heading", "item": "list_item",
                                "quote": "quote", "cell": "table_cell", "code": "code"}
_INVISIBLE = ("style", "noscript", "svg", "template", "iframe", "object", "embed", "canvas")
_DROP = "newsclean-drop"  # what is to go is renamed to this, then stripped in one pass
_PARAGRAPH_TEXT = etree.XPath("//p//text()[not(ancestor::a)]")
# Below this share of the page's paragraph text, the fast extraction is checked by the
# full one; so it is when less than PROSE_SHARE of its text is in lines of prose.
RETRY_SHARE = 0.3
PROSE_SHARE = 0.3
_PROSE_WORDS = 8  # a line of at least this many words is prose, not a menu item or label
_BREAK = "\x1e"  # marks a line break while text is gathered (a control character pages do not use)
# Containers in trafilatura's output: their own children are the blocks.
_CONTAINERS = frozenset({"body", "div", "list", "table", "row", "main", "doc", "text"})


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


def join_split_body(tree: HtmlElement, *, named: Iterable[HtmlElement] | None = None) -> int:
    """Gather an article body the page splits into pieces into its first piece; the count moved.

    Some layouts cut the body into several boxes of the same name, with ad rails and
    promotions between them::

        <div class="article__body"><p>First part ...</p></div>
        <div class="ad-rail">...</div>
        <div class="article__body"><p>Second part ...</p></div>

    The extractor reads the first box named as an article body and stops there, so all
    but the first piece would be lost. The later pieces are moved, in order, to the end
    of the first; what stood between them stays where it was, outside the body.
    Pieces are joined only when they are the same box (tag, class and id), none inside
    another, each holds ``MIN_PIECE_CHARS`` of paragraph text, they sit in the same
    ``<article>`` (or none) and no ``<h1>`` stands between them: boxes of the same name
    in separate articles (a page that loads the next story below) or in a list of teaser
    cards stay apart.

    >>> tree = parse_html("<html><body>" + "".join(
    ...     f'<div class="article-body"><p>{"Part %d of the story. " % i * 12}</p></div>'
    ...     '<div class="ad">Ad</div>' for i in (1, 2)) + "</body></html>")
    >>> join_split_body(tree), [len(d) for d in tree.iter("div")]
    (1, [2, 0, 0])

    ``named`` (when the caller has them at hand) are the page's elements whose class
    names them as a body (``patterns.html_boxes.BODY_WORDS``): without two of one class
    holding prose there is nothing to join, and the page is not searched.
    """
    if named is not None and not _could_be_pieces(named):
        return 0
    found = BODY_XPATH[0](tree)
    if not found or not found[0].get("class"):
        return 0
    first = found[0]  # the box the extractor reads
    name = (first.get("class"), first.get("id"))
    pieces = [e for e in tree.iter(first.tag) if (e.get("class"), e.get("id")) == name]
    chosen = set(pieces)
    pieces = [e for e in pieces if not any(a in chosen for a in e.iterancestors())]
    if len(pieces) < 2 or not all(map(_holds_prose, pieces)):
        return 0
    articles = {next(e.iterancestors("article"), None) for e in pieces}
    if len(articles) > 1 or _h1_between(tree, pieces[0], pieces[-1]):
        return 0
    for piece in pieces[1:]:
        _move_into(first, piece)
    return len(pieces) - 1


MIN_PIECE_CHARS = 200
"""Paragraph text a piece of a split body holds at least: a teaser card holds less."""


def _could_be_pieces(named: Iterable[HtmlElement]) -> bool:
    """True when two of the ``named`` elements of one class hold prose."""
    holding: dict[tuple[str, str | None], int] = {}
    for element in named:
        if _holds_prose(element):
            key = (element.tag, element.get("class"))
            holding[key] = holding.get(key, 0) + 1
            if holding[key] == 2:
                return True
    return False


def _holds_prose(element: HtmlElement) -> bool:
    total = 0
    for paragraph in element.iter("p"):
        total += sum(map(len, paragraph.itertext()))
        if total >= MIN_PIECE_CHARS:
            return True
    return False


def _h1_between(tree: HtmlElement, start: HtmlElement, end: HtmlElement) -> bool:
    """True when an ``<h1>`` outside ``start`` and ``end`` lies between them in the page."""
    inside = set(start.iter()) | set(end.iter())
    seen_start = False
    for element in tree.iter(etree.Element):
        if element is start:
            seen_start = True
        elif element is end:
            return False
        elif seen_start and element.tag == "h1" and element not in inside:
            return True
    return False


def _move_into(target: HtmlElement, piece: HtmlElement) -> None:
    """Move ``piece``'s content to the end of ``target``, then take the empty ``piece`` out."""
    if piece.text and piece.text.strip():
        last = target[-1] if len(target) else None
        if last is None:
            target.text = (target.text or "") + piece.text
        else:
            last.tail = (last.tail or "") + piece.text
    for child in list(piece):
        target.append(child)  # appending moves the element, with its tail
    piece.text = None
    remove_keeping_tail(piece)


def extract_blocks(tree: HtmlElement, *, url: str | None = None) -> list[Block]:
    """The blocks of the main text trafilatura finds in ``tree`` (which it does not change).

    The fast extractor runs first. When it returns less than ``RETRY_SHARE`` of the
    paragraph text the page holds, or text that is mostly short lines (less than
    ``PROSE_SHARE`` of it in lines of prose: a menu taken for the body), the full cascade
    (with its fallback extractors) runs too, and the result with more prose and less else
    is kept. The fast extractor can lose its way on a page whose boxes were pruned; this
    costs a second pass on those pages only (7 of the 181 benchmark pages).
    """
    result = _extract(tree, url=url, fast=True)
    text = (result.text or "") if result is not None else ""
    if (len(text) < RETRY_SHARE * paragraph_chars(tree)
            or prose_chars(text) < PROSE_SHARE * len(text)):
        second = _extract(tree, url=url, fast=False)
        if second is not None and _worth(second.text or "") > _worth(text):
            result = second
    if result is None or result.body is None:
        return []
    blocks: list[Block] = []
    _collect(result.body, blocks, None)
    return blocks


def paragraph_chars(tree: HtmlElement) -> int:
    """Characters of ``<p>`` text outside links in ``tree``: what a page offers to read.

    >>> paragraph_chars(parse_html("<html><body><p>Read <a href='/'>this</a>.</p></body></html>"))
    6
    """
    return sum(len(t) for t in _PARAGRAPH_TEXT(tree))


def prose_chars(text: str) -> int:
    """Characters of ``text`` in lines of at least eight words: prose, not menus.

    >>> prose_chars("Home\\nNews\\nThe council met on Tuesday to vote on the budget.")
    49
    """
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS)


def _worth(text: str) -> int:
    """Prose counts for an extraction, everything else against it."""
    return 2 * prose_chars(text) - len(text)


def _extract(tree: HtmlElement, *, url: str | None, fast: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(tree, url=url, fast=fast, with_metadata=False,
                                       include_comments=False, include_tables=True)


def _collect(container: Any, blocks: list[Block], kind: BlockKind | None) -> None:
    """Blocks from a container element: its block children, and loose text as paragraphs.

    Loose text (the container's own text, inline children and tails) is gathered into a
    paragraph so that nothing trafilatura kept is lost in the conversion.
    """
    loose: list[str] = [container.text or ""]

    def flush() -> None:
        _add(blocks, "".join(loose), kind or "paragraph")
        loose.clear()

    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _CONTAINERS or (tag in ("quote", "cell") and _has_blocks(child)):
            flush()
            _collect(child, blocks, kind or _KINDS.get(tag))
        elif tag in _KINDS:
            flush()
            for line in _lines(child):
                _add(blocks, line, kind if kind == "quote" else _KINDS[tag])
        elif tag == "lb":
            flush()
        else:
            loose.append(_text(child))
            continue
        loose.append(child.tail or "")
    flush()


def _has_blocks(element: Any) -> bool:
    return any(child.tag in _KINDS or child.tag in _CONTAINERS for child in element)


def _lines(element: Any) -> list[str]:
    """The element's text, split at its line breaks (``<br>`` in the page)."""
    return [line for line in _ordered_text(element).split(_BREAK) if line.strip()]


def _ordered_text(element: Any) -> str:
    """All text under ``element`` in document order, with ``_BREAK`` where a line break was."""
    out: list[str] = [element.text or ""]
    for child in element:
        out.append(_BREAK if child.tag == "lb" else _ordered_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _text(element: Any) -> str:
    return _ordered_text(element).replace(_BREAK, " ")


def _add(blocks: list[Block], text: str, kind: BlockKind) -> None:
    line = normalize_line(text)
    if line:
        blocks.append(Block(line, kind))
