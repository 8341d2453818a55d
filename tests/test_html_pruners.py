"""The HTML stage's pruners: what each takes out, what each must leave, and how it is recorded."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

import newsclean
from newsclean.defaults import HTML_STEPS, default_pipeline
from newsclean.errors import StripperError
from newsclean.html._prune import Page, Prune
from newsclean.pipeline import run_html_stage

PROSE = ("The council met on Tuesday and voted to keep the old library open for another "
         "five years, after a long debate about the cost of repairs to its roof. ")


def page(body: str) -> str:
    return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"


def article(body: str, **kwargs: object) -> newsclean.Article:
    return newsclean.clean_html(page(f"<p>{PROSE * 2}</p>{body}<p>{PROSE}</p>"), **kwargs)


def reasons(art: newsclean.Article) -> list[str]:
    return [r.reason for r in art.removals if r.stripper in {f.__name__ for f in HTML_STEPS}]


@pytest.mark.parametrize(("box", "reason"), [
    ('<div class="ad-slot"><span>Advertisement</span></div>', "ad_boxes.class_name"),
    ('<div id="taboola-below-article">Promoted stories you may like</div>', "ad_boxes.class_name"),
    ('<aside aria-label="Anzeige">Jetzt kaufen</aside>', "ad_boxes.aria_label"),
    ('<ul class="articleShareBar"><li>Facebook</li><li>Twitter</li></ul>',
     "share_widgets.class_name"),
    ('<div class="compartir">Facebook WhatsApp</div>', "share_widgets.class_name"),
    ('<div class="newsletter-signup">Get our morning briefing in your inbox</div>',
     "newsletter_boxes.class_name"),
    ('<section class="related-stories"><h3>Related</h3><a href="/a">Other story</a></section>',
     "related_boxes.class_name"),
    ('<div aria-label="Lire aussi"><a href="/b">Un autre article</a></div>',
     "related_boxes.aria_label"),
    ('<div id="comments"><p>First! Great read.</p></div>', "comment_sections.class_name"),
    ('<div class="cookie-consent">We use cookies on this site.</div>',
     "cookie_banners.class_name"),
    ('<nav><a href="/">Home</a> <a href="/world">World</a></nav>', "page_chrome.nav_tag"),
    ('<div class="breadcrumbs">Home &gt; World &gt; Asia</div>', "page_chrome.class_name"),
    ('<div class="byline">By Jo Lee | May 2, 2024</div>', "article_meta.class_name"),
    ('<ul><li><a href="/1">Talks resume</a></li><li><a href="/2">Floods close roads</a></li>'
     '<li><a href="/3">Elections set</a></li></ul>', "link_lists.headline_list"),
    ('<p><strong><a href="/d">FLOODS CLOSE ROADS ACROSS THE NORTH</a></strong></p>',
     "link_lists.headline_link"),
])
def test_each_family_is_pruned_and_recorded(box: str, reason: str) -> None:
    art = article(box)
    assert reason in reasons(art)
    assert PROSE.strip() in art.text


@pytest.mark.parametrize("box", [
    # a wrapper named with a junk word but holding the article's prose
    f'<div class="share-wrapper"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>',
    # WordPress post classes: the article itself, tagged "ad"
    f'<div class="post type-post status-publish hentry tag-ad">{PROSE}</div>',
    # an embedded post inside a social box is quoted content
    '<div class="social-embed"><blockquote><p>We sold out in six hours.</p></blockquote></div>',
    # "related" prose sidebar: few links, full sentences
    f'<section class="related-facts"><p>{PROSE}</p></section>',
    # a list with words outside its links
    '<ul><li><a href="/r">The report</a> runs to forty pages and was published in May.</li>'
    '<li><a href="/s">Its summary</a> is shorter and was published a week later.</li>'
    '<li><a href="/t">The data</a> can be downloaded as a spreadsheet from the office.</li></ul>',
    # a paragraph with words of its own around its link
    '<p>The full ruling is <a href="/ruling">on the court website</a> for anyone to read.</p>',
    # a link to a place in the page (a table of contents entry)
    '<p><a href="#part-two">Part two: what the court decided</a></p>',
])
def test_named_boxes_with_content_stay(box: str) -> None:
    art = article(box)
    assert reasons(art) == []


def test_figure_becomes_a_caption_with_its_credit() -> None:
    art = article('<figure><img src="a.jpg"><figcaption>Smoke over the port on Monday. '
                  '<span class="credit">Photo: Jo Lee/AFP</span></figcaption></figure>')
    assert [(c.text, c.credit) for c in art.captions] == [("Smoke over the port on Monday.",
                                                          "Jo Lee/AFP")]
    assert "Smoke over the port" not in art.text
    figure = next(r for r in art.removals if r.stripper == "figures")
    assert ("caption.credit", "Jo Lee/AFP") in figure.captured


def test_caption_credit_found_in_caption_text() -> None:
    art = article('<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">'
                  'Crowds in the square. (Photo by Sam Park)</p></div>')
    assert [(c.text, c.credit) for c in art.captions] == [("Crowds in the square.", "Sam Park")]


def test_figure_holding_a_quote_stays() -> None:
    art = article("<figure><blockquote><p>We will rebuild.</p></blockquote>"
                  "<figcaption>The mayor, speaking on Monday</figcaption></figure>")
    assert "figures" not in {r.stripper for r in art.removals}


def test_text_after_a_pruned_box_stays() -> None:
    tree = fromstring('<div><p>Before.</p><span class="ad-label">Ad</span> after the ad.</div>')
    result = run_html_stage(tree, default_pipeline())
    assert [r.text for r in result.removals] == ["Ad"]
    assert tree.text_content() == "Before. after the ad."


def test_a_pruner_can_be_switched_off() -> None:
    markup = '<div><p>Text.</p><div class="share-bar">Facebook Twitter</div></div>'
    tree = fromstring(markup)
    assert run_html_stage(tree, default_pipeline()).removals
    tree = fromstring(markup)
    result = run_html_stage(tree, default_pipeline().without("share_widgets"))
    assert result.removals == ()
    assert "Facebook Twitter" in tree.text_content()


def test_custom_pruner_runs_and_a_broken_one_is_named() -> None:
    def drop_asides(page: Page) -> list[Prune]:
        return [Prune(e, "aside") for e in page.tree.iter("aside")]

    pipeline = default_pipeline().insert_before("figures", drop_asides, stage="html")
    art = article("<aside>Fact box text here.</aside>", pipeline=pipeline)
    assert "drop_asides.aside" in [r.reason for r in art.removals]

    def broken(page: Page) -> list[Prune]:
        raise RuntimeError("boom")

    with pytest.raises(StripperError, match="broken"):
        article("", pipeline=default_pipeline().insert_before("figures", broken, stage="html"))


def test_every_html_step_is_in_the_default_pipeline_before_the_text_steps() -> None:
    steps = default_pipeline().steps
    html = [s.name for s in steps if s.stage == "html"]
    assert html == [f.__name__ for f in HTML_STEPS]
    assert max(i for i, s in enumerate(steps) if s.stage == "html") < min(
        i for i, s in enumerate(steps) if s.stage == "text")
