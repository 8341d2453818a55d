"""Golden fixtures: a folder per case with its input and the expected output.

A fixture is ``<root>/<name>/`` holding ``input.txt`` or ``input.html`` and
``expected.json``: the text, the paragraphs, the metadata and the reason codes of the
removals, exactly as ``expected_from_article`` writes them. Optional files:
``url.txt`` (the page URL to pass) and ``checks.json`` (``keep``/``drop`` lists of
paragraphs that must stay or go, for fixtures whose goldens are reviewed by hand).

Regenerate goldens on purpose, seeing the diff first::

    python -m newsclean.fixtures tests/fixtures            # show what would change
    python -m newsclean.fixtures tests/fixtures --update   # show it, then write it

>>> sorted(expected_from_article(__import__("newsclean").clean_text("Hi there.")))
['meta', 'paragraphs', 'removals', 'text']
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.article import Article

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

    def run(self) -> Article:
        """Clean the input the way its file kind says (HTML or text)."""
        import newsclean

        data = self.input_path.read_text(encoding="utf-8")
        if self.input_path.suffix == ".html":
            return newsclean.clean_html(data, url=self.url)
        return newsclean.clean_text(data, url=self.url)

    def expected(self) -> dict[str, Any] | None:
        """The stored golden, or None if there is none yet."""
        if not self.expected_path.exists():
            return None
        loaded: dict[str, Any] = json.loads(self.expected_path.read_text(encoding="utf-8"))
        return loaded


def find_fixtures(root: str | Path) -> list[Fixture]:
    """Every fixture folder under ``root``, sorted by name."""
    found = []
    for folder in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        for name in INPUT_NAMES:
            if (folder / name).exists():
                found.append(Fixture(folder.name, folder, folder / name))
                break
    return found


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
            fixture.expected_path.write_text(dumps(actual), encoding="utf-8")
    verb = "updated" if args.update else "would change (run with --update to write)"
    print(f"{changed} fixture(s) {verb}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
