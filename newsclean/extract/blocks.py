"""trafilatura's output body turned into Blocks that keep their kind.

>>> from lxml import etree
>>> body = etree.fromstring("<body><head>Talks</head><p>One.<lb/>Two.</p>Loose text</body>")
>>> [(b.text, b.kind) for b in body_blocks(body)]
[('Talks', 'heading'), ('One.', 'paragraph'), ('Two.', 'paragraph'), ('Loose text', 'paragraph')]
"""

from __future__ import annotations

from typing import Any

from newsclean.document import Block, BlockKind
from newsclean.normalize import normalize_line

_KINDS: dict[str, BlockKind] = {"p": "paragraph", "head": "heading", "item": "list_item",
                                "quote": "quote", "cell": "table_cell", "code": "code"}
_BREAK = "\x1e"  # marks a line break while text is gathered (a control character pages do not use)
# Containers in trafilatura's output: their own children are the blocks.
_CONTAINERS = frozenset({"body", "div", "list", "table", "row", "main", "doc", "text"})


def body_blocks(body: Any) -> list[Block]:
    """The blocks of an extracted body, in order."""
    blocks: list[Block] = []
    _collect(body, blocks, None)
    return blocks


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


__all__ = ["body_blocks"]
