"""Edits of a parsed page's tree that keep its text in place, shared by the HTML stage
and extraction.

>>> from lxml.html import fromstring
>>> box = fromstring("<div><p>One.</p><aside>Ad</aside> Two.</div>")
>>> remove_keeping_tail(box.find("aside"))
>>> box.text_content()
'One. Two.'
"""

from __future__ import annotations

from typing import Any


def remove_keeping_tail(element: Any) -> None:
    """Take ``element`` out of its tree; the text that followed it stays in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def move_content(target: Any, piece: Any) -> None:
    """Move ``piece``'s content to the end of ``target``, then take the empty ``piece`` out.

    >>> from lxml.html import fromstring
    >>> page = fromstring("<div><p>One.</p><i>Ad</i><p>Two.</p></div>")
    >>> first, ad, second = page
    >>> move_content(first, second)
    >>> [e.tag for e in page], first.text
    (['p', 'i'], 'One.Two.')
    """
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


__all__ = ["move_content", "remove_keeping_tail"]
