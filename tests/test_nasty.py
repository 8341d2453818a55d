"""Nasty pages, generated here: newsclean must survive each and say what it did.

Each page is built in the shape hostile input takes in a crawl (deep nesting, huge tables,
giant lines, 50 MB pages, NUL bytes, lone surrogates, binary served as HTML, truncated
markup). The tests check the outcome: the article text that can be rescued is, the
Article's warnings say what was cut or repaired, and refusals are NewscleanErrors.

Time and memory are measured by running this file as a script, each page in a fresh
process (no timed tests in the suite)::

    .venv/bin/python tests/test_nasty.py        # prints seconds and peak RSS per page
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

import newsclean
from newsclean import Article, NewscleanError
from newsclean.errors import InputTooLargeError
from newsclean.limits import Limits
from newsclean.read import BinaryInputError

SENTENCE = "The harbour reopened on Tuesday after three weeks of repairs, officials said."
BODY = "".join(f"<p>{SENTENCE} Paragraph {i} adds detail on the works.</p>" for i in range(6))


def _page(inner: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>Harbour</title></head>"
            f"<body>{inner}</body></html>")


def deep_nesting() -> str:
    return _page("<div>" * 100_000 + f"<article>{BODY}</article>" + "</div>" * 100_000)


def deep_unclosed() -> str:
    return _page("<div><span>" * 50_000 + f"<article>{BODY}</article>")


def huge_table() -> str:
    row = "<tr>" + "".join(f"<td>cell {i}</td>" for i in range(20)) + "</tr>"
    return _page(f"<article>{BODY}</article><table>{row * 10_000}</table>")


def giant_line_text() -> str:
    return SENTENCE + "\n\n" + "wordy " * 900_000


def giant_line_html() -> str:
    return _page(f"<article>{BODY}<p>{'wordy ' * 900_000}</p></article>")


def fifty_megabytes() -> bytes:
    filler = "<div class='c'><p>" + "Filler text of a comment thread. " * 30 + "</p></div>"
    return _page(f"<article>{BODY}</article>" + filler * 52_000).encode("utf-8")


def nul_bytes() -> bytes:
    return _page(f"<article>{BODY}</article>").replace("harbour", "har\x00bour").encode()


def nul_text() -> str:
    return f"{SENTENCE}\x00\n\nSecond\x00 paragraph\x07 of the story, officials said."


def lone_surrogates() -> str:
    broken = BODY.replace("repairs", "repairs \ud800")
    return _page(f"<article>{broken}</article>")


def surrogates_text() -> str:
    return f"{SENTENCE} \udcff\n\nA second paragraph follows the first one here.\ud83d"


def binary_as_html() -> bytes:
    noise = random.Random(6).randbytes(200_000)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise


def truncated_markup() -> str:
    page = _page(f"<article>{BODY}</article>")
    return page[: page.index("Paragraph 4") + 5] + "<a href=\"http://exa"


def script_heavy() -> str:
    script = "<script>var data = " + '{"k": "' + "x" * 2_000_000 + '"};</script>'
    return _page(f"{script}<article>{BODY}</article>")


def many_tiny_lines() -> str:
    return "\n".join(f"Line {i} of a list." for i in range(100_000))


def entity_flood() -> str:
    return _page(f"<article>{BODY}<p>{'&amp;&#8217;&nbsp;&bogus;' * 200_000}</p></article>")


def tag_soup() -> str:
    rng = random.Random(7)
    tags = ["<div>", "</div>", "<p>", "</p>", "<b>", "</i>", "<table>", "<td>", "<li>", "<!--",
            "-->", "<script>", "</script>", "<", ">", "&", "&#", "<![CDATA[", "]]>"]
    soup = "".join(rng.choice(tags) + "word " for _ in range(60_000))
    return _page(f"<article>{BODY}</article>{soup}")


@dataclass(frozen=True)
class Nasty:
    """One nasty page, the entry point that gets it, and what must come out."""

    name: str
    build: Callable[[], Any]
    entry: Callable[..., Article] = newsclean.clean
    keeps: str | None = SENTENCE
    """A sentence the Article's text must still hold, if any."""
    warns: str | None = None
    """A fragment one of the Article's warnings must contain, if any."""
    raises: type[NewscleanError] | None = None


