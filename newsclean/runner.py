"""The runner: a stage's steps in turn, each one's decisions checked, applied and recorded.

A step decides; the runner applies. Text steps return Cuts on a Document, HTML steps
return Prunes (or a Join) on a Page. For both stages, one code path (:func:`run_steps`):

- the time limit is checked before each step (``newsclean.limits``);
- the step is called, and whatever it raises becomes a ``StripperError`` naming it;
- each decision is checked: of its stage's kind, with a reason the step declared
  (``newsclean.step``; an undecorated custom step's reasons are not checked);
- the decisions are applied, and each removal is recorded by :func:`removal`, as
  ``<step>.<why>`` with what the step found there.

>>> from newsclean.document import Cut
>>> from newsclean.step import Step, text_step
>>> @text_step("caps")
... def no_shouting(doc):
...     return [Cut(i, "loud") for i, b in enumerate(doc.blocks) if b.text.isupper()]
>>> run_text([Step.of(no_shouting)], Document.from_blocks(["HEY", "Hi."]))
... # doctest: +ELLIPSIS
Traceback (most recent call last):
...
newsclean.errors.StripperError: stripper 'no_shouting' gave the reason 'loud', which it ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from newsclean.article import Removal
from newsclean.document import Block, Cut, Document, Found, Metadata
from newsclean.errors import StripperError
from newsclean.html._prune import Join, Page, Prune
from newsclean.limits import check_time
from newsclean.normalize import normalize_line
from newsclean.step import Stage, Step
from newsclean.text.memo import memo_scope
from newsclean.tree import move_content, remove_keeping_tail

MAX_ROUNDS = 3
"""Rounds of the text stage at most; a second is rare and a third rarer still."""
SHORT_REMAINDER_WORDS = 30
"""A span cut leaving a block this short may have uncovered a whole-line junk label."""
_NOUN: dict[Stage, str] = {"text": "stripper", "html": "html pruner"}
_KINDS: dict[Stage, tuple[type, ...]] = {"text": (Cut,), "html": (Prune, Join)}

Apply = Callable[[Document, Step, list[Any]], Document]


def run_steps(steps: Iterable[Step], doc: Document, apply: Apply, subject: Any = None,
              ) -> Document:
    """Run each step on ``subject`` (the document itself when None), applying what it
    decides with ``apply``, which returns the document with the removals recorded."""
    for step in steps:
        check_time(f"the {step.name} step")
        decided = _decide(step, doc if subject is None else subject)
        if decided:
            doc = apply(doc, step, decided)
    return doc


def _decide(step: Step, subject: Any) -> list[Any]:
    """What ``step`` decides on ``subject``, checked; a step's failure names the step."""
    try:
        decided = list(step.func(subject))
    except Exception as exc:  # a custom step's bug must name the step
        raise StripperError(f"{_NOUN[step.stage]} {step.name!r} raised {exc!r}") from exc
    if decided:  # most steps decide nothing
        _check(step, decided)
    return decided


def _check(step: Step, decided: list[Any]) -> None:
    """Each decision is of the step's stage's kind, with a reason the step declared."""
    kinds, reasons = _KINDS[step.stage], step.reasons
    for item in decided:
        if not isinstance(item, kinds):
            raise StripperError(f"{_NOUN[step.stage]} {step.name!r} returned {item!r}, "
                                f"not {' or '.join('a ' + k.__name__ for k in kinds)}")
        why = getattr(item, "why", None)
        if reasons is not None and why is not None and why not in reasons:
            declared = ", ".join(sorted(reasons)) or "none"
            raise StripperError(f"{_NOUN[step.stage]} {step.name!r} gave the reason {why!r}, "
                                f"which it does not declare (it declares: {declared})")


def removal(stripper: str, why: str, text: str, found: Found | None, *,
            block: int | None = None, whole_block: bool = True) -> Removal:
    """The record of one removal: ``<stripper>.<why>``, the text, what was found in it."""
    captured = found.as_pairs() if found else ()
    return Removal(stripper=stripper, reason=f"{stripper}.{why}", text=text, block=block,
                   whole_block=whole_block, captured=captured)


# -- the text stage --------------------------------------------------------------------------

def run_text(steps: Sequence[Step], doc: Document) -> Document:
    """Apply each text step in turn, recording every cut it decides on.

    A span cut can leave a short remainder that an earlier stripper would have taken
    ("(UPI) ADVERTISEMENT" loses its tag, leaving an ad label). So while a round leaves
    such a remainder, the stage runs again (at most ``MAX_ROUNDS`` rounds): cleaning the
    output once more then changes nothing. The memoized text helpers remember their
    answers for this run only (``text.memo``).
    """
    with memo_scope():
        for round_no in range(1, MAX_ROUNDS + 1):
            doc, again = _text_round(steps, doc, round_no)
            if not again:
                break
    return doc


def _text_round(steps: Sequence[Step], doc: Document, round_no: int) -> tuple[Document, bool]:
    """One round of the text stage; whether a span cut in it left a short remainder."""
    short = False

    def apply(doc: Document, step: Step, cuts: list[Cut]) -> Document:
        nonlocal short
        cut_doc = apply_cuts(doc, step.name, cuts)
        short = short or _left_short_remainder(doc, cut_doc, cuts)
        if round_no > 1:
            made = cut_doc.removals[len(doc.removals):]
            cut_doc = replace(cut_doc, removals=doc.removals + tuple(
                replace(r, round=round_no) for r in made))
        return cut_doc

    return run_steps(steps, doc, apply), short


