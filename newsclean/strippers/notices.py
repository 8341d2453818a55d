"""notices: citation, reprint and origin notices about the article, with their wrapped lines.

Science and syndication sites close an article with notices about it, and a flattened
page often splits each over two or three lines::

    Citation:
    Lunar dust samples reveal water history (2019, May 3)
    retrieved 4 May 2019
    from https://example.org/news/2019-05-lunar-dust.html
    This document is subject to copyright. Apart from any fair dealing for the purpose of
    private study or research, no
    part may be reproduced without the written permission.
    This article was originally published on The Conversation. Read the original article.
    Dieser Artikel erschien zuerst bei ...

A line goes when it opens with a notice (``NOTICE_STARTS`` in
``newsclean/patterns/notices.py``: "This article was originally published", "Dieser
Artikel erschien zuerst", "Cet article a été initialement publié"; reason
``notices.reprint``), with a citation label ("Citation:", "Zitiervorschlag:"; reason
``notices.citation``) or with the house rules for comments ("Comments are moderated",
"Kommentare werden moderiert"; reason ``notices.comment_policy``). A bare label takes
the cited title on the next line with it. Then the notice's wrap goes too: each next line
that continues it, because the line before does not end like a sentence and the next
opens in lowercase or with a web address. A line in
the middle of an article that merely mentions a citation ("The citation was issued ...")
opens with no notice and stays.

Disable it for texts about publishing itself, where such notices are quoted as paragraphs.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks([
...     "The rover found the samples in a crater near the south pole, the team said.",
...     "Citation:", "Lunar dust samples reveal water history (2019, May 3)",
...     "retrieved 4 May 2019", "from https://example.org/news/lunar-dust.html"])
>>> [(c.block, c.why) for c in notices(doc)]
[(1, 'citation'), (2, 'citation'), (3, 'citation'), (4, 'citation')]
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document
from newsclean.patterns.notices import CITATION_LABELS, COMMENT_POLICY_STARTS, NOTICE_STARTS
from newsclean.rules import PhraseRule, RuleSet
from newsclean.step import text_step
from newsclean.text.words import ends_sentence, is_body_like, word_count

MAX_WORDS = 80
"""Longest notice line: a reprint notice with its licence runs to three sentences."""
MAX_TITLE_WORDS = 40
"""Longest cited title taken from the line after a bare "Citation:" label."""
_STARTS = tuple((why, PhraseRule.opening(table, flags=regex.I, skip="([*>»•-–—", words=True,
                                         name=f"notices.{why}"))
                for why, table in (("citation", CITATION_LABELS), ("reprint", NOTICE_STARTS),
                                   ("comment_policy", COMMENT_POLICY_STARTS)))
_ANY_START = RuleSet(rule for _, rule in _STARTS)
_WEB = regex.compile(r"^(?:from\s+)?(?:https?://|www\.)", regex.I)


def notice_kind(text: str) -> str | None:
    """The kind of notice ``text`` opens (``"citation"``, ``"reprint"``,
    ``"comment_policy"``), or None.

    >>> notice_kind("Citation: Dust (2019, May 3) retrieved 4 May 2019"), notice_kind("Cited.")
    ('citation', None)
    """
    for why, rule in _STARTS:
        if rule.match(text):
            return why if word_count(text) <= MAX_WORDS else None
    return None


@text_step("citation", "reprint", "comment_policy")
def notices(doc: Document) -> list[Cut]:
    """Cut notice lines, the title after a bare citation label, and their wrapped lines."""
    texts = doc.texts
    cuts: list[Cut] = []
    i = 0  # the first line not yet taken
    for start in _ANY_START.candidates(texts):
        why = notice_kind(texts[start]) if start >= i else None
        if why is None:
            continue
        i = start
        cuts.append(Cut(i, why))
        last = texts[i]
        i += 1
        if why == "citation" and _is_bare_label(last) and i < len(texts) and _is_title(texts[i]):
            cuts.append(Cut(i, why))
            last = texts[i]
            i += 1
        while i < len(texts) and _continues(last, texts[i]):
            cuts.append(Cut(i, why))
            last = texts[i]
            i += 1
    return cuts


def _is_bare_label(text: str) -> bool:
    return text.rstrip().endswith((":", "："))


def _is_title(text: str) -> bool:
    return word_count(text) <= MAX_TITLE_WORDS and not is_body_like(text)


def _continues(before: str, line: str) -> bool:
    """``line`` is the wrapped rest of ``before``: it was cut mid-sentence, and the line
    goes on in lowercase ("retrieved 4 May 2019") or with the web address it cites."""
    if ends_sentence(before) or word_count(line) > MAX_WORDS:
        return False
    return line[:1].islower() or bool(_WEB.match(line))
