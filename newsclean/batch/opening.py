"""Opening inputs as binary streams: gzip is read transparently, stdin is ``-``.

Compression is recognised by the gzip magic bytes, not the file name, so ``page.html``
that is really gzip and ``page.html.gz`` both work. A gzip stream cut short is reported
(``TruncationGuard.problem``) instead of ending quietly as if the data were complete.

>>> import gzip, io
>>> guard = TruncationGuard(gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc")[:-6])))
>>> guard.read(10), guard.read(10), guard.problem is not None
(b'abc', b'', True)
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 64 * 1024


class TruncationGuard:
    """A binary stream that turns a cut-short gzip stream into end-of-data plus ``problem``.

    Readers (json lines, warcio) then see a clean end, and the caller checks ``problem``
    to report the truncation as an error record.
    """

    def __init__(self, stream: BinaryIO | gzip.GzipFile):
        self._stream = stream
        self.problem: str | None = None

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end, or once the stream turned out broken."""
        if self.problem is not None:
            return b""
        try:
            # read1 returns what one decompression step gives, so data decoded before a
            # truncation point is handed over before the error is seen.
            read1 = getattr(self._stream, "read1", None)
            if read1 is not None:
                return bytes(read1(size if size > 0 else _BLOCK))
            return self._stream.read(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            self.problem = f"{type(exc).__name__}: {exc}"
            return b""


@contextmanager
def open_input(path: str) -> Iterator[TruncationGuard]:
    """Open ``path`` (or stdin for ``-``) for binary reading, un-gzipping if it is gzip."""
    raw: BinaryIO = sys.stdin.buffer if path == "-" else Path(path).open("rb")  # noqa: SIM115
    try:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        if head == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield TruncationGuard(unzipped)
        else:
            yield TruncationGuard(raw)
    finally:
        if path != "-":
            raw.close()
