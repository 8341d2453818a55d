"""sign_off: the credits, contacts and copyright lines that close an article.

Wire copy and newspapers end with lines that are about the article, not part of it::

    ... the ministry said on Monday.
    (Reporting by Jo Lee in Seoul; Additional reporting by Ken Sato; Editing by Sam Park)
    Associated Press writer Maria Gomez in Madrid contributed to this report.
    Contact the reporter at jlee@example.com or follow her @jolee.
    Copyright 2019 The Associated Press. All rights reserved.
    © dpa-infocom, dpa:191120-99-789012/3
    홍길동 기자 hong@yna.co.kr
    (END)
    <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>

Only the lines after the article's last prose paragraph are looked at (so the rule gives
the same answer when the text is cleaned again), and only whole lines of these shapes go
(reasons ``sign_off.credits``, ``.contributed``, ``.contact``, ``.copyright``, ``.bio`` for
an author's bio line ("Phil Helsel is a reporter for NBC News."), ``.promo`` for a line
made of promotion ("Her book ... is out now. Follow her on Twitter @jolee.", "Listen to
Morning Report live at 6:00 weekdays"), ``.byline`` for a closing Korean byline
("칼럼니스트 박생강") or the name of an author that the byline, the credits or a bio
named, alone on its line, ``.source`` for a closing source line ("SOURCE: Al Jazeera
News", "Quelle: dpa"), and ``.end`` for an end-of-copy mark such as "(END)", "-30-" or
"(끝)"); a credit in parentheses, a copyright notice or an end mark glued to the end of a
paragraph is cut as a span. Credits may be parted by ";", or loosely by commas ("Reporting
by A, B, with reporting by C, editing by D."). The people a "Reporting by" credit or a bio
names become ``Article.authors`` (editors do not); an agency named in a copyright or
source line becomes ``Article.source``.

Disable it when the credits are wanted in the text, or for a text that is itself about
copyright and ends by quoting a notice.

>>> from newsclean.document import Document
>>> doc = Document.from_blocks(["The ministry said it would respond on Monday.",
...                             "(Reporting by Jo Lee; Editing by Sam Park)"])
>>> cut, = sign_off(doc)
>>> cut.why, cut.found.authors
('credits', ('Jo Lee',))
"""

from __future__ import annotations

import regex

from newsclean.document import Cut, Document, Found
from newsclean.patterns import alternation, openings
from newsclean.patterns.bylines import NAME_SUFFIX_TITLES
from newsclean.patterns.signoffs import (
    ABOUT_COMPANY,
    AUTHOR_ROLES,
    BIO_ROLES,
    BIO_VERBS,
    CONTACT_STARTS,
    CONTRIBUTED,
    COPYRIGHT_MARKS,
    COPYRIGHT_PHRASES,
    CREDIT_ROLES,
    END_MARKS,
    PROMO_ENDS,
    PROMO_LISTEN,
    PROMO_LISTEN_CUES,
    PROMO_STARTS,
    SOURCE_LABELS,
)
from newsclean.rules.prefilter import Affixes, Keywords
from newsclean.step import text_step
from newsclean.text.byline import is_person_name, parse_byline
from newsclean.text.wire import AGENCY, canonical_agency
from newsclean.text.words import is_body_like, squash, word_count

MAX_WORDS = 60
"""Longest sign-off line: a long Reuters credit line names six or seven people."""

_ROLE = regex.compile(r"(?:" + openings(CREDIT_ROLES) + r")", regex.I)
_CREDITS_SPAN = regex.compile(
    r"(?:(?<=[.!?\"”’])\s+|^)\(\s*(?:" + openings(CREDIT_ROLES) + r")[^()]{1,400}\)\s*$", regex.I)
