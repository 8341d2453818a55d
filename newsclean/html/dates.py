"""Dates as markup writes them: ISO 8601 in meta tags, JSON-LD and ``<time datetime>``,
or as JavaScript prints them; placeholders ("0001-01-01") and typos are no dates.

>>> parse_date("2024-05-02T08:00:00Z").isoformat()
'2024-05-02T08:00:00+00:00'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

# Dates outside this range in markup are placeholders ("0001-01-01") or typos.
_EARLIEST = dt.date(1990, 1, 1)
# "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)"
_SCRIPT_DATE = regex.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d\d?) (\d{4}) (\d\d:\d\d:\d\d) GMT([+-]\d{4})")


def parse_date(text: str | None) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time as written in markup; None when it is not one.

    >>> parse_date("2019-11-21"), parse_date("not a date"), parse_date("0001-01-01")
    (datetime.date(2019, 11, 21), None, None)
    """
    if not text:
        return None
    value = text.strip().replace("Z", "+00:00")
    if len(value) < 10 or value[4] != "-" or value[7] != "-":
        script = _script_date(text)
        return script if script and _plausible_day(script.date()) else None
    found: dt.date | dt.datetime
    try:
        if len(value) == 10:
            found = dt.date.fromisoformat(value)
        else:
            found = dt.datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        try:
            found = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    day = found.date() if isinstance(found, dt.datetime) else found
    return found if _plausible_day(day) else None


def _plausible_day(day: dt.date) -> bool:
    return _EARLIEST <= day <= dt.date.today() + dt.timedelta(days=2)


def _script_date(text: str) -> dt.datetime | None:
    """A date-time as JavaScript prints it, which some pages copy into JSON-LD.

    >>> _script_date("Tue Nov 19 2019 03:05:46 GMT+0000").isoformat()
    '2019-11-19T03:05:46+00:00'
    """
    match = _SCRIPT_DATE.match(text.strip())
    if not match:
        return None
    try:
        return dt.datetime.strptime(" ".join(match.groups()), "%b %d %Y %H:%M:%S %z")
    except ValueError:
        return None


def time_element_date(tree: Any) -> dt.date | dt.datetime | None:
    """The first date a ``<time datetime>`` element gives."""
    for element in tree.iter("time"):
        found = parse_date(element.get("datetime"))
        if found:
            return found
    return None
