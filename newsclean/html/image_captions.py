"""image_captions: a caption set right after a picture without ``<figure>`` markup.

Older templates and hand-written posts put the caption in whatever element follows the
image::

    <div class="article-img"><img src="a.jpg" alt="The new laptop"></div><br>
    <span class="small gray">The new laptop</span>
    <img src="b.jpg"><center><em>The keyboard, via a repair site</em></center>
    <p><a href="c.jpg"><img src="c.jpg"></a><br><em>The hall, photos by Jo Lee</em></p>

The element that follows an image (``<br>`` and blank text aside; a link or box holding
only the image counts as the image) becomes a ``Caption`` and leaves the text
(``image_caption``) when it is short (``MAX_CAPTION_CHARS``), mostly not a link (a teaser
card's headline under its picture is not a caption) and reads as a caption: its text is
the image's ``alt`` text, or it is all set in italics or small print (``<em>``, ``<i>``,
``<small>``, ``<figcaption>``, or a box other than a paragraph holding only one of those:
a paragraph in italics after a picture may be the article's own dek). A picture that
links to another page is a teaser, not an illustration: what follows it stays. A credit closing it
("(credit: NASA)", "Photo: AFP") becomes the caption's credit. A paragraph in plain type
after an image is article text, and stays.

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><p>Text.</p><img src="a.jpg" alt="The new laptop"><br>'
...                           '<span>The new laptop</span><p>More text.</p></div>'))
>>> [(p.why, p.found.caption) for p in image_captions(page)]
[('image_caption', Caption(text='The new laptop', credit=None))]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.article import Caption
from newsclean.document import Found
from newsclean.html._prune import Page, Prune, link_share
from newsclean.normalize import normalize_line
from newsclean.step import html_step
from newsclean.text.caption import split_caption

MAX_CAPTION_CHARS = 300
MAX_LINK_SHARE = 0.5
_ITALIC = frozenset({"em", "i", "small", "figcaption", "cite"})
_WRAPPERS = frozenset({"a", "div", "span", "picture", "p"})  # may hold the image alone
_IMG = frozenset({"img"})
_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
# What a caption is set in; a list, a table, a heading or another picture is not one.
_CAPTION_TAGS = frozenset({"p", "div", "span", "em", "i", "small", "figcaption", "cite",
                           "center", "font", "strong", "b"})


@html_step("image_caption")
def image_captions(page: Page) -> Iterator[Prune]:
    """Short caption-like elements right after a picture."""
    for image in page.tagged(_IMG):
        box = _image_box(image)
        following = _next_element(box)
        if following is None or following.tag not in _CAPTION_TAGS:
            continue
        alt = image.get("alt")
        italic = following.tag != "p" and _set_apart(following)
        if not (italic or alt):
            continue
        text = normalize_line(following.text_content())
        if not text or len(text) > MAX_CAPTION_CHARS:
            continue
        if not (italic or text.casefold() == normalize_line(alt or "").casefold()):
            continue
        if _links_away(box) or link_share(following) > MAX_LINK_SHARE:
            continue
        split = split_caption(text)
        caption = Caption(split[0], split[1]) if split else Caption(text, None)
        yield Prune(following, "image_caption", Found(caption=caption))


def _image_box(image: Any) -> Any:
    """The image, or the smallest box around it that holds nothing else."""
    box = image
    parent = box.getparent()
    while (parent is not None and parent.tag in _WRAPPERS and len(parent) == 1
           and not (parent.text or "").strip() and not (box.tail or "").strip()):
        box, parent = parent, parent.getparent()
    return box


def _links_away(box: Any) -> bool:
    """True when the image links to a page (a teaser) rather than to the picture itself."""
    link = box if box.tag == "a" else next(box.iterancestors("a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").split("?")[0].casefold()
    return bool(href) and not href.endswith(_PICTURE_FILES)


def _next_element(box: Any) -> Any:
    """The element after ``box``, over ``<br>``s and blank text; None if text comes first."""
    node = box
    while True:
        if (node.tail or "").strip():
            return None
        node = node.getnext()
        if node is None or node.tag != "br":
            return node


def _set_apart(element: Any) -> bool:
    """True when the element's text is all in italics or small print."""
    inner = element
    while inner.tag not in _ITALIC and len(inner) == 1 and not (inner.text or "").strip() \
            and not (inner[0].tail or "").strip():
        inner = inner[0]
    return inner.tag in _ITALIC
