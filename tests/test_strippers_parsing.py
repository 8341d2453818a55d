"""The parsers behind the text strippers: bylines, datelines, captions. Odd cases first."""

from __future__ import annotations

import pytest

from newsclean.text.byline import parse_byline
from newsclean.text.caption import split_caption
from newsclean.text.dateline import parse_dateline
from newsclean.text.dateline_cjk import parse_cjk_dateline


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("By Elizabeth Shim", ("Elizabeth Shim",), None),
    ("By Jo Lee and Sam Park, Reuters", ("Jo Lee", "Sam Park"), "Reuters"),
    ("By Robert Burns, AP National Security Writer", ("Robert Burns",), "AP"),
    ("Robert Burns, Ap National Security Writer", ("Robert Burns",), "AP"),
    ("Meg Kinnard and Errin Haines, Associated Press", ("Meg Kinnard", "Errin Haines"), "AP"),
    ("BY JOHN SMITH AND MARY JONES", ("JOHN SMITH", "MARY JONES"), None),
    ("By Jane Doe in Berlin", ("Jane Doe",), None),
    ("By Jane Doe, Special to The Washington Post", ("Jane Doe",), None),
    ("By Jane Doe Updated 5:30 PM", ("Jane Doe",), None),
    ("Von Anna Muster und Peter Schmidt, dpa", ("Anna Muster", "Peter Schmidt"), "dpa"),
    ("von Anna Muster, Korrespondentin in Paris", ("Anna Muster",), None),
    ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie"), None),
    ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez"), None),
    ("Por Ana Paula da Silva", ("Ana Paula da Silva",), None),
    ("Di Mario Rossi", ("Mario Rossi",), None),
    ("Door Jan de Vries", ("Jan de Vries",), None),
    ("홍길동 기자", ("홍길동",), None),
    ("山田太郎記者", ("山田太郎",), None),
])
def test_bylines_name_people_and_credit_agencies(line: str, authors: tuple[str, ...],
                                                 source: str | None) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert (parsed.authors, parsed.source) == (authors, source)


@pytest.mark.parametrize(("line", "source"), [
    ("By The Associated Press", "AP"),
    ("By Reuters Staff", "Reuters"),
    ("By AFP", "AFP"),
    ("Von dpa", "dpa"),
    ("By Guardian staff and agencies", None),
])
def test_an_outlet_is_never_taken_for_a_person(line: str, source: str | None) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == ()
    assert parsed.source == source


@pytest.mark.parametrize("line", [
    "By the end of the week, prices fell.",
    "Jane Doe, the mayor of the city, said on Monday.",
    "The president, a former reporter, said so.",
    "Paris, AFP",
    "Von der Leyen traf am Montag den Präsidenten.",
])
def test_sentences_and_places_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(("text", "location", "date", "agency"), [
    ("WASHINGTON (Reuters) - The Fed held rates.", "WASHINGTON", None, "Reuters"),
    ("NEW YORK (AP) — The city said.", "NEW YORK", None, "AP"),
    ("Berlin (dpa) - Die Regierung sagte.", "Berlin", None, "dpa"),
    ("Frankfurt/Main (dpa) - Die Bank sagte.", "Frankfurt/Main", None, "dpa"),
    ("Madrid, 3 may (EFE).- El Gobierno aprobó.", "Madrid", "3 may", "EFE"),
    ("Paris, 3 mai 2019 (AFP) - Le gouvernement a dit.", "Paris", "3 mai 2019", "AFP"),
    ("(ANSA) - ROMA, 3 MAG - Il governo ha detto.", "ROMA", "3 MAG", "ANSA"),
    ("Lisboa, 03 mai 2019 (Lusa) - O Governo disse.", "Lisboa", "03 mai 2019", "Lusa"),
    ("New Delhi, Nov 20 (PTI) The government said.", "New Delhi", "Nov 20", "PTI"),
    ("New Delhi [India], Nov 20 (ANI): The minister said.", "New Delhi", "Nov 20", "ANI"),
    ("MOSCOW, November 20. /TASS/. Russia said.", "MOSCOW", "November 20", "TASS"),
    ("Nov. 20 (UPI) -- Officials said.", None, "Nov. 20", "UPI"),
    ("(CNN) — A storm hit the coast.", None, None, "CNN"),
    ("KUALA LUMPUR, Nov 20 (Bernama) -- The minister said.", "KUALA LUMPUR", "Nov 20", "Bernama"),
    ("ANKARA (AA) - Turkey said.", "ANKARA", None, "Anadolu"),
    ("BERLIN, 3. Mai (Reuters) - Die Regierung sagte.", "BERLIN", "3. Mai", "Reuters"),
])
def test_wire_datelines(text: str, location: str | None, date: str | None, agency: str) -> None:
    parsed = parse_dateline(text)
    assert parsed is not None
    found, end = parsed
    assert (found.location, found.date_text, found.agency) == (location, date, agency)
    assert text[end:][:1].isupper()


