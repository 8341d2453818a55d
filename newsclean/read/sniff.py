"""Telling HTML from plain text: markup opens with a tag or has several tags early on.

>>> looks_like_html("<p>Hello</p>"), looks_like_html("Plain text, 3 < 4.")
(True, False)
>>> looks_like_html("Prices: <b>low</b> and <i>high</i>"), looks_like_html(
...     "<div>a</div> <p>b</p> <span>c</span>")
(False, True)
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|section|main|span|br|a\s|"
                  r"h[1-6]|meta|title|script|table|ul|li|figure|img)\b", re.I)
_SNIFF = 4096


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: it opens with a tag, or has several HTML tags early on."""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    if head[:1] == "<" and _TAG.match(head):
        return True
    return len(_TAG.findall(head)) >= 3
