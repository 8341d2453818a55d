"""cookie_banners: cookie and consent notices (GDPR banners, consent-manager overlays).

::

    <div id="onetrust-banner-sdk">We use cookies to improve your experience ...</div>

Disable it for articles about cookie law that a site marks up in ``cookie-*`` boxes.
"""

from __future__ import annotations

from newsclean.html._prune import box_pruner
from newsclean.patterns.html_boxes import CONSENT_WORDS

cookie_banners = box_pruner("cookie_banners", vocabulary=CONSENT_WORDS)
