"""Pipeline: an ordered, named, immutable list of steps, and the code that applies cuts.

Text strippers decide (they return Cuts); ``Pipeline.run`` applies them one stripper at a
time, so each sees the document as the previous ones left it, and records every cut as a
Removal. HTML pruners (stage ``"html"``) live in the same list so that one name switches a
family of junk off in both places; they are run by the HTML stage, not here.

>>> from newsclean.strippers import default_pipeline
>>> p = default_pipeline().without("duplicates")
>>> "duplicates" in p.names
False
>>> default_pipeline().without("nope")
Traceback (most recent call last):
...
KeyError: "unknown step 'nope'; valid names: ..."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from newsclean.article import Removal
from newsclean.document import Block, Cut, Document, Found, Metadata, Stripper
from newsclean.errors import StripperError
from newsclean.limits import check_time

Stage = Literal["html", "text"]


@dataclass(frozen=True)
class Step:
    """One named step of a pipeline: a text stripper or an HTML pruner."""

    name: str
    func: Callable[..., Any]
    stage: Stage = "text"



class Pipeline:
    """An immutable, ordered list of named steps. Every method returns a new Pipeline.

    A custom stripper is any callable taking a Document and returning Cuts:

    >>> from newsclean.document import Cut
    >>> def no_shouting(doc):
    ...     return [Cut(i, "caps") for i, b in enumerate(doc.blocks) if b.text.isupper()]
    >>> p = Pipeline([("no_shouting", no_shouting)])
    >>> p.run(Document.from_blocks(["HELLO", "Quiet words."])).texts
    ['Quiet words.']
    """

    def __init__(self, steps: Iterable[Step | tuple[str, Callable[..., Any]]], *,
                 name: str = "custom") -> None:
        built: list[Step] = []
        for s in steps:
            step = s if isinstance(s, Step) else Step(s[0], s[1])
            if not callable(step.func):
                raise TypeError(f"step {step.name!r} is not callable: {step.func!r}")
            built.append(step)
        names = Counter(s.name for s in built)
        dupes = sorted(n for n, count in names.items() if count > 1)
        if dupes:
            raise ValueError(f"step names must be unique; repeated: {', '.join(dupes)}")
        self._steps: tuple[Step, ...] = tuple(built)
        self.name = name
        # Asked for every document cleaned: worked out once (a Pipeline never changes).
        self._names = tuple(s.name for s in built)
        self._stages = {stage: tuple(s for s in built if s.stage == stage)
                        for stage in {s.stage for s in built}}

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, {list(self.names)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._steps == other._steps

    def __hash__(self) -> int:
        return hash(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    @property
    def steps(self) -> tuple[Step, ...]:
        """All steps, in order."""
        return self._steps

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return self._names

    def stage(self, stage: Stage) -> tuple[Step, ...]:
        """The steps of one stage, in order."""
        return self._stages.get(stage, ())

    def _index(self, name: str) -> int:
        for i, s in enumerate(self._steps):
            if s.name == name:
                return i
        raise KeyError(f"unknown step {name!r}; valid names: {', '.join(self.names)}")

    def _with(self, steps: Sequence[Step]) -> Pipeline:
        return Pipeline(steps, name=self.name)

    def without(self, *names: str) -> Pipeline:
        """This pipeline without the named steps."""
        for n in names:
            self._index(n)
        return self._with([s for s in self._steps if s.name not in names])

    def with_only(self, *names: str) -> Pipeline:
        """Only the named steps, in this pipeline's order."""
        for n in names:
            self._index(n)
        return self._with([s for s in self._steps if s.name in names])

    def insert_after(self, after: str, func: Callable[..., Any], *, name: str | None = None,
                     stage: Stage = "text") -> Pipeline:
        """A new step right after step ``after``; its name defaults to the function's name."""
        i = self._index(after) + 1
        return self._with([*self._steps[:i], _step(func, name, stage), *self._steps[i:]])

    def insert_before(self, before: str, func: Callable[..., Any], *, name: str | None = None,
                      stage: Stage = "text") -> Pipeline:
        """A new step right before step ``before``."""
        i = self._index(before)
        return self._with([*self._steps[:i], _step(func, name, stage), *self._steps[i:]])

    def append(self, func: Callable[..., Any], *, name: str | None = None,
               stage: Stage = "text") -> Pipeline:
        """A new step at the end of the pipeline."""
        return self._with([*self._steps, _step(func, name, stage)])

    def replace(self, name: str, func: Callable[..., Any]) -> Pipeline:
        """Step ``name`` done by ``func`` instead; the name and stage stay."""
        i = self._index(name)
        steps = list(self._steps)
        steps[i] = replace(steps[i], func=func)
        return self._with(steps)

    def reorder(self, *names: str) -> Pipeline:
        """The same steps in a new order; every step must be named exactly once."""
        if sorted(names) != sorted(self.names):
            raise KeyError(f"reorder needs each of {', '.join(self.names)} exactly once")
        return self._with([self._steps[self._index(n)] for n in names])

    def run(self, doc: Document) -> Document:
        """Apply each text stripper in turn, recording every cut it decides on.

        A span cut can leave a short remainder that an earlier stripper would have taken
        ("(UPI) ADVERTISEMENT" loses its tag, leaving an ad label). So while a round leaves
        such a remainder, the stage runs again (at most ``MAX_ROUNDS`` rounds): cleaning the
        output once more then changes nothing.
        """
        from newsclean.text.memo import forget  # the strippers import this module

        try:
            return self._run(doc)
        finally:
            forget()  # the helpers' answers about this document's blocks

    def _run(self, doc: Document) -> Document:
        text_steps = self.stage("text")
        for round_no in range(1, MAX_ROUNDS + 1):
            again = False
            for step in text_steps:
                check_time(f"the {step.name} step")
                try:
                    cuts = list(step.func(doc))
                except Exception as exc:  # a custom stripper's bug must name the stripper
                    raise StripperError(f"stripper {step.name!r} raised {exc!r}") from exc
                if cuts:
                    cut_doc = apply_cuts(doc, step.name, cuts)
                    again = again or _left_short_remainder(doc, cut_doc, cuts)
                    if round_no > 1:
                        made = cut_doc.removals[len(doc.removals):]
                        cut_doc = replace(cut_doc, removals=doc.removals + tuple(
                            replace(r, round=round_no) for r in made))
                    doc = cut_doc
            if not again:
                break
        return doc


