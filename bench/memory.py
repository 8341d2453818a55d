"""Peak memory of the ``newsclean`` command on a 1 GB JSONL input.

Generates a JSONL file of the requested size in a temporary folder (synthetic news pages
and scraped texts, every one different, about half HTML), runs the command on it with
``-j 2`` and samples the resident memory of the whole process tree (the main process and
its workers) every 50 ms; the peak is that sum's maximum.

    .venv/bin/python bench/memory.py              # 1 GB, -j 2, writes docs/benchmarks.md
    .venv/bin/python bench/memory.py --gb 0.1 --no-write

Needs psutil (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

_VOCABULARY = ("council minister harbor report officials said budget election court police "
               "market prices storm workers union school hospital river bridge talks agency "
               "district residents project company shares quarter growth plans vote week year "
               "government city village leaders health water energy transport rail road")
WORDS = _VOCABULARY.split()
JUNK = ("Advertisement", "Read more: Ten things to know about the budget", "Share this article",
        "Sign up for our morning newsletter", "Photo: Staff photographer")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
    return " ".join(words).capitalize() + "."


def article_paragraphs(rng: random.Random) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(6, 18))]


def html_page(rng: random.Random, n: int) -> str:
    paragraphs = article_paragraphs(rng)
    at = rng.randrange(len(paragraphs))
    body = "".join(f"<p>{p}</p>" + ("<div class='ad'>Advertisement</div>" if i == at else "")
                   for i, p in enumerate(paragraphs))
    nav = "".join(f"<li><a href='/s/{w}'>{w.title()}</a></li>" for w in WORDS)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {n}: "
            f"{sentence(rng)[:60]}</title><script>var cfg = {{id: {n}}};</script></head><body>"
            f"<header><ul class='nav'>{nav}</ul></header><article><h1>Story {n}</h1>{body}"
            f"</article><aside class='related'><h2>Related</h2><ul>{nav}</ul></aside>"
            f"<footer><p>Copyright The Daily Example</p></footer></body></html>")


def scraped_text(rng: random.Random) -> str:
    paragraphs = article_paragraphs(rng)
    paragraphs.insert(rng.randrange(len(paragraphs)), rng.choice(JUNK))
    return "\n\n".join(paragraphs)


def write_jsonl(path: Path, size: int, seed: int = 5) -> int:
    """Write about ``size`` bytes of JSONL pages to ``path``; returns the record count."""
    rng = random.Random(seed)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            record = ({"id": f"h{count}", "url": f"https://news.example/{count}",
                       "html": html_page(rng, count)} if count % 2 == 0
                      else {"id": f"t{count}", "text": scraped_text(rng)})
            line = json.dumps(record) + "\n"
            out.write(line)
            written += len(line)
            count += 1
    return count


def run_measured(command: list[str]) -> tuple[float, float, int]:
    """Run ``command``; returns (seconds, peak MB of the process tree, exit code)."""
    import psutil

    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    sys.stderr.write(err.decode(errors="replace"))
    return time.monotonic() - start, peak / 1e6, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0, help="input size in GB (default 1)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/benchmarks.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        records = write_jsonl(path, int(args.gb * 1e9))
        size_mb = path.stat().st_size / 1e6
        print(f"input: {records} records, {size_mb:.0f} MB", file=sys.stderr)
        seconds, peak_mb, code = run_measured(
            [sys.executable, "-m", "newsclean", "-q", "--jsonl", "-j", str(args.jobs),
             str(path), "-o", os.devnull])
    line = (f"| {size_mb:.0f} MB JSONL, {records} records (half HTML pages, half scraped "
            f"texts) | -j {args.jobs} | {seconds:.0f} s | {peak_mb:.0f} MB | {code} |")
    print(line)
    if not args.no_write:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _report import write_section

        write_section("memory", "## Peak memory of the CLI (bench/memory.py)\n\n"
                      "Resident memory of the whole process tree (main + workers), sampled "
                      "every 50 ms, on a generated JSONL file. Target: under 500 MB for 1 GB."
                      f"\n\n| input | jobs | time | peak RSS | exit |\n|---|---|---|---|---|\n"
                      f"{line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
