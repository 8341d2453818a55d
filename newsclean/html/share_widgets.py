"""share_widgets: share, follow and print/email button bars.

Their text is a row of network names and counters that extractors leak into the body::

    <div class="article__share"><a>Facebook</a><a>Twitter</a><a>Email</a></div>
    <ul aria-label="Share this article">...</ul>

A box holding a ``<blockquote>`` stays: that is an embedded post (a tweet) the article
quotes, which sites wrap in ``social-embed`` boxes. Disable it for pages about social
networks that put real content in ``social-*`` boxes.
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import SHARE_LABELS, SHARE_SKIP, SHARE_WORDS

share_widgets = box_pruner("share_widgets", vocabulary=SHARE_WORDS, labels=SHARE_LABELS,
                           skip=SHARE_SKIP, keep_quotes=True)
