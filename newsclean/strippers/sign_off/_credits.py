"""Credit lines: "(Reporting by Jo Lee in Seoul; Editing by Sam Park)", alone on their
line or glued in parentheses to the end of the last paragraph.

Credits may be parted by ";", or loosely by commas ("Reporting by A, B, with reporting by
C, editing by D."). The people a reporting or writing role names are the authors.
"""

from __future__ import annotations

import regex

from newsclean.patterns import openings
from newsclean.patterns.signoffs import AUTHOR_ROLES, CREDIT_ROLES
from newsclean.rules import PhraseRule
from newsclean.text.byline import is_person_name
from newsclean.text.wire import canonical_agency

# Matched on a line without its brackets, and on each credit of it.
_ROLE = PhraseRule.opening(CREDIT_ROLES, flags=regex.I, words=True, group="role",
                           name="sign_off.credit_role")
_CREDITS_SPAN = PhraseRule.expression(
    r"(?:(?<=[.!?\"”’])\s+|^)\(\s*(?:" + openings(CREDIT_ROLES) + r")[^()]{1,400}\)\s*$",
    flags=regex.I, closes_with=[")"], name="sign_off.credits_span")
# Credits are parted by ";" or "|", or, in looser copy, by a comma or "and"/"with" before
# the next role: "Reporting by A, B, with reporting by C, editing by D."
_SPLIT = regex.compile(r"\s*(?:;|\||(?:,\s*(?:(?:and|with)\s+)?|\s+(?:and|with)\s+)"
                       r"(?=(?:" + openings(CREDIT_ROLES) + r")))\s*", regex.I)


def opens_with_role(core: str) -> bool:
    """``core`` (a line without its brackets) opens with a credit role.

    >>> opens_with_role("Reporting by Jo Lee"), opens_with_role("Reports say so.")
    (True, False)
    """
    return _ROLE.match(core) is not None


def credits_span(text: str) -> regex.Match[str] | None:
    """A credit in parentheses closing ``text``, with the space before it.

    >>> credits_span("It rained. (Reporting by Jo Lee)").start()
    10
    """
    return _CREDITS_SPAN.search(text)


def credited_authors(credits: str) -> tuple[str, ...]:
    """The people named as reporters or writers in a credit line; editors are left out.

    >>> credited_authors("Reporting by Jo Lee in Seoul and Ken Sato; Editing by Sam Park")
    ('Jo Lee', 'Ken Sato')
    """
    names: list[str] = []
    for part in _SPLIT.split(credits):
        role = _ROLE.match(part)
        if role is None or role.group("role").casefold().rstrip(":") not in AUTHOR_ROLES:
            continue
        names += [n for n in _credited(part[role.end():]) if not canonical_agency(n)]
    return tuple(dict.fromkeys(names))


def is_credit_line(text: str) -> bool:
    """Every part is a role followed by names only: "Reporting by Local media suggested ..."
    is a sentence.

    >>> is_credit_line("Reporting by Jo Lee in Seoul; Editing by Sam Park")
    True
    >>> is_credit_line("Reporting by local media suggested the toll was higher.")
    False
    """
    parts = [p for p in _SPLIT.split(text) if p]
    return bool(parts) and all((role := _ROLE.match(p)) and all(
        is_person_name(n) or canonical_agency(n) for n in _credited(p[role.end():]) or [""])
        for p in parts)


_NAME_SPLIT = regex.compile(r"\s*(?:,|\band\b|&)\s*")
_PLACE_TAIL = regex.compile(r"\s+(?:in|from|at)\s+.*$")
"""Where a credited person was: "Jo Lee in Seoul"."""


def _credited(rest: str) -> list[str]:
    names = _NAME_SPLIT.split(rest.strip(" :"))
    return [n for n in (_PLACE_TAIL.sub("", n).strip(" .") for n in names)
            if n]
