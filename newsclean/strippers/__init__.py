"""The text-stage strippers, one module per family of junk, and the default pipeline.

Order matters: ad labels, prompts and captions go first so the article head and the
dateline are found at the top; duplicates, sign-offs and trailing headlines go before the
head (so cleaning twice finds the head at the same place) and before ``wire_tag`` (so the
closing agency tag is looked for on the real last paragraph).

>>> [s.name for s in default_pipeline().stage("text")]  # doctest: +NORMALIZE_WHITESPACE
['ad_markers', 'caption_labels', 'prompts', 'link_outs', 'disclosures', 'offers',
 'shortcodes', 'person_cards', 'keyword_lists', 'captions', 'dated_captions',
 'repeated_captions', 'related', 'excerpts', 'duplicates', 'notices', 'stamps', 'sign_off',
 'trailing', 'teasers', 'article_head', 'dateline', 'wire_tag']
>>> default_pipeline().stage("html")[0].name
'figures'
"""

from __future__ import annotations

from newsclean.pipeline import Pipeline, Step
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

TEXT_STRIPPERS = (ad_markers, caption_labels, prompts, link_outs, disclosures, offers,
                  shortcodes, person_cards, keyword_lists, captions, dated_captions,
                  repeated_captions, related, excerpts, duplicates, notices, stamps, sign_off,
                  trailing, teasers, article_head, dateline, wire_tag)


def default_pipeline() -> Pipeline:
    """The pipeline ``clean`` uses when none is given: every built-in step, in order."""
    from newsclean.html import html_steps  # the HTML pruners run first, on the page tree

    return Pipeline([*html_steps(), *(Step(f.__name__, f, "text") for f in TEXT_STRIPPERS)],
                    name="default")


__all__ = ["TEXT_STRIPPERS", "default_pipeline"]
