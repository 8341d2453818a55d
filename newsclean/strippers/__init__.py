"""The text-stage strippers, one module per family of junk, and the default pipeline.

Order matters: ad labels and captions go first so the article head and the dateline are
found at the top; duplicates go before ``wire_tag`` so that the closing agency tag is
looked for on the real last paragraph.

>>> default_pipeline().names
('ad_markers', 'captions', 'related', 'duplicates', 'article_head', 'dateline', 'wire_tag')
"""

from __future__ import annotations

from newsclean.pipeline import Pipeline, Step
from newsclean.strippers.ad_markers import ad_markers
from newsclean.strippers.article_head import article_head
from newsclean.strippers.captions import captions
from newsclean.strippers.dateline import dateline
from newsclean.strippers.duplicates import duplicates
from newsclean.strippers.related import related
from newsclean.strippers.wire_tag import wire_tag

TEXT_STRIPPERS = (ad_markers, captions, related, duplicates, article_head, dateline, wire_tag)


def default_pipeline() -> Pipeline:
    """The pipeline ``clean`` uses when none is given: every built-in step, in order."""
    return Pipeline([Step(f.__name__, f, "text") for f in TEXT_STRIPPERS], name="default")


__all__ = ["TEXT_STRIPPERS", "default_pipeline"]
