"""Bounding the input to ``Limits``: too many characters, lines, elements or nesting levels.

Over a limit the input is cut (with a warning in the notes) or refused, by
``Limits.on_exceed``; nesting too deep for lxml is flattened, its text kept.

>>> notes: list[str] = []
>>> bound_lines("a\\nb\\nc", Limits(max_lines=2), notes), notes
('a\\nb', ['input cut to 2 of 3 lines (Limits.max_lines)'])
"""

from __future__ import annotations

import re

from newsclean.errors import InputTooLargeError
from newsclean.limits import Limits

# One tag: linear, since [^<>] cannot run past the end of the tag.
# Only the start of a tag: what the quick depth bound needs, found faster than a whole tag.
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]{0,4000}?(/?)>")
# Elements that never nest (void) or that the parser closes implicitly when a sibling opens.
_FLAT = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd",
                   "option"])


def over_limit(limits: Limits, name: str, size: int, unit: str) -> str:
    limit = getattr(limits, name)
    if limits.on_exceed == "error":
        raise InputTooLargeError(f"the input has {size:,} {unit}, over the limit of "
                                 f"{limit:,} (Limits.{name})")
    return f"input cut to {limit:,} of {size:,} {unit} (Limits.{name})"


def cut_text(text: str, size: int) -> str:
    """The first ``size`` characters, backed off to a space if one is near, so no word splits."""
    head = text[:size]
    space = head.rfind(" ", max(0, size - 200))
    return head[:space].rstrip() if space > 0 else head


def drop_scripts(html: str, notes: list[str]) -> str:
    """Empty the script and style elements (not JSON-LD): code is no article text, and
    inline app state can be megabytes ahead of the article. Linear: plain ``find`` calls.

    >>> drop_scripts("<p>a</p><SCRIPT>x=1</script><p>b</p><style>p{}</style>", [])
    '<p>a</p><SCRIPT></script><p>b</p><style></style>'
    """
    lower = html.lower()
    pieces: list[str] = []
    pos = emptied = 0
    while True:
        starts = [i for i in (lower.find("<script", pos), lower.find("<style", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        name = "script" if lower.startswith("<script", start) else "style"
        body = lower.find(">", start)
        end = lower.find(f"</{name}", body) if body >= 0 else -1
        if end < 0:
            break
        if "ld+json" not in lower[start:body]:
            pieces.append(html[pos:body + 1])
            pos = end
            emptied += 1
        else:
            pieces.append(html[pos:end])
            pos = end
        pos_next = lower.find(">", end)
        if pos_next < 0:
            break
        pieces.append(html[pos:pos_next + 1])
        pos = pos_next + 1
    pieces.append(html[pos:])
    if emptied:
        notes.append(f"emptied {emptied} script/style element(s) to fit the page in "
                     "Limits.max_chars")
    return "".join(pieces)


def _depth_bound(html: str) -> int:
    """An upper bound of the nesting depth, from tag names alone (a self-closing tag counts
    as opened, so the bound can only be too high): cheap, and exact for most pages.

    >>> _depth_bound("<div><p>a<div><br><b>b</b></div></div>")
    3
    """
    depth = deepest = 0
    flat = _FLAT
    for closing, name in _TAG_NAME.findall(html):
        if name.lower() in flat:
            continue
        if closing:
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


def bound_markup(html: str, limits: Limits, notes: list[str]) -> str:
    """Unwrap elements nested past ``max_depth``, then cut after ``max_elements`` elements."""
    if _depth_bound(html) <= limits.max_depth and html.count("<") <= limits.max_elements:
        return html  # the usual page: a quick upper bound shows both limits are far
    # Near a limit: one exact pass over whole tags (self-closing ones do not nest).
    depth = deepest = elements = 0
    for closing, name, selfclosing in _ANY_TAG.findall(html):
        if closing:
            if depth and name.lower() not in _FLAT:
                depth -= 1
            continue
        elements += 1
        if selfclosing or name.lower() in _FLAT:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
    if deepest > limits.max_depth:
        notes.append(f"flattened nesting {deepest} deep to {limits.max_depth} levels "
                     "(Limits.max_depth); the text of the deeper elements is kept")
        html = _flatten(html, limits.max_depth)
    elif elements <= limits.max_elements:
        return html
    opened = (m for m in _ANY_TAG.finditer(html) if not m.group(1))
    for count, match in enumerate(opened, start=1):
        if count > limits.max_elements:
            total = sum(1 for m in _ANY_TAG.finditer(html) if not m.group(1))
            notes.append(over_limit(limits, "max_elements", total, "elements"))
            return html[:match.start()]
    return html


def bound_lines(text: str, limits: Limits, notes: list[str]) -> str:
    """Cut plain text after ``max_lines`` non-blank lines; break lines over ``max_line_chars``."""
    lines = text.split("\n")
    if len(lines) > limits.max_lines:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if len(filled) > limits.max_lines:
            notes.append(over_limit(limits, "max_lines", len(filled), "lines"))
            lines = lines[:filled[limits.max_lines]]
    long = [i for i, line in enumerate(lines) if len(line) > limits.max_line_chars]
    for i in long:
        lines[i] = "\n\n".join(_chunks(lines[i], limits.max_line_chars))
    if long:
        notes.append(f"broke {len(long)} line(s) longer than {limits.max_line_chars:,} "
                     "characters into paragraphs (Limits.max_line_chars)")
    return "\n".join(lines)


def _chunks(line: str, size: int) -> list[str]:
    chunks: list[str] = []
    while len(line) > size:
        head = cut_text(line, size)
        chunks.append(head)
        line = line[len(head):].lstrip()
    return [*chunks, line]


def _flatten(html: str, max_depth: int) -> str:
    """Drop the open and close tags of elements deeper than ``max_depth``, keeping text."""
    pieces: list[str] = []
    pos = depth = 0
    dropped: dict[str, int] = {}
    for match in _ANY_TAG.finditer(html):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _FLAT or selfclosing:
            continue
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            depth = max(0, depth - 1)
        elif depth >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
            depth += 1
        else:
            depth += 1
        if not keep:
            pieces.append(html[pos:match.start()])
            pos = match.end()
    pieces.append(html[pos:])
    return "".join(pieces)