_CONTRIBUTED = regex.compile(r"(?:" + alternation(CONTRIBUTED) + r")\b[^.!?]{0,80}[.!?]?\s*$",
                             regex.I)
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = regex.compile(r"(?<!\w)@\w{2,30}")
_CONTACT = regex.compile(r"^[\s(\[]*(?:" + openings(CONTACT_STARTS) + r")", regex.I)
# "©", "ⓒ", "(c) 2019", "(c) Agencia EFE", "Copyright 2019", "Copyright:" (not "Copyright
# law ..."), then words.
# "SOURCE: Al Jazeera News", "Quelle: dpa, Reuters": a label, then a short name, no sentence.
_SOURCE = regex.compile(r"^[\s(\[]*(?:" + alternation(SOURCE_LABELS) + r")\s*[:：]\s*"
                        r"(?P<name>[^.!?:\n]{2,80}?)\s*[.)\]]?\s*$", regex.I)
_MAY_SOURCE = Affixes.of([t for terms in SOURCE_LABELS.values() for t in terms],
                         flags=regex.I, skip="([")
_SOURCE_WORDS = 6
"""Longest name after a source label: an outlet or two, not a sentence."""
_MARK = regex.compile(
    r"^[\s<\[(]*(?:©|ⓒ|\([cC]\)\s*(?:\d{4}|(?:" + AGENCY + r")(?![\p{L}\d]))"
    r"|(?i:copyright)\s*(?:©|\([cC]\))?\s*(?:\d{4}|[:,]|$)"
    r"|" + alternation(COPYRIGHT_MARKS) + r")")
_PHRASE = regex.compile(r"(?:" + alternation(COPYRIGHT_PHRASES) + r")")
_COPYRIGHT_SPAN = regex.compile(
    r"(?<=[.!?。\"”’)])\s+(?:©|ⓒ|Copyright\s+(?:©\s*)?\d{4}|[<\[]저작권자)[^\n]{0,250}$")
_AGENCY_IN = regex.compile(r"(?<![\p{L}\d])(?:" + AGENCY + r")(?![\p{L}\d])")
_END = regex.compile(r"(?:^|\s+|(?<=[.!?。」）)\"”’]))(?:" + alternation(END_MARKS) + r")\s*$")
# The name may carry the author's address in brackets: "Jo Lee (jo@example.com) is ...".
_BIO = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})(?:\s*\([^()]{1,80}\))?"
    r"\s+(?i:" + alternation(BIO_VERBS)
    + r")\s+(?:\S+\s+){0,4}?(?i:" + alternation(BIO_ROLES) + r")s?"
    r"(?:\s+(?i:for|at|with|covering|based|in|of|and|bei|für|pour|à|au|de|para|en|per|da|voor"
    r"|bij)(?!\p{L})|\s*[.,]|$)")
_BIO_WORDS = 50
"""Longest bio line: a name, a role and a sentence or two about the author's work."""
_CONTRIBUTED_WORDS = 40
_CONTACT_WORDS = 30
# Promotion sentences (see ``PROMO_STARTS`` in newsclean/patterns/signoffs.py).
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][\"”’)]?)\s+(?=[\p{Lu}¿¡\"“])")
_PROMO_START = regex.compile(r"^(?:" + openings(PROMO_STARTS) + r")", regex.I)
_LISTEN = regex.compile(r"^(?:" + openings(PROMO_LISTEN) + r")", regex.I)
_LISTEN_CUE = regex.compile(r"(?<![\p{L}])(?:" + alternation(PROMO_LISTEN_CUES) + r")(?![\p{L}])",
                            regex.I)
