"""From page to blocks: input kinds, the body conversion, and pages that are not articles."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import fromstring

import newsclean
from newsclean.extract import drop_invisible, extract_blocks, parse_html

SENTENCE = "The harbour reopened on Monday after a week of repairs to the main quay. "
BODY = f"<p>{SENTENCE * 3}</p>"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_blocks_keep_their_kind_and_loose_text() -> None:
    tree = parse_html(page(
        f"<h2>Repairs</h2>{BODY}<ul><li>First the quay.</li><li>Then the cranes.</li></ul>"
        "<blockquote><p>It was overdue, said the mayor at the ceremony.</p></blockquote>"
        "<table><tr><td>Cost</td><td>4 million</td></tr></table>"
        f"<p>A line<br>broken in two, with <b>bold</b> and <a href='/x'>a link</a> inside.</p>"
        f"{BODY}"))
    assert tree is not None
    blocks = extract_blocks(tree)
    kinds = {(b.kind, b.text) for b in blocks}
    assert ("heading", "Repairs") in kinds
    assert ("list_item", "First the quay.") in kinds
    assert ("quote", "It was overdue, said the mayor at the ceremony.") in kinds
    assert ("table_cell", "4 million") in kinds
    assert ("paragraph", "A line") in kinds
    assert ("paragraph", "broken in two, with bold and a link inside.") in kinds


def test_extraction_does_not_change_the_tree_it_is_given() -> None:
    tree = parse_html(page(BODY))
    assert tree is not None
    before = etree.tostring(tree)
    extract_blocks(tree)
    assert etree.tostring(tree) == before


def test_drop_invisible_keeps_jsonld_and_tails() -> None:
    tree = fromstring('<html><head><script type="application/ld+json">{}</script></head>'
                      "<body><p>A<script>x()</script> and B<style>p{}</style>.</p></body></html>")
    drop_invisible(tree)
    assert tree.find(".//script") is not None
    assert tree.find(".//p").text_content() == "A and B."


def test_bytes_are_decoded_from_the_declared_charset() -> None:
    html = page(BODY.replace("harbour", "café"), '<meta charset="iso-8859-1">')
    art = newsclean.clean_html(html.encode("iso-8859-1"))
    assert "café" in art.text


def test_lxml_and_bs4_inputs_and_the_callers_tree_is_untouched() -> None:
    html = page(f'<div class="share-bar">Facebook Twitter</div>{BODY}')
    tree = fromstring(html)
    art = newsclean.clean_html(tree)
    assert SENTENCE.strip() in art.text
    assert tree.find(".//div") is not None  # the share bar is still in the caller's tree
    bs4 = pytest.importorskip("bs4")
    assert newsclean.clean_html(bs4.BeautifulSoup(html, "html.parser")).text == art.text


@pytest.mark.parametrize("html", [
    "<html><body></body></html>",
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><body><ul><li><a href='/1'>One story</a></li><li><a href='/2'>Two</a></li>"
    "<li><a href='/3'>Three</a></li><li><a href='/4'>Four</a></li></ul></body></html>",
    "<<<>>>",
    "\x00\x01 not html at all",
])
def test_pages_that_are_not_articles_give_an_article_with_a_reason(html: str) -> None:
    art = newsclean.clean_html(html)
    assert isinstance(art, newsclean.Article)
    assert len(art.text.split()) < 10
    assert art.warnings or art.removals


def test_a_short_page_is_flagged() -> None:
    art = newsclean.clean_html(page("<p>Closed today.</p>"))
    assert any("not be an article" in w or "no article text" in w for w in art.warnings)
