"""Title, authors and publication date on page shapes real sites use, with their traps.

Each page is built here, small, in the shape of a family: a WordPress blog, wire stories
republished by a portal, a US site that writes UTC in its markup and local time on the
page, news pages in German, French and Spanish with JSON-LD, a page with only a byline.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsclean
from newsclean.html.authors import author_names, credits_outlet
from newsclean.html.titles import clean_title

SENTENCE = "The harbour reopened on Monday after a week of repairs to the main quay. "
BODY = f"<p>{SENTENCE * 4}</p>"


def page(head: str, body: str, *, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
            f"{body}</body></html>")


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def day(value: dt.date | None) -> str | None:
    return value.isoformat()[:10] if value else None


# -- WordPress blog ------------------------------------------------------------------

WORDPRESS = page(
    "<title>Three easy hikes near Boulder | Trail Mom Blog</title>"
    '<meta property="og:site_name" content="Trail Mom Blog">'
    '<meta property="og:title" content="Three easy hikes near Boulder | Trail Mom Blog">'
    + ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://trailmom.example/#website",
         "name": "Trail Mom Blog"},
        {"@type": "WebPage", "@id": "https://trailmom.example/hikes/#webpage",
         "name": "Three easy hikes near Boulder", "datePublished": "2019-06-02T14:10:00+00:00",
         "author": {"@id": "https://trailmom.example/#/schema/person/7"}},
        {"@type": ["Person"], "@id": "https://trailmom.example/#/schema/person/7",
         "name": "Regan", "image": {"@type": "ImageObject", "url": "https://x.example/a.jpg"}},
    ]}),
    '<header><h1 class="site-title"><a href="/">Trail Mom Blog</a></h1></header>'
    '<article class="post"><h2 class="entry-title">Three easy hikes near Boulder</h2>'
    '<div class="entry-meta">by <a class="url fn n" rel="author" href="/author/regan/">'
    'Regan</a> on <time class="entry-date published" datetime="2019-06-02T08:10:00-06:00">'
    "June 2, 2019</time></div>"
    f'<div class="entry-content">{BODY}</div></article>'
    '<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">'
    '<div class="comment-author vcard"><cite class="fn">Hiking Daily | Outdoor News</cite>'
    "</div><p>Great list, thanks!</p></li></ol></div>")


def test_wordpress_blog_title_author_and_local_date() -> None:
    art = newsclean.clean_html(WORDPRESS)
    assert art.title == "Three easy hikes near Boulder"
    assert art.authors == ("Regan",)  # from the WebPage object: the graph has no Article
    assert day(art.published) == "2019-06-02"


def test_author_named_only_on_the_webpage_object_of_a_yoast_graph() -> None:
    html = page(ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://app.example/ceo/#webpage",
         "name": "Introducing our new CEO", "author": {"@id": "https://app.example/#/p/2"}},
        {"@type": ["Person"], "@id": "https://app.example/#/p/2", "name": "Josh",
         "image": {"@type": "ImageObject", "url": "https://x.example/j.jpg"}}]}),
        f"<article><h1>Introducing our new CEO</h1>{BODY}</article>")
    assert newsclean.clean_html(html).authors == ("Josh",)


def test_commenter_is_never_the_author() -> None:
    html = page("<title>Quay works</title>",
                f'<article>{BODY}</article><section id="comments"><ol><li>'
                '<span class="comment-author-link">Maria Lopez</span> said: nice</li></ol>'
                "</section>")
    assert newsclean.clean_html(html).authors == ()


def test_photo_credit_marked_author_does_not_end_the_search() -> None:
    html = page("<title>Quay works</title>",
                '<article><figure><img src="q.jpg"><figcaption>The quay. <span class="photo-'
                'author">AFP</span></figcaption></figure><p class="byline">By Jo Lee</p>'
                f"{BODY}</article>")
    assert newsclean.clean_html(html).authors == ("Jo Lee",)


def test_comments_open_page_class_does_not_hide_the_byline() -> None:
    html = ('<html><body class="post-template single comments-open"><main class="comments-on">'
            f'<article><p class="byline">By Jo Lee</p>{BODY}</article></main></body></html>')
    assert newsclean.clean_html(html).authors == ("Jo Lee",)


# -- Wire stories and newsroom credits ----------------------------------------------

def test_agency_byline_ends_the_search_before_related_story_authors() -> None:
    html = page(
        "<title>Canada beats Italy - Sports Portal</title>",
        '<div class="article-info-author-wrapper"><span class="article-author-name">'
        '<a rel="author" href="/ap">Associated Press</a></span> November 19, 2019</div>'
        f"<article>{BODY}</article>"
        '<div class="related-links"><a href="/x">Canada wins again</a>'
        '<div class="related-links-author">Ryan McKenna</div></div>')
    assert newsclean.clean_html(html).authors == ()


def test_jsonld_newsroom_credit_is_not_a_person_and_not_passed_over() -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "Suspended animation for astronauts",
                    "author": {"@type": "Person", "name": "Science X staff"}}),
                '<p class="article-byline">by <a class="article-byline__link">European Space '
                f"Agency</a></p><article>{BODY}</article>")
    assert newsclean.clean_html(html).authors == ()


def test_site_name_as_jsonld_author_gives_way_to_the_byline() -> None:
    html = page('<meta property="og:site_name" content="AppleInsider">'
                + ld({"@type": "NewsArticle", "headline": "New MacBook Pro reviewed",
                      "author": {"@type": "Person", "name": "AppleInsider"}}),
                '<p class="gray small byline">By Mike Wuerthele and Malcolm Owen '
                f"Monday, November 18, 2019</p><article>{BODY}</article>")
    assert newsclean.clean_html(html).authors == ("Mike Wuerthele", "Malcolm Owen")


def test_innermost_author_element_wins_over_a_byline_box_with_outlet_and_stamp() -> None:
    html = page("<title>Meth campaign draws ridicule</title>",
                '<div class="byline-section"><span class="author">Lisa Kaczke and Trevor J. '
                'Mitchell</span> Sioux Falls Argus Leader <span class="publish-date">Published '
                f"10:02 AM EST Nov 19, 2019</span></div><article>{BODY}</article>")
    assert newsclean.clean_html(html).authors == ("Lisa Kaczke", "Trevor J. Mitchell")


def test_credit_families_that_name_no_person() -> None:
    assert author_names("Detroit News wire services") == ()
    assert author_names("Practical Horseman Editorial Staff") == ()
    assert author_names("PMJS - Coordenadoria de TI") == ()
    assert author_names("The Russian and Syrian defense ministries") == ()
    assert author_names("KWCHCIK") == ()
    assert author_names("Ilana Muhlstein, MS, RDN") == ("Ilana Muhlstein",)
    assert author_names("Telegraph Sport", site_name="The Telegraph") == ()
    assert author_names("India Post News Weekly", site_name="India Post") == ()
    assert credits_outlet("By Reuters") and not credits_outlet("By Jo Lee")


def test_people_whose_names_look_like_traps_stay() -> None:
    assert author_names("Josh") == ("Josh",)  # blogs sign with a first name
    assert author_names("By Andrew Press and Ann Post") == ("Andrew Press", "Ann Post")
    assert author_names("Von Anna Müller und Jörg Schmidt") == ("Anna Müller", "Jörg Schmidt")
    assert author_names("Por Ana García y Luis Pérez") == ("Ana García", "Luis Pérez")
    assert author_names("Newsom Gavin", host="news.example.com") == ("Newsom Gavin",)
    assert author_names("Li Wei", site_name="Daily Mail") == ("Li Wei",)


# -- Titles -----------------------------------------------------------------------

def test_visible_headline_wins_over_the_social_card_headline() -> None:
    html = page('<meta property="og:title" content="Delhi air pollution: the law that is '
                'fuelling the city\'s bad air - Vox">'
                "<title>Delhi air pollution: the law behind it - Vox</title>",
                "<header><h1>The law that's helping fuel Delhi's deadly air pollution</h1>"
                f"</header><article>{BODY}</article>")
    assert newsclean.clean_html(html).title == (
        "The law that's helping fuel Delhi's deadly air pollution")


def test_logo_h1_is_not_the_headline_even_when_it_shares_a_word() -> None:
    html = page("<title>Hiking with toddlers: our kit list - Hiking Mama</title>"
                '<meta property="og:site_name" content="Hiking Mama">',
                '<h1 class="logo">Hiking Mama</h1>'
                f"<article><h2>Hiking with toddlers: our kit list</h2>{BODY}</article>")
    assert newsclean.clean_html(html).title == "Hiking with toddlers: our kit list"


def test_section_h1_is_not_the_headline() -> None:
    html = page('<meta property="og:title" content="Talks on the harbour resume">',
                f"<h1>Politics</h1><article><h2>Talks on the harbour resume</h2>{BODY}</article>")
    assert newsclean.clean_html(html).title == "Talks on the harbour resume"


def test_latin_brand_after_a_headline_in_another_script() -> None:
    assert clean_title("악녀의 덫에 걸린 이유리, 의외로 막장극 - Entermedia") == (
        "악녀의 덫에 걸린 이유리, 의외로 막장극")
    assert clean_title("Обзор игры - Мир фантастики") == "Обзор игры - Мир фантастики"
    assert clean_title("Talks resume - Day Two") == "Talks resume - Day Two"


# -- Dates: UTC in markup, local time on the page -------------------------------------

UTC_PAGES = {
    "local clock printed by a date element": (
        '<meta property="article:published_time" content="2019-11-20T01:50:59Z">',
        '<div class="ArticlePage-datePublished">Nov. 19, 2019 5:50 PM</div>', "2019-11-19"),
    "zoned timestamp elsewhere in the markup (and a JavaScript date)": (
        '<meta property="og:updated_time" content="2019-11-18T22:15:39-05:00">'
        + ld({"@type": "NewsArticle", "datePublished": "Tue Nov 19 2019 03:05:46 GMT+0000"}),
        "", "2019-11-18"),
    "naive local copy of the same instant": (
        '<meta name="sailthru.date" content="2019-11-18 20:58:46">'
        + ld({"@type": "NewsArticle", "datePublished": "2019-11-19T04:58:46Z"}),
        "", "2019-11-18"),
    "no local evidence (a London paper), teaser clocks that do not match": (
        '<meta property="article:published_time" content="2019-11-19T23:30:00Z">',
        "<ul class='related'><li><time>Nov 19, 7:12 PM</time> Other story</li></ul>",
        "2019-11-19"),
    "zone abbreviation after the clock, minutes not matching (an update time)": (
        '<meta property="article:published_time" content="2019-11-20T05:14:35Z">',
        '<span class="timestamp">Updated 11:21 pm CST, Tuesday, November 19, 2019</span>',
        "2019-11-19"),
    "US zone without season, in daylight time": (
        '<meta property="article:published_time" content="2019-07-02T02:30:00Z">',
        '<p class="byline-date">July 1, 2019 10:45 pm ET</p>', "2019-07-01"),
    "date-only time element the day before": (
        '<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">',
        '<time datetime="2019-11-18">November 18, 2019</time>', "2019-11-18"),
    "date-only time element a day after, at an hour no zone can reach": (
        '<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">',
        '<time datetime="2019-11-20">November 20, 2019</time>', "2019-11-19"),
    "clock marked GMT is not local time": (
        '<meta name="pubdate" content="2019-11-19T02:34:30Z">',
        '<p class="update-time">Updated 02:34 GMT (10:34 HKT) November 19, 2019</p>',
        "2019-11-19"),
}


@pytest.mark.parametrize("case", sorted(UTC_PAGES))
def test_utc_markup_date_is_read_in_the_page_time_zone(case: str) -> None:
    head, extra, want = UTC_PAGES[case]
    html = page(head, f"{extra}<article><h1>Streaming glitches</h1>{BODY}</article>")
    assert day(newsclean.clean_html(html).published) == want


# -- News pages in German, French and Spanish ----------------------------------------

def test_german_news_page_with_jsonld() -> None:
    html = page(
        "<title>Hafen öffnet wieder | Nordkurier Beispiel</title>"
        '<meta property="og:site_name" content="Nordkurier Beispiel">'
        + ld({"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Hafen öffnet wieder", "datePublished": "2021-03-04T06:30:00+01:00",
              "author": [{"@type": "Person", "name": "Anna Müller"},
                         {"@type": "Organization", "name": "dpa"}],
              "publisher": {"@type": "Organization", "name": "Nordkurier Beispiel"}}),
        f'<article><h1>Hafen öffnet wieder</h1><p class="autor">Von Anna Müller</p>{BODY}'
        "</article>", lang="de")
    art = newsclean.clean_html(html)
    assert (art.title, art.authors, day(art.published)) == (
        "Hafen öffnet wieder", ("Anna Müller",), "2021-03-04")


def test_french_news_page_utc_jsonld_and_local_time_in_french() -> None:
    html = page(
        "<title>Le port rouvre - Le Quotidien Exemple</title>"
        + ld({"@type": "NewsArticle", "headline": "Le port rouvre",
              "datePublished": "2021-03-03T23:30:00Z",
              "author": {"@type": "Person", "name": "Jean Dupont"}}),
        '<article><h1>Le port rouvre</h1><p class="date">Publié le 4 mars 2021 à 00h30</p>'
        f"{BODY}</article>", lang="fr")
    art = newsclean.clean_html(html)
    assert (art.title, art.authors, day(art.published)) == (
        "Le port rouvre", ("Jean Dupont",), "2021-03-04")


def test_spanish_page_with_only_a_byline_element() -> None:
    html = page("<title>El puerto amplía su horario | Diario del Sur</title>"
                '<meta property="og:site_name" content="Diario del Sur">',
                '<article><h1>El puerto amplía su horario</h1><div class="firma">Por Lucía '
                f"Fernández y Jorge Ramos</div>{BODY}</article>", lang="es")
    art = newsclean.clean_html(html)
    assert (art.title, art.authors) == ("El puerto amplía su horario",
                                        ("Lucía Fernández", "Jorge Ramos"))
