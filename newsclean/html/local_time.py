"""A UTC publication time moved to the page's own time zone, so its day is the one shown.

Sites often write ``datePublished`` in UTC ("2019-11-19T04:58:46Z") while the page prints
the local time ("Posted Nov 18, 8:19 PM"): a story filed on a US evening would otherwise
carry the next day's date. The page's offset from UTC is read from its own markup:

1. another machine-readable timestamp with a non-zero offset (``<time datetime>``, date
   meta tags, JSON-LD): the site's zone;
2. a timestamp without a zone that is the same instant in local wall-clock time
   ("2019-11-18 20:58:46" beside "2019-11-19T04:58:46Z");
3. the clock time a date element shows: its zone when it names one ("11:21 pm CST"),
   else its distance from the UTC time when the minutes match ("Nov. 19, 2019 5:50 PM"
   beside 01:50 UTC).

Without such evidence the UTC time is kept as it is.

>>> from lxml.html import fromstring
>>> page = fromstring('<html><body><time datetime="2019-11-19T07:03:25+00:00">'
...     'November 18, 2019 11:03 PM</time></body></html>')
>>> utc = dt.datetime(2019, 11, 19, 7, 3, 25, tzinfo=dt.timezone.utc)
>>> local_time(utc, page, ()).isoformat()
'2019-11-18T23:03:25-08:00'
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from newsclean.html._page_index import Page
from newsclean.normalize import normalize_line
from newsclean.patterns import alternation
from newsclean.patterns.dates import US_ZONES, ZONE_OFFSETS
from newsclean.patterns.html_meta import DATE_ELEMENT_WORDS

_MINUTE = 60
_DAY_MINUTES = 24 * 60
# Time zones in use run from UTC-12 to UTC+14, in quarter hours.
_WEST, _EAST = -12 * 60, 14 * 60
_QUARTER = 15
_SAME_INSTANT = dt.timedelta(minutes=1)
# "11:03 PM", "8:19 p.m.", "17:50", "5.50pm": hours and minutes, with an optional half.
_CLOCK = regex.compile(r"(?<!\d)([01]?\d|2[0-3])[:.h]([0-5]\d)(?!\d)(?:\s*([ap])\.?\s*m\b\.?)?",
                       regex.I)
# A clock marked as UTC is not the page's local time ("Updated 03:39 GMT").
_UTC_LABEL = regex.compile(r"^\s*(?:GMT|UTC|Z)\b", regex.I)
_ZONE = regex.compile(r"\s*\(?(" + alternation({"": (*ZONE_OFFSETS, *US_ZONES)}) + r")\b")
_DATE_WORDS = frozenset(DATE_ELEMENT_WORDS)
_MAX_DATE_TEXT = 120
_MAX_CLOCKS = 3
_MAX_DATE_ELEMENTS = 12
_NAIVE_ISO = regex.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$")


def local_time(published: dt.datetime, tree: Any, stamps: Iterable[str], *,
               page: Page | None = None) -> dt.datetime:
    """``published`` in the page's zone when it is a UTC time and the page shows its zone.

    ``stamps`` are the page's other timestamp strings (meta tags, JSON-LD dates);
    ``page`` indexes its elements by class/id words, to find date lines
    ("ArticlePage-datePublished") besides ``<time>`` elements.
    """
    offset = published.utcoffset()
    if offset is None or offset:
        return published  # written in local time already, or with no zone at all
    named = page.having(_DATE_WORDS) if page is not None else []
    minutes = _offset_minutes(published, tree, stamps, named)
    if not minutes:
        return published
    return published.astimezone(dt.timezone(dt.timedelta(minutes=minutes)))


def shown_day(published: dt.datetime, tree: Any) -> dt.date | None:
    """The day a ``<time datetime="YYYY-MM-DD">`` of the page shows, when it is the day
    before or after the UTC one and a time zone could make it so.

    >>> from lxml.html import fromstring
    >>> page = fromstring('<p><time datetime="2019-11-18">November 18, 2019</time></p>')
    >>> shown_day(dt.datetime(2019, 11, 19, 4, 50, tzinfo=dt.timezone.utc), page)
    datetime.date(2019, 11, 18)
    """
    minutes = published.hour * 60 + published.minute
    for element in tree.iter("time"):
        value = (element.get("datetime") or "").strip()
        if len(value) != len("2019-11-18"):
            continue
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue
        gap = (day - published.date()).days
        if (gap == -1 and minutes < -_WEST) or (gap == 1 and minutes >= _DAY_MINUTES - _EAST):
            return day
        return None  # the first such stamp is the page's; others are other stories'
    return None


def _offset_minutes(published: dt.datetime, tree: Any, stamps: Iterable[str],
                    named: Iterable[tuple[Any, frozenset[str]]]) -> int | None:
    times = list(tree.iter("time"))  # one walk: their datetimes first, then their texts
    for stamp in (*stamps, *(t.get("datetime") or "" for t in times)):
        minutes = _zone_of(stamp, published)
        if minutes is not None:
            return minutes
    clocks = 0
    for text in _date_texts(times, named):
        if not _CLOCK.search(text):
            continue
        minutes = _clock_offset(text, published)
        if minutes is not None:
            return minutes
        clocks += 1
        if clocks == _MAX_CLOCKS:
            break  # further clocks are other stories' times more often than not
    return None


def _zone_of(stamp: str, published: dt.datetime) -> int | None:
    """The offset a timestamp string tells: its own zone, or its distance from
    ``published`` when it has none and is the same instant read on a local clock.

    >>> utc = dt.datetime(2019, 11, 19, 4, 58, 46, tzinfo=dt.timezone.utc)
    >>> _zone_of("2019-11-18 20:58:46", utc), _zone_of("2019-11-18T22:15:39-05:00", utc)
    (-480, -300)
    """
    value = stamp.strip().replace("Z", "+00:00")
    if len(value) < 16 or value[4:5] != "-":
        return None
    try:
        found = dt.datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None
    offset = found.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // _MINUTE
        return minutes if minutes and _plausible(minutes) else None
    if not _NAIVE_ISO.match(stamp.strip()):
        return None
    gap = (found - published.replace(tzinfo=None)).total_seconds()
    off_quarter = gap % (_QUARTER * _MINUTE)
    if min(off_quarter, _QUARTER * _MINUTE - off_quarter) > _SAME_INSTANT.total_seconds():
        return None  # not a whole number of quarter hours away: another time
    minutes = round(gap / _MINUTE / _QUARTER) * _QUARTER
    return minutes if minutes and _plausible(minutes) else None


def _clock_offset(text: str, published: dt.datetime) -> int | None:
    """The offset between a clock shown on the page and the UTC time, when its minutes
    match (a half-hour zone shifts them by 30).

    >>> utc = dt.datetime(2019, 11, 20, 1, 50, tzinfo=dt.timezone.utc)
    >>> _clock_offset("Nov. 19, 2019 5:50 PM", utc), _clock_offset("Updated 01:50 GMT", utc)
    (-480, None)
    """
    for match in _CLOCK.finditer(text):
        if _UTC_LABEL.match(text, match.end()):
            continue
        zone = _ZONE.match(text, match.end())
        if zone:
            return _zone_minutes(zone[1].upper(), published)
        hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half == "p" else 0)
        if (minute - published.minute) % 30:
            continue
        shown = hour * 60 + minute
        utc = published.hour * 60 + published.minute
        minutes = (shown - utc) % _DAY_MINUTES
        if minutes > _EAST:
            minutes -= _DAY_MINUTES
        if _plausible(minutes):
            return minutes or None
    return None


def _zone_minutes(zone: str, published: dt.datetime) -> int | None:
    """Minutes from UTC of a zone abbreviation; "ET" and the like by US daylight time.

    >>> summer = dt.datetime(2019, 7, 1, 12, tzinfo=dt.timezone.utc)
    >>> _zone_minutes("ET", summer), _zone_minutes("PST", summer), _zone_minutes("XYZ", summer)
    (-240, -480, None)
    """
    if zone in US_ZONES:
        return US_ZONES[zone] + (60 if _us_daylight_time(published.date()) else 0)
    return ZONE_OFFSETS.get(zone)


def _us_daylight_time(day: dt.date) -> bool:
    """From the second Sunday of March to the first Sunday of November (since 2007)."""
    start = _sunday(day.year, 3, 2)
    end = _sunday(day.year, 11, 1)
    return start <= day < end


def _sunday(year: int, month: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _date_texts(times: Iterable[Any], named: Iterable[tuple[Any, frozenset[str]]],
                ) -> Iterator[str]:
    """Texts that show the publication time: the ``<time>`` elements, then elements named
    for dates; short ones only (a date line, not a paragraph)."""
    dated = (e for e, _ in named if e.tag != "time")
    # The article's own date line comes early; the rest are other stories' teasers.
    for element in itertools.islice(itertools.chain(times, dated), _MAX_DATE_ELEMENTS):
        text = normalize_line(element.text_content())
        if text and len(text) <= _MAX_DATE_TEXT:
            yield text


def _plausible(minutes: int) -> bool:
    return _WEST <= minutes <= _EAST and minutes % _QUARTER == 0
