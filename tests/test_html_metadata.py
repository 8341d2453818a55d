"""Page metadata: title, authors, dates, site, URL and language, from JSON-LD and markup."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean.html.authors import author_names
from newsclean.html.dates import parse_date
from newsclean.html.titles import clean_title

SENTENCE = "The harbour reopened on Monday after a week of repairs to the main quay. "
BODY = f"<p>{SENTENCE * 4}</p>"


def clean(head: str, body: str = "", url: str | None = None) -> newsclean.Article:
    return newsclean.clean_html(f"<html><head>{head}</head><body><article>{body}{BODY}"
                                "</article></body></html>", url=url)


def test_jsonld_article_gives_people_not_the_organization() -> None:
    art = clean('<script type="application/ld+json">{"@context": "https://schema.org",'
                ' "@type": ["NewsArticle"], "headline": "Harbour reopens",'
                ' "datePublished": "2021-06-07T10:00:00Z", "dateModified": "2021-06-08",'
                ' "author": [{"@type": "Person", "name": "Jo Lee"},'
                ' {"@type": "Organization", "name": "Coast Times"}, {"@type": "Person",'
                ' "name": "Sam Park"}], "publisher": {"@type": "Organization",'
                ' "name": "Coast Times"}}</script>')
    assert art.title == "Harbour reopens"
    assert art.authors == ("Jo Lee", "Sam Park")
    assert art.published == dt.datetime(2021, 6, 7, 10, tzinfo=dt.timezone.utc)
    assert art.modified == dt.date(2021, 6, 8)
    assert art.site_name == "Coast Times"


def test_broken_jsonld_is_skipped_and_meta_tags_are_used() -> None:
    art = clean('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
                '<meta name="author" content="By Ana Silva and Rui Costa">'
                '<meta property="article:published_time" content="2020-02-03">'
                '<meta property="og:site_name" content="Jornal da Costa">'
                '<title>Porto reabre | Jornal da Costa</title>')
    assert art.authors == ("Ana Silva", "Rui Costa")
    assert art.published == dt.date(2020, 2, 3)
    assert art.title == "Porto reabre"


def test_site_name_is_never_an_author() -> None:
    art = clean('<meta name="author" content="Coast Times">'
                '<meta property="og:site_name" content="Coast Times">')
    assert art.authors == ()


def test_byline_element_and_time_element_when_markup_has_no_tags() -> None:
    art = clean("<title>Der Hafen ist wieder offen</title>",
                '<div class="article-author">Von Anna Müller und Jörg Schmidt</div>'
                '<time datetime="2019-11-20T08:15:00+01:00">20. November</time>')
    assert art.authors == ("Anna Müller", "Jörg Schmidt")
    assert art.published == dt.datetime(2019, 11, 20, 8, 15,
                                        tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_canonical_url_language_and_description() -> None:
    art = clean('<link rel="canonical" href="/news/harbour">'
                '<meta property="og:description" content="A short dek about the quay.">'
                '<meta property="og:locale" content="pt_BR">', url="https://coast.example/x?utm=1")
    assert art.url == "https://coast.example/news/harbour"
    assert art.language == "pt-BR"
    assert art.subtitle == "A short dek about the quay."


def test_description_that_repeats_the_lede_is_not_a_subtitle_and_the_lede_stays() -> None:
    lede = "The harbour reopened on Monday after a week of repairs to the main quay."
    art = newsclean.clean_html(
        f'<html><head><meta name="description" content="{lede}"></head><body><article>'
        f"<p>{lede}</p>{BODY}</article></body></html>")
    assert art.subtitle is None
    assert art.paragraphs[0] == lede


@pytest.mark.parametrize(("title", "kwargs", "want"), [
    ("Harbour reopens | Coast Times", {"site_name": "Coast Times"}, "Harbour reopens"),
    ("Coast Times - Harbour reopens", {"site_name": "The Coast Times"}, "Harbour reopens"),
    ("Harbour reopens – CoastTimes.com", {"url": "https://www.coasttimes.com/a"},
     "Harbour reopens"),
    ("Harbour reopens: what it means | Local", {"h1": "Harbour reopens: what it means"},
     "Harbour reopens: what it means"),
    ("Live - Harbour reopens", {}, "Live - Harbour reopens"),
    (None, {"h1": "Harbour reopens"}, "Harbour reopens"),
])
def test_title_loses_only_the_site_part(title: str | None, kwargs: dict[str, str],
                                        want: str) -> None:
    assert clean_title(title, **kwargs) == want


@pytest.mark.parametrize(("byline", "want"), [
    ("By Jo Lee", ("Jo Lee",)),
    ("Par Claire Martin et Paul Durand", ("Claire Martin", "Paul Durand")),
    ("Por Lucía Fernández y Jorge Ramos", ("Lucía Fernández", "Jorge Ramos")),
    ("Jo Lee, Sam Park; Ana Silva", ("Jo Lee", "Sam Park", "Ana Silva")),
    ("jo.lee@example.com", ()),
    ("https://twitter.com/jolee", ()),
])
def test_author_names(byline: str, want: tuple[str, ...]) -> None:
    assert author_names(byline) == want


@pytest.mark.parametrize(("text", "want"), [
    ("2019-11-21", dt.date(2019, 11, 21)),
    ("2019-11-21T10:00:00Z", dt.datetime(2019, 11, 21, 10, tzinfo=dt.timezone.utc)),
    ("2019-11-21 10:00:00", dt.datetime(2019, 11, 21, 10)),
    ("2019-13-45", None),
    ("21/11/2019", None),
    ("", None),
])
def test_parse_date(text: str, want: dt.date | None) -> None:
    assert parse_date(text) == want
