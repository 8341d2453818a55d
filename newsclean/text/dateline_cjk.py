"""Dateline grammars of Korean, Japanese and Chinese wire copy, for the ``dateline`` stripper.

Korean agencies put the place and the agency in brackets, then the reporter::

    (서울=연합뉴스) 홍길동 기자 = 정부는 ...          Yonhap, filed in Seoul by 홍길동
    [워싱턴=뉴시스]김철수 특파원 = ...

Japanese papers put place and agency (or reporter) in lenticular brackets, and Chinese
agencies open with agency, place, date and "电", the reporters in parentheses::

    【ワシントン共同】米政府は ...
    新华社北京11月20日电（记者 张三 李四）...

>>> parsed = parse_cjk_dateline("(서울=연합뉴스) 홍길동 기자 = 정부는 20일 발표했다.")
>>> parsed.dateline, parsed.authors, parsed.end
(Dateline(location='서울', date_text=None, agency='Yonhap'), ('홍길동',), 19)
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.article import Dateline
from newsclean.patterns import alternation
from newsclean.patterns.bylines import NAME_SUFFIX_TITLES
from newsclean.text.wire import AGENCY, canonical_agency

_TITLES = alternation(NAME_SUFFIX_TITLES)
_KO = regex.compile(
    r"^[(\[]\s*(?P<place>[\p{Hangul}\p{Han}·\s]{1,12}?)\s*=\s*(?P<outlet>[^)\]=\s][^)\]=]{0,20}?)\s*[)\]]"
    r"\s*(?:(?P<names>\p{Hangul}{2,4}(?:\s*[,·]?\s*\p{Hangul}{2,4}){0,3})\s*(?:" + _TITLES
    + r")\s*)?=\s*")
_JA = regex.compile(
    r"^【\s*(?P<place>[^】=＝\s]{1,12}?)\s*(?:(?P<outlet>" + AGENCY
    + r")|[=＝]\s*(?P<names>[^】]{2,16}?))\s*】\s*")
_ZH_OUTLETS = ("新华社", "新華社", "中新社", "中新网", "中新網")
_ZH = regex.compile(
    r"^(?P<outlet>" + "|".join(_ZH_OUTLETS) + r")\s*(?P<place>\p{Han}{1,8}?)\s*"
    r"(?P<date>\d{1,2}月\d{1,2}日)\s*[电電]\s*(?:[（(]\s*记者\s*(?P<names>[^）)]{2,40})\s*[）)])?\s*")


# Prefilter: each grammar opens with a bracket or the name of a Chinese outlet.
_FIRST_CHARS = frozenset("([【" + "".join(outlet[0] for outlet in _ZH_OUTLETS))


_NAME_SEPARATORS = regex.compile(r"[\s,·、]+")


@dataclass(frozen=True)
class CjkDateline:
    """A parsed East Asian dateline: what it names and where the body starts."""

    dateline: Dateline
    authors: tuple[str, ...]
    end: int


def parse_cjk_dateline(text: str) -> CjkDateline | None:
    """The Korean, Japanese or Chinese dateline opening ``text``, or None.

    >>> parse_cjk_dateline("【ワシントン共同】米政府は20日、発表した。").dateline.agency
    'Kyodo'
    >>> parse_cjk_dateline("新华社北京11月20日电（记者 张三 李四）国务院20日发布。").authors
    ('张三', '李四')
    """
    if text[:1] not in _FIRST_CHARS:
        return None
    for pattern in (_KO, _JA, _ZH):
        match = pattern.match(text, timeout=0.5)
        if match is None or match.end() >= len(text):
            continue
        groups = match.groupdict()
        outlet = (groups.get("outlet") or "").strip()
        agency = canonical_agency(outlet) or outlet or None
        names = tuple(n for n in _NAME_SEPARATORS.split(groups.get("names") or "") if n)
        place = groups["place"].strip()
        dateline = Dateline(location=place, date_text=groups.get("date"), agency=agency)
        return CjkDateline(dateline=dateline, authors=names, end=match.end())
    return None
