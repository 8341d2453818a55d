"""dateline: the place, date and agency that open a wire story.

::

    SEOUL, Oct. 24 (UPI) -- Former U.S. officials met with North Korean diplomats ...
    WASHINGTON (Reuters) - The Federal Reserve held rates steady ...
    Berlin (dpa) - Die Bundesregierung ...
    (CNN) — A powerful storm ...
    Madrid, 3 may (EFE).- El Gobierno ...
    New Delhi, Nov 20 (PTI) The government ...
    MOSCOW, November 20. /TASS/. Russia's ...
    (ANSA) - ROMA, 3 MAG - Il governo ...
    (서울=연합뉴스) 홍길동 기자 = 정부는 ...      (see ``dateline_cjk``)

The opening is cut from the first paragraph and captured as
``Dateline(location, date_text, agency)``; the agency also becomes ``Article.source``,
and a reporter the dateline names (Korean, Chinese wire copy) joins ``Article.authors``.
A place without an agency counts only when written in capitals ("NEW YORK --"), so a
sentence that starts "Paris - the city of light - ..." stays. Only the first paragraphs
of the body are looked at.

Disable it when the dateline is wanted in the text.

>>> from newsclean.document import Document
>>> cut, = dateline(Document.from_blocks(["SEOUL, Oct. 24 (UPI) -- Officials met."]))
>>> cut.found.dateline
Dateline(location='SEOUL', date_text='Oct. 24', agency='UPI')
"""

from __future__ import annotations

from newsclean.document import Cut, Document, Found
from newsclean.step import text_step
from newsclean.text.dateline import MAX_BLOCK, parse_dateline
from newsclean.text.dateline_cjk import parse_cjk_dateline


@text_step("opening")
def dateline(doc: Document) -> list[Cut]:
    """Cut the dateline that opens one of the first paragraphs."""
    for i, block in enumerate(doc.blocks[:MAX_BLOCK]):
        cjk = parse_cjk_dateline(block.text)
        if cjk is not None:
            found = Found(dateline=cjk.dateline, source=cjk.dateline.agency, authors=cjk.authors)
            return [Cut(i, "opening", span=(0, cjk.end), found=found)]
        parsed = parse_dateline(block.text)
        if parsed is None:
            continue
        line, end = parsed
        return [Cut(i, "opening", span=(0, end), found=Found(dateline=line, source=line.agency))]
    return []
