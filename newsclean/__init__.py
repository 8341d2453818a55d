"""newsclean: clean article text and metadata from scraped news pages, every removal explained.

>>> import newsclean
>>> art = newsclean.clean("Advertisement\\n\\nThe talks ended on Monday, officials said. (Yonhap)")
>>> art.text, art.source
('The talks ended on Monday, officials said.', 'Yonhap')
"""

from __future__ import annotations

from newsclean.api import clean, clean_html, clean_text  # noqa: E402
from newsclean.article import Article, Caption, Dateline, Removal  # noqa: E402
from newsclean.defaults import default_pipeline  # noqa: E402
from newsclean.document import Block, Cut, Document, Found  # noqa: E402
from newsclean.errors import InputError, InputTooLargeError, NewscleanError, StripperError  # noqa: E402
from newsclean.limits import Limits, TimeLimitError  # noqa: E402
from newsclean.pipeline import Pipeline  # noqa: E402
from newsclean.step import Step, html_step, text_step  # noqa: E402
from newsclean.version import __version__  # noqa: E402

__all__ = [
    "Article", "Block", "Caption", "Cut", "Dateline", "Document", "Found", "InputError",
    "InputTooLargeError", "Limits", "NewscleanError", "Pipeline", "Removal", "Step",
    "StripperError", "TimeLimitError", "__version__", "clean", "clean_html", "clean_text",
    "default_pipeline", "html_step", "text_step",
]
