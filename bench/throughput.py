"""Throughput of newsclean: pages/s and MB/s for clean_html and clean_text, and the CLI.

On the pages of ../shared/bench/scrapinghub (181 real article pages):

1. ``clean_html`` in this process, one page after another: pages/s, MB/s of HTML;
2. ``clean_text`` in this process on *scraped text*: what trafilatura extracts from each
   page with comments and tables (paragraph lines with the junk extractors leave), and
   what a naive scraper gets (all visible text of the body, one line per element);
3. the ``newsclean`` command on the folder (given three times: 543 pages, so process start
   is a small share) with ``-j 1`` and ``-j 2``, alternating, best of ``--rounds``: wall
   time, pages/s, speed-up, and the peak resident memory of the process tree.

    .venv/bin/python bench/throughput.py            # print, and write docs/benchmarks.md
    .venv/bin/python bench/throughput.py --no-write --repeat 1

Peak memory of (1) and (2) is this process's maximum RSS. Needs psutil (``bench`` extra).
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE.parents[1] / "shared" / "bench" / "scrapinghub" / "html"
sys.path.insert(0, str(HERE))


def load_pages(folder: Path) -> list[str]:
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
            for p in sorted(folder.glob("*.html.gz"))]


def extracted_text(html: str) -> str:
    """Text as an extractor hands it over: trafilatura with comments and tables."""
    import trafilatura

    return trafilatura.extract(html, include_comments=True, include_tables=True) or ""


def naive_text(html: str) -> str:
    """Text as a naive scraper gets it: every text node of the body, scripts dropped."""
    import lxml.html

    # As bytes read as UTF-8: a page's own XML declaration is refused in a str.
    tree = lxml.html.fromstring(html.encode("utf-8", "replace"),
                                parser=lxml.html.HTMLParser(encoding="utf-8"))
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def rate(func: Callable[[str], object], items: list[str], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs over ``items``: (items/s, MB/s of UTF-8 input)."""
    size = sum(len(x.encode("utf-8")) for x in items)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            func(item)
        best = min(best, time.perf_counter() - start)
    return len(items) / best, size / 1e6 / best


def step_times(texts: list[str]) -> dict[str, float]:
    """Seconds each text step of the default pipeline takes over ``texts``, run as
    ``Pipeline.run`` runs them (each on the document the steps before it left)."""
    from newsclean.api import _default_pipeline
    from newsclean.document import Block, Document
    from newsclean.read.plain import text_blocks
    from newsclean.runner import apply_cuts
    from newsclean.text.memo import memo_scope

    times: dict[str, float] = {}
    for text in texts:
        doc = Document(blocks=tuple(Block(t) for t in text_blocks(text)))
        with memo_scope():  # the helpers remember answers for this document only
            for step in _default_pipeline().stage("text"):
                start = time.perf_counter()
                cuts = list(step.func(doc))
                times[step.name] = times.get(step.name, 0.0) + time.perf_counter() - start
                if cuts:
                    doc = apply_cuts(doc, step.name, cuts)
    return times


def fixed_cost(repeat: int = 2000) -> float:
    """Microseconds ``clean_text`` takes for a one-sentence text: the cost per document."""
    import newsclean

    line = "The council met on Monday and approved the budget after a long debate."
    start = time.perf_counter()
    for _ in range(repeat):
        newsclean.clean_text(line)
    return (time.perf_counter() - start) / repeat * 1e6


def cli_run(jobs: int, copies: int) -> tuple[float, float]:
    """(seconds, peak MB) of the command over the benchmark folder given ``copies`` times."""
    from memory import run_measured

    command = [sys.executable, "-m", "newsclean", "-q", "-j", str(jobs), *[str(PAGES)] * copies,
               "-o", os.devnull]
    seconds, peak, code = run_measured(command)
    if code:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per in-process measure; the best counts (other jobs slow some)")
    parser.add_argument("--copies", type=int, default=3, help="times the CLI gets the folder")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating -j 1 / -j 2 runs of the CLI; the best of each counts")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/benchmarks.md")
    args = parser.parse_args()
    import newsclean

    pages = load_pages(PAGES)
    extracted = [extracted_text(p) for p in pages]
    naive = [naive_text(p) for p in pages]
    newsclean.clean_text(extracted[0])  # warm up imports and compiled patterns
    rows = []
    for name, func, items in (("clean_html", newsclean.clean_html, pages),
                              ("clean_text, extracted text", newsclean.clean_text, extracted),
                              ("clean_text, naive scraped text", newsclean.clean_text, naive)):
        per_s, mb_s = rate(func, items, args.repeat)
        mb = sum(len(x.encode()) for x in items) / 1e6
        rows.append(f"| {name} | 1 process | {len(items)} ({mb:.1f} MB) | {per_s:.1f} | "
                    f"{mb_s:.2f} |")
        print(rows[-1], flush=True)
    steps = sorted(step_times(extracted).items(), key=lambda kv: -kv[1])
    total_steps = sum(t for _, t in steps)
    step_rows = [f"| {name} | {t * 1e3:.1f} | {t / total_steps:.0%} |" for name, t in steps]
    per_doc = fixed_cost()
    print(f"text steps: {total_steps:.3f} s; one-sentence document: {per_doc:.0f} us")
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    load = os.getloadavg()[0]
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    for _ in range(args.rounds):  # alternate, so other load on the machine hits both alike
        for jobs in (1, 2):
            runs[jobs].append(cli_run(jobs, args.copies))
    cli = {jobs: (min(s for s, _ in r), max(p for _, p in r)) for jobs, r in runs.items()}
    total = len(pages) * args.copies
    html_mb = sum(len(p.encode()) for p in pages) * args.copies / 1e6
    cli_rows = [f"| newsclean -j {j} | {total} pages ({html_mb:.0f} MB) | {s:.1f} s | "
                f"{total / s:.1f} | {html_mb / s:.2f} | {peak:.0f} MB |"
                for j, (s, peak) in cli.items()]
    speedup = cli[1][0] / cli[2][0]
    print(*cli_rows, f"speed-up -j 2 / -j 1: {speedup:.2f}x", sep="\n")
    if not args.no_write:
        from _report import write_section

        write_section("throughput", "\n".join([
            "## Throughput (bench/throughput.py)",
            "",
            f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.platform()}. Input: the {len(pages)} pages of "
            "shared/bench/scrapinghub. Targets: `-j 2` at least 1.7x `-j 1`; `clean_text` "
            "at least 5 MB/s of scraped text on one core.",
            "",
            "| what | how | input | pages/s | MB/s |", "|---|---|---|---|---|", *rows,
            "",
            f"In-process rates: the best of {args.repeat} runs, wall time. Peak RSS of the "
            f"in-process runs: {peak_self:.0f} MB.",
            "",
            "Where `clean_text`'s time goes on the extracted text: the text steps take "
            f"{total_steps:.2f} s in all (one run); a one-sentence document costs "
            f"{per_doc:.0f} µs (every step's fixed work). The steps, costliest first:",
            "",
            "| step | ms | share |", "|---|---|---|", *step_rows,
            "",
            f"CLI: best wall time of {args.rounds} alternating runs each; load average "
            f"{load:.1f} when they started (other jobs on the machine slow both).",
            "",
            "| command | input | wall time | pages/s | MB/s of HTML | peak RSS (tree) |",
            "|---|---|---|---|---|---|", *cli_rows,
            "",
            f"Speed-up of `-j 2` over `-j 1`: **{speedup:.2f}x**.",
        ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
