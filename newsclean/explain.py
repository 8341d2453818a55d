"""Explain an Article: its text with every removal shown in place, and ``newsclean explain``.

Each removal is shown where it stood, marked ``[-removed text-]{reason}``, where the reason
code names the stripper (``ad_markers.line`` comes from ``ad_markers``). Whole blocks that
went stand as their own paragraph; spans cut from a paragraph stand inside it. The places
come from replaying the removals backwards: a Removal records its block index as its
stripper saw the document and, for span cuts, ``kept_at``, so each step can be undone.
Block places are exact. Inside a paragraph, a span is placed exactly when one stripper
cut it; spans that several strippers cut from one paragraph are placed by offsets that
can be off by the spaces dropped in between, so they snap to the nearest word boundary.

>>> import newsclean
>>> art = newsclean.clean_text("Advertisement\\n\\nThe talks ended on Monday in Seoul.")
>>> print(render(art))
[-Advertisement-]{ad_markers.line}
<BLANKLINE>
The talks ended on Monday in Seoul.

Dropping every marker gives the Article's text back:

>>> strip_markers(render(art)) == art.text
True

On the command line (``newsclean explain page.html``), terminals get color, and ``--diff``
compares the default pipeline with one that has named steps switched off::

    newsclean explain page.html --diff --without duplicates,captions
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from newsclean.article import Article, Removal

_RED, _DIM, _GREEN, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[32m", "\x1b[0m"
_MARKER = re.compile(r"\[-.*?-\]\{[^{}]*\}", re.S)


@dataclass(frozen=True)
class Piece:
    """A run of text in the explained page: kept text, or what one removal took."""

    text: str
    removal: Removal | None = None
    lead: int = 0
    """Characters it stood for before its text: the space that separated a cut-out span
    from the text before it (removed text is recorded stripped)."""
    trail: int = 0
    """The same after its text, for a span cut at the start of a block."""


Paragraph = tuple[Piece, ...]


def explained(article: Article) -> tuple[Paragraph, ...]:
    """The text stage's input rebuilt from ``article``: kept and removed pieces in order.

    Removals without a block (made before the text stage, e.g. by HTML pruners) come
    first, one paragraph each.

    >>> from newsclean import clean_text
    >>> [[p.text for p in para] for para in explained(clean_text("Advertisement\\n\\nHi there."))]
    [['Advertisement'], ['Hi there.']]
    """
    segments: list[list[Piece]] = [[Piece(p)] for p in article.paragraphs]
    for run in reversed(_runs([r for r in article.removals if r.block is not None])):
        segments = _undo(segments, run)
    early = [[Piece(r.text, r)] for r in article.removals if r.block is None]
    return tuple(tuple(seg) for seg in [*early, *segments] if seg)


def _runs(removals: list[Removal]) -> list[list[Removal]]:
    """Removals split into one run per stripper application: names are unique per
    pipeline, and a second pass of the text stage is told apart by ``Removal.round``."""
    runs: list[list[Removal]] = []
    for r in removals:
        if runs and runs[-1][0].stripper == r.stripper and runs[-1][0].round == r.round:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def _undo(segments: list[list[Piece]], run: list[Removal]) -> list[list[Piece]]:
    """Put back what one stripper removed: the document as that stripper was given it."""
    by_block: dict[int, list[Removal]] = {}
    for r in run:
        by_block.setdefault(r.block or 0, []).append(r)
    dropped = {i for i, rs in by_block.items()
               if any(r.whole_block or r.kept_at is None for r in rs)}
    size = max(len(segments) + len(dropped), max(by_block) + 1)
    rebuilt: list[list[Piece]] = []
    kept = iter(segments)
    for i in range(size):
        mine = by_block.get(i, [])
        if i in dropped:
            # Cuts with an offset stood inside the leftover that went last (if any).
            placed = [r for r in mine if r.kept_at is not None]
            gone = [r for r in mine if r.kept_at is None]
            base = [Piece(r.text, r, 0 if r.whole_block or placed or k == 0 else 1)
                    for k, r in enumerate(gone)]
            rebuilt.append(_weave(base, placed) if placed else base)
            continue
        segment = next(kept, [])
        rebuilt.append(_weave(segment, mine) if mine else segment)
    rebuilt.extend(kept)
    return rebuilt


def _weave(segment: list[Piece], cuts: list[Removal]) -> list[Piece]:
    """Insert span removals into a paragraph at their ``kept_at`` offsets.

    Offsets count the text as the stripper left it, so pieces removed by later strippers
    count too, with the space that separated them; a cut that falls inside such a piece
    splits it (the later removal then shows in two parts around the earlier one).
    """
    todo = deque(sorted(cuts, key=lambda r: r.kept_at or 0))
    out: list[Piece] = []
    pos = 0
    for piece in segment:
        text, start, lead = piece.text, pos + piece.lead, piece.lead
        while todo and (todo[0].kept_at or 0) < start + len(text):
            cut = todo.popleft()
            split = _word_boundary(text, (cut.kept_at or 0) - start)
            if text[:split].strip():
                out.append(Piece(text[:split], piece.removal, lead))
                lead = 0
            out.append(_cut_piece(cut))
            text, start = text[split:], start + split
        if text.strip():
            out.append(Piece(text, piece.removal, lead, piece.trail))
        pos += piece.lead + len(piece.text) + piece.trail
    out.extend(_cut_piece(r) for r in todo)
    return out


def _cut_piece(cut: Removal) -> Piece:
    """A span cut: the space that separated it is before it, or after it at a block start."""
    return Piece(cut.text, cut, lead=1 if cut.kept_at else 0, trail=0 if cut.kept_at else 1)


def _word_boundary(text: str, at: int) -> int:
    """``at`` moved to the nearest space or end of ``text`` close by, never inside a word.

    Offsets rebuilt through several strippers can be off by the spaces they dropped.

    >>> _word_boundary("harbour boats", 9), _word_boundary("harbour", 6)
    (7, 7)
    >>> _word_boundary("港口在防波堤维修三周后于周二重新开放港务局表示渔民们对此表示", 8)
    8
    """
    at = min(max(at, 0), len(text))
    if at in (0, len(text)) or text[at - 1].isspace() or text[at].isspace():
        return at
    near, edge = 30, 2
    left = text.rfind(" ", max(0, at - near), at)
    left = 0 if left < 0 and at <= edge else left
    right = text.find(" ", at, at + near)
    right = len(text) if right < 0 and len(text) - at <= edge else right
    if left < 0 and right < 0:
        return at  # no boundary near: a script written without spaces, or a long token
    if right < 0 or (left >= 0 and at - left <= right - at):
        return left
    return right


def render(article: Article, *, color: bool = False) -> str:
    """The explained page as text: paragraphs separated by a blank line, removals marked."""
    return "\n\n".join(_render_paragraph(p, color) for p in explained(article))


def _render_paragraph(paragraph: Paragraph, color: bool) -> str:
    words: list[str] = []
    for piece in paragraph:
        if piece.removal is None:
            words.append(piece.text.strip())
        else:
            words.append(_marker(piece.removal, color))
    return " ".join(w for w in words if w)


def _marker(removal: Removal, color: bool) -> str:
    note = removal.reason
    if removal.captured:
        # A value that is the removed text itself ("title") needs only its field name.
        note += " -> " + ", ".join(k if v in removal.text else f"{k}: {v}"
                                   for k, v in removal.captured)
    if color:
        return f"{_RED}[-{removal.text}-]{_RESET}{_DIM}{{{note}}}{_RESET}"
    return f"[-{removal.text}-]{{{note}}}"


def strip_markers(rendered: str) -> str:
    """The kept text of a rendering: markers gone, spacing and blank lines tidied.

    >>> strip_markers("A [-b-]{x.y} c.\\n\\n[-Ad-]{ad.line}\\n\\nD.")
    'A c.\\n\\nD.'
    """
    paragraphs = (" ".join(_MARKER.sub(" ", p).split()) for p in rendered.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


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
    old = [_render_paragraph(p, False) + "\n" for p in explained(before)]
    new = [_render_paragraph(p, False) + "\n" for p in explained(after)]
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
