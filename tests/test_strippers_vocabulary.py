"""The vocabulary is data, by concept and language: every concept covers the ten languages."""

from __future__ import annotations

import pytest
import regex

from newsclean.patterns.ads import AD_LABELS
from newsclean.patterns.agencies import AGENCIES, agency_forms
from newsclean.patterns.credits import CREDIT_INTROS
from newsclean.patterns.prompts import (
    COMMENT_LINES,
    COOKIE_STARTS,
    FOLLOW_STARTS,
    NEWSLETTER_STARTS,
    PROMPT_SHAPES,
    SHARE_LINES,
)
from newsclean.patterns.related import READ_MORE_PREFIXES, RELATED_LABELS
from newsclean.patterns.signoffs import COPYRIGHT_PHRASES

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ko", "ja", "zh")


@pytest.mark.parametrize("table", [
    AD_LABELS, RELATED_LABELS, READ_MORE_PREFIXES, NEWSLETTER_STARTS, SHARE_LINES, FOLLOW_STARTS,
    COOKIE_STARTS, COMMENT_LINES, CREDIT_INTROS, COPYRIGHT_PHRASES,
], ids=["ads", "related", "read_more", "newsletter", "share", "follow", "cookie", "comments",
        "credits", "copyright"])
def test_each_concept_covers_the_ten_languages(table: dict[str, tuple[str, ...]]) -> None:
    missing = [lang for lang in LANGUAGES if not table.get(lang)]
    assert not missing


@pytest.mark.parametrize("agency", [
    "AP", "Reuters", "AFP", "UPI", "Yonhap", "Xinhua", "Kyodo", "dpa", "EFE", "ANSA", "PTI",
    "IANS", "ANI", "Bernama", "TASS", "Anadolu", "CNA",
])
def test_the_major_wire_services_are_known(agency: str) -> None:
    assert agency in AGENCIES


def test_agency_forms_map_to_one_name_each() -> None:
    forms = [f for fs in AGENCIES.values() for f in fs]
    assert len(forms) == len(set(forms)), "a written form may stand for one agency only"
    assert agency_forms()["연합뉴스"] == "Yonhap" and agency_forms()["新华社"] == "Xinhua"


def test_prompt_shapes_compile() -> None:
    for shapes in PROMPT_SHAPES.values():
        for shape in shapes:
            regex.compile(shape)
