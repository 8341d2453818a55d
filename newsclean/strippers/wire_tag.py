"""wire_tag: the agency tag closing a wire story, such as "(Yonhap)" or "-- AFP".

Wire copy ends by naming the agency::

    ... and they have not," he said. (Yonhap)
    ... the ministry said on Monday.
    -- Reuters
    ... と発表した。（共同）

The tag is cut from the last paragraph (or the last line goes, if it is only a tag), and
the agency becomes ``Article.source``. Only agencies in ``newsclean/patterns/agencies.py``
count, so a closing "(2016)" or "(file)" stays. Tags inside the article are left alone.

Disable it when ``source`` must come only from page metadata.

>>> from newsclean.document import Document
>>> cut, = wire_tag(Document.from_blocks(["Talks will resume, he said. (Yonhap)"]))
>>> cut.span, cut.found.source
((28, 36), 'Yonhap')
"""

from __future__ import annotations

from newsclean.document import Cut, Document, Found
from newsclean.step import text_step
from newsclean.text.wire import closing_tag


@text_step("trailing")
def wire_tag(doc: Document) -> list[Cut]:
    """Cut the agency tag that closes the last block."""
    if not doc.blocks:
        return []
    last = len(doc.blocks) - 1
    text = doc.blocks[last].text
    tag = closing_tag(text)
    if tag is None:
        return []
    match, names = tag
    start = match.start() + 1 if text[match.start()].isspace() else match.start()
    return [Cut(last, "trailing", span=(start, len(text)), found=Found(source=names[0]))]
