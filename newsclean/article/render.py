"""An Article explained: its text with every removal shown in place.

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
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclean.article import Article, Removal

_RED, _DIM, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[0m"
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
    return "\n\n".join(render_paragraph(p, color) for p in explained(article))


def render_paragraph(paragraph: Paragraph, color: bool) -> str:
    """One paragraph of the explained page: kept text and markers, one space apart."""
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


__all__ = ["Paragraph", "Piece", "explained", "render", "render_paragraph", "strip_markers"]
