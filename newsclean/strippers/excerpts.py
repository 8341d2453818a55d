"""excerpts: cut-off excerpts of other posts, listed as cards around (or instead of) the article.

Blogs and magazines list other posts as cards: a title, the first lines of the post cut
off at a word and closed with an ellipsis, share buttons. A flattened page keeps the
excerpts as paragraphs::

    A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor
    acontecer. ... traçando um plano paralelo para …
    Whatsapp Facebook Pint Baixar
    O que une uma família é o amor, o carinho, o querer bem. ... impulso na vida, incentivo
    para buscar sonhos e [...]

A paragraph of at least ``MIN_WORDS`` words that ends with a truncation mark (an ellipsis
after a space, " …" or " ...", or in brackets, "[…]", "[...]") goes (reason
``excerpts.truncated``) when the text holds at least ``MIN_CARDS`` of them: cards come in
lists. A page made only of such cards is a listing, not an article, and comes out empty.
A paragraph that trails off on purpose is short ("Here's the thing …") or alone, and an
ellipsis glued to its word ("a statement…") is a writer's, not a cut; those stay.

Disable it for texts whose long paragraphs end with a spaced ellipsis on purpose.

>>> from newsclean.document import Document
>>> card = " ".join(["word"] * 40)
>>> doc = Document.from_blocks([card + " …", "Here's the thing …", card + " [...]"])
>>> [(c.block, c.why) for c in excerpts(doc)]
[(0, 'truncated'), (2, 'truncated')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.text.words import word_count

MIN_WORDS = 30
"""Shortest excerpt: cards show two or three lines of the post; a paragraph that trails off
on purpose ("But here's the disconnect …") is a short one."""
MIN_CARDS = 2
"""Excerpts needed in the text: one truncated paragraph alone may be the writer's."""
_TRUNCATED = regex.compile(r"(?:\s(?:…|\.\.\.)|\[\s*(?:…|\.\.\.)\s*\])\s*$")
_MARKS = ("…", "...", "]")


@text_step("truncated")
def excerpts(doc: Document) -> list[Cut]:
    """Cut long paragraphs cut off with an ellipsis, when there are ``MIN_CARDS`` or more."""
    found = [i for i, block in enumerate(doc.blocks) if _is_excerpt(block.text)]
    return [Cut(i, "truncated") for i in found] if len(found) >= MIN_CARDS else []


def _is_excerpt(text: str) -> bool:
    # The cheap test: the paragraph ends with an ellipsis or a bracket.
    if not text.rstrip().endswith(_MARKS) or not _TRUNCATED.search(text[-12:]):
        return False
    return word_count(text) >= MIN_WORDS
