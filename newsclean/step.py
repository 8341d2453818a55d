"""What a step is: a named function of one stage, with the reason codes it may give.

A step is declared where it is defined. ``text_step`` marks a text stripper (called with
a Document, returns Cuts), ``html_step`` an HTML pruner (called with a Page, returns
Prunes); each lists the reason codes (``Cut.why`` / ``Prune.why``) its removals may
carry. The function itself is unchanged: it stays a plain callable that tests and
doctests call directly, and only carries its declaration along.

>>> @text_step("caps")
... def no_shouting(doc):
...     return []
>>> no_shouting(None), Step.of(no_shouting)
([], Step(name='no_shouting', stage='text', reasons=frozenset({'caps'})))

The pipeline uses the declaration twice: a step put among the steps of the other stage is
rejected when the Pipeline is built, and a removal whose reason the step did not declare
stops the run with a ``StripperError``. A plain undecorated callable is a text step whose
reasons are not checked (so a one-off custom stripper needs no decorator):

>>> Step.of(lambda doc: [], name="quick").reasons is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Stage = Literal["html", "text"]
"""``html``: pruners run on the parsed page; ``text``: strippers run on the Document."""
STAGES: tuple[Stage, ...] = ("html", "text")
"""The stages in the order they run: a pipeline lists its html steps before its text steps."""

F = TypeVar("F", bound=Callable[..., Any])
_DECLARED = "newsclean_step"  # the attribute a decorator sets on the function it declares


@dataclass(frozen=True)
class Declared:
    """What a decorator records on a step function: its stage and its reason codes."""

    stage: Stage
    reasons: frozenset[str]


@dataclass(frozen=True)
class Step:
    """One named step of a pipeline: a text stripper or an HTML pruner."""

    name: str
    """The step's name: registry key, reason prefix (``<name>.<why>``), docs heading."""
    func: Callable[..., Any] = field(repr=False)
    """The function called with a Document (text) or a Page (html)."""
    stage: Stage = "text"
    """Which stage runs it."""
    reasons: frozenset[str] | None = None
    """The ``why`` codes its removals may carry; None (an undecorated step): not checked."""

    @classmethod
    def of(cls, func: Callable[..., Any], *, name: str | None = None,
           stage: Stage | None = None) -> Step:
        """The step for ``func``: its declared stage and reasons, else a text step unchecked.

        ``stage`` given for a declared function must be the declared one:

        >>> @html_step("class_name")
        ... def boxes(page):
        ...     return []
        >>> Step.of(boxes, stage="text")
        Traceback (most recent call last):
        ...
        ValueError: step 'boxes' is declared an html step, not a text step
        """
        if not callable(func):
            raise TypeError(f"a step must be callable, got {func!r}")
        label: str = name or getattr(func, "__name__", None) or type(func).__name__
        declared = declaration(func)
        if declared is None:
            return cls(label, func, stage or "text")
        if stage is not None and stage != declared.stage:
            raise ValueError(f"step {label!r} is declared {_a(declared.stage)} step, "
                             f"not {_a(stage)} step")
        return cls(label, func, declared.stage, declared.reasons)


def declaration(func: Callable[..., Any]) -> Declared | None:
    """The stage and reasons ``func`` was declared with, or None for a plain callable."""
    declared = getattr(func, _DECLARED, None)
    return declared if isinstance(declared, Declared) else None


def text_step(*reasons: str) -> Callable[[F], F]:
    """Declare a text stripper and the reason codes its Cuts may carry.

    >>> @text_step("line", "label")
    ... def ads(doc):
    ...     return []
    >>> sorted(declaration(ads).reasons)
    ['label', 'line']
    """
    return _declare("text", reasons)


def html_step(*reasons: str) -> Callable[[F], F]:
    """Declare an HTML pruner and the reason codes its Prunes may carry.

    It also serves a pruner built by a factory: ``html_step("class_name")(box_pruner(...))``.
    """
    return _declare("html", reasons)


def _declare(stage: Stage, reasons: tuple[str, ...]) -> Callable[[F], F]:
    for why in reasons:
        if not isinstance(why, str) or not why:
            raise TypeError(f"a reason code is a non-empty str, got {why!r}")
    declared = Declared(stage, frozenset(reasons))

    def mark(func: F) -> F:
        setattr(func, _DECLARED, declared)
        return func

    return mark


def _a(stage: str) -> str:
    return f"an {stage}" if stage == "html" else f"a {stage}"


__all__ = ["STAGES", "Declared", "Stage", "Step", "declaration", "html_step", "text_step"]
