"""Reading input: bytes to text, repairs, limits, and telling HTML from plain text.

Every entry point (``clean``, ``clean_html``, ``clean_text``) is wrapped by ``guarded``, which
runs ``prepare`` on the input first and records what it did in ``Article.warnings``:

- bytes are decoded by byte-order mark, then the declared charset, then UTF-8, then
  detection (charset-normalizer); bytes that are not text raise ``BinaryInputError``;
- NUL and other control characters are removed and lone surrogates replaced, because
  lxml refuses strings holding them;
- mojibake (UTF-8 read as Latin-1 or Windows-1252: "CafÃ©") is repaired by ftfy, only
  when ftfy is sure;
- input over ``Limits`` is cut (or refused), and nesting too deep for lxml is flattened;
- plain text is split into blocks (``text_blocks``), one per paragraph.

>>> looks_like_html("<p>Hello</p>"), looks_like_html("Plain text, 3 < 4.")
(True, False)
>>> decode_bytes("Café".encode("latin-1") + b' <meta charset="latin-1">')
'Café <meta charset="latin-1">'
>>> prepare("Caf\\x00Ã© crÃ¨me").warnings
('removed 1 NUL or control character(s)', 'repaired mojibake: encode latin-1, decode utf-8')
"""

from __future__ import annotations

from newsclean.read.decode import (
    BinaryInputError,
    Decoded,
    declared_charset,
    decode_bytes,
    decode_bytes_explained,
)
from newsclean.read.plain import text_blocks
from newsclean.read.prepare import Prepared, guarded, guarded_text, prepare
from newsclean.read.sniff import looks_like_html

__all__ = ["BinaryInputError", "Decoded", "Prepared", "decode_bytes", "decode_bytes_explained",
           "declared_charset", "guarded", "guarded_text", "looks_like_html", "prepare",
           "text_blocks"]
