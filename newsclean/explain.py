"""``newsclean explain``: a page's clean text with every removal shown in place, and a
diff of two pipelines' explanations.

The rendering is ``Article.explain()`` (``newsclean.article.render``): each removal is
marked ``[-removed text-]{reason}`` where it stood; ``render``, ``explained`` and
``strip_markers`` are importable from here too.

On the command line (``newsclean explain page.html``), terminals get color, and ``--diff``
compares the default pipeline with one that has named steps switched off::

    newsclean explain page.html --diff --without duplicates,captions
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsclean.article import Article
from newsclean.article.render import Piece, explained, render, render_paragraph, strip_markers

_RED, _GREEN, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[0m"


def main(argv: Sequence[str] | None = None) -> int:
    """``newsclean explain FILE``: print the page with every removal shown in place.

    Returns the exit status: 0 when done, 1 when newsclean refused the input, 2 for
    a usage error (a missing file, an unknown step name).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.diff and not _names(args.without):
        parser.error("--diff needs --without STEP[,STEP...]: the steps to switch off")
    out: TextIO = sys.stdout
    color = not args.no_color and out.isatty()
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"newsclean explain: cannot read {args.file}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    import newsclean
    from newsclean.errors import NewscleanError

    base = newsclean.default_pipeline()
    try:
        other = base.without(*_names(args.without)) if args.diff else base
    except KeyError as exc:
        print(f"newsclean explain: {exc.args[0]}", file=sys.stderr)
        return 2
    try:
        article = newsclean.clean(data, url=args.url, pipeline=base)
        if args.diff:
            changed = newsclean.clean(data, url=args.url, pipeline=other)
            out.write(diff_text(article, changed, color=color,
                                labels=("default", f"without {args.without}")))
            return 0
    except NewscleanError as exc:
        print(f"newsclean explain: {args.file}: {exc}", file=sys.stderr)
        return 1
    out.write(render(article, color=color) + "\n")
    for warning in article.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def diff_text(before: Article, after: Article, *, color: bool = False,
              labels: tuple[str, str] = ("before", "after")) -> str:
    """A unified diff of two explained renderings, one paragraph per line.

    >>> import newsclean
    >>> page = "Advertisement\\n\\nThe talks ended on Monday in Seoul."
    >>> a = newsclean.clean_text(page)
    >>> b = newsclean.clean_text(page, pipeline=newsclean.default_pipeline().without("ad_markers"))
    >>> print(diff_text(a, b), end="")
    --- before
    +++ after
    -[-Advertisement-]{ad_markers.line}
    +Advertisement
     The talks ended on Monday in Seoul.
    """
    old = [render_paragraph(p, False) + "\n" for p in explained(before)]
    new = [render_paragraph(p, False) + "\n" for p in explained(after)]
    lines = list(difflib.unified_diff(old, new, labels[0], labels[1], n=2))
    lines = [line for line in lines if not line.startswith("@@")]
    if not lines:
        return "no difference\n"
    if not color:
        return "".join(lines)
    paint = {"-": _RED, "+": _GREEN}
    return "".join(f"{paint[ln[0]]}{ln.rstrip(chr(10))}{_RESET}\n"
                   if ln[:1] in paint and ln[:3] not in ("---", "+++") else ln for ln in lines)


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean explain",
        description="Show a page's clean text with every removal in place: "
                    "[-removed text-]{stripper.reason}.",
        epilog="example: newsclean explain page.html --diff --without duplicates,captions")
    parser.add_argument("file", help="the page (.html) or text (.txt) to explain; - for stdin")
    parser.add_argument("--url", help="the page's URL, passed to newsclean")
    parser.add_argument("--diff", action="store_true",
                        help="compare the default pipeline with one without --without steps")
    parser.add_argument("--without", default="",
                        help="comma-separated step names to switch off for --diff")
    parser.add_argument("--no-color", action="store_true", help="never color the output")
    return parser


__all__ = ["Piece", "diff_text", "explained", "main", "render", "strip_markers"]
