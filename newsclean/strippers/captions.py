"""captions: photo captions and credits, moved from the body to ``Article.captions``.

A flattened page keeps its figures as lines that end in a credit, often twice (the
inline figure and the gallery copy)::

    Robert Gallucci ... in Kuala Lumpur, Malaysia. File Photo by Roger L. Wollenberg/UPI
    Robert Gallucci ... in Kuala Lumpur. File Photo by Roger L. Wollenberg/UPI | License Photo

Both lines go and become one ``Caption(text, credit)``. Recognized: a credit introduced
by a credit word at the end of a line ("Photo: X", "(Photo by X)", "REUTERS/Name",
"AP Photo/Name", "Foto: X/dpa", "사진=X"), a picture agency closing a line
("... Getty Images"), a gallery tail ("| License Photo"), a caption label
("Image caption, ...") or toggle ("... (AP Photo/Jo Lee) less", "The mayor ... more")
and lines that are a credit alone ("Photograph: Reuters").
Blocks the HTML stage marked as captions go as well.

Disable it for texts about photography, where "Photo by Jane Doe" may be the point.

>>> from newsclean.document import Document
>>> cut, = captions(Document.from_blocks(["Smoke over the port. (Photo: Jo Lee/AFP)"]))
>>> cut.found.caption
Caption(text='Smoke over the port.', credit='Jo Lee/AFP')
"""

from __future__ import annotations

from newsclean.article import Caption
from newsclean.document import Cut, Document, Found
from newsclean.step import text_step
from newsclean.text.caption import MAX_CAPTION_WORDS, caption_candidates, split_caption
from newsclean.text.wire import canonical_agency


@text_step("caption", "credit")
def captions(doc: Document) -> list[Cut]:
    """Cut caption and credit lines; each distinct caption is captured once."""
    cuts: list[Cut] = []
    blocks = doc.blocks
    last = len(blocks) - 1
    # Only a candidate can be split; a caption block is one whether split or not.
    maybe = set(caption_candidates(doc.texts))
    maybe.update(i for i, block in enumerate(blocks) if block.kind == "caption")
    for i in sorted(maybe):
        block = blocks[i]
        if block.kind == "caption":
            parts: tuple[str, str | None] | None = split_caption(block.text) or (block.text, None)
        else:
            parts = split_caption(block.text)
            # Too long for a caption. (Asked second: most lines are no caption anyway, and a
            # text of n words has at least 2n - 1 characters: only long ones need counting.)
            if (parts is not None and len(block.text) > 2 * MAX_CAPTION_WORDS
                    and len(block.text.split()) > MAX_CAPTION_WORDS):
                continue
        if parts is None or (i == last and not parts[0] and canonical_agency(parts[1] or "")):
            continue  # a closing "Reuters" alone is the wire tag, left to ``wire_tag``
        text, credit = parts
        found = Found(caption=Caption(text, credit)) if text else None
        cuts.append(Cut(i, "caption" if text else "credit", found=found))
    return cuts
