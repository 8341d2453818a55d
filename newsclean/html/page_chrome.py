"""page_chrome: navigation, menus, breadcrumbs, toolbars and site header/footer boxes.

The site's own furniture, the same on every page::

    <nav class="breadcrumbs">Home > World > Asia</nav>
    <div class="article-tools">Print | Order Reprints | Email</div>

Recognized by the ``<nav>`` tag, a landmark role (``navigation``, ``banner``,
``contentinfo``, ``toolbar``) or class/id words (``menu``, ``breadcrumb``, ``sidebar``).
Boxes with more than a little prose stay. Disable it for pages whose article sits in a
box named like furniture (a ``sidebar`` feature).

>>> from lxml.html import fromstring
>>> from newsclean.html._prune import Page
>>> page = Page.of(fromstring('<div><nav>Home World</nav><div role="navigation">A B</div></div>'))
>>> [p.why for p in page_chrome(page)]
['nav_tag', 'class_name']
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.html._prune import MAX_PROSE_CHARS, BoxRule, Page, Prune, prose_chars
from newsclean.patterns.html_boxes import CHROME_ROLES, CHROME_WORDS
from newsclean.step import html_step

_RULE = BoxRule.of(vocabulary={**CHROME_WORDS, "roles": CHROME_ROLES})


@html_step("nav_tag", "class_name")
def page_chrome(page: Page) -> Iterator[Prune]:
    """Navigation, toolbars and site header/footer boxes."""
    navs = [e for e in page.tree.iter("nav") if prose_chars(e, known=page.prose) <= MAX_PROSE_CHARS]
    yield from (Prune(e, "nav_tag") for e in navs
                if not any(a in navs for a in e.iterancestors("nav")))
    yield from _RULE.find(page)
