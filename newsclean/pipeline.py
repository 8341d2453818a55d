"""Pipeline: an ordered, named, immutable list of steps, and the way to run them.

Text strippers decide (they return Cuts) and HTML pruners decide (they return Prunes);
the runner (``newsclean.runner``) applies their decisions one step at a time, so each sees
what the previous ones left, and records every removal. Both kinds live in one list, the
HTML steps first (they run on the page, before extraction), so that one name switches a
family of junk off wherever it is. A step's stage and reasons are declared where it is
defined (``newsclean.step``); a step put among the other stage's steps is rejected here.

>>> from newsclean.defaults import default_pipeline
>>> p = default_pipeline().without("duplicates")
>>> "duplicates" in p.names
False
>>> default_pipeline().without("nope")
Traceback (most recent call last):
...
KeyError: "unknown step 'nope'; valid names: ..."
>>> from newsclean.html.share_widgets import share_widgets
>>> default_pipeline().insert_after("captions", share_widgets)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: step 'share_widgets' is of stage 'html' but stands among the text steps ...
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsclean.document import Document, Metadata, Stripper
from newsclean.html._prune import Page
from newsclean.runner import apply_cuts, merge_found, run_html, run_text
from newsclean.step import STAGES, Stage, Step, declaration


class Pipeline:
    """An immutable, ordered list of named steps. Every method returns a new Pipeline.

    A custom stripper is any callable taking a Document and returning Cuts; declared with
    ``newsclean.step.text_step``, its reasons are checked, else they are not:

    >>> from newsclean.document import Cut
    >>> def no_shouting(doc):
    ...     return [Cut(i, "caps") for i, b in enumerate(doc.blocks) if b.text.isupper()]
    >>> p = Pipeline([("no_shouting", no_shouting)])
    >>> p.run(Document.from_blocks(["HELLO", "Quiet words."])).texts
    ('Quiet words.',)
    """

    def __init__(self, steps: Iterable[Step | tuple[str, Callable[..., Any]]], *,
                 name: str = "custom") -> None:
        built: list[Step] = []
        for s in steps:
            step = s if isinstance(s, Step) else _named_step(*s)
            if not callable(step.func):
                raise TypeError(f"step {step.name!r} is not callable: {step.func!r}")
            declared = declaration(step.func)
            if declared is not None and declared.stage != step.stage:
                raise ValueError(f"step {step.name!r} is given stage {step.stage!r}, but "
                                 f"its function is declared a step of stage {declared.stage!r}")
            built.append(step)
        _check_stages(built)
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
                     stage: Stage | None = None) -> Pipeline:
        """A new step right after step ``after``; its name defaults to the function's name.

        Its stage is the one it was declared with (``newsclean.step``); for a plain
        callable, ``stage`` (``"text"`` unless given).
        """
        i = self._index(after) + 1
        return self._with([*self._steps[:i], Step.of(func, name=name, stage=stage),
                           *self._steps[i:]])

    def insert_before(self, before: str, func: Callable[..., Any], *, name: str | None = None,
                      stage: Stage | None = None) -> Pipeline:
        """A new step right before step ``before`` (its stage as for ``insert_after``)."""
        i = self._index(before)
        return self._with([*self._steps[:i], Step.of(func, name=name, stage=stage),
                           *self._steps[i:]])

    def append(self, func: Callable[..., Any], *, name: str | None = None,
               stage: Stage | None = None) -> Pipeline:
        """A new step at the end of the pipeline (its stage as for ``insert_after``)."""
        return self._with([*self._steps, Step.of(func, name=name, stage=stage)])

    def replace(self, name: str, func: Callable[..., Any]) -> Pipeline:
        """Step ``name`` done by ``func`` instead; the name and stage stay, the reasons are
        ``func``'s own (unchecked for a plain callable)."""
        i = self._index(name)
        steps = list(self._steps)
        steps[i] = Step.of(func, name=name, stage=steps[i].stage)
        return self._with(steps)

    def reorder(self, *names: str) -> Pipeline:
        """The same steps in a new order; every step must be named exactly once."""
        if sorted(names) != sorted(self.names):
            raise KeyError(f"reorder needs each of {', '.join(self.names)} exactly once")
        return self._with([self._steps[self._index(n)] for n in names])

    def run(self, doc: Document) -> Document:
        """Run the text stage on ``doc``: each text step in turn, every cut recorded
        (see ``newsclean.runner.run_text``)."""
        return run_text(self.stage("text"), doc)


def run_html_stage(tree: Any, pipeline: Pipeline, meta: Metadata | None = None) -> Document:
    """Run the pipeline's HTML steps on ``tree`` (the page's root element, or its ``Page``
    if already built), changing it in place: a Document with no blocks holds a Removal
    for every pruned element and ``meta`` with what was found in them.

    >>> from lxml.html import fromstring
    >>> from newsclean.defaults import default_pipeline
    >>> tree = fromstring('<html><body><div class="share-bar">Facebook Twitter</div>'
    ...                   '<p>The talks went well.</p></body></html>')
    >>> result = run_html_stage(tree, default_pipeline())
    >>> [r.reason for r in result.removals], tree.text_content()
    (['share_widgets.class_name'], 'The talks went well.')
    """
    steps = pipeline.stage("html")
    doc = Document(blocks=(), meta=meta or Metadata())
    if not steps:
        return doc
    return run_html(steps, tree if isinstance(tree, Page) else Page.of(tree), doc)


def _named_step(name: str, func: Callable[..., Any]) -> Step:
    if not callable(func):
        raise TypeError(f"step {name!r} is not callable: {func!r}")
    return Step.of(func, name=name)


def _check_stages(steps: Sequence[Step]) -> None:
    """Reject a step of an unknown stage, or one put among the other stage's steps: the
    html steps come first (they run on the page), then the text steps."""
    rank = [STAGES.index(s.stage) if s.stage in STAGES else -1 for s in steps]
    for i, step in enumerate(steps):
        if rank[i] < 0:
            raise ValueError(f"step {step.name!r} has stage {step.stage!r}; "
                             f"the stages are {', '.join(STAGES)}")
        if i and rank[i] < rank[i - 1]:
            # An html step after a text step: the intruder is the one whose neighbours
            # are all of the other stage.
            after_it = rank[i + 1] if i + 1 < len(steps) else rank[i - 1]
            odd, other = (step, steps[i - 1]) if after_it == rank[i - 1] else (steps[i - 1], step)
            raise ValueError(
                f"step {odd.name!r} is of stage {odd.stage!r} but stands among the "
                f"{other.stage} steps (next to {other.name!r}): every html step comes "
                "before every text step")


__all__ = ["Pipeline", "Step", "Stripper", "apply_cuts", "merge_found", "run_html_stage"]
