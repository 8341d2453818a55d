"""Golden fixtures: a folder per case with its input and the expected output.

A fixture is ``<root>/<name>/`` holding ``input.txt`` or ``input.html`` and
``expected.json``: the text, the paragraphs, the metadata and the reason codes of the
removals, exactly as ``expected_from_article`` writes them. Optional files:
``url.txt`` (the page URL to pass) and ``checks.json`` (``keep``/``drop`` lists of
paragraphs that must stay or go, for fixtures whose goldens are reviewed by hand).

Regenerate goldens on purpose, seeing the diff first::

    python -m newsclean.fixtures tests/fixtures            # show what would change
    python -m newsclean.fixtures tests/fixtures --update   # show it, then write it

The pytest plugin ``newsclean.testing`` turns each fixture into a test (see
docs/testing-plugin.md); ``describe`` gives its failure message.

>>> sorted(expected_from_article(__import__("newsclean").clean_text("Hi there.")))
['meta', 'paragraphs', 'removals', 'text']
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.article import Article

if TYPE_CHECKING:
    from newsclean.pipeline import Pipeline

INPUT_NAMES = ("input.html", "input.txt")
META_FIELDS = ("title", "subtitle", "authors", "source", "dateline", "published", "modified",
               "captions", "url", "site_name", "language")


@dataclass(frozen=True)
class Fixture:
    """One golden case on disk."""

    name: str
    folder: Path
    input_path: Path

    @property
    def expected_path(self) -> Path:
        return self.folder / "expected.json"

    @property
    def url(self) -> str | None:
        path = self.folder / "url.txt"
        return path.read_text(encoding="utf-8").strip() or None if path.exists() else None

    def run(self, pipeline: Pipeline | None = None) -> Article:
        """Clean the input the way its file kind says (HTML or text)."""
        import newsclean

        data = self.input_path.read_text(encoding="utf-8")
        if self.input_path.suffix == ".html":
            return newsclean.clean_html(data, url=self.url, pipeline=pipeline)
        return newsclean.clean_text(data, url=self.url, pipeline=pipeline)

    def checks(self) -> dict[str, Any] | None:
        """The hand-written ``checks.json`` (keep, drop, meta), or None if there is none."""
        path = self.folder / "checks.json"
        if not path.exists():
            return None
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded

    def write_expected(self, data: dict[str, Any]) -> None:
        """Store ``data`` as this fixture's golden."""
        self.expected_path.write_text(dumps(data), encoding="utf-8")

    def expected(self) -> dict[str, Any] | None:
        """The stored golden, or None if there is none yet."""
        if not self.expected_path.exists():
            return None
        loaded: dict[str, Any] = json.loads(self.expected_path.read_text(encoding="utf-8"))
        return loaded


def find_fixtures(root: str | Path) -> list[Fixture]:
    """Every fixture folder under ``root``, sorted by name."""
    found = (fixture_at(p) for p in sorted(Path(root).iterdir()) if p.is_dir())
    return [f for f in found if f is not None]


def fixture_at(folder: Path) -> Fixture | None:
    """The fixture in ``folder`` (its input.html, else its input.txt), or None."""
    for name in INPUT_NAMES:
        if (folder / name).exists():
            return Fixture(folder.name, folder, folder / name)
    return None


def expected_from_article(article: Article) -> dict[str, Any]:
    """The golden form of an Article: what a fixture stores and compares."""
    data = article.to_dict()
    return {
        "text": article.text,
        "paragraphs": list(article.paragraphs),
        "meta": {k: data[k] for k in META_FIELDS},
        "removals": [r.reason for r in article.removals],
    }


def dumps(data: dict[str, Any]) -> str:
    """Stable JSON for goldens: sorted keys, two-space indent, UTF-8 kept readable."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def diff(expected: dict[str, Any] | None, actual: dict[str, Any], name: str = "fixture") -> str:
    """A unified diff between a stored golden and the output now; empty when equal."""
    old = dumps(expected).splitlines(keepends=True) if expected is not None else []
    new = dumps(actual).splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, new, f"{name}/expected.json", f"{name} (now)"))


def describe(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A readable account of how ``actual`` differs from a golden: text, metadata, removals.

    >>> old = {"text": "A.\\n\\nB.", "meta": {"title": "T"}, "removals": ["ads.line"]}
    >>> new = {"text": "A.\\n\\nC.", "meta": {"title": None}, "removals": []}
    >>> print(describe(old, new))
    text:
      A.
    - B.
    + C.
    metadata:
      title: expected 'T', got None
    removals:
    - ads.line
    """
    parts: list[str] = []
    old_text = str(expected.get("text", "")).split("\n\n")
    new_text = str(actual.get("text", "")).split("\n\n")
    if old_text != new_text:
        parts += ["text:", *_line_diff(old_text, new_text)]
    old_meta, new_meta = expected.get("meta") or {}, actual.get("meta") or {}
    changed = [k for k in sorted({*old_meta, *new_meta}) if old_meta.get(k) != new_meta.get(k)]
    if changed:
        parts += ["metadata:", *(f"  {k}: expected {old_meta.get(k)!r}, got {new_meta.get(k)!r}"
                                 for k in changed)]
    old_cuts, new_cuts = expected.get("removals") or [], actual.get("removals") or []
    if old_cuts != new_cuts:
        parts += ["removals:", *_line_diff(old_cuts, new_cuts)]
    others = sorted(k for k in {*expected, *actual} - {"text", "paragraphs", "meta", "removals"}
                    if expected.get(k) != actual.get(k))
    parts += [f"{k}: expected {expected.get(k)!r}, got {actual.get(k)!r}" for k in others]
    if not parts and expected != actual:
        parts.append(diff(expected, actual))
    return "\n".join(parts)


