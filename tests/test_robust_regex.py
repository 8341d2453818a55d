"""No pattern can blow up: every stripper and every module-level pattern gets adversarial text.

Catastrophic backtracking shows on strings such as a long run of one character followed
by one that breaks the match. Two levels:

- each text stripper, as the pipeline runs it, on blocks of 10,000 adversarial characters
  (normalized, as every block is): it must finish without error (the strippers run their
  patterns with a timeout, so a blow-up raises instead of hanging);
- every compiled pattern at module level, matched at the start of 20,000 adversarial
  characters with a 2 s timeout: that catches exponential backtracking. A pattern that is
  fine anchored can still be quadratic when searched; the stripper level checks real use.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import newsclean
from newsclean.document import Document
from newsclean.normalize import normalize_line
from newsclean.pipeline import Pipeline

_UNITS = ["a", " ", "A", "1", "(", ")", "-", "—", ".", ",", "|", ":", "/", "'", "\"", "’",
          "\n", "\t", "By ", "Photo ", "(AP) ", "SEOUL, ", "Oct. 24 ", "Read more ", "UPI/",
          "Advertisement ", "© ", "Jo Lee, ", "A. B. ", "—— ", "  \u00a0", "<div>", "&amp;",
          "Reuters ", "연합뉴스 ", "北京", "http://x.y/", "@x ", "#x ", "** ", "=="]
_TAILS = ["", "!", "x"]


def adversarial(size: int = 20_000) -> Iterator[str]:
    """Long runs of one unit with a breaking tail, and of two units alternating.

    Normalized as blocks are before any stripper sees them (runs of spaces folded).
    """
    for unit in _UNITS:
        for tail in _TAILS:
            yield normalize_line(unit * (size // len(unit)) + tail)
    for first, second in zip(_UNITS, _UNITS[1:] + _UNITS[:1], strict=True):
        yield normalize_line((first + second) * (size // (len(first) + len(second))))


def _patterns() -> Iterator[tuple[str, Any]]:
    """Every compiled pattern held at module level in newsclean, in containers too."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith(("dask", "testing", "__main__")):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (dask) that is not installed
            continue
        for name, value in vars(module).items():
            for i, pattern in enumerate(_compiled(value)):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield f"{info.name}.{name}[{i}]", pattern


def _compiled(value: Any) -> list[Any]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple, frozenset, set)):
        return [p for v in value for p in _compiled(v)]
    return []


PATTERNS = [pytest.param(name, pattern, id=name) for name, pattern in _patterns()]
STRIPPERS = newsclean.default_pipeline().stage("text")


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize(("name", "pattern"), PATTERNS)
def test_pattern_survives_adversarial_text(name: str, pattern: Any) -> None:
    if not isinstance(pattern.pattern, str):
        return  # a bytes pattern (charset sniffing) is bounded by the bytes it is given
    for text in adversarial(20_000):
        if isinstance(pattern, regex.Pattern):
            pattern.match(text, timeout=2.0)
        else:  # re patterns cannot time out; a blow-up here would show as a hang
            pattern.match(text)


@pytest.mark.parametrize("step", STRIPPERS, ids=lambda s: s.name)
def test_stripper_survives_adversarial_blocks(step: Any) -> None:
    alone = Pipeline([step])
    for text in adversarial(10_000):
        alone.run(Document.from_blocks([text, "A line of body text, officials said.", text]))
