"""Where lost article text goes: each missing truth shingle, attributed to the step that
removed it, or to "never extracted".

For every labelled page of a set, ``clean_html`` runs and the page's truth and output are
cut into 4-token shingles (``\\w+`` tokens, the scrapinghub benchmark's metric). A truth
shingle missing from the output is looked for in the removals, in the order they were
made: the first removal whose text holds it gets it, by reason code
(``<step>.<why>``); one in no removal was never extracted (the extraction step did not
take it, or it was lost in joining). Output shingles that are not in the truth count as
"kept" (junk left in). Totals are pooled over the pages of a set: the share of all truth
shingles each cause holds, and on how many pages it took any.

    python bench/loss.py                      # scrapinghub and both wcxb splits, print
    python bench/loss.py --sets wcxb-read --top 25 --write

The ``check`` split of wcxb is reported in aggregate only (its pages are never printed),
so that it stays an honest estimate for pages nobody has read. ``--pages REASON`` lists,
for the studied sets only, the pages where one reason took the most truth text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _pages import SETS, labelled_pages  # noqa: E402

NEVER = "(never extracted)"
"""The cause of a missing shingle that no removal holds."""
STUDIED = {"scrapinghub", "wcxb-read"}
"""Sets whose pages may be named; the others are reported in aggregate only."""
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles of ``text`` (a shorter text is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_loss(page: tuple[str, str, str | None, str]) -> dict[str, Any]:
    """The truth shingles one page lost, by cause, and how many it kept that are junk."""
    import newsclean

    page_id, html, url, truth = page
    article = newsclean.clean_html(html, url=url)
    want = shingles(truth)
    got = shingles(article.text)
    missing = want - got
    lost: Counter[str] = Counter()
    for removal in article.removals:
        if not missing:
            break
        held = shingles(removal.text) & missing
        if held:
            lost[removal.reason] += sum(held.values())
            missing -= held
    lost[NEVER] += sum(missing.values())
    return {"id": page_id, "truth": sum(want.values()), "kept": sum((got - want).values()),
            "output": sum(got.values()), "lost": dict(+lost)}


def report(set_name: str, results: list[dict[str, Any]], top: int) -> str:
    """A markdown table of one set's losses, by step and by reason."""
    truth = sum(r["truth"] for r in results)
    output = sum(r["output"] for r in results)
    by_reason: Counter[str] = Counter()
    pages_hit: Counter[str] = Counter()
    for r in results:
        by_reason.update(r["lost"])
        pages_hit.update(reason for reason, n in r["lost"].items() if n)
    by_step: Counter[str] = Counter()
    for reason, n in by_reason.items():
        by_step[reason.split(".", 1)[0]] += n
    lost = sum(by_reason.values())
    lines = [f"### {set_name} ({len(results)} pages)", "",
             f"Truth shingles {truth:,}; lost {lost / truth:.1%}; output shingles not in the "
             f"truth (kept junk) {sum(r['kept'] for r in results) / max(output, 1):.1%} of "
             "the output.", "",
             "| cause | share of truth shingles | pages |", "|---|---:|---:|"]
    for step, n in by_step.most_common():
        reasons = sorted((r for r in by_reason if r.split(".", 1)[0] == step),
                         key=lambda r: -by_reason[r])
        pages_any = sum(1 for r in results if any(k in r["lost"] for k in reasons))
        lines.append(f"| {step} | {n / truth:.2%} | {pages_any} |")
    lines += ["", "| reason | share of truth shingles | pages |", "|---|---:|---:|"]
    lines += [f"| {reason} | {n / truth:.2%} | {pages_hit[reason]} |"
              for reason, n in by_reason.most_common(top)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="scrapinghub,wcxb-read,wcxb-check",
                        help="comma-separated: scrapinghub, wcxb-read, wcxb-check")
    parser.add_argument("--top", type=int, default=15, help="reasons listed per set")
    parser.add_argument("--pages", metavar="REASON",
                        help="list the studied pages where REASON took the most truth")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args()
    sections = []
    for set_name in args.sets.split(","):
        if set_name not in SETS:
            parser.error(f"unknown set {set_name!r}")
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(page_loss, labelled_pages(set_name), chunksize=4))
        sections.append(report(set_name, results, args.top))
        print(sections[-1], end="\n\n", flush=True)
        if args.pages and set_name in STUDIED:
            worst = sorted(results, key=lambda r: -r["lost"].get(args.pages, 0) / r["truth"])
            for r in worst[:15]:
                if r["lost"].get(args.pages):
                    print(f"  {r['id']}: {r['lost'][args.pages] / r['truth']:.1%}")
    if args.write:
        from _report import write_section

        import newsclean

        write_section("loss", "## Where lost text goes\n\n"
                      f"Written by `bench/loss.py` (newsclean {newsclean.__version__}): "
                      "each truth shingle missing from `clean_html`'s text, attributed to "
                      "the first removal holding it (by reason code), else to "
                      f"\"{NEVER}\"; pooled over the pages of each set.\n\n"
                      + "\n\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