def _line_diff(old: list[str], new: list[str]) -> list[str]:
    lines = difflib.ndiff(old, new)
    return [line.rstrip("\n") for line in lines if not line.startswith("?")]


def failed_checks(article: Article, checks: dict[str, Any]) -> list[str]:
    """How ``article`` misses hand-written checks: ``keep`` paragraphs (verbatim, in order),
    ``drop`` phrases (none left in the text) and ``meta`` values (compared loosely).

    >>> art = Article(text="Rain fell.\\n\\nAd", paragraphs=("Rain fell.", "Ad"), title="Rain")
    >>> failed_checks(art, {"keep": ["Rain fell."], "drop": ["Ad"], "meta": {"title": "rain"}})
    ["junk left in text: 'Ad'"]
    """
    meta = (_meta_miss(article, name, want) for name, want in checks.get("meta", {}).items())
    return [*_paragraphs_missing(article.paragraphs, checks.get("keep", [])),
            *_junk_left(article.text, checks.get("drop", [])),
            *(miss for miss in meta if miss)]


def _paragraphs_missing(paragraphs: tuple[str, ...], wanted: list[str]) -> list[str]:
    """The wanted paragraphs not found, each searched for after the previous one found."""
    have = [_loose(p) for p in paragraphs]
    missing: list[str] = []
    after = 0
    for want in wanted:
        found = next((i for i in range(after, len(have)) if have[i] == _loose(want)), None)
        if found is None:
            missing.append(f"body paragraph missing, altered or out of order: {want[:70]!r}")
        else:
            after = found + 1
    return missing


def _junk_left(text: str, junk: list[str]) -> list[str]:
    """The junk phrases still in ``text`` as whole phrases."""
    flat = _loose(text)
    return [f"junk left in text: {j[:70]!r}" for j in junk
            if re.search(r"(?<!\w)" + re.escape(_loose(j)) + r"(?!\w)", flat)]


def _meta_miss(article: Article, name: str, want: Any) -> str | None:
    """Why metadata field ``name`` misses ``want`` (case and spacing do not count), or None.

    Besides Article fields: ``captions_count``, ``caption_contains``,
    ``caption_credit_contains`` (any caption) and ``dateline_location``.
    """
    captions = article.captions
    got: Any
    if name == "captions_count":
        got, ok = len(captions), len(captions) == want
    elif name in ("caption_contains", "caption_credit_contains"):
        got = [c.text if name == "caption_contains" else c.credit for c in captions]
        ok = any(_loose(want).lower() in _loose(v).lower() for v in got)
    elif name == "dateline_location":
        got = article.dateline.location if article.dateline else None
        ok = _loose(got).lower() == _loose(want).lower()
    elif name in META_FIELDS:
        got = article.to_dict()[name]
        ok = not got if want is None else _loose(_as_text(got)).lower() == _loose(
            _as_text(want)).lower()
    else:
        return f"unknown meta check {name!r} in checks.json"
    return None if ok else f"{name}: expected {want!r}, got {got!r}"


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _loose(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def main(argv: list[str] | None = None) -> int:
    """Show (and with --update, write) the golden changes of every fixture under a folder."""
    parser = argparse.ArgumentParser(
        prog="python -m newsclean.fixtures",
        description="Show how the output differs from each stored golden; --update writes it.",
        epilog="example: python -m newsclean.fixtures tests/fixtures --update")
    parser.add_argument("root", help="folder of fixture folders, e.g. tests/fixtures")
    parser.add_argument("--update", action="store_true", help="write the new goldens")
    args = parser.parse_args(argv)
    changed = 0
    for fixture in find_fixtures(args.root):
        actual = expected_from_article(fixture.run())
        text = diff(fixture.expected(), actual, fixture.name)
        if not text:
            continue
        changed += 1
        sys.stdout.write(text)
        if args.update:
            fixture.write_expected(actual)
    verb = "updated" if args.update else "would change (run with --update to write)"
    print(f"{changed} fixture(s) {verb}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
