"""comment_sections: reader comments and the forms to post them.

::

    <section id="comments"><h3>12 comments</h3><ol class="comment-list">...</ol></section>

Disable it for forum threads or Q&A pages, where the replies are the content.
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import COMMENT_WORDS

comment_sections = box_pruner("comment_sections", vocabulary=COMMENT_WORDS)
