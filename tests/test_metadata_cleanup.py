"""Metadata a page states in a form that needs cleaning: roles and outlets in bylines,
shouted names, headlines cut short in JSON-LD, dates only the URL or the text gives."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean.html.authors import author_names

BODY = "<p>" + "The council met on Tuesday and voted on the budget for next year. " * 6 + "</p>"


@pytest.mark.parametrize(("byline", "site", "expected"), [
    ("By TOM KRISHER, AP Auto Writer", None, ("Tom Krisher",)),
    ("By MEG KINNARD and ERRIN HAINES Associated Press", None, ("Meg Kinnard", "Errin Haines")),
    ("Paul Takahashi, Staff writer", None, ("Paul Takahashi",)),
    ("Elliot Brownstein Florida Today", "Florida Today", ("Elliot Brownstein",)),
    ("Kevin Johnson and Kevin McCoy USA TODAY", None, ("Kevin Johnson", "Kevin McCoy")),
    ("Finian Cunningham. Sputnik International", None, ("Finian Cunningham",)),
    ("Bruce Y. Lee", None, ("Bruce Y. Lee",)),
    ("Par Jean-Paul Martin, correspondant à Berlin", None, ("Jean-Paul Martin",)),
    ("Гость", None, ()),
    ("김철수 기자 kim@yna.co.kr", None, ("김철수",)),
    ("홍길동기자", None, ("홍길동",)),
    ("山田太郎記者", None, ("山田太郎",)),
    ("文/记者 张三", None, ("张三",)),
    ("Texto: João Silva", None, ("João Silva",)),
    ("Anna Schmidt (dpa)", None, ("Anna Schmidt",)),
    ("Jo Lee, CNN Business", None, ("Jo Lee",)),
    ("Reuters staff", None, ()),
])
def test_byline_names(byline, site, expected) -> None:
    assert author_names(byline, site_name=site) == expected


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_truncated_jsonld_headline_gives_way_to_the_whole_h1() -> None:
    long = "Hunter diagnosed with plague after eating a rabbit he caught in the hills"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
          + long[:40] + '"}</script>')
    article = newsclean.clean_html(_page(ld, f"<h1>{long}</h1>{BODY}"))
    assert article.title == long


def test_date_from_the_canonical_url_when_markup_has_none() -> None:
    head = '<link rel="canonical" href="https://news.example.com/2019/11/19/council-budget">'
    article = newsclean.clean_html(_page(head))
    assert article.published == dt.date(2019, 11, 19)


def test_no_date_anywhere_gives_none() -> None:
    assert newsclean.clean_html(_page("<title>Council budget</title>")).published is None


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("習近平氏が訪日へ｜日本経済新聞", "日本経済新聞", "習近平氏が訪日へ"),
    ("习近平会见美国总统-新华网", "新华网", "习近平会见美国总统"),
    ("윤 대통령 방미 : 네이버 뉴스", "네이버 뉴스", "윤 대통령 방미"),
    ("Talks resume « Daily Post", "Daily Post", "Talks resume"),
    ("Daily Post: Talks resume", "Daily Post", "Talks resume"),
    ("How to turn off a shortcut key | note100yen.com", None, "How to turn off a shortcut key"),
    ("Covid-19 cases rise in the north", "19", "Covid-19 cases rise in the north"),
    ("Self-driving cars - are they safe?", "Motor News", "Self-driving cars - are they safe?"),
])
def test_site_name_cut_from_titles(title, site, expected) -> None:
    from newsclean.html.titles import clean_title

    assert clean_title(title, site_name=site) == expected