MAX_ROUNDS = 3
"""Rounds of the text stage at most; a second is rare and a third rarer still."""
SHORT_REMAINDER_WORDS = 30
"""A span cut leaving a block this short may have uncovered a whole-line junk label."""


def _left_short_remainder(before: Document, after: Document, cuts: Sequence[Cut]) -> bool:
    """True when a span cut left a short remainder, a block text that was not there before."""
    if all(c.span is None for c in cuts):
        return False
    old = set(before.texts)
    return any(b.text not in old and len(b.text.split()) <= SHORT_REMAINDER_WORDS
               for b in after.blocks)


def _step(func: Callable[..., Any], name: str | None, stage: Stage) -> Step:
    if not callable(func):
        raise TypeError(f"a step must be callable, got {func!r}")
    label: str = name or getattr(func, "__name__", None) or type(func).__name__
    return Step(label, func, stage)


def apply_cuts(doc: Document, stripper: str, cuts: Sequence[Cut]) -> Document:
    """Apply one stripper's cuts to ``doc``: drop blocks or spans, merge found metadata."""
    by_block: dict[int, list[Cut]] = {}
    for cut in cuts:
        if not isinstance(cut, Cut):
            raise StripperError(f"stripper {stripper!r} returned {cut!r}, not a Cut")
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
        removals.append(_removal(stripper, whole, block.text, index, True))
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
            mine.append((_removal(stripper, cut, text[start:end], index, False), kept))
            pos = end
    pieces.append(text[pos:])
    rest = " ".join(p.strip() for p in pieces if p.strip())
    removals.extend(replace(r, kept_at=at) if rest else r for r, at in mine)
    if not rest:
        return None
    if not any(ch.isalnum() for ch in rest):
        # Only punctuation is left ("|", "--"): it goes too, and is recorded.
        removals.append(_removal(stripper, spans[-1], rest, index, False))
        return None
    return replace(block, text=rest)


def _removal(stripper: str, cut: Cut, text: str, index: int, whole: bool) -> Removal:
    captured = cut.found.as_pairs() if cut.found else ()
    return Removal(stripper=stripper, reason=f"{stripper}.{cut.why}", text=text.strip(),
                   block=index, whole_block=whole, captured=captured)


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


__all__ = ["Pipeline", "Step", "Stripper", "apply_cuts", "merge_found"]