_PROMO_END = regex.compile(r"(?:" + alternation(PROMO_ENDS) + r")\s*[.!]?\s*$", regex.I)
_PROMO_WORDS = 60
_SHAPES_FIRST = 60
"""Characters beyond which a line is tried against the shapes before ``_MAY_SIGN_OFF``
(measured: the scan for the whole vocabulary costs more than the shapes on longer lines)."""
# A company's paragraph: its name (one to four capitalized words), then an ABOUT_COMPANY
# phrase ("Acme Corp is a leading ..."); an "About Acme Corp" line may head it.
_ABOUT = alternation(ABOUT_COMPANY)
_COMPANY_OPENING = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}\d&.'’\-]*(?:\s+\p{Lu}[\p{L}\d&.'’\-]*){0,3})(?:['’]s)?\s+(?:"
    + _ABOUT + r")(?![\p{L}])")
_ABOUT_PHRASE = regex.compile(r"(?<![\p{L}])(?:" + _ABOUT + r")(?![\p{L}])")
_ABOUT_HEADING = regex.compile(r"^(?i:about|über|à propos de|acerca de|sobre|informazioni su"
                               r"|over)\s+(?P<name>.{2,60}?)\s*:?$")
_MAY_ABOUT = Keywords.of([t for terms in ABOUT_COMPANY.values() for t in terms])
_URL = regex.compile(r"https?://\S+|(?:www\.|twitter\.com/|x\.com/)\S+")
_URL_ONLY = regex.compile(
    r"^(?:(?:https?://|www\.)?[\w.\-]+\.(?:com|org|net|co\.\w\w)/@?\w+/?|@\w{2,30})$")
# A Korean or Japanese byline closing the article: "정덕현 칼럼니스트", "칼럼니스트 박생강".
_SUFFIXED = regex.compile(r"^(?:\p{Hangul}{2,4}\s*(?:" + alternation(NAME_SUFFIX_TITLES)
                          + r")|(?:" + alternation(NAME_SUFFIX_TITLES) + r")\s*\p{Hangul}{2,4})$")
# Credits are parted by ";" or "|", or, in looser copy, by a comma or "and"/"with" before
# the next role: "Reporting by A, B, with reporting by C, editing by D."
_SPLIT = regex.compile(r"\s*(?:;|\||(?:,\s*(?:(?:and|with)\s+)?|\s+(?:and|with)\s+)"
                       r"(?=(?:" + openings(CREDIT_ROLES) + r")))\s*", regex.I)
# Prefilters, so that a paragraph is spared the searches that cannot find anything in it:
# _END closes the line with an end mark; _CONTRIBUTED and _PHRASE need one of their
# phrases; _URL needs "://", "www." or ".com/"; _COPYRIGHT_SPAN one of its openings.
_MAY_END = Affixes.of([t for terms in END_MARKS.values() for t in terms], at_end=True)
_MAY_CONTRIBUTED = Keywords.of([t for terms in CONTRIBUTED.values() for t in terms],
                               flags=regex.I)
_MAY_PHRASE = Keywords.of([t for terms in COPYRIGHT_PHRASES.values() for t in terms])
_URL_HINTS = ("://", "www.", ".com/")
# _BIO names a role ("reporter", "Korrespondentin"); _CREDITS_SPAN closes with ")".
_MAY_BIO = Keywords.of([t for terms in BIO_ROLES.values() for t in terms], flags=regex.I)
# A promotion line holds a prompt: one of the openings of PROMO_STARTS or PROMO_LISTEN.
_MAY_PROMO = Keywords.of([t for table in (PROMO_STARTS, PROMO_LISTEN)
                          for terms in table.values() for t in terms], flags=regex.I)
# Every whole-line shape holds one of these: its vocabulary, a copyright sign, an "@" or
# the marks of a web address (what _MARK, _URL_ONLY, _EMAIL, _HANDLE and _URL need), or
# a source label (_SOURCE).
_MAY_SIGN_OFF = Keywords.of(
    [*(t for table in (END_MARKS, CREDIT_ROLES, CONTRIBUTED, BIO_ROLES, COPYRIGHT_MARKS,
                       COPYRIGHT_PHRASES, NAME_SUFFIX_TITLES, PROMO_STARTS, PROMO_LISTEN,
                       SOURCE_LABELS)
       for terms in table.values()
       for t in terms),
     "©", "ⓒ", "(c)", "copyright", "@", *_URL_HINTS, ".org/", ".net/", ".co."], flags=regex.I)
_NOTICE_OPENINGS = ("©", "ⓒ", "Copyright", "저작권자")
# _ROLE (matched on the line without brackets) opens with a credit role; _MARK opens with a
# sign, "(c)", "copyright" or a mark in words; _URL_ONLY holds no space.
_MAY_ROLE = Affixes.of([t for terms in CREDIT_ROLES.values() for t in terms], flags=regex.I)
_MAY_MARK = Affixes.of(["©", "ⓒ", "(c)", "copyright",
                        *(t for terms in COPYRIGHT_MARKS.values() for t in terms)],
                       flags=regex.I, skip="<[(")


@text_step("about", "byline", "end", "credits", "contributed", "bio", "promo", "copyright",
           "contact", "source")
def sign_off(doc: Document) -> list[Cut]:
    """Cut credit, contributor, contact and copyright lines after the last paragraph."""
    texts = doc.texts
    anchor = last_paragraph(texts)
    # A press release's paragraphs about the company end the text: the article ends above.
    about = company_paragraphs(texts, anchor)
    above = last_paragraph(texts[: about[0]]) if about else -1
    if above < 0:
        about = []  # a text all about a company is the article itself
    else:
        anchor = above
    cuts = [Cut(i, "about") for i in about]
    for i in range(max(anchor, 0), len(texts)):
        if i in about:
            continue
        cut = (_whole_line(i, texts[i]) if i > anchor and _at_most_words(texts[i], MAX_WORDS)
               else None)
        if cut is None:
            cut = _glued_span(i, texts[i])
        if cut is not None:
            cuts.append(cut)
    return cuts + _author_name_lines(texts, doc.meta.authors, anchor, cuts)


def _author_name_lines(texts: list[str], authors: tuple[str, ...], anchor: int,
                       cuts: list[Cut]) -> list[Cut]:
    """A closing line that is only the name of an author the byline, the credits or a bio
    named ("Phil Helsel" above "Phil Helsel is a reporter for NBC News."): the byline
    repeated at the foot. A name line with no such support may be the article's own."""
    known = {squash(name) for name in authors}
    known.update(squash(name) for cut in cuts if cut.found for name in cut.found.authors)
    known.discard("")
    if not known:
        return []
    taken = {cut.block for cut in cuts}
    return [Cut(i, "byline", found=Found(authors=(texts[i].strip(),)))
            for i in range(anchor + 1, len(texts))
            if i not in taken and len(texts[i]) <= 60 and squash(texts[i]) in known
            and is_person_name(texts[i].strip())]


def company_paragraphs(texts: list[str], anchor: int) -> list[int]:
    """The closing paragraphs about the company that issued a press release, from the last
    paragraph back: each opens with the company's name and an ``ABOUT_COMPANY`` phrase
    (an "About Acme" line may head them), and they hold two such phrases in all.

    >>> company_paragraphs(["Acme will ship the scanner in May, the company said on Monday.",
    ...                     "About Acme", "Acme is a leading maker of scanners for hospitals.",
    ...                     "Acme is headquartered in Basel and employs around 900 people."], 3)
    [1, 2, 3]
    >>> company_paragraphs(["The order lifted the shares of Acme by 4% in early trading.",
    ...                     "Acme is a leading maker of scanners, and its shares rose."], 1)
    []
    """
    found: list[int] = []
    name = None
    phrases = 0
    i = anchor
    while i >= 0:
        text = texts[i]
        # The anchored match fails at once on most paragraphs: it goes first, the scan for
        # its phrase (which it implies) after.
        opening = _COMPANY_OPENING.match(text)
        if opening is not None and not _MAY_ABOUT.may_contain(text):
            opening = None
        if opening is None or (name is not None and opening.group("name") != name):
            break
        name = opening.group("name")
        phrases += len(_ABOUT_PHRASE.findall(text))
        found.append(i)
        i -= 1
    if not found or phrases < 2:
        return []
    heading = _ABOUT_HEADING.match(texts[i]) if i >= 0 else None
    if heading and squash(heading.group("name")) == squash(name or ""):
        found.append(i)
    return sorted(found)


def last_paragraph(texts: list[str]) -> int:
    """Index of the article's last prose paragraph that is not itself a sign-off, or -1.

    >>> last_paragraph(["It rained all day in the capital on Monday, the weather office said.",
    ...                 "Copyright 2023 The Associated Press. All rights reserved. This material "
    ...                 "may not be published, broadcast, rewritten or redistributed."])
    0
    """
    i = len(texts) - 1
    while i >= 0 and (not is_body_like(texts[i]) or _whole_line(i, texts[i]) is not None):
        i -= 1
    return i


def _whole_line(i: int, text: str) -> Cut | None:
    if len(text) > _SHAPES_FIRST:
        # The shapes, each behind its own cheap test, cost less than the scan for all the
        # vocabulary, which then only confirms what they found (the answer is the same).
        cut = _line_shape(i, text)
        return cut if cut is not None and _MAY_SIGN_OFF.may_contain(text) else None
    return _line_shape(i, text) if _MAY_SIGN_OFF.may_contain(text) else None


def _line_shape(i: int, text: str) -> Cut | None:
    end = _END.search(text) if _MAY_END.may_match(text) else None
    if end and end.start() == 0:
        return Cut(i, "end")
    core = text.strip().strip("()[]").strip()
    if _MAY_ROLE.by_start[core[:2]](core) and _ROLE.match(core) and is_credit_line(core):
        return Cut(i, "credits", found=Found(authors=credited_authors(core)))
    if (_at_most_words(text, _CONTRIBUTED_WORDS) and _MAY_CONTRIBUTED.may_contain(text)
            and _CONTRIBUTED.search(text, timeout=0.5)):
        return Cut(i, "contributed")
    if _at_most_words(text, _BIO_WORDS) and _MAY_BIO.may_contain(text) and (
            bio := _BIO.match(text, timeout=0.5)):
        return Cut(i, "bio", found=Found(authors=(bio.group("name"),)))
    if (_at_most_words(text, _PROMO_WORDS) and _MAY_PROMO.may_contain(text)
            and is_promotion(text)):
        return Cut(i, "promo")
    if ((_MAY_MARK.by_start[text[:2]](text) and _MARK.match(text))
            or (_MAY_PHRASE.may_contain(text) and _PHRASE.search(text, timeout=0.5))):
        return Cut(i, "copyright", found=Found(source=_agency(text)))
    if " " not in core and _URL_ONLY.fullmatch(text.strip()):
        return Cut(i, "contact")
    source = _SOURCE.match(text, timeout=0.5) if _MAY_SOURCE.may_match(text) else None
    if source and word_count(source.group("name")) <= _SOURCE_WORDS:
        return Cut(i, "source", found=Found(source=canonical_agency(source.group("name"))))
    byline = None if text.isascii() else _SUFFIXED.match(text)  # it needs Hangul
    if byline and (parsed := parse_byline(text)):
        return Cut(i, "byline", found=Found(authors=parsed.authors))
    at = "@" in text  # what an address and a handle both hold
    hinted = any(h in text for h in _URL_HINTS)
    if not (at or hinted) or not _at_most_words(text, _CONTACT_WORDS):
        return None  # no address, handle or link; or too long for a contact line
    email = _EMAIL.search(text) if at else None
    if email or at and _HANDLE.search(text) or (hinted and _URL.search(text)):
        if _CONTACT.match(text):
            return Cut(i, "contact")
        if email:
            before = text[: email.start()].strip(" ,;:-–—|/()")
            byline = parse_byline(before) if before else None
            if not before or byline:
                found = Found(authors=byline.authors) if byline else None
                return Cut(i, "contact", found=found)
    return None


def _at_most_words(text: str, most: int) -> bool:
    """``word_count(text) <= most``, without counting a short text: a word takes a
    character and the next one another to part them, so ``len(text) <= 2 * most`` is
    enough (the count is the costliest test for a line of Korean or Chinese).

    >>> _at_most_words("a b c", 3), _at_most_words("a b c d e f g h", 3)
    (True, False)
    """
    return len(text) <= 2 * most or word_count(text) <= most


def _glued_span(i: int, text: str) -> Cut | None:
    end = _END.search(text) if _MAY_END.may_match(text) else None
    if end and end.start() > 0:
        return Cut(i, "end", span=(end.start(), len(text)))
    credits = (_CREDITS_SPAN.search(text, timeout=0.5) if text.rstrip().endswith(")")
               else None)
    if credits and credits.start() > 0:
        core = credits.group().strip().strip("()")
        return Cut(i, "credits", span=(credits.start(), len(text)),
                   found=Found(authors=credited_authors(core)))
    notice = (_COPYRIGHT_SPAN.search(text, timeout=0.5)
              if any(mark in text for mark in _NOTICE_OPENINGS) else None)
    if notice and word_count(notice.group()) <= 40:
        return Cut(i, "copyright", span=(notice.start(), len(text)),
                   found=Found(source=_agency(notice.group())))
    return None


def is_promotion(text: str) -> bool:
    """Every sentence promotes the author, the outlet's show or the author's book, and one
    opens as a prompt (follow, listen).

    >>> is_promotion("Her book, Tides, is out now. Follow her on Twitter @jolee.")
    True
    >>> is_promotion("Listen to Morning Report live at 6:00 weekdays - or listen back here.")
    True
    >>> is_promotion("The album is out now."), is_promotion("Listen to the people, he said.")
    (False, False)
    """
    sentences = _SENTENCE_BREAK.split(text.strip())
    prompts = 0
    for sentence in sentences:
        if _PROMO_START.match(sentence) or (_LISTEN.match(sentence)
                                            and _LISTEN_CUE.search(sentence)):
            prompts += 1
        elif not (_PROMO_END.search(sentence) or _BIO.match(sentence)):
            return False
    return prompts > 0


def credited_authors(credits: str) -> tuple[str, ...]:
    """The people named as reporters or writers in a credit line; editors are left out.

    >>> credited_authors("Reporting by Jo Lee in Seoul and Ken Sato; Editing by Sam Park")
    ('Jo Lee', 'Ken Sato')
    """
    names: list[str] = []
    for part in _SPLIT.split(credits):
        role = _ROLE.match(part)
        if role is None or role.group().casefold().rstrip(":") not in AUTHOR_ROLES:
            continue
        names += [n for n in _credited(part[role.end():]) if not canonical_agency(n)]
    return tuple(dict.fromkeys(names))


def is_credit_line(text: str) -> bool:
    """Every part is a role followed by names only: "Reporting by Local media suggested ..."
    is a sentence.

    >>> is_credit_line("Reporting by Jo Lee in Seoul; Editing by Sam Park")
    True
    >>> is_credit_line("Reporting by local media suggested the toll was higher.")
    False
    """
    parts = [p for p in _SPLIT.split(text) if p]
    return bool(parts) and all((role := _ROLE.match(p)) and all(
        is_person_name(n) or canonical_agency(n) for n in _credited(p[role.end():]) or [""])
        for p in parts)


_NAME_SPLIT = regex.compile(r"\s*(?:,|\band\b|&)\s*")
_PLACE_TAIL = regex.compile(r"\s+(?:in|from|at)\s+.*$")
"""Where a credited person was: "Jo Lee in Seoul"."""


def _credited(rest: str) -> list[str]:
    names = _NAME_SPLIT.split(rest.strip(" :"))
    return [n for n in (_PLACE_TAIL.sub("", n).strip(" .") for n in names)
            if n]


def _agency(text: str) -> str | None:
    found = _AGENCY_IN.search(text)
    return canonical_agency(found.group()) if found else None
