"""Reading datelines: ``parse_dateline`` finds the place, date and agency opening a story.

Shared by the ``dateline`` text stripper, the helpers that look past a dateline
(``opening_end``) and the HTML stage.

>>> parse_dateline("SEOUL, Oct. 24 (UPI) -- Officials met.")[0]
Dateline(location='SEOUL', date_text='Oct. 24', agency='UPI')
"""

from __future__ import annotations

import re
import unicodedata

import regex

from newsclean.article import Dateline
from newsclean.patterns import phrases
from newsclean.patterns.agencies import agency_forms
from newsclean.patterns.datelines import AGENCY_DESKS, NOT_PLACES
from newsclean.rules import PhraseRule, RuleSet
from newsclean.text.dateline_cjk import parse_cjk_dateline
from newsclean.text.memo import memoized
from newsclean.text.wire import AGENCY, agencies_in

_NOT_PLACES = phrases(NOT_PLACES)
_MONTH = (r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
          r"|(?:ene|abr|ago|dic)[a-z]*\.?"
          r"|(?:janv|févr|mars|avr|mai|juin|juil|août|déc)[a-zéû]*\.?"
          r"|(?:gen|mag|giu|lug|set|ott)[a-z]*\.?|(?:fev|out|dez)[a-z]*\.?"
          r"|(?:märz|mrz|okt|dez)[a-z]*\.?)")
_DATE = (r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
         r"(?:(?:" + _MONTH + r")\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.?\s+(?:de\s+)?(?:" + _MONTH
         + r")(?:\s+(?:de\s+)?\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
_CAPS_PLACE = r"\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3}"
_ANY_PLACE = (r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}"
              r"(?:/\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}")
_REGION = (r"(?:\s*\[\p{Lu}[\p{L}\s]{1,20}\])?"
           r"(?:,\s*\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})?")
_SEP = r"\s*(?:\.?\s*(?:--|—|–|-|:|\|)|\.-)\s*"
_DESK = r"(?:\s+(?:" + "|".join(sorted({d for ds in AGENCY_DESKS.values() for d in ds})) + r"))?"
_AGENCY_PAREN = (r"\(\s*(?P<agency>(?:" + AGENCY + r")(?:\s*[/,]\s*(?:" + AGENCY + r"))*)"
                 + _DESK + r"\s*\)")

# An agency stands right after "(" or "/" in each of these three.
_AFTER_MARK = r"[(/]\s*"
_WITH_AGENCY = PhraseRule.expression(
    r"^(?:(?P<place>" + _ANY_PLACE + _REGION + r")(?:\s*,\s*(?P<date>" + _DATE + r"))?\s*"
    r"|(?P<date>" + _DATE + r")\s*)?"
    + _AGENCY_PAREN + r"(?:" + _SEP + r"|\s*(?=[\p{Lu}\d\"“‘]))",
    holds=tuple(agency_forms()), lead=_AFTER_MARK, name="dateline.with_agency")
# TASS: "MOSCOW, November 20. /TASS/. "; ANSA: "(ANSA) - ROMA, 3 MAG - ".
_SLASHED = PhraseRule.expression(
    r"^(?P<place>" + _ANY_PLACE + r")\s*,\s*(?P<date>" + _DATE + r")\.?\s*/\s*(?P<agency>"
    + AGENCY + r")\s*/\s*\.?\s*(?:[-–—]\s*)?",
    holds=tuple(agency_forms()), lead=_AFTER_MARK, name="dateline.slashed")
_AGENCY_FIRST = PhraseRule.expression(
    r"^" + _AGENCY_PAREN + r"\s*[-–—]\s*(?P<place>" + _CAPS_PLACE + r")(?:\s*,\s*(?P<date>"
    + _DATE + r"))?\s*[-–—]\s*",
    holds=tuple(agency_forms()), lead=_AFTER_MARK, name="dateline.agency_first")
_CAPS_ONLY = regex.compile(
    r"^(?P<place>" + _CAPS_PLACE + r"(?:,\s*\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})?)"
    r"(?:\s*,\s*(?P<date>" + _DATE + r"))?" + r"\s*(?:--|—|–|-|:)\s+(?=\S)")
_NAMED = RuleSet([_AGENCY_FIRST, _SLASHED, _WITH_AGENCY])
# A dateline without an agency is a place in capitals: three capital letters open the text.
# _CAPS_ONLY parts the place from the text with a dash or a colon.
_CAPS_MARK = re.compile("[-—–:]")
# Every grammar (the East Asian ones too) has a bracket, a slash or a place in capitals.
_MARKS = re.compile("[(（[【/电電]")
_BRACKETED = regex.compile(r"\s*\[[^\]]*\]")
MAX_BLOCK = 3
"""Paragraphs from the top searched; a dateline opens the body, never its middle."""


@memoized  # asked again of the first paragraphs by ``dateline`` after ``body_core``
def parse_dateline(text: str) -> tuple[Dateline, int] | None:
    """The dateline opening ``text`` and where the body starts after it, or None.

    >>> parse_dateline("WASHINGTON (Reuters) - The Fed held rates.")
    (Dateline(location='WASHINGTON', date_text=None, agency='Reuters'), 23)
    >>> parse_dateline("Paris - the city of light - was quiet.") is None
    True
    """
    # Else only _CAPS_ONLY can match. (Two ``in`` tests are quicker than the search.)
    named = _NAMED.may_match(text)
    if not (named or _opens_in_capitals(text)):
        return None
    match = None
    if named:
        match = _AGENCY_FIRST.match(text) or _SLASHED.match(text) or _WITH_AGENCY.match(text)
    if match is None:
        match = _CAPS_ONLY.match(text, timeout=0.5) if _CAPS_MARK.search(text) else None
        if match is None or not _is_caps_place(match.group("place")):
            return None
    if match.end() >= len(text):
        return None
    place = match.group("place")
    if place and place.strip().casefold() in _NOT_PLACES:
        return None
    groups = match.groupdict()
    names = agencies_in(groups["agency"]) if groups.get("agency") else []
    if groups.get("agency") and not names:
        return None
    if place:
        place = _BRACKETED.sub("", place).strip()  # "New Delhi [India]"
    found = Dateline(location=place or None,
                     date_text=(groups.get("date") or None), agency=names[0] if names else None)
    return found, match.end()


def opening_end(text: str) -> int:
    """Where the text after a dateline opening (of any grammar) starts; 0 without one.

    >>> opening_end("WASHINGTON (Reuters) - The Fed held rates.")
    23
    """
    head = text[:80]
    if not (head[:2].isupper() or "(" in head or "[" in head or "/" in head
            or not head.isascii() and _MARKS.search(head)):
        return 0
    cjk = parse_cjk_dateline(text)
    if cjk is not None:
        return cjk.end
    parsed = parse_dateline(text)
    return parsed[1] if parsed else 0


def _opens_in_capitals(text: str) -> bool:
    """True when the text opens with three capital letters, with only spaces, marks and
    ".'’-" between them: what a ``_CAPS_PLACE`` that ``_is_caps_place`` accepts needs.

    >>> _opens_in_capitals("NEW YORK -- It rained."), _opens_in_capitals("The U.S.")
    (True, False)
    """
    capitals = 0
    for ch in text:
        if ch.isupper():
            capitals += 1
            if capitals == 3:
                return True
        elif not (ch.isspace() or ch in ".'’-" or unicodedata.category(ch).startswith("M")):
            return False
    return False


def _is_caps_place(place: str) -> bool:
    letters = [ch for ch in place.split(",")[0] if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)
