"""Write one benchmark's results into its own section of docs/benchmarks.md.

Each script owns a section between ``<!-- begin:NAME -->`` and ``<!-- end:NAME -->``, so
scripts can be re-run in any order without overwriting each other's results.
"""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = ("# Benchmarks\n\nMeasured by the scripts in `bench/`; each section says which "
          "script wrote it and on what machine. Numbers compare tools within one run.\n")


def write_section(name: str, markdown: str, doc: Path = DOC) -> None:
    """Replace (or append) section ``name`` of docs/benchmarks.md with ``markdown``."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else HEADER
    block = f"<!-- begin:{name} -->\n{markdown.strip()}\n<!-- end:{name} -->"
    tag = re.escape(name)
    pattern = re.compile(rf"<!-- begin:{tag} -->.*?<!-- end:{tag} -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")
