"""Benchmark: newsclean against other article extractors on the scrapinghub pages.

Runs every extractor on ../shared/bench/scrapinghub (181 pages with labelled bodies) in one
run, scores each with that benchmark's own metric (per-page 4-gram shingle precision and
recall, averaged; F1 of the averages; exact-token accuracy), times each per page, and
writes the table into docs/benchmarks.md (section ``extractors``). It also writes
bench/out/newsclean-errors.md: per page, the text newsclean kept that the truth lacks and
the truth newsclean lost, for error analysis. Peers come from the ``bench`` extra::

    pip install -e '.[bench]'
    python bench/extractors.py                    # all extractors
    python bench/extractors.py --only newsclean trafilatura

Not part of the test run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean, median

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import write_section  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "scrapinghub"
OUT = Path(__file__).resolve().parent / "out"
_TOKEN = re.compile(r"\w+")

Extractor = Callable[[str], str]


@dataclass(frozen=True)
class Page:
    key: str
    html: str
    truth: str


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    accuracy: float


def load_pages(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items()):
        with gzip.open(root / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
            pages.append(Page(key, f.read(), item.get("articleBody", "") or ""))
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_scores(truth: str, predicted: str) -> tuple[float | None, float | None]:
    """Precision and recall of one page (None where undefined), as the benchmark counts."""
    a, b = shingles(truth), shingles(predicted)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def score(pairs: list[tuple[str, str]]) -> Score:
    ps, rs, acc = [], [], []
    for truth, predicted in pairs:
        p, r = page_scores(truth, predicted)
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
        acc.append(float(_TOKEN.findall(truth) == _TOKEN.findall(predicted)))
    p, r = mean(ps), mean(rs)
    return Score(2 * p * r / (p + r) if p + r else 0.0, p, r, mean(acc))


def extractors() -> dict[str, Extractor]:
    """Each extractor as html -> text, imported lazily so a missing peer only skips itself."""

    def newsclean_(html: str) -> str:
        import newsclean
        return newsclean.clean_html(html).text

    def trafilatura_(html: str) -> str:
        import trafilatura
        return trafilatura.extract(html, include_comments=False) or ""

    def readability_(html: str) -> str:
        from lxml.html import fromstring
        from readability import Document
        summary = Document(html).summary(html_partial=True)
        return fromstring(summary).text_content() if summary.strip() else ""

    def newspaper_(html: str) -> str:
        from newspaper import Article
        article = Article("https://example.com/")
        article.download(input_html=html)
        article.parse()
        return article.text or ""

    def justext_(html: str) -> str:
        import justext
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    def goose_(html: str) -> str:
        from goose3 import Goose
        with Goose() as g:
            return g.extract(raw_html=html).cleaned_text or ""

    def resiliparse_(html: str) -> str:
        from resiliparse.extract.html2text import extract_plain_text
        return extract_plain_text(html, main_content=True)

    def boilerpy_(html: str) -> str:
        from boilerpy3 import extractors as bp
        return bp.ArticleExtractor(raise_on_failure=False).get_content(html) or ""

    def html_text_(html: str) -> str:
        import html_text
        return html_text.extract_text(html)

    return {"newsclean": newsclean_, "trafilatura": trafilatura_, "readability-lxml": readability_,
            "newspaper4k": newspaper_, "jusText": justext_, "goose3": goose_,
            "resiliparse": resiliparse_, "boilerpy3": boilerpy_, "html-text": html_text_}


def run_one(extract: Extractor, pages: list[Page]) -> tuple[list[str], list[float]]:
    extract(pages[0].html)  # warm-up: imports and lazy tables are not timed
    texts, times = [], []
    for page in pages:
        start = time.perf_counter()
        try:
            text = extract(page.html)
        except Exception:  # a peer failing on a page scores that page as empty
            text = ""
        times.append(time.perf_counter() - start)
        texts.append(text)
    return texts, times


def error_report(pages: list[Page], texts: list[str]) -> str:
    """Per page, sentences newsclean kept that the truth lacks, and truth it lost."""
    lines = ["# newsclean errors on the scrapinghub pages", "",
             "Per page: `+` text newsclean kept that the labelled body lacks (junk kept),",
             "`-` labelled text newsclean lost. Worst pages first.", ""]
    rows = []
    for page, text in zip(pages, texts, strict=True):
        p, r = page_scores(page.truth, text)
        truth_norm = " ".join(_TOKEN.findall(page.truth))
        kept_norm = " ".join(_TOKEN.findall(text))
        extra = [para for para in text.split("\n\n")
                 if " ".join(_TOKEN.findall(para)) not in truth_norm]
        lost = [para for para in page.truth.split("\n")
                if para.strip() and " ".join(_TOKEN.findall(para)) not in kept_norm]
        rows.append(((p or 0.0) + (r or 0.0), page.key, p, r, extra, lost))
    for _, key, p, r, extra, lost in sorted(rows, key=lambda row: row[0]):
        if not extra and not lost:
            continue
        lines.append(f"## {key[:16]}  P {p if p is None else round(p, 3)}  "
                     f"R {r if r is None else round(r, 3)}")
        lines += [f"+ {para[:300]}" for para in extra]
        lines += [f"- {para[:300]}" for para in lost]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", nargs="*", help="extractor names to run")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    pages = load_pages(args.data)
    available = extractors()
    names = args.only or list(available)
    results = []
    for name in names:
        try:
            texts, times = run_one(available[name], pages)
        except ImportError as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            continue
        s = score([(p.truth, t) for p, t in zip(pages, texts, strict=True)])
        results.append((name, s, median(times), sum(times)))
        print(f"{name:16} F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f} "
              f"acc {s.accuracy:.3f} median {median(times) * 1000:.1f} ms "
              f"total {sum(times):.1f} s", flush=True)
        if name == "newsclean" and not args.no_write:
            OUT.mkdir(exist_ok=True)
            (OUT / "newsclean-errors.md").write_text(error_report(pages, texts), encoding="utf-8")
    if not args.no_write and results:
        write_section("extractors", _table(results, len(pages)))
    return 0


def _table(results: list[tuple[str, Score, float, float]], n_pages: int) -> str:
    rows = ["## Article extraction (scrapinghub benchmark)", "",
            f"`python bench/extractors.py` on {n_pages} pages of the article-extraction "
            "benchmark, one run, on " f"{platform.machine()} / Python {platform.python_version()}. "
            "Metric: that benchmark's own (4-gram shingle precision and recall per page, "
            "averaged; F1 of the averages; accuracy = exact token match). Time is per page, "
            "wall clock, after one warm-up page. Extractors run one after another, so on a "
            "shared machine the load can differ between rows: compare times of rows run close "
            "together, or use `../shared/tools/scoreboard.py`, which times newsclean and "
            "trafilatura alternately on each page.", "",
            "| extractor | F1 | precision | recall | accuracy | median ms/page | total s |",
            "|---|---|---|---|---|---|---|"]
    for name, s, med, total in sorted(results, key=lambda r: -r[1].f1):
        rows.append(f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | "
                    f"{s.accuracy:.3f} | {med * 1000:.1f} | {total:.1f} |")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
