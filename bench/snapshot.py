"""Output snapshots: did a change alter what newsclean gives, and on which inputs?

Cleans every input of the development sets and writes one JSON line per input: its set,
its id and a digest of ``Article.to_dict()`` (text, metadata and every removal). For the
sets that may be studied page by page it also keeps the output itself, so ``--compare``
can show which fields changed; the wcxb ``check`` split keeps only digests and counts, so
its pages are never printed.

Sets: ``fixtures`` (every ``tests/fixtures`` input), ``seeds``, ``scrapinghub`` and
``wcxb-read`` / ``wcxb-check`` (``clean_html`` on each page), and ``text-*`` (``clean_text``
on the labelled body of each page: real article text) and ``naive-*`` (``clean_text`` on
all the visible text of each page, one line per text node, as a naive scraper gets it: the
junk every text step is written for).

    python bench/snapshot.py -o /tmp/before.jsonl            # before a change
    python bench/snapshot.py -o /tmp/after.jsonl --compare /tmp/before.jsonl

Refactors that must not change output are checked with ``--compare``: it prints the number
of changed outputs per set and, for studied sets, which fields changed on which input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(HERE))
from _pages import SETS, labelled_pages  # noqa: E402
from throughput import naive_text  # noqa: E402

PRIVATE = {"wcxb-check", "text-wcxb-check", "naive-wcxb-check"}
"""Sets whose pages nobody reads: only their digests are kept and compared."""


def inputs() -> Iterator[tuple[str, str, str, str]]:
    """``(set, id, mode, source)`` for every input: mode is ``html``, ``text`` or ``any``."""
    for folder in sorted((ROOT / "tests" / "fixtures").iterdir()):
        for name in ("input.html", "input.txt"):
            path = folder / name
            if path.exists():
                yield "fixtures", folder.name, "any", path.read_text(encoding="utf-8")
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield "seeds", path.stem, "any", path.read_text(encoding="utf-8")
    for set_name in SETS:
        for page_id, html, _, truth in labelled_pages(set_name):
            yield set_name, page_id, "html", html
            yield f"text-{set_name}", page_id, "text", truth
            yield f"naive-{set_name}", page_id, "naive", html


def clean_one(item: tuple[str, str, str, str]) -> dict[str, Any]:
    """The snapshot line of one input."""
    import newsclean

    set_name, item_id, mode, source = item
    if mode == "naive":
        mode, source = "text", naive_text(source)
    try:
        funcs: dict[str, Callable[[str], newsclean.Article]] = {
            "html": newsclean.clean_html, "text": newsclean.clean_text, "any": newsclean.clean}
        out: dict[str, Any] = funcs[mode](source).to_dict()
    except Exception as exc:  # an error is an output too: it must stay the same
        out = {"error": f"{type(exc).__name__}: {exc}"}
    out.pop("elapsed", None)
    # The step names are the same for every input: compared once, apart from the digest.
    steps = out.pop("pipeline", None)
    digest = hashlib.sha256(json.dumps(out, sort_keys=True, default=str).encode()).hexdigest()
    line: dict[str, Any] = {"set": set_name, "id": item_id, "digest": digest, "steps": steps}
    if set_name not in PRIVATE:
        line["output"] = out
    return line


def compare(before: Path, after: Path) -> int:
    """Print the changed outputs per set; the number of changed outputs."""
    def load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
        with open(path, encoding="utf-8") as f:
            return {(r["set"], r["id"]): r for r in map(json.loads, f)}

    old, new = load(before), load(after)
    steps_before = {str(r.get("steps")) for r in old.values()}
    steps_after = {str(r.get("steps")) for r in new.values()}
    if steps_before != steps_after:
        print(f"step names: {sorted(steps_before)} -> {sorted(steps_after)}")
    changed: Counter[str] = Counter()
    totals: Counter[str] = Counter(key[0] for key in new)
    for key, line in sorted(new.items()):
        was = old.get(key)
        if was is not None and was["digest"] == line["digest"]:
            continue
        changed[key[0]] += 1
        if key[0] in PRIVATE or was is None:
            continue
        fields = sorted(f for f in {*line["output"], *was["output"]}
                        if line["output"].get(f) != was["output"].get(f))
        print(f"  {key[0]} {key[1]}: {', '.join(fields)}")
    for set_name in sorted(totals):
        print(f"{set_name}: {changed[set_name]} of {totals[set_name]} changed")
    return sum(changed.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    with ProcessPoolExecutor(args.jobs) as pool, open(args.output, "w",
                                                      encoding="utf-8") as out:
        for line in pool.map(clean_one, inputs(), chunksize=8):
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
    if args.compare:
        return 1 if compare(args.compare, args.output) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
