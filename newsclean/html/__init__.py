"""The HTML stage: DOM pruners that take page furniture out before extraction.

Each pruner is a named step with stage ``"html"`` in the Pipeline, one module per family
(ad boxes, share widgets, newsletter boxes, related boxes, comment sections, cookie
banners, figures). A pruner returns ``Prune`` records; :func:`run_html_stage` removes the
elements and records each as a Removal (``<pruner>.<why>``), so HTML removals are
explained exactly like text ones. What a pruner finds (captions) becomes metadata.

>>> from lxml.html import fromstring
>>> from newsclean.strippers import default_pipeline
>>> tree = fromstring('<html><body><div class="share-bar">Facebook Twitter</div>'
...                   '<p>The talks went well.</p></body></html>')
>>> result = run_html_stage(tree, default_pipeline())
>>> [r.reason for r in result.removals], tree.text_content()
(['share_widgets.class_name'], 'The talks went well.')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsclean.article import Removal
from newsclean.document import Metadata
from newsclean.errors import StripperError
from newsclean.html._prune import Page, Prune, remove_keeping_tail
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
from newsclean.html.tweet_quotes import tweet_quotes
from newsclean.normalize import normalize_line
from newsclean.pipeline import Pipeline, Step, merge_found

HTML_PRUNERS = (figures, image_captions, ad_boxes, share_widgets, newsletter_boxes, related_boxes,
                comment_sections, cookie_banners, page_chrome, article_meta, link_lists,
                headed_lists, tweet_quotes, source_lines)


def html_steps() -> tuple[Step, ...]:
    """The built-in pruners as pipeline steps of stage ``"html"``, in order."""
    return tuple(Step(f.__name__, f, "html") for f in HTML_PRUNERS)


@dataclass(frozen=True)
class HtmlStageResult:
    """What the HTML stage did to a page: its removals and the metadata it found."""

    removals: tuple[Removal, ...] = ()
    """Every pruned element's text, in the order pruned."""
    meta: Metadata = field(default_factory=Metadata)
    """Metadata found in pruned elements (captions), merged into ``meta`` given."""


def run_html_stage(tree: Any, pipeline: Pipeline, meta: Metadata | None = None,
                   ) -> HtmlStageResult:
    """Run the pipeline's HTML steps on ``tree``, in place, recording every pruned element.

    ``tree`` is the page's root element, or its ``Page`` index if already built.
    """
    meta = meta or Metadata()
    removals: list[Removal] = []
    steps = pipeline.stage("html")
    if not steps:
        return HtmlStageResult((), meta)
    page = tree if isinstance(tree, Page) else Page.of(tree)
    # Each removed element with everything in it, shared with the pruners through the page.
    removed = page.gone
    removed.clear()
    page.prose.clear()
    for step in steps:
        try:
            prunes = list(step.func(page))
        except Exception as exc:  # a custom pruner's bug must name the pruner
            raise StripperError(f"html pruner {step.name!r} raised {exc!r}") from exc
        for prune in prunes:
            if not isinstance(prune, Prune):
                raise StripperError(f"html pruner {step.name!r} returned {prune!r}, not a Prune")
            element = prune.element
            if element in removed:
                continue
            text = normalize_line(" ".join(element.itertext()))
            if not text:
                continue  # nothing a reader would see; leaving it keeps the tree as it was
            if prune.found:
                meta = merge_found(meta, prune.found)
            captured = prune.found.as_pairs() if prune.found else ()
            removals.append(Removal(stripper=step.name, reason=f"{step.name}.{prune.why}",
                                    text=text, captured=captured))
            removed.update(element.iter())
            for ancestor in element.iterancestors():  # their prose counts change
                page.prose.pop(ancestor, None)
            remove_keeping_tail(element)
    return HtmlStageResult(tuple(removals), meta)


__all__ = ["HTML_PRUNERS", "HtmlStageResult", "Page", "Prune", "html_steps", "run_html_stage"]
