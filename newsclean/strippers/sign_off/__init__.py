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

from newsclean.document import Cut, Document
from newsclean.step import text_step
from newsclean.strippers.sign_off._about import company_paragraphs
from newsclean.strippers.sign_off._credits import credited_authors, is_credit_line
from newsclean.strippers.sign_off._lines import MAX_WORDS, _glued_span, _whole_line, last_paragraph
from newsclean.strippers.sign_off._names import _author_name_lines
from newsclean.strippers.sign_off._promo import is_promotion
from newsclean.strippers.sign_off._words import _at_most_words


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


__all__ = ["MAX_WORDS", "company_paragraphs", "credited_authors", "is_credit_line",
           "is_promotion", "last_paragraph", "sign_off"]
