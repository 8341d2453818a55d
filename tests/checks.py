"""Hand-written expectations for a fixture (checks.json): paragraphs to keep, junk to drop.

The same kind of checks as the seed pages' expected files: each ``keep`` paragraph must be
in ``Article.paragraphs`` verbatim and in order, no ``drop`` string may be left in the
text as a whole phrase, and each ``meta`` field must match.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsclean import Article


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _meta_ok(art: Article, field: str, want: Any) -> tuple[bool, Any]:
    caps = list(art.captions)
    if field == "captions_count":
        return len(caps) == want, len(caps)
    if field == "caption_contains":
        return any(_norm(want) in _norm(c.text) for c in caps), caps
    if field == "caption_credit_contains":
        return any(_norm(want) in _norm(c.credit) for c in caps), caps
    if field == "dateline_location":
        got = art.dateline.location if art.dateline else None
        return (got or "").lower() == (want or "").lower(), got
    if field == "authors":
        got = list(art.authors)
        return [a.lower() for a in got] == [a.lower() for a in want], got
    got = getattr(art, field)
    if want is None:
        return not got, got
    return _norm(str(got or "")).lower() == _norm(want).lower(), got


def failed_checks(art: Article, checks: dict[str, Any]) -> list[str]:
    """Every way ``art`` misses the checks; empty when all pass."""
    misses = []
    paragraphs, text, pos = [_norm(p) for p in art.paragraphs], _norm(art.text), 0
    for keep in checks.get("keep", []):
        try:
            pos = paragraphs.index(_norm(keep), pos) + 1
        except ValueError:
            misses.append(f"body paragraph missing, altered or out of order: {keep[:70]!r}")
    for drop in checks.get("drop", []):
        if re.search(r"(?<!\w)" + re.escape(_norm(drop)) + r"(?!\w)", text):
            misses.append(f"junk left in text: {drop[:70]!r}")
    for field, want in checks.get("meta", {}).items():
        ok, got = _meta_ok(art, field, want)
        if not ok:
            misses.append(f"{field}: want {want!r}, got {got!r}")
    return misses
