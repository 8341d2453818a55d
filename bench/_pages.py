"""The labelled benchmark pages of ../shared/bench: scrapinghub and the two wcxb splits,
each page with its id, HTML, URL and labelled body."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
SETS = ("scrapinghub", "wcxb-read", "wcxb-check")
"""The labelled sets; ``wcxb-check`` is for aggregate numbers only."""


def labelled_pages(set_name: str) -> Iterator[tuple[str, str, str | None, str]]:
    """``(id, html, url, truth)`` of every page of a set."""
    if set_name == "scrapinghub":
        root = SHARED / "scrapinghub"
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        for key, item in sorted(truth.items()):
            html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
            yield key, html.decode("utf-8"), item.get("url"), item.get("articleBody", "")
        return
    split = set_name.removeprefix("wcxb-")
    root = SHARED / "wcxb"
    for line in (root / "ground-truth.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip() and (item := json.loads(line))["split"] == split:
            html = gzip.decompress((root / "html" / f"{item['id']}.html.gz").read_bytes())
            yield item["id"], html.decode("utf-8", "replace"), item.get("url"), \
                item["main_content"]
