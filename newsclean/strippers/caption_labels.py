"""caption_labels: a photo caption on the line after its label, with no credit.

Broadcasters print a caption under a label, and a flattened page puts the label on a line
of its own, the caption on the next::

    Image copyright
    Getty Images
    Image caption
    The minister arrives at the summit in Brussels on Monday
    Image:
    Fans gather outside the stadium before kick-off

The label and the caption after it go, and the caption becomes ``Article.captions``
(reasons ``caption_labels.label`` and ``caption_labels.caption``). After an explicit
caption label ("Image caption", "Bildunterschrift:", ``CAPTION_MARKERS`` in
``newsclean/patterns/credits.py``) the next line is the caption whatever it reads like;
after a label that only names the picture ("Image:", "Foto:", ``MEDIA_LABELS`` in
``newsclean/patterns/caption_labels.py``, colon included) the next line goes only when it
does not read as an article paragraph (a full sentence of twelve words or more), since a
picture without a caption leaves its label above the story's next paragraph. A caption
glued to its label on one line ("Media captionWho is ...") is the ``captions`` stripper's.

It runs before ``prompts``, which would otherwise cut the label alone as page chrome and
leave the caption. Disable it when the captions are wanted in the text.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["Image caption", "The minister arrives at the summit",
...                             "The summit opened on Monday with a call for unity."])
>>> [(c.block, c.found.caption.text if c.found else None) for c in caption_labels(doc)]
[(0, None), (1, 'The minister arrives at the summit')]
"""

from __future__ import annotations

from newsclean.article import Caption
from newsclean.document import Cut, Document, Found
from newsclean.patterns import phrases
from newsclean.patterns.caption_labels import MEDIA_LABELS
from newsclean.patterns.credits import CAPTION_MARKERS
from newsclean.step import text_step
from newsclean.text.words import is_body_like, line_key, word_count

MAX_WORDS = 60
"""Longest caption taken after a label; a longer line is an article paragraph."""
_EXPLICIT = frozenset(line_key(p) for p in phrases(CAPTION_MARKERS))
_MEDIA = frozenset(line_key(p) for p in phrases(MEDIA_LABELS))
_LABELS = _EXPLICIT | _MEDIA
_LONGEST = max(len(p) for p in (*_EXPLICIT, *_MEDIA)) + 4
"""Longest line worth a label lookup: the longest label plus room for decoration."""


@text_step("label", "caption")
def caption_labels(doc: Document) -> list[Cut]:
    """Cut caption labels alone on a line, with the caption line after them."""
    texts = doc.texts
    cuts: list[Cut] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        # The cheap test: a label is a short line.
        key = line_key(text) if len(text) <= _LONGEST else ""
        explicit = bool(key) and key in _EXPLICIT
        media = bool(key) and key in _MEDIA and text.rstrip().endswith((":", "："))
        if explicit or media:
            cuts.append(Cut(i, "label"))
            nxt = texts[i + 1] if i + 1 < len(texts) else ""
            if nxt and _is_caption(nxt, explicit=explicit):
                cuts.append(Cut(i + 1, "caption", found=Found(caption=Caption(nxt.strip()))))
                i += 1
        i += 1
    return cuts


def _is_caption(text: str, *, explicit: bool) -> bool:
    if word_count(text) > MAX_WORDS or line_key(text) in _LABELS:
        return False
    return explicit or not is_body_like(text)
