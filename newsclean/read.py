"""Reading input: bytes to text, and telling HTML from plain text.

>>> looks_like_html("<p>Hello</p>"), looks_like_html("Plain text, 3 < 4.")
(True, False)
>>> decode_bytes("Café".encode("latin-1") + b' <meta charset="latin-1">')
'Café <meta charset="latin-1">'
"""

from __future__ import annotations

import codecs
import re

from newsclean.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
                       rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""", re.I)
_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|section|main|span|br|a\s|"
                  r"h[1-6]|meta|title|script|table|ul|li|figure|img)\b", re.I)
_SNIFF = 4096


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: it opens with a tag, or has several HTML tags early on."""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    if head[:1] == "<" and _TAG.match(head):
        return True
    return len(_TAG.findall(head)) >= 3


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag or XML prolog, if Python knows it."""
    match = _DECLARED.search(data[:_SNIFF * 4])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> str:
    """Bytes to text: byte-order mark, then declared charset, then UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("could not decode the input bytes: no charset declared and none detected")
    return str(best)
