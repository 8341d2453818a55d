"""ad_markers: lines that are only the label of an ad slot.

Ad slots leave their label behind when a scraper flattens a page to text::

    The rare informal talks known as Track 2 come days after ...
    Advertisement
    The U.S. delegation that includes former Clinton administration ...

Only a line that is *nothing but* a label goes (decoration such as "- Advertisement -"
or "[ ADVERTISEMENT ]" is trimmed first, case is ignored). "Advertisement spending rose
5 percent" stays. Labels in every language are in ``newsclean/patterns/ads.py``.

Disable it for text about advertising whose paragraphs can be a lone "Advertising"
heading (a trade magazine's section header, say).

>>> from newsclean.document import Document
>>> [c.why for c in ad_markers(Document.from_blocks(["ADVERTISEMENT", "Ad spending rose."]))]
['line']
"""

from __future__ import annotations

from newsclean.document import Cut, Document
from newsclean.patterns import phrases
from newsclean.patterns.ads import AD_LABELS
from newsclean.step import text_step
from newsclean.text.words import line_key

_LABELS = phrases(AD_LABELS)
_LONGEST = 80
"""Longest line looked up: a label with plenty of decoration."""


def is_ad_label(text: str) -> bool:
    """True when the whole line is an ad label.

    >>> is_ad_label("- Advertisement -"), is_ad_label("Advertisement spending rose")
    (True, False)
    """
    if len(text) > _LONGEST:
        return False
    key = line_key(text)
    return bool(key) and key in _LABELS


@text_step("line")
def ad_markers(doc: Document) -> list[Cut]:
    """Cut every block that is only an ad label."""
    return [Cut(i, "line") for i, block in enumerate(doc.blocks)
            if len(block.text) <= _LONGEST and is_ad_label(block.text)]  # the cheap test first
