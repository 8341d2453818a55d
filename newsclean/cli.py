"""The ``newsclean`` command: clean pages and texts in bulk, on every core, in order.

    newsclean pages/ -o clean.jsonl               # a folder of .html/.txt, recursively
    newsclean --jsonl export.jsonl.gz -j 8        # one page per JSON line
    newsclean CC-MAIN-*.warc.gz -o crawl.jsonl    # the HTML responses of WARC files
    curl -s https://example.com/story | newsclean --format text -
    newsclean explain page.html                   # why each piece was removed
    newsclean --demo                              # clean the bundled example page

Every input record gives exactly one output record; one that cannot be cleaned gets an
``error`` field and is counted, and the run goes on. The exit code is 0 unless
``--strict`` is given and a record failed (1), or the command line is wrong (2).
The output schema is documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from newsclean.batch.clean import CleanOptions
from newsclean.batch.progress import Progress
from newsclean.batch.run import run_batch
from newsclean.batch.sources import DEFAULT_MAX_BYTES, Format, ReadOptions, read_inputs
from newsclean.batch.writers import make_writer

DEMO_PAGE = "wire-story.html"
EXAMPLES = """\
examples:
  newsclean page.html                        clean one page, JSONL record on stdout
  newsclean --format text page.html          just the clean text
  newsclean scraped/ -o clean.jsonl -j 4     every .html/.htm/.txt under scraped/, 4 processes
  newsclean 'dumps/**/*.html.gz'             a glob (quote it); .gz is read transparently
  newsclean --jsonl pages.jsonl --html-field body --id-field doc_id
  newsclean crawl.warc.gz --explain -o out.jsonl
  cat page.html | newsclean -                stdin ('-'); add --jsonl or --warc for streams
  newsclean explain page.html                why each piece was removed (see its --help)
  newsclean --demo                           clean the bundled example page
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; every option has a help line."""
    parser = argparse.ArgumentParser(
        prog="newsclean", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean scraped news pages (HTML) or scraped texts into article text\n"
                    "plus metadata, with every removal explained. One output record per\n"
                    "input record, in input order; a record that fails gets an 'error'.")
    add = parser.add_argument
    add("inputs", nargs="*", metavar="INPUT",
        help="files, folders (walked recursively for .html .htm .xhtml .txt .jsonl .warc, "
             "each optionally .gz), globs, or - for stdin; default: stdin when it is piped. "
             "e.g. pages/ 'crawl/*.warc.gz' story.html")
    add("-o", "--output", metavar="FILE", help="write records to FILE instead of stdout, "
        "e.g. -o clean.jsonl")
    add("--format", choices=("jsonl", "text", "markdown"), default="jsonl",
        help="jsonl (default): one JSON record per input; text: the clean text only; "
             "markdown: title, metadata line and text. e.g. --format text")
    add("-j", "--jobs", type=_positive, default=_cores(), metavar="N",
        help=f"worker processes (default: all {_cores()} cores); e.g. -j 1 for one process")
    add("--jsonl", action="store_true", help="read every input (and stdin) as JSONL, "
        "whatever its name; e.g. --jsonl export.data")
    add("--warc", action="store_true", help="read every input (and stdin) as WARC; "
        "e.g. cat x.warc.gz | newsclean --warc -")
    add("--html-field", default="html", metavar="NAME",
        help="JSONL field with the page HTML (default: html); e.g. --html-field raw_html")
    add("--text-field", default="text", metavar="NAME", help="JSONL field with scraped text, "
        "used when the HTML field is missing (default: text); e.g. --text-field content")
    add("--id-field", default="id", metavar="NAME",
        help="JSONL field with the record id (default: id; else path:line); e.g. --id-field uid")
    add("--url-field", default="url", metavar="NAME",
        help="JSONL field with the page URL (default: url); e.g. --url-field link")
    add("--explain", action="store_true", help="add each record's removals (stripper, "
        "reason, text) to its JSONL record")
    add("--without", action="append", default=[], metavar="STEP",
        help="switch a pipeline step off; repeatable; e.g. --without duplicates")
    add("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
        help=f"pages larger than N bytes become error records (default: {DEFAULT_MAX_BYTES})")
    add("--strict", action="store_true", help="exit with status 1 if any record failed")
    add("-q", "--quiet", action="store_true", help="no progress line and no summary line")
    add("--demo", action="store_true",
        help="print the bundled example page, cleaned, with its metadata, and exit")
    from newsclean.version import __version__

    add("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["explain"]:
        return _explain(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.demo:
        return demo(sys.stdout)
    _check_steps(parser, args.without)
    inputs = args.inputs or (["-"] if not sys.stdin.isatty() else None)
    if inputs is None:
        parser.print_usage(sys.stderr)
        print("newsclean: no input: name files or folders, or pipe into '-'", file=sys.stderr)
        return 2
    force: Format | None = "jsonl" if args.jsonl else "warc" if args.warc else None
    if args.jsonl and args.warc:
        parser.error("--jsonl and --warc exclude each other")
    read_options = ReadOptions(force=force, html_field=args.html_field,
                               text_field=args.text_field, id_field=args.id_field,
                               url_field=args.url_field, max_bytes=args.max_bytes)
    options = CleanOptions(explain=args.explain, without=tuple(args.without),
                           max_bytes=args.max_bytes)
    start = time.monotonic()
    try:
        with _output(args.output) as stream:
            progress = Progress(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
            tally = run_batch(read_inputs(inputs, read_options), writer=make_writer(
                args.format, stream), options=options, jobs=args.jobs, progress=progress)
    except BrokenPipeError:  # the reader of our output went away (| head): stop quietly
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("\nnewsclean: interrupted", file=sys.stderr)
        return 130
    if not args.quiet:
        print(tally.summary(seconds=time.monotonic() - start), file=sys.stderr)
    return 1 if args.strict and tally.failed else 0


def demo(stream: TextIO) -> int:
    """Print the bundled example page, cleaned: its metadata, its text, what was removed."""
    from importlib.resources import files

    from newsclean.api import clean_html

    page = files("newsclean") / "examples" / DEMO_PAGE
    if not page.is_file():
        print(f"newsclean: the example page newsclean/examples/{DEMO_PAGE} is missing from "
              "this installation", file=sys.stderr)
        return 2
    art = clean_html(page.read_bytes())
    facts = [("title", art.title), ("subtitle", art.subtitle),
             ("authors", ", ".join(art.authors)), ("source", art.source),
             ("site", art.site_name), ("published", art.published and art.published.isoformat()),
             ("dateline", art.dateline and ", ".join(
                 v for v in (art.dateline.location, art.dateline.date_text, art.dateline.agency)
                 if v)), ("url", art.url), ("language", art.language)]
    lines = [f"Cleaned newsclean/examples/{DEMO_PAGE}", ""]
    lines += [f"{name + ':':<11}{value}" for name, value in facts if value]
    lines += [f"{'caption:':<11}{c.text}" + (f" ({c.credit})" if c.credit else "")
              for c in art.captions]
    lines += ["", "--- text ---", art.text, "", f"--- removed ({len(art.removals)}) ---"]
    lines += [f"[{r.reason}] {r.text[:70]}" for r in art.removals]
    stream.write("\n".join(lines) + "\n")
    return 0


def _explain(argv: list[str]) -> int:
    try:
        from newsclean.explain import main as explain_main
    except ModuleNotFoundError as exc:
        if exc.name != "newsclean.explain":
            raise
        print("newsclean: the 'explain' subcommand is not available in this build "
              "(newsclean.explain is missing)", file=sys.stderr)
        return 2
    return int(explain_main(argv))


def _check_steps(parser: argparse.ArgumentParser, names: list[str]) -> None:
    from newsclean.defaults import default_pipeline

    try:
        default_pipeline().without(*names)
    except KeyError as exc:
        parser.error(f"--without: {exc.args[0]}")


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        yield stream


def _silence_stdout() -> None:
    # Python flushes stdout at exit; with the pipe gone that would raise again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
