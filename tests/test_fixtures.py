"""Every folder under tests/fixtures is a golden case; see newsclean/fixtures.py.

Regenerate goldens on purpose (the diff is shown first):
    python -m newsclean.fixtures tests/fixtures --update
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

import newsclean
from newsclean.fixtures import diff, expected_from_article, failed_checks, find_fixtures
from newsclean.normalize import normalize_text

ROOT = Path(__file__).parent / "fixtures"
FIXTURES = find_fixtures(ROOT)
_WORD = regex.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def _letters(text: str) -> Counter[str]:
    return Counter("".join(_WORD.findall(text)))


_CUTS_INSIDE_WORDS = {"person_cards.card"}
"""Reasons whose span may start or end inside a word of the input."""


def test_there_are_fixtures() -> None:
    assert len(FIXTURES) >= 10


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_output_matches_golden(fixture) -> None:
    expected = fixture.expected()
    assert expected is not None, (
        f"{fixture.name} has no expected.json; review the output and run "
        "`python -m newsclean.fixtures tests/fixtures --update`")
    actual = expected_from_article(fixture.run())
    assert actual == expected, "\n" + diff(expected, actual, fixture.name)


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if (f.folder / "checks.json").exists()],
                         ids=lambda f: f.name)
def test_hand_written_checks(fixture) -> None:
    checks = json.loads((fixture.folder / "checks.json").read_text(encoding="utf-8"))
    assert failed_checks(fixture.run(), checks) == []


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.input_path.suffix == ".txt"],
                         ids=lambda f: f.name)
def test_removals_account_for_the_whole_input(fixture) -> None:
    """Kept text plus removed text is the input, word for word: nothing lost unrecorded."""
    art = fixture.run()
    source = normalize_text(fixture.input_path.read_text(encoding="utf-8"))
    # A person's card is glued to the name before it and the words after it ("Jo LeeJo
    # LeeSenate ..."), so its cut splits words: there the letters must add up instead.
    count = _letters if any(r.reason in _CUTS_INSIDE_WORDS for r in art.removals) else _words
    accounted = count(art.text)
    for removal in art.removals:
        accounted.update(count(removal.text))
    assert accounted == count(source)


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.input_path.suffix == ".html"],
                         ids=lambda f: f.name)
def test_html_output_words_come_from_the_page(fixture) -> None:
    art = fixture.run()
    from lxml import html as lxml_html

    page = lxml_html.fromstring(fixture.input_path.read_bytes()).text_content()
    page_words = _words(normalize_text(page))
    assert not (_words(art.text) - page_words)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_cleaning_is_idempotent(fixture) -> None:
    once = fixture.run()
    assert newsclean.clean(once.text).text == once.text


def test_every_removing_step_has_a_fixture() -> None:
    """A built-in step comes with a golden case that shows it at work (its module, its
    vocabulary, its fixture and one line in defaults.py are what a new step needs)."""
    shown = {reason.split(".", 1)[0] for fixture in FIXTURES
             for reason in (fixture.expected() or {}).get("removals", [])}
    removing = [s.name for s in newsclean.default_pipeline().steps if s.reasons]
    assert [name for name in removing if name not in shown] == []
