"""related_boxes: lists of other stories (related, recommended, most read, read next).

Recognized by name (class, id or aria-label)::

    <aside class="related-articles"><h3>Related</h3><ul><li><a>Other story</a></li></ul></aside>

A named box whose text is less than ``MIN_LINK_SHARE`` links stays: that is prose (a
"related-facts" sidebar), not a list of stories. Disable it when a site puts the
article's own link lists in ``related-*`` boxes.
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import RELATED_LABELS_ARIA, RELATED_WORDS

# A list of other stories is mostly links (headlines, with a teaser line at most); a box
# named "related-..." whose text is mostly not links is the article's own sidebar prose.
MIN_LINK_SHARE = 0.3

related_boxes = box_pruner("related_boxes", vocabulary=RELATED_WORDS,
                           labels=RELATED_LABELS_ARIA, min_link_share=MIN_LINK_SHARE)
