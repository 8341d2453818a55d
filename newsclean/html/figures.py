"""figures: photos with their captions and credits become ``Article.captions``.

A figure's caption is not body text; extractors keep it as a stray paragraph::

    <figure><img src="..."><figcaption>Crowds in Seoul on Tuesday.
      <span class="credit">Kim Hong-Ji/Reuters</span></figcaption></figure>

gives ``Caption("Crowds in Seoul on Tuesday.", credit="Kim Hong-Ji/Reuters")`` and the
figure leaves the page. Recognized: ``<figure>`` with an image or a ``<figcaption>``, and
image boxes named as captions (``wp-caption``, ``image-caption``). A credit is an element
named as one (``credit``, ``copyright``, ``photographer``) or a credit closing the caption
text ("Photo: AFP"). Figures that hold a quote or more prose than a caption are left alone.

Disable it when captions should stay in the text (photo essays).

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><figure><img src="a.jpg"><figcaption>Smoke over the port.'
...     ' <small class="credit">Jo Lee/AFP</small></figcaption></figure><p>Text.</p></div>'))
>>> [p.found.caption for p in figures(page)]
[Caption(text='Smoke over the port.', credit='Jo Lee/AFP')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.article import Caption
from newsclean.document import Found
from newsclean.html._page_index import Page, words
from newsclean.html._prune import Prune, prose_chars
from newsclean.normalize import normalize_line
from newsclean.patterns import phrases
from newsclean.patterns.html_boxes import CAPTION_WORDS, CREDIT_WORDS
from newsclean.step import html_step
from newsclean.text.caption import split_caption

_CAPTION_WORDS = phrases(CAPTION_WORDS)
_CREDIT_WORDS = phrases(CREDIT_WORDS)
_MEDIA = ("img", "picture", "video", "svg", "iframe")
_MAX_CAPTION_CHARS = 600


@html_step("figure")
def figures(page: Page) -> Iterator[Prune]:
    """Figures and caption boxes, each with the Caption found in it."""
    inside: set[Any] = set()  # every element in a figure taken so far
    candidates = list(page.tree.iter("figure"))
    candidates += [e for e, _ in page.having(_CAPTION_WORDS) if e.tag != "figure"
                   and e.tag not in ("html", "body", "article", "main")]
    for element in candidates:
        if element in inside or not _is_figure(element, page.prose):
            continue
        inside.update(element.iter())
        caption = _caption(element)
        yield Prune(element, "figure", Found(caption=caption) if caption else None)


def _is_figure(element: Any, known: dict[Any, int]) -> bool:
    if element.find(".//blockquote") is not None:
        return False
    has_media = any(element.find(f".//{tag}") is not None for tag in _MEDIA)
    if element.tag != "figure" and not has_media and element.find(".//figcaption") is None:
        # a caption box on its own (the image sits elsewhere): only its text goes
        return len(element.text_content()) <= _MAX_CAPTION_CHARS
    return prose_chars(element, limit=_MAX_CAPTION_CHARS, known=known) <= _MAX_CAPTION_CHARS


def _caption(element: Any) -> Caption | None:
    """The Caption in a figure: the figcaption (or the box's text) and its credit."""
    box = element.find(".//figcaption")
    if box is None:
        box = element
    credit_parts: list[str] = []
    for node in list(box.iter()):
        if node is not box and isinstance(node.tag, str) and words(node) & _CREDIT_WORDS:
            credit_parts.append(normalize_line(node.text_content()))
    text = normalize_line(_text_without(box, credit_parts))
    credit = " ".join(c for c in credit_parts if c) or None
    if credit:
        alone = split_caption(credit)  # "Photo: Dana Ortiz" is credited to Dana Ortiz
        credit = alone[1] if alone and not alone[0] and alone[1] else credit
    if text and credit is None:
        split = split_caption(text)
        if split:
            text, credit = split[0], split[1]
    if not text and not credit:
        return None
    return Caption(text, credit)


def _text_without(box: Any, credits: list[str]) -> str:
    text = normalize_line(box.text_content())
    for credit in credits:
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip(" |-–—")
        elif credit:
            text = text.replace(credit, " ")
    return text
