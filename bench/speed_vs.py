"""Speed of this checkout against another one, in the same run: did a change slow newsclean?

Times ``clean_html`` on the 181 scrapinghub pages and ``clean_text`` on what trafilatura
extracts from them (the in-process measures of ``bench/throughput.py``) for two checkouts,
each in its own child process (``PYTHONPATH`` set to the checkout), alternating ``--rounds``
times so that the machine's other load hits both alike; the best round of each counts.

    git worktree add /tmp/before <commit>
    python bench/speed_vs.py /tmp/before                 # print the table
    python bench/speed_vs.py /tmp/before --write         # and add it to docs/benchmarks.md

The ratio after/before is what to quote (machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
HEADING = "## Speed against an earlier checkout"

_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from throughput import PAGES, extracted_text, load_pages, rate
import newsclean
pages = load_pages(PAGES)
texts = [extracted_text(p) for p in pages]
newsclean.clean_text(texts[0]); newsclean.clean_html(pages[0])
out = {"where": newsclean.__file__}
for name, func, items in (("clean_html", newsclean.clean_html, pages),
                          ("clean_text", newsclean.clean_text, texts)):
    out[name] = rate(func, items, int(sys.argv[2]))[1]
print(json.dumps(out))
"""


def measure(checkout: Path, repeat: int) -> dict[str, float]:
    """The best-of-``repeat`` MB/s of each measure, run with ``checkout``'s newsclean."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    # Run in the checkout: ``python -c`` puts the working folder first on the path.
    done = subprocess.run([sys.executable, "-c", _CHILD, str(HERE), str(repeat)], env=env,
                          cwd=checkout, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout)
    where = str(result.pop("where"))
    if not where.startswith(str(checkout.resolve())):
        raise SystemExit(f"{checkout}: imported newsclean from {where}")
    return {name: float(mb_s) for name, mb_s in result.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="a checkout of the earlier code")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per side")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measure in a round")
    parser.add_argument("--write", action="store_true", help="add the table to the report")
    args = parser.parse_args()
    sides = {"before": args.before.resolve(), "after": ROOT}
    best: dict[str, dict[str, float]] = {side: {} for side in sides}
    for _ in range(args.rounds):
        for side, checkout in sides.items():
            for name, mb_s in measure(checkout, args.repeat).items():
                best[side][name] = max(best[side].get(name, 0.0), mb_s)
    rows = ["| measure | before (MB/s) | after (MB/s) | after / before |", "|---|---|---|---|"]
    for name in ("clean_html", "clean_text"):
        before, after = best["before"][name], best["after"][name]
        rows.append(f"| {name} | {before:.2f} | {after:.2f} | {after / before:.2f} |")
    print(*rows, sep="\n")
    if args.write:
        from _report import write_section

        write_section("speed_vs", f"""{HEADING}

`python bench/speed_vs.py BEFORE --rounds {args.rounds} --repeat {args.repeat}`: best round
of each side, alternating; clean_html on the 181 scrapinghub pages, clean_text on what
trafilatura extracts from them.

""" + "\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
