"""Bytes to text: byte-order mark, then the declared charset, then UTF-8, then detection
(charset-normalizer); bytes that are not text raise ``BinaryInputError``.

>>> decode_bytes("Café".encode("latin-1") + b' <meta charset="latin-1">')
'Café <meta charset="latin-1">'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsclean.errors import InputError
from newsclean.read.sniff import _SNIFF

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
                       rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""", re.I)


class BinaryInputError(InputError):
    """The bytes are not text in any encoding (an image or archive served as a page)."""

    __module__ = "newsclean.read"  # where users import it from, and its name in tracebacks


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with what a user should know about how."""

    text: str
    notes: tuple[str, ...] = ()


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
    return decode_bytes_explained(data).text


def decode_bytes_explained(data: bytes) -> Decoded:
    """``decode_bytes`` with notes on guesses: detection used, a declared charset ignored.

    >>> decoded = decode_bytes_explained("Grüße aus Köln, schöne Grüße".encode("cp1252"))
    >>> decoded.text, decoded.notes[0].startswith("no usable charset declared; decoded as")
    ('Grüße aus Köln, schöne Grüße', True)
    >>> decode_bytes_explained(bytes(range(256)) * 4)
    Traceback (most recent call last):
    ...
    newsclean.read.BinaryInputError: the input bytes are not text in any encoding (binary data?)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"))
    notes: list[str] = []
    declared = declared_charset(data)
    if declared:
        try:
            return Decoded(data.decode(declared))
        except UnicodeDecodeError:
            notes.append(f"the declared charset {declared} does not fit the bytes")
    reason = "; ".join(notes) if notes else "no usable charset declared"
    if b"\x1b$" in data[:_SNIFF * 4]:
        # ISO-2022 (Japanese, Korean mail and old pages) is 7-bit, so it is also valid
        # UTF-8; its escape sequences give it away.
        for encoding in ("iso2022_jp", "iso2022_kr"):
            try:
                return Decoded(data.decode(encoding), (f"{reason}; decoded as {encoding}",))
            except UnicodeDecodeError:
                continue
    try:
        return Decoded(data.decode("utf-8"), tuple(notes))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    wide = best is not None and best.encoding.startswith(("utf_16", "utf_32"))
    if best is None or (_looks_binary(data) and not wide):
        raise BinaryInputError("the input bytes are not text in any encoding (binary data?)")
    return Decoded(str(best), (f"{reason}; decoded as {best.encoding} by detection",))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 0x09 or 0x0E <= b < 0x20)
    return controls * 20 > len(sample)
