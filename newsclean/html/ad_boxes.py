"""ad_boxes: ad slots and sponsored-content boxes, named by class, id or aria-label.

Pages carry empty or half-filled ad containers whose only text is a label or a
sponsored teaser::

    <div class="ad-slot ad-slot--mpu"><span>Advertisement</span></div>
    <aside id="taboola-below-article">Promoted stories ...</aside>

Disable it when a site names its article wrapper with an ad word (rare; a wrapper with
real prose is never pruned anyway).
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import AD_LABELS, AD_SKIP, AD_WORDS

ad_boxes = box_pruner("ad_boxes", vocabulary=AD_WORDS, labels=AD_LABELS, skip=AD_SKIP)
