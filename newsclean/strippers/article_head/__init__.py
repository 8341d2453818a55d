"""article_head: the headline, dek and byline at the top of a scraped text.

::

    U.S., North Korea diplomats meet in Malaysia for informal talks      -> title
    A U.S. delegate said the talks signify progress and that ...         -> subtitle
    By Elizabeth Shim                                                     -> authors
    Oct. 24, 2016 | 9:14 AM                                               -> (date line)

With a byline among the first lines, the lines above it are the title and the dek. With
none, the first line is the title only when it reads as one (3 to 25 words, no closing
full stop) and body paragraphs follow; a second such line is the dek. A first paragraph
that is a sentence is never taken for a title, so the result is stable when cleaned again.
When the page's markup already gave a title (HTML input), only lines repeating that title
or dek are cut: nothing is guessed.

Disable it when the text is known to start with the body.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["Talks resume in Malaysia", "By Elizabeth Shim",
...                             "Former officials met on Saturday in the Malaysian capital."])
>>> [(c.block, c.why) for c in article_head(doc)]
[(0, 'title'), (1, 'byline')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.strippers.article_head._fields import head_byline, is_fact_box
from newsclean.strippers.article_head._guessed import HEAD_LINES, _head_cuts
from newsclean.strippers.article_head._known import _repeats_of_known_head
from newsclean.text.words import squash


@text_step("title", "subtitle", "heading", "byline", "date")
def article_head(doc: Document) -> list[Cut]:
    """Cut the title, dek, byline and date lines that open the text."""
    head_cuts = _head_cuts
    if doc.meta.title:  # the markup gave it: the head repeats it
        known = {squash(doc.meta.title): "title", squash(doc.meta.subtitle or ""): "subtitle"}
        known.pop("", None)
        head_cuts = partial(_repeats_of_known_head, known=known)
    cuts = head_cuts(doc.blocks)
    # Cleaning again must find nothing more: whatever now opens the text is looked at
    # again, so a second dek or a second byline line goes in the same pass. (With no cut,
    # the same blocks would be looked at again: nothing more to find.)
    for _ in range(HEAD_LINES if cuts else 0):
        taken = {c.block for c in cuts}
        rest = [i for i in range(len(doc.blocks)) if i not in taken]
        more = head_cuts(tuple(doc.blocks[i] for i in rest))
        if not more:
            break
        has_title = any(c.why == "title" for c in cuts)
        # A second title-like line under a guessed title is a heading; a repeat of a known
        # title is one more repeat.
        cuts += [Cut(rest[c.block], "heading") if c.why in ("title", "subtitle") and has_title
                 and not doc.meta.title else replace(c, block=rest[c.block]) for c in more]
    return sorted(cuts, key=lambda c: c.block)


__all__ = ["HEAD_LINES", "article_head", "head_byline", "is_fact_box"]
