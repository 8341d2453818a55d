"""newsletter_boxes: newsletter sign-ups, subscription prompts and paywall notices.

::

    <div class="newsletter-signup"><h3>Get our morning briefing</h3><form>...</form></div>
    <section class="subscription-promo">Subscribe for $1 a week</section>

Disable it when a page's article text sits inside a ``paywall`` or ``subscription``
container with little paragraph markup (larger wrappers are never pruned).
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import NEWSLETTER_WORDS

newsletter_boxes = box_pruner("newsletter_boxes", vocabulary=NEWSLETTER_WORDS)