@pytest.mark.parametrize("text", [
    "Paris - the city of light - was quiet.",
    "(AP) in a statement said nothing.",
    "Washington (AP) is a news agency.",
    "BREAKING: Storm hits the coast.",
    "The talks (Reuters reported) went well.",
])
def test_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "location", "agency", "authors"), [
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 발표했다.", "서울", "Yonhap", ("홍길동",)),
    ("(서울=뉴스1) 홍길동 김영희 기자 = 정부는 발표했다.", "서울", "News1", ("홍길동", "김영희")),
    ("[워싱턴=뉴시스]김철수 특파원 = 미국 정부는 발표했다.", "워싱턴", "Newsis", ("김철수",)),
    ("【ワシントン共同】米政府は20日、発表した。", "ワシントン", "Kyodo", ()),
    ("【北京時事】中国政府は発表した。", "北京", "Jiji", ()),
    ("新华社北京11月20日电（记者 张三 李四）国务院20日发布。", "北京", "Xinhua", ("张三", "李四")),
])
def test_east_asian_wire_datelines(text: str, location: str, agency: str,
                                   authors: tuple[str, ...]) -> None:
    parsed = parse_cjk_dateline(text)
    assert parsed is not None
    assert (parsed.dateline.location, parsed.dateline.agency, parsed.authors) == (
        location, agency, authors)


def test_a_korean_sentence_with_brackets_is_not_a_dateline() -> None:
    assert parse_cjk_dateline("(사진) 시민들이 광장에 모였다.") is None


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Smoke rises. File Photo by Roger L. Wollenberg/UPI | License Photo", "Smoke rises.",
     "Roger L. Wollenberg/UPI"),
    ("Rescue workers search the debris. REUTERS/Kim Hong-Ji", "Rescue workers search the debris.",
     "REUTERS/Kim Hong-Ji"),
    ("Hospital where patients sought treatmentCredit: EPA",
     "Hospital where patients sought treatment", "EPA"),
    ("Ein Elektroauto lädt. Foto: Jonas Weber/dpa", "Ein Elektroauto lädt.", "Jonas Weber/dpa"),
    ("Photograph: Nadia Rahman/Reuters", "", "Nadia Rahman/Reuters"),
    ("Image source, Getty Images", "", "Getty Images"),
    ("Jason Lee/ZDNet", "", "Jason Lee/ZDNet"),
    ("사진=연합뉴스", "", "연합뉴스"),
])
def test_captions_and_credits(line: str, caption: str, credit: str) -> None:
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "The photo by Smith won a prize last year.",
    "Photo by photo, the curators rebuilt the order of the show.",
    "The company makes iPhones/iPads.",
    "and/or",
])
def test_sentences_about_photos_are_not_captions(line: str) -> None:
    assert split_caption(line) is None
