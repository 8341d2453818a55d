"""Output writers: JSONL (one record per line), plain text, or Markdown.

JSONL keeps everything. Text and Markdown are for reading: each record's clean text, and
with more than one record a ``==> id <==`` header before each (as ``head`` does for
several files), so a single page prints as just its text. A failed record shows its error.

>>> import io
>>> out = io.StringIO()
>>> writer = make_writer("text", out)
>>> writer.write({"id": "a.html", "text": "Hello.", "error": None})
>>> writer.close()
>>> out.getvalue()
'Hello.\\n'
"""

from __future__ import annotations

import json
from typing import Any, Literal, Protocol, TextIO

OutputFormat = Literal["jsonl", "text", "markdown"]


class Writer(Protocol):
    """Takes output records one at a time, in order."""

    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object per line, UTF-8 kept readable (no ``\\u`` escapes)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._stream.flush()


class ReadableWriter:
    """Text or Markdown for people; headers only once a second record shows up."""

    def __init__(self, stream: TextIO, *, markdown: bool):
        self._stream = stream
        self._render = render_markdown if markdown else render_text
        self._first: dict[str, Any] | None = None
        self._count = 0

    def write(self, record: dict[str, Any]) -> None:
        self._count += 1
        if self._count == 1:
            self._first = record  # held back: a header is needed only if more follow
            return
        if self._first is not None:
            self._emit(self._first, header=True)
            self._first = None
        self._emit(record, header=True)

    def close(self) -> None:
        if self._first is not None:
            self._emit(self._first, header=False)
            self._first = None
        self._stream.flush()

    def _emit(self, record: dict[str, Any], *, header: bool) -> None:
        body = self._render(record)
        head = f"==> {record['id']} <==\n" if header else ""
        self._stream.write(head + body + ("\n" if body else "") + ("\n" if header else ""))


def render_text(record: dict[str, Any]) -> str:
    """A record as plain text: its clean text, or its error.

    >>> render_text({"text": "", "error": "InputError: not HTML"})
    '[error] InputError: not HTML'
    """
    if record.get("error"):
        return f"[error] {record['error']}"
    return str(record.get("text") or "")


def render_markdown(record: dict[str, Any]) -> str:
    """A record as Markdown: title, dek, a line of metadata, then the paragraphs.

    >>> print(render_markdown({"title": "Talks end", "authors": ["Jo Lee"], "source": "UPI",
    ...                        "text": "Officials met.", "error": None}))
    # Talks end
    <BLANKLINE>
    *Jo Lee · UPI*
    <BLANKLINE>
    Officials met.
    """
    if record.get("error"):
        return render_text(record)
    parts = []
    if record.get("title"):
        parts.append(f"# {record['title']}")
    if record.get("subtitle"):
        parts.append(f"> {record['subtitle']}")
    facts = [", ".join(record.get("authors") or []), record.get("source") or "",
             str(record.get("published") or "")]
    if any(facts):
        parts.append("*" + " · ".join(f for f in facts if f) + "*")
    if record.get("text"):
        parts.append(str(record["text"]))
    return "\n\n".join(parts)


def make_writer(fmt: OutputFormat, stream: TextIO) -> Writer:
    """The writer for an output format name."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    return ReadableWriter(stream, markdown=fmt == "markdown")
