"""Making an input safe to clean, and the wrapper every entry point runs it in.

Every entry point (``clean``, ``clean_html``, ``clean_text``) is wrapped by ``guarded``,
which runs ``prepare`` on the input first and records what it did in ``Article.warnings``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from newsclean.article import Article
from newsclean.limits import DEFAULT_LIMITS, Limits, deadline, in_call
from newsclean.read.bounds import bound_lines, bound_markup, cut_text, drop_scripts, over_limit
from newsclean.read.decode import decode_bytes_explained
from newsclean.read.repair import repair_mojibake, sanitize
from newsclean.read.sniff import looks_like_html


@dataclass(frozen=True)
class Prepared:
    """An input made safe to clean, with the warnings that tell what was done to it."""

    source: Any
    warnings: tuple[str, ...] = ()


def prepare(source: Any, limits: Limits = DEFAULT_LIMITS, *, decode: bool = True) -> Prepared:
    """Make ``source`` safe to clean within ``limits``: decode, sanitize, repair, bound.

    Types it does not handle (lxml trees, and anything wrong) pass through unchanged, for
    the entry point to accept or refuse. With ``decode=False`` bytes pass through too.

    >>> p = prepare("word " * 10, Limits(max_chars=12))
    >>> p.source, p.warnings
    ('word word', ('input cut to 12 of 50 characters (Limits.max_chars)',))
    """
    notes: list[str] = []
    if decode and isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > limits.max_bytes:
            notes.append(over_limit(limits, "max_bytes", len(data), "bytes"))
            data = data[:limits.max_bytes]
        decoded = decode_bytes_explained(data)
        source = decoded.text
        notes.extend(decoded.notes)
    elif type(source).__module__.startswith("bs4"):
        source = str(source)
    if not isinstance(source, str):
        return Prepared(source, tuple(notes))
    text = sanitize(source, notes)
    html = looks_like_html(text)
    if html and len(text) > limits.max_chars:
        text = drop_scripts(text, notes)
    if len(text) > limits.max_chars:
        notes.append(over_limit(limits, "max_chars", len(text), "characters"))
        text = cut_text(text, limits.max_chars)
    text = bound_markup(text, limits, notes) if html else bound_lines(text, limits, notes)
    # Plain text's tabs become spaces in the normalizer anyway; ftfy reads "Â " as a
    # mangled no-break space but "Â\t" not, so it must see them as the output will have
    # them, or cleaning the output again would repair what the first pass left.
    text = repair_mojibake(text if html else text.replace("\t", " "), notes)
    return Prepared(text, tuple(notes))


Entry = TypeVar("Entry", bound=Callable[..., Article])


def guarded(entry: Entry) -> Entry:
    """Wrap an entry point: prepare its input, enforce the time limit, add the warnings.

    The entry point takes ``limits=`` (a Limits, default ``DEFAULT_LIMITS``) as a keyword.
    A call made from inside another (``clean`` calling ``clean_html``) is passed through:
    the outer call already prepared the input and holds the deadline.
    """
    return _guard(entry, decode=True)


def guarded_text(entry: Entry) -> Entry:
    """``guarded`` for an entry point that takes text only: bytes are left for it to refuse."""
    return _guard(entry, decode=False)


def _guard(entry: Entry, *, decode: bool) -> Entry:
    first = next(iter(inspect.signature(entry).parameters))

    @functools.wraps(entry)
    def run(*args: Any, **kwargs: Any) -> Article:
        if in_call():
            return entry(*args, **kwargs)
        limits = kwargs.get("limits") or DEFAULT_LIMITS
        if not isinstance(limits, Limits):
            raise TypeError(f"limits must be a newsclean.limits.Limits, not "
                            f"{type(limits).__name__}")
        if args:
            prepared = prepare(args[0], limits, decode=decode)
            args = (prepared.source, *args[1:])
        elif first in kwargs:
            prepared = prepare(kwargs[first], limits, decode=decode)
            kwargs[first] = prepared.source
        else:
            return entry(*args, **kwargs)  # let Python report the missing argument
        with deadline(limits.seconds_per_document):
            article = entry(*args, **kwargs)
        if prepared.warnings:
            article = replace(article, warnings=(*prepared.warnings, *article.warnings))
        return article

    return run  # type: ignore[return-value]