def _left_short_remainder(before: Document, after: Document, cuts: Sequence[Cut]) -> bool:
    """True when a span cut left a short remainder, a block text that was not there before."""
    if all(c.span is None for c in cuts):
        return False
    old = set(before.texts)
    return any(b.text not in old and len(b.text.split()) <= SHORT_REMAINDER_WORDS
               for b in after.blocks)


def apply_cuts(doc: Document, stripper: str, cuts: Sequence[Cut]) -> Document:
    """Apply one stripper's cuts to ``doc``: drop blocks or spans, merge found metadata."""
    by_block: dict[int, list[Cut]] = {}
    for cut in cuts:
        if not 0 <= cut.block < len(doc.blocks):
            raise StripperError(f"stripper {stripper!r} cut block {cut.block}, "
                                f"but the document has {len(doc.blocks)}")
        by_block.setdefault(cut.block, []).append(cut)
    blocks: list[Block | None] = list(doc.blocks)
    removals = list(doc.removals)
    meta = doc.meta
    for i in sorted(by_block):  # only the cut blocks, in document order
        mine = by_block[i]
        for cut in mine:
            if cut.found:
                meta = merge_found(meta, cut.found)
        blocks[i] = _cut_block(doc.blocks[i], i, stripper, mine, removals)
    kept = tuple(b for b in blocks if b is not None)
    return replace(doc, blocks=kept, removals=tuple(removals), meta=meta)


def _cut_block(block: Block, index: int, stripper: str, cuts: list[Cut],
               removals: list[Removal]) -> Block | None:
    whole = next((c for c in cuts if c.span is None), None)
    if whole is not None:
        removals.append(_cut_removal(stripper, whole, block.text, index, True))
        return None
    text = block.text
    spans = sorted(cuts, key=lambda c: c.span or (0, 0))
    pieces: list[str] = []
    mine: list[tuple[Removal, int]] = []  # each span removal, and where it stood in the rest
    pos = kept = 0
    for cut in spans:
        start, end = cut.span or (0, 0)
        if not 0 <= start <= end <= len(text):
            raise StripperError(f"stripper {stripper!r} cut span {cut.span} of a block "
                                f"of {len(text)} characters")
        start = max(start, pos)
        if start < end:
            piece = text[pos:start].strip()
            if piece:
                kept += len(piece) + (1 if kept else 0)
            pieces.append(text[pos:start])
            mine.append((_cut_removal(stripper, cut, text[start:end], index, False), kept))
            pos = end
    pieces.append(text[pos:])
    rest = " ".join(p.strip() for p in pieces if p.strip())
    removals.extend(replace(r, kept_at=at) if rest else r for r, at in mine)
    if not rest:
        return None
    if not any(ch.isalnum() for ch in rest):
        # Only punctuation is left ("|", "--"): it goes too, and is recorded.
        removals.append(_cut_removal(stripper, spans[-1], rest, index, False))
        return None
    return replace(block, text=rest)


def _cut_removal(stripper: str, cut: Cut, text: str, index: int, whole: bool) -> Removal:
    return removal(stripper, cut.why, text.strip(), cut.found, block=index, whole_block=whole)


# -- the HTML stage --------------------------------------------------------------------------

def run_html(steps: Sequence[Step], page: Page, doc: Document) -> Document:
    """Run the HTML steps on ``page``, changing its tree in place; ``doc`` (no blocks yet)
    gets a removal for every pruned element and the metadata found in them."""
    if not steps:
        return doc
    # Each removed element with everything in it, shared with the pruners through the page.
    page.gone.clear()
    page.prose.clear()

    def apply(doc: Document, step: Step, decided: list[Prune | Join]) -> Document:
        return _apply_html(doc, page, step.name, decided)

    return run_steps(steps, doc, apply, subject=page)


def _apply_html(doc: Document, page: Page, stripper: str, decided: list[Prune | Join],
                ) -> Document:
    removed = page.gone
    removals: list[Removal] = []
    meta = doc.meta
    for item in decided:
        if isinstance(item, Join):
            for piece in item.pieces:
                move_content(item.into, piece)
            continue
        element = item.element
        if element in removed:
            continue
        text = normalize_line(" ".join(element.itertext()))
        if not text:
            continue  # nothing a reader would see; leaving it keeps the tree as it was
        if item.found:
            meta = merge_found(meta, item.found)
        removals.append(removal(stripper, item.why, text, item.found))
        removed.update(element.iter())
        for ancestor in element.iterancestors():  # their prose counts change
            page.prose.pop(ancestor, None)
        remove_keeping_tail(element)
    if not removals and meta is doc.meta:
        return doc
    return replace(doc, removals=doc.removals + tuple(removals), meta=meta)


def merge_found(meta: Metadata, found: Found) -> Metadata:
    """Fill empty metadata fields from ``found``; authors and captions accumulate."""
    changes: dict[str, Any] = {}
    for name in ("title", "subtitle", "source", "dateline", "published"):
        value = getattr(found, name)
        if value and not getattr(meta, name):
            changes[name] = value
    if found.authors:
        changes["authors"] = tuple(dict.fromkeys([*meta.authors, *found.authors]))
    if found.caption and not any(c.text == found.caption.text for c in meta.captions):
        changes["captions"] = (*meta.captions, found.caption)
    elif found.caption and found.caption.credit:
        same, credit = found.caption.text, found.caption.credit
        changes["captions"] = tuple(
            replace(c, credit=c.credit or credit) if c.text == same else c for c in meta.captions)
    return replace(meta, **changes) if changes else meta


__all__ = ["MAX_ROUNDS", "SHORT_REMAINDER_WORDS", "apply_cuts", "merge_found",
           "removal", "run_html", "run_text", "run_steps"]
