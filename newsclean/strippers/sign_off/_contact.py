"""Contact lines: "Contact the reporter at jlee@example.com or follow her @jolee.", an
address or a handle alone, or a byline with the author's address ("홍길동 기자
hong@yna.co.kr").

>>> contact_line(0, "Contact the reporter at jlee@example.com or follow her @jolee.")
Cut(block=0, why='contact', span=None, found=None)
>>> is_url_only("www.example.com/jolee"), is_url_only("www.example.com/jolee today")
(True, False)
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Found
from newsclean.patterns import openings
from newsclean.patterns.signoffs import CONTACT_STARTS
from newsclean.rules import PhraseRule, RuleSet
from newsclean.strippers.sign_off._words import _at_most_words
from newsclean.text.byline import parse_byline

_EMAIL = PhraseRule.expression(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", holds=["@"],
                               name="sign_off.email", timeout=None)
_HANDLE = PhraseRule.expression(r"(?<!\w)@\w{2,30}", holds=["@"], name="sign_off.handle",
                                timeout=None)
_CONTACT = regex.compile(r"^[\s(\[]*(?:" + openings(CONTACT_STARTS) + r")", regex.I)
_URL = PhraseRule.expression(r"https?://\S+|(?:www\.|twitter\.com/|x\.com/)\S+",
                             holds=["://", "www.", "twitter.com/", "x.com/"], name="sign_off.url",
                             timeout=None)
_ADDRESS = RuleSet([_EMAIL, _HANDLE, _URL])
_URL_ONLY = regex.compile(
    r"^(?:(?:https?://|www\.)?[\w.\-]+\.(?:com|org|net|co\.\w\w)/@?\w+/?|@\w{2,30})$")
_CONTACT_WORDS = 30


def is_url_only(text: str) -> bool:
    """A line that is only a profile's address or a handle (the caller has seen no space)."""
    return _URL_ONLY.fullmatch(text.strip()) is not None


def contact_line(i: int, text: str) -> Cut | None:
    """Block ``i`` as a contact line: an address, a handle or a link after a contact
    opening, or an address alone or after a byline (whose authors it captures)."""
    if not _ADDRESS.may_match(text) or not _at_most_words(text, _CONTACT_WORDS):
        return None  # no address, handle or link; or too long for a contact line
    email = _EMAIL.search(text)
    if email or _HANDLE.search(text) or _URL.search(text):
        if _CONTACT.match(text):
            return Cut(i, "contact")
        if email:
            before = text[: email.start()].strip(" ,;:-–—|/()")
            byline = parse_byline(before) if before else None
            if not before or byline:
                found = Found(authors=byline.authors) if byline else None
                return Cut(i, "contact", found=found)
    return None
