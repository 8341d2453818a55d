"""Every ``PhraseRule`` answers exactly as its plain pattern, on texts made from its terms.

One test for every rule in ``newsclean.rules.RULES`` (each stripper's rules are built when
its module is imported): texts are its own terms in any case, with any spacing and
decoration, glued to what follows, cut short, with text around, and arbitrary text; the
rule's ``match``, ``search`` and ``fullmatch`` must give what the pattern gives, and
``candidates`` must keep every text the pattern matches.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import random
import unicodedata

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.rules import RULES, PhraseRule, RuleSet
from newsclean.rules.chars import FOLDS_TO_ASCII, SPACES

for _info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
    if not _info.name.endswith(("dask", "testing", "__main__")):
        with contextlib.suppress(ImportError):  # an optional extra that is not installed
            importlib.import_module(_info.name)

_BY_NAME = {rule.name: rule for rule in RULES if not rule.name.startswith("doc.")}
_STRESS = [*" \t\n\u00a0\u3000", *FOLDS_TO_ASCII, *"-–—•*>»([|:.)]/", "É", "é", "ß", "Ж", "中",
           "\U00010d40", "A", "z", "1"]


def _each(names: list[str]) -> list[PhraseRule]:
    return [_BY_NAME[name] for name in names]


@st.composite
def _variant(draw: st.DrawFn, term: str) -> str:
    """``term`` in any case, its spaces any run of whitespace, maybe cut short."""
    out = []
    for ch in term:
        if ch == " ":
            spaces = st.sampled_from(SPACES[:8] + "\u3000")
            out.append(draw(st.text(spaces, min_size=1, max_size=2)))
        else:
            out.append(draw(st.sampled_from([ch, ch.upper(), ch.lower(), ch.swapcase()])))
    text = "".join(out)
    return text[:draw(st.integers(0, len(text)))] if draw(st.integers(0, 9)) == 0 else text


@st.composite
def _line(draw: st.DrawFn, rule: PhraseRule) -> str:
    stress = st.text(st.sampled_from([*_STRESS, *rule.skip]), max_size=3)
    if not rule.terms:
        core = draw(st.text(st.sampled_from([*set(rule.pattern.pattern), *_STRESS]), max_size=20))
    else:
        core = draw(_variant(draw(st.sampled_from(rule.terms))))
    before = draw(st.sampled_from(["", "", "It rained. ", "Officials said "]))
    after = draw(st.sampled_from(["", "", " and more", ": Seoul talks", "X", " (2019)", "."]))
    return before + draw(stress) + core + draw(stress) + after


def _same(found: regex.Match[str] | None, plain: regex.Match[str] | None) -> bool:
    if found is None or plain is None:
        return found is plain
    return bool(found.span() == plain.span() and found.groups() == plain.groups())


def _check(rule: PhraseRule, text: str) -> None:
    plain = rule.pattern
    for method in ("match", "search", "fullmatch"):
        if rule.full and method != "fullmatch":
            continue
        assert _same(getattr(rule, method)(text), getattr(plain, method)(text)), (method, text)
    if plain.search(text) and not rule.full:
        assert rule.candidates([text]) == [0], text
    if rule.place in ("closing", "anywhere") and len(text) > 3:
        assert _same(rule.search(text, 3), plain.search(text, 3)), text


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_rule_is_registered_once_by_name() -> None:
    names = [rule.name for rule in RULES if not rule.name.startswith("doc.")]
    assert len(names) == len(set(names)) >= 25


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_BY_NAME))
def test_rule_answers_as_its_pattern(name: str) -> None:
    rule = _BY_NAME[name]

    @SETTINGS
    @given(st.one_of(_line(rule), st.text(max_size=30)))
    def check(text: str) -> None:
        _check(rule, text)

    check()


def test_rules_take_their_own_terms() -> None:
    """Quick and seeded: each opening rule's terms, in capitals after decoration, match
    where the pattern does (the slow test tries far more)."""
    rng = random.Random(12)
    for rule in RULES:
        for term in rule.terms[:40]:
            for text in (term, term.upper(), rng.choice(rule.skip or " ") + " " + term + ": x",
                         "x " + term, term + " x"):
                _check(rule, unicodedata.normalize("NFC", text))


def test_rule_sets_keep_what_any_of_their_rules_matches() -> None:
    ones = [r for r in RULES if r.place == "opening" and not r.name.startswith("doc.")][:6]
    both = RuleSet(ones)
    texts = [f"- {term.upper()} x" for rule in ones for term in rule.terms[:5]]
    kept = set(both.candidates(texts))
    assert all(i in kept for i, t in enumerate(texts) if any(r.match(t) for r in ones))
    assert both.candidates(["It rained all day in the capital, officials said."]) == []


def test_a_rule_says_no_to_prose_without_asking_its_pattern() -> None:
    prose = "The council met on Monday and agreed to raise the budget, officials said."
    opening = [rule for rule in RULES if rule.place == "opening"]
    assert sum(not rule.may_match(prose) for rule in opening) >= len(opening) * 0.8


def test_a_table_must_map_languages_to_tuples() -> None:
    with pytest.raises(TypeError):
        PhraseRule.opening({"en": "Related"}, name="doc.bad")
    with pytest.raises(ValueError):
        PhraseRule.expression("x", opens_with=["x"], holds=["x"], name="doc.bad2")


@pytest.mark.parametrize("name", sorted(_BY_NAME))
def test_rule_pattern_survives_adversarial_text(name: str) -> None:
    from tests.test_robust_regex import adversarial

    for text in adversarial(20_000):
        _BY_NAME[name].pattern.match(text, timeout=2.0)
