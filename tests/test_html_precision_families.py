"""HTML precision families: split bodies, headed story lists, tweetable quotes, source
boxes and glued datelines, each with the trap where the same markup is article text."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.defaults import split_body
from newsclean.extract import parse_html
from newsclean.html._prune import Page
from newsclean.html.headed_lists import names_other_stories
from newsclean.text.dateline import parse_dateline

SENTENCE = "The ferry service resumed on Monday after a week of repairs to the main pier. "


def para(tag: str) -> str:
    return f"<p>{tag}: {SENTENCE * 3}</p>"


def piece(tag: str, cls: str = "article__body") -> str:
    return f'<div class="{cls}">{para(tag + " one")}{para(tag + " two")}</div>'


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def reasons(art: newsclean.Article) -> list[str]:
    return [r.reason for r in art.removals]


# --- split bodies -------------------------------------------------------------------------

def test_a_body_split_around_an_ad_rail_is_read_whole() -> None:
    html = page("<article><h1>Ferries</h1>" + piece("First")
                + '<div class="rail"><div class="ad">Advertisement</div></div>'
                + '<div class="promo-unit"><p>Subscribe for one dollar a month.</p></div>'
                + piece("Second") + "</article>")
    art = newsclean.clean_html(html)
    assert "First one:" in art.text and "Second two:" in art.text
    assert "Subscribe for one dollar" not in art.text
    assert art.text.index("First two:") < art.text.index("Second one:")


def test_pieces_in_separate_articles_are_not_joined() -> None:
    # a page that loads the next story below the first: two articles, same body class
    tree = parse_html(page("<article><h1>One</h1>" + piece("First") + "</article>"
                           "<article><h1>Two</h1>" + piece("Next") + "</article>"))
    assert tree is not None
    assert split_body(Page.of(tree)) == []


def test_pieces_with_a_headline_between_are_not_joined() -> None:
    tree = parse_html(page(piece("First") + "<h1>Another story</h1>" + piece("Other")))
    assert tree is not None
    assert split_body(Page.of(tree)) == []


def test_teaser_cards_named_like_a_body_are_not_joined() -> None:
    cards = "".join(f'<div class="article-body"><a href="/{i}">Story {i} of the day</a></div>'
                    for i in range(4))
    tree = parse_html(page(piece("Main", "story") + cards))
    assert tree is not None
    assert split_body(Page.of(tree)) == []


# --- lists and boxes under a heading that names other stories -----------------------------

@pytest.mark.parametrize("heading", ["More Great Northline Stories", "Latest Travel Headlines",
                                     "Related stories", "Lesen Sie auch:", "You may also like..."])
def test_headings_that_name_other_stories(heading: str) -> None:
    assert names_other_stories(heading)


@pytest.mark.parametrize("heading", ["Related topics", "More ways to help", "Ingredients",
                                     "The latest news from the court was not good for him"])
def test_headings_that_do_not(heading: str) -> None:
    assert not names_other_stories(heading)


def test_a_story_list_under_its_heading_goes_at_the_end_of_the_body() -> None:
    items = "".join(f'<li>A story <a href="/s/{i}">about ferries number {i}</a></li>'
                    for i in range(3))
    art = newsclean.clean_html(page(f"<article>{para('Body')}{para('More')}"
                                    f'<div class="heading">More Harbour Stories</div>'
                                    f"<ul>{items}</ul></article>"))
    assert "about ferries number" not in art.text
    assert "headed_lists.related_list" in reasons(art)
    assert "Body:" in art.text


def test_a_list_under_another_heading_stays() -> None:
    items = "".join(f'<li>Check <a href="/t/{i}">timetable number {i}</a> before you travel'
                    f" to the islands this week.</li>" for i in range(3))
    art = newsclean.clean_html(page(f"<article>{para('Body')}<h3>Before you go</h3>"
                                    f"<ul>{items}</ul>{para('After')}</article>"))
    assert "timetable number 1" in art.text
    assert not any(r.startswith("headed_lists") for r in reasons(art))


def test_teaser_boxes_under_a_related_heading_go_with_their_excerpts() -> None:
    teasers = "".join(f'<article class="postbox"><a href="/p/{i}"><img src="{i}.jpg"></a>'
                      f"<p>Teaser {i}: {SENTENCE}</p></article>" for i in range(3))
    art = newsclean.clean_html(page(
        f'<div class="primary"><article class="post">{para("Body")}{para("More")}</article>'
        f'<div class="related"><h3>You may also like...</h3>{teasers}</div></div>'))
    assert "Teaser 1:" not in art.text and "Body:" in art.text


def test_paragraphs_under_a_related_heading_stay() -> None:
    # "Recommended reading" followed by the author's own paragraphs is article text
    art = newsclean.clean_html(page(f"<article>{para('Body')}<h2>Recommended reading</h2>"
                                    f"{para('Book')}{para('Again')}</article>"))
    assert "Book:" in art.text and "Again:" in art.text
    assert "headed_lists.related_box" not in reasons(art)


# --- tweetable quotes ---------------------------------------------------------------------

def test_click_to_tweet_keeps_the_quote_once_and_drops_the_button() -> None:
    box = ('<a class="swp_CTT" href="https://twitter.com/share?text=Start+small"><span '
           'class="sw-click-to-tweet"><span class="sw-ctt-text">Start small and grow into '
           'the role.</span><span class="sw-ctt-btn">Click To Tweet</span></span></a>')
    art = newsclean.clean_html(page(f"<article>{para('Body')}{box}{para('After')}</article>"))
    assert "Click To Tweet" not in art.text
    assert art.text.count("Start small and grow into the role.") == 1
    assert "tweet_quotes.tweet_label" in reasons(art)


def test_a_sentence_about_tweeting_stays() -> None:
    line = "<p>Readers were told to click to tweet the quote, and thousands of them did.</p>"
    art = newsclean.clean_html(page(f"<article>{para('Body')}{line}{para('After')}</article>"))
    assert "click to tweet the quote" in art.text


# --- source boxes -------------------------------------------------------------------------

def test_a_source_box_goes_and_a_named_agency_becomes_the_source() -> None:
    html = page(f"<article>{para('Body')}{para('More')}</article>"
                '<div class="article-body-artSource"><p>SOURCE: <span>Reuters</span></p></div>')
    art = newsclean.clean_html(html)
    assert "SOURCE" not in art.text
    assert "source_lines.source_line" in reasons(art)
    assert art.source == "Reuters"


def test_a_box_named_source_holding_prose_stays() -> None:
    note = ('<p class="source">Source: harbour records show the pier has closed for repairs '
            "four times since it was built, most recently in the spring.</p>")
    art = newsclean.clean_html(page(f"<article>{para('Body')}{note}{para('More')}</article>"))
    assert "harbour records show the pier" in art.text


# --- glued datelines ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "location", "end"), [
    ("(CNN)President Lee spoke on Monday.", None, 5),
    ("Hong Kong (CNN Business)A muddled view of the talks.", "Hong Kong", 24),
    ("LONDON (Reuters Health) - Doctors said on Monday.", "LONDON", 26),
])
def test_glued_and_desk_datelines(text: str, location: str | None, end: int) -> None:
    parsed = parse_dateline(text)
    assert parsed is not None
    assert parsed[0].location == location and parsed[1] == end


@pytest.mark.parametrize("text", ["(AP)the lowercase word is not a sentence start.",
                                  "SOURCE: Al Jazeera and news agencies",
                                  "The talks (AP) went on for hours."])
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_a_description_repeating_the_lede_after_its_dateline_is_not_a_dek() -> None:
    lede = "A storm closed three ports along the coast on Sunday, stranding cargo ships."
    art = newsclean.clean_html(page(
        f"<article><p>(CNN){lede}</p>{para('Body')}{para('More')}</article>",
        f'<meta name="description" content="{lede}">'))
    assert art.paragraphs[0] == lede
    assert art.subtitle is None
    assert art.source == "CNN"


# --- captions set right after a picture ---------------------------------------------------

def test_a_caption_repeating_the_alt_text_becomes_a_caption() -> None:
    art = newsclean.clean_html(page(
        f"<article>{para('Body')}<div><div class='img'><img src='a.jpg' alt='The new pier'>"
        f"</div><br><span class='small'>The new pier</span></div>{para('After')}</article>"))
    assert "The new pier" not in art.text
    assert [c.text for c in art.captions] == ["The new pier"]
    assert "image_captions.image_caption" in reasons(art)


def test_an_italic_line_after_a_picture_is_a_caption_with_its_credit() -> None:
    art = newsclean.clean_html(page(
        f"<article>{para('Body')}<img src='b.jpg'><center><em>The pier at dawn. "
        f"(Photo: Jo Lee/AFP)</em></center>{para('After')}</article>"))
    assert "The pier at dawn" not in art.text
    assert art.captions[0].text == "The pier at dawn."
    assert art.captions[0].credit == "Jo Lee/AFP"
    assert "image_captions.image_caption" in reasons(art)


def test_a_paragraph_after_a_picture_stays_even_in_italics() -> None:
    dek = "<p class='dek'><i>Average daily intake: 1,700 calories.</i></p>"
    plain = "<p>The pier reopened on Monday.</p>"
    art = newsclean.clean_html(page(
        f"<article><img src='c.jpg' alt='A pier'>{dek}{para('Body')}"
        f"<img src='d.jpg'>{plain}{para('After')}</article>"))
    assert "Average daily intake: 1,700 calories." in art.text
    assert "The pier reopened on Monday." in art.text
    assert art.captions == ()


def test_a_teaser_picture_linking_to_a_story_has_no_caption() -> None:
    card = ("<div><a href='/news/ferry-fares'><img src='e.jpg' alt='Ferry fares rise'></a>"
            "<span>Ferry fares rise</span></div>")
    art = newsclean.clean_html(page(f"<article>{para('Body')}{card}{para('After')}</article>"))
    assert all(c.text != "Ferry fares rise" for c in art.captions)
