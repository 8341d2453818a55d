"""The default pipeline, in one place: every built-in step, in the order it runs.

A new stripper is placed with one line in ``TEXT_STEPS`` (a new pruner in ``HTML_STEPS``);
its module declares its stage and reasons (``newsclean.step``). docs/strippers.md and
docs/html-stage.md list the steps in this order, and a test checks that they do.

HTML steps run first, on the parsed page (``split_body`` last, right before extraction).
Among the text steps, order matters: ad labels, prompts and captions go first so the
article head and the dateline are found at the top; duplicates, sign-offs and trailing
headlines go before the head (so cleaning twice finds the head at the same place) and
before ``wire_tag`` (so the closing agency tag is looked for on the real last paragraph).

>>> [s.name for s in default_pipeline().stage("text")]  # doctest: +NORMALIZE_WHITESPACE
['ad_markers', 'caption_labels', 'prompts', 'link_outs', 'disclosures', 'offers',
 'shortcodes', 'person_cards', 'keyword_lists', 'captions', 'dated_captions',
 'repeated_captions', 'related', 'excerpts', 'duplicates', 'notices', 'stamps', 'sign_off',
 'trailing', 'teasers', 'article_head', 'dateline', 'wire_tag']
>>> html = default_pipeline().stage("html")
>>> html[0].name, html[-1].name
('figures', 'split_body')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsclean.html.ad_boxes import ad_boxes
from newsclean.html.article_meta import article_meta
from newsclean.html.comment_sections import comment_sections
from newsclean.html.cookie_banners import cookie_banners
from newsclean.html.figures import figures
from newsclean.html.headed_lists import headed_lists
from newsclean.html.image_captions import image_captions
from newsclean.html.link_lists import link_lists
from newsclean.html.newsletter_boxes import newsletter_boxes
from newsclean.html.page_chrome import page_chrome
from newsclean.html.related_boxes import related_boxes
from newsclean.html.share_widgets import share_widgets
from newsclean.html.source_lines import source_lines
from newsclean.html.split_body import body_joiner
from newsclean.html.tweet_quotes import tweet_quotes
from newsclean.pipeline import Pipeline
from newsclean.step import Step
from newsclean.strippers.ad_markers import ad_markers
from newsclean.strippers.article_head import article_head
from newsclean.strippers.caption_labels import caption_labels
from newsclean.strippers.captions import captions
from newsclean.strippers.dated_captions import dated_captions
from newsclean.strippers.dateline import dateline
from newsclean.strippers.disclosures import disclosures
from newsclean.strippers.duplicates import duplicates
from newsclean.strippers.excerpts import excerpts
from newsclean.strippers.keyword_lists import keyword_lists
from newsclean.strippers.link_outs import link_outs
from newsclean.strippers.notices import notices
from newsclean.strippers.offers import offers
from newsclean.strippers.person_cards import person_cards
from newsclean.strippers.prompts import prompts
from newsclean.strippers.related import related
from newsclean.strippers.repeated_captions import repeated_captions
from newsclean.strippers.shortcodes import shortcodes
from newsclean.strippers.sign_off import sign_off
from newsclean.strippers.stamps import stamps
from newsclean.strippers.teasers import teasers
from newsclean.strippers.trailing import trailing
from newsclean.strippers.wire_tag import wire_tag


def _first_body_box(tree: Any) -> Any:
    from newsclean.extract import first_body_box  # trafilatura loads with the first page

    return first_body_box(tree)


split_body = body_joiner(_first_body_box)
"""``html.split_body`` for trafilatura's extractor, which reads the first body box."""

HTML_STEPS: tuple[Callable[..., Any], ...] = (
    figures,
    image_captions,
    ad_boxes,
    share_widgets,
    newsletter_boxes,
    related_boxes,
    comment_sections,
    cookie_banners,
    page_chrome,
    article_meta,
    link_lists,
    headed_lists,
    tweet_quotes,
    source_lines,
    split_body,
)
"""The HTML pruners, in the order they run on the page."""

TEXT_STEPS: tuple[Callable[..., Any], ...] = (
    ad_markers,
    caption_labels,
    prompts,
    link_outs,
    disclosures,
    offers,
    shortcodes,
    person_cards,
    keyword_lists,
    captions,
    dated_captions,
    repeated_captions,
    related,
    excerpts,
    duplicates,
    notices,
    stamps,
    sign_off,
    trailing,
    teasers,
    article_head,
    dateline,
    wire_tag,
)
"""The text strippers, in the order they run on the Document."""


def default_pipeline() -> Pipeline:
    """The pipeline ``clean`` uses when none is given: every built-in step, in order."""
    return Pipeline([Step.of(f) for f in (*HTML_STEPS, *TEXT_STEPS)], name="default")


__all__ = ["HTML_STEPS", "TEXT_STEPS", "default_pipeline", "split_body"]
