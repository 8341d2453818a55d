"""Author names at the foot: a Korean or Japanese byline closing the article ("정덕현
칼럼니스트", "칼럼니스트 박생강"), or the name of an author the byline, the credits or a bio
named, alone on its line.

>>> suffixed_byline("칼럼니스트 박생강").authors
('박생강',)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.document import Cut, Found
from newsclean.patterns import alternation
from newsclean.patterns.bylines import NAME_SUFFIX_TITLES
from newsclean.text.byline import Byline, is_person_name, parse_byline
from newsclean.text.words import squash

# A Korean or Japanese byline closing the article: "정덕현 칼럼니스트", "칼럼니스트 박생강".
_SUFFIXED = regex.compile(r"^(?:\p{Hangul}{2,4}\s*(?:" + alternation(NAME_SUFFIX_TITLES)
                          + r")|(?:" + alternation(NAME_SUFFIX_TITLES) + r")\s*\p{Hangul}{2,4})$")


def suffixed_byline(text: str) -> Byline | None:
    """The byline that ``text`` is, when it is a Korean name with its title before or after."""
    byline = None if text.isascii() else _SUFFIXED.match(text)  # it needs Hangul
    return parse_byline(text) if byline else None


def _author_name_lines(texts: Sequence[str], authors: tuple[str, ...], anchor: int,
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