NASTY = [
    Nasty("deep-nesting", deep_nesting, warns="flattened nesting"),
    Nasty("deep-unclosed", deep_unclosed, warns="flattened nesting"),
    Nasty("huge-table", huge_table, warns="Limits.max_elements"),
    Nasty("giant-line-text", giant_line_text, newsclean.clean_text, warns="Limits.max_chars"),
    Nasty("giant-line-html", giant_line_html, warns="Limits.max_chars"),
    Nasty("fifty-megabytes", fifty_megabytes, warns="Limits.max_bytes"),
    Nasty("nul-bytes", nul_bytes, warns="NUL or control"),
    Nasty("nul-text", nul_text, newsclean.clean_text, warns="NUL or control"),
    Nasty("lone-surrogates", lone_surrogates, keeps=None, warns="surrogate"),
    Nasty("surrogates-text", surrogates_text, newsclean.clean_text, warns="surrogate"),
    Nasty("binary-as-html", binary_as_html, keeps=None, raises=BinaryInputError),
    Nasty("truncated-markup", truncated_markup),
    Nasty("script-heavy", script_heavy, warns="emptied 1 script/style element(s)"),
    Nasty("many-tiny-lines", many_tiny_lines, keeps="Line 9999 of a list.",
          warns="Limits.max_lines"),
    Nasty("entity-flood", entity_flood),
    Nasty("tag-soup", tag_soup, keeps=None),
]


@pytest.mark.parametrize("nasty", NASTY, ids=lambda n: n.name)
def test_nasty_page_is_survived_and_explained(nasty: Nasty) -> None:
    source = nasty.build()
    if nasty.raises:
        with pytest.raises(nasty.raises):
            nasty.entry(source)
        return
    article = nasty.entry(source)
    if nasty.keeps:
        assert nasty.keeps in article.text
    if nasty.warns:
        assert any(nasty.warns in w for w in article.warnings), article.warnings
    assert "\x00" not in article.text
    article.to_json()  # encodable: no lone surrogates left


def test_deep_nesting_keeps_the_article_text_that_lxml_would_drop() -> None:
    article = newsclean.clean(deep_nesting())
    assert article.text.count(SENTENCE) == 6


def test_surrogates_do_not_cost_the_rest_of_the_page() -> None:
    article = newsclean.clean(lone_surrogates())
    assert article.text.count("officials said") == 6
    assert "\ufffd" in article.text


def test_over_a_limit_raises_when_asked_to() -> None:
    strict = Limits(max_chars=100_000, on_exceed="error")
    with pytest.raises(InputTooLargeError, match=r"Limits\.max_chars"):
        newsclean.clean_text(giant_line_text(), limits=strict)
    with pytest.raises(InputTooLargeError, match=r"Limits\.max_elements"):
        newsclean.clean(huge_table(), limits=Limits(max_chars=10_000_000, max_elements=5_000,
                                                    on_exceed="error"))


def _measure(name: str) -> None:
    import resource
    import time

    nasty = next(n for n in NASTY if n.name == name)
    source = nasty.build()
    start = time.perf_counter()
    try:
        nasty.entry(source)
        outcome = "ok"
    except NewscleanError as exc:
        outcome = type(exc).__name__
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:18} {seconds:6.2f} s {peak:7.0f} MB peak RSS  {outcome}", flush=True)


if __name__ == "__main__":
    import subprocess
    import sys

    if len(sys.argv) > 1:
        _measure(sys.argv[1])
    else:
        for page in NASTY:
            subprocess.run([sys.executable, __file__, page.name], check=False)
