"""Reading photo captions and credits: ``split_caption`` parts a line into caption and credit.

Shared by the ``captions`` text stripper and the HTML pruners that read figure captions.

>>> split_caption("Smoke over the port. (Photo: Jo Lee/AFP)")
('Smoke over the port.', 'Jo Lee/AFP')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.patterns import alternation
from newsclean.patterns.agencies import agency_forms
from newsclean.patterns.credits import (
    BRACKET_CREDIT_INTROS,
    CAPTION_MARKERS,
    CREDIT_INTROS,
    CREDIT_TAILS,
    GALLERY_TAILS,
    PICTURE_AGENCIES,
)
from newsclean.rules import PhraseRule, RuleSet
from newsclean.text.wire import AGENCY

# A credited name: capitalized words, initials, slashes and hyphens ("Roger L. Wollenberg/UPI").
_NAME = (r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*"
         r"(?:(?:[ &,\-]{1,3}(?:via\s+|and\s+|for\s+)?[\p{Lu}\p{Lo}\d]|\s*/\s*[\p{L}\d])"
         r"[\p{L}\p{M}\d.'’\-]*){0,7}")
_TAIL = PhraseRule.closing(GALLERY_TAILS, flags=regex.I, lead=r"\s*[|/•·\-–—]?\s*",
                           name="caption.gallery_tail", timeout=None)
_INTRO = alternation(CREDIT_INTROS)
# A credit may follow a full stop with no space ("... 2019.AP Photo/Jo Lee"), and a credit
# in brackets may be written in lower case ("(Image: getty )").
_CREDIT_END = PhraseRule.expression(
    r"(?:^|(?<=[.!?。)\]\"”’])\s*|\s+[|/•·\-–—]\s*|\s*[(\[]\s*|(?<=\p{Ll})(?=\p{Lu}))"
    r"(?P<intro>" + _INTRO + r")\s*(?P<name>" + _NAME + r")\s*[)\]]?\s*$"
    r"|\s*[(\[]\s*(?P<intro>" + alternation(BRACKET_CREDIT_INTROS) + r")"
    r"\s*(?P<name>\p{Ll}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,2})"
    r"\s*[)\]]\s*$",
    flags=regex.V1, holds=[t for table in (CREDIT_INTROS, BRACKET_CREDIT_INTROS)
                           for terms in table.values() for t in terms],
    name="caption.credit_end")
_AGENCY_END = regex.compile(
    r"(?:(?<=[.!?)\"”’])\s*|\s+[|/•·\-–—]\s*|\s*[(\[]\s*)"
    r"(?P<name>(?:" + _NAME + r"\s*/\s*)?(?:" + alternation(PICTURE_AGENCIES) + r")"
    r"|" + _NAME + r"\s*/\s*(?:" + AGENCY + r"))(?:\s+(?:" + alternation(CREDIT_TAILS) + r"))?"
    r"\s*[)\]]?\s*$",
    regex.V1,
)
# A line that is only a credit: "Getty Images", "Associated Press", "Jason Cipriani/ZDNet".
_CREDIT_OPEN = r"^[(\[]?\s*"
_CREDIT_CLOSE = r"\s*[)\]]?$"
_AGENCY_ONLY = PhraseRule.expression(
    _CREDIT_OPEN + r"(?:" + alternation(PICTURE_AGENCIES) + r"|" + AGENCY + r")" + _CREDIT_CLOSE,
    opens_with=[*(t for terms in PICTURE_AGENCIES.values() for t in terms), *agency_forms()],
    skip="([", name="caption.agency_only")
_NAME_ONLY = PhraseRule.expression(
    _CREDIT_OPEN + r"\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}\s*/\s*\p{Lu}"
    r"[\p{L}\d&.'’\- ]{1,40}(?:/\s*\p{Lu}[\p{L}\d&.'’\- ]{1,30})?" + _CREDIT_CLOSE,
    holds=["/"], name="caption.name_only")
# An expandable caption flattened with its toggle: "... (AP Photo/Jo Lee) less", "The ... more".
_TOGGLES = {"less": r"(?<=[.!?)\]])\s+", "more": r"\s*(?:\.\.\.|…)\s*"}
"""Each toggle word, and what must come before it."""
_TOGGLE = PhraseRule.expression(
    r"(?:" + "|".join(before + word for word, before in _TOGGLES.items()) + r")\s*$",
    flags=regex.I, closes_with=tuple(_TOGGLES), name="caption.toggle", timeout=None)
_TAIL_OR_TOGGLE = RuleSet([_TAIL, _TOGGLE])
_MARKER = PhraseRule.opening(CAPTION_MARKERS, flags=regex.I, tail=r"\s*", name="caption.marker",
                             timeout=None)
MAX_CAPTION_WORDS = 80
"""Longest caption, in words: a longer line is article prose."""
_CREDIT_REACH = 200
"""Characters from the end of a line in which its credit is looked for."""
_TAIL_REACH = 60
"""Characters from the end in which a gallery tail or a toggle is looked for."""
# _AGENCY_END is asked of a line with a slash near its end, or one that ends in a
# picture agency (maybe bracketed).
_AGENCY_TAIL = PhraseRule.closing(PICTURE_AGENCIES, tail=r"[ )\]]*$", skip=")]",
                                  name="caption.agency_tail", timeout=None)


def split_caption(text: str) -> tuple[str, str | None] | None:
    """``(caption, credit)`` when the line is a caption or a credit, else None.

    >>> split_caption("Smoke rises. File Photo by Roger L. Wollenberg/UPI | License Photo")
    ('Smoke rises.', 'Roger L. Wollenberg/UPI')
    >>> split_caption("The photo by Smith won a prize last year.") is None
    True
    """
    line = text.strip()
    toggle = None
    has_tail = False
    if _TAIL_OR_TOGGLE.may_match(line):  # most lines end in neither a toggle nor a tail
        toggle = _TOGGLE.search(line, max(0, len(line) - _TAIL_REACH))
        if toggle:
            line = line[: toggle.start()].rstrip()
        tail = _TAIL.search(line, max(0, len(line) - _TAIL_REACH))
        has_tail = (tail is not None and tail.start() > 0
                    and line[tail.start():].lstrip()[:1] in "|/•·-–—")
        if tail is not None and has_tail:
            line = line[: tail.start()].rstrip()
    marker = _MARKER.match(line)
    if marker:
        line = line[marker.end():]
    # A credit closes the line and is short: only its end is searched (lookbehinds still
    # see what comes before the start; ``re`` reads a negative start as 0, ``regex`` as
    # counted from the end, hence ``max`` for the latter only).
    start = max(0, len(line) - _CREDIT_REACH)
    found = _CREDIT_END.search(line, start)
    if not found and (line.find("/", start) >= 0 or _AGENCY_TAIL.search(line)):
        found = _AGENCY_END.search(line, start, timeout=0.5)
    if found:
        return _caption_and_credit(line, found)
    if marker or has_tail or toggle:
        return line.strip(), None
    if len(line) <= 80 and (_AGENCY_ONLY.match(line) or _NAME_ONLY.match(line)):
        return "", line.strip(" ()[]")
    return None


def _caption_and_credit(line: str, found: regex.Match[str]) -> tuple[str, str]:
    """The caption before the credit ``found`` closing ``line``, and the credit."""
    caption = line[: found.start()].strip(" |-–—([")
    credit = found.group("name").strip()
    intro = (found.groupdict().get("intro") or "").strip()
    return caption, f"{intro}{credit}" if intro.endswith("/") else credit


def caption_candidates(texts: Sequence[str]) -> list[int]:
    """The indexes of ``texts`` that ``split_caption`` may take: every text it takes is
    there. Each rule it asks picks its candidates among all the lines at once, with no
    Python call per line, so a document's few caption lines are all that is read closely.

    >>> caption_candidates(["It rained all day.", "Smoke rises. (Photo: Jo Lee/AFP)", "Getty"])
    [1, 2]
    """
    lines = [text.strip() for text in texts]
    # A line that may end in neither a toggle nor a gallery tail stays whole until a
    # marker is cut from it, and one that may open with no marker stays whole after.
    maybe = {*_TAIL_OR_TOGGLE.candidates(lines), *_MARKER.candidates(lines),
             *_AGENCY_TAIL.candidates(lines)}
    # A credit is looked for near the end only (a prefilter asked from ``pos`` is asked
    # of the text from there).
    ends = [line[-_CREDIT_REACH:] for line in lines]
    maybe.update(_CREDIT_END.candidates(ends))
    maybe.update(i for i, end in enumerate(ends) if "/" in end)  # _AGENCY_END, _NAME_ONLY
    short = [i for i, line in enumerate(lines) if len(line) <= 80]
    maybe.update(short[j] for j in _AGENCY_ONLY.candidates([lines[i] for i in short]))
    return sorted(maybe)

