"""Plain text to blocks: one block per line, with hard-wrapped paragraphs re-joined.

Scrapers hand over text in two shapes: one paragraph per line (often with blank lines
between), or paragraphs hard-wrapped at a fixed width. A blank-line-separated group of
lines is joined back into one paragraph only when it looks hard-wrapped: every line but
the last is long and close to the same width, and most do not end a sentence.

>>> text_blocks("Title\\n\\nFirst line.\\nSecond line.")
['Title', 'First line.', 'Second line.']
>>> wrapped = "The talks began on Saturday in the Malaysian capital and\\nlasted two days."
>>> text_blocks(wrapped)
['The talks began on Saturday in the Malaysian capital and lasted two days.']
"""

from __future__ import annotations

from newsclean.normalize import normalize_line, normalized_lines

_SENTENCE_END = tuple(".!?:;\"'”’»)")
# Widths seen in hard-wrapped news text: 60 to 80 columns, wire copy at 68 to 72.
_MIN_WRAP_WIDTH = 45
_MAX_WRAP_WIDTH = 100


def text_blocks(text: str) -> list[str]:
    """Split plain text into paragraph-level blocks (see module docstring)."""
    blocks: list[str] = []
    group: list[str] = []
    for line in [*normalized_lines(text), ""]:  # a blank line closes the last group too
        if line:
            group.append(line)
        elif group:
            if _looks_hard_wrapped(group):
                blocks.append(normalize_line(" ".join(group)))
            else:
                blocks.extend(group)
            group = []
    return blocks


def _looks_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    if min(widths) < _MIN_WRAP_WIDTH or max(widths) > _MAX_WRAP_WIDTH:
        return False
    if max(widths) - min(widths) > 25 or len(lines[-1]) > max(widths) + 5:
        return False
    open_ends = sum(not line.endswith(_SENTENCE_END) for line in body)
    return open_ends * 2 > len(body)
