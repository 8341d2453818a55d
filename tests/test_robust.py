"""Input handling: decoding, repairs, sanitizing, limits and the per-document deadline."""

from __future__ import annotations

import codecs
import time

import pytest

import newsclean
from newsclean import NewscleanError
from newsclean.errors import InputError, InputTooLargeError
from newsclean.limits import Limits, TimeLimitError, check_time, deadline, in_call
from newsclean.read import BinaryInputError, decode_bytes_explained, prepare

# One short news paragraph per script, written for these tests.
SAMPLES = {
    "en": "The harbour reopened on Tuesday after three weeks of repairs to the sea wall, the "
          "port authority said. “It’s a relief,” said one fisherman — who asked not to be named.",
    "fr": "Le port a rouvert mardi après trois semaines de travaux sur la digue, a indiqué "
          "l’autorité portuaire. « C’est un soulagement », a déclaré un pêcheur du marché.",
    "de": "Der Hafen wurde am Dienstag nach dreiwöchigen Reparaturarbeiten an der Ufermauer "
          "wieder geöffnet. Die Fischer äußerten sich erleichtert über die Öffnung.",
    "ru": "Порт вновь открылся во вторник после трёх недель ремонта волнолома, сообщили в "
          "администрации порта. Рыбаки выразили облегчение, узнав об этом решении.",
    "el": "Το λιμάνι άνοιξε ξανά την Τρίτη μετά από τρεις εβδομάδες επισκευών στον "
          "κυματοθραύστη, ανακοίνωσε η λιμενική αρχή. Οι ψαράδες εξέφρασαν ανακούφιση.",
    "ja": "港は防波堤の修理のため三週間閉鎖されていたが、火曜日に再開したと港湾当局が発表した。"
          "漁師たちは安堵の声を上げた。市場も再び賑わいを見せている。",
    "zh": "港口在防波堤维修三周后于周二重新开放，港务局表示。渔民们对此表示欣慰，市场也恢复了往日的"
          "热闹景象。当地居民纷纷前来购买新鲜的海产品。",
    "zh-Hant": "港口在防波堤維修三週後於週二重新開放，港務局表示。漁民們對此表示欣慰，市場也恢復了"
               "往日的熱鬧景象。當地居民紛紛前來購買新鮮的海產品。",
    "ko": "방파제 보수 공사로 3주간 폐쇄됐던 항구가 화요일 다시 문을 열었다고 항만 당국이 밝혔다. "
          "어민들은 안도의 한숨을 내쉬었다. 시장도 다시 활기를 되찾았다.",
    "ar": "أعيد فتح الميناء يوم الثلاثاء بعد ثلاثة أسابيع من أعمال الإصلاح في حاجز الأمواج، "
          "بحسب ما أعلنت سلطة الميناء. وأعرب الصيادون عن ارتياحهم لهذا القرار.",
    "he": "הנמל נפתח מחדש ביום שלישי לאחר שלושה שבועות של תיקונים בשובר הגלים, כך הודיעה רשות "
          "הנמל. הדייגים הביעו הקלה על ההחלטה.",
    "tr": "Liman, dalgakırandaki üç haftalık onarımın ardından salı günü yeniden açıldı, liman "
          "idaresi açıkladı. Balıkçılar bu karardan dolayı rahatladıklarını söyledi.",
    "pl": "Port został ponownie otwarty we wtorek po trzech tygodniach napraw falochronu, "
          "poinformował zarząd portu. Rybacy wyrazili ulgę z powodu tej decyzji.",
    "th": "ท่าเรือเปิดให้บริการอีกครั้งในวันอังคารหลังจากการซ่อมแซมเขื่อนกันคลื่นเป็นเวลาสามสัปดาห์ "
          "การท่าเรือแถลง ชาวประมงแสดงความโล่งใจ",
}
ENCODINGS = [
    ("en", "utf-8"), ("en", "cp1252"), ("fr", "cp1252"), ("de", "latin-1"), ("de", "cp1252"),
    ("ru", "cp1251"), ("ru", "koi8-r"), ("ru", "iso8859-5"), ("el", "iso8859-7"),
    ("el", "cp1253"), ("ja", "shift_jis"), ("ja", "euc-jp"), ("ja", "iso2022_jp"),
    ("zh", "gb18030"), ("zh", "gbk"), ("zh-Hant", "big5"), ("ko", "euc-kr"), ("ar", "cp1256"),
    ("ar", "iso8859-6"), ("he", "cp1255"), ("he", "iso8859-8"), ("tr", "cp1254"),
    ("tr", "iso8859-9"), ("pl", "cp1250"), ("pl", "iso8859-2"), ("th", "cp874"),
    ("th", "tis-620"), ("ru", "utf-8"), ("zh", "utf-8"),
]


def _text(lang: str) -> str:
    return "\n".join([SAMPLES[lang]] * 4)


@pytest.mark.parametrize(("lang", "encoding"), ENCODINGS, ids=lambda v: str(v))
def test_a_declared_charset_is_used(lang: str, encoding: str) -> None:
    text = _text(lang)
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    decoded = decode_bytes_explained(page.encode(encoding))
    assert decoded.text == page
    assert decoded.notes == ()


@pytest.mark.parametrize(("lang", "encoding"), ENCODINGS, ids=lambda v: str(v))
def test_an_undeclared_charset_is_detected(lang: str, encoding: str) -> None:
    text = _text(lang)
    decoded = decode_bytes_explained(text.encode(encoding))
    assert decoded.text == text
    if encoding != "utf-8" and not text.isascii():
        assert "decoded as" in decoded.notes[0]


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                       "utf-32"])
def test_a_byte_order_mark_wins(bom_codec: str) -> None:
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    text = _text("ru")
    data = boms.get(bom_codec, b"") + text.encode(bom_codec)
    assert decode_bytes_explained(data).text.lstrip("\ufeff") == text


def test_a_wrong_declaration_falls_back_to_detection_and_says_so() -> None:
    text = _text("fr")
    data = b'<meta charset="utf-8">' + text.encode("cp1252")
    decoded = decode_bytes_explained(data)
    assert decoded.text.endswith(text)
    assert decoded.notes[0].startswith("the declared charset utf-8 does not fit the bytes")


def test_binary_bytes_are_refused_with_a_newsclean_error() -> None:
    with pytest.raises(BinaryInputError) as caught:
        newsclean.clean(b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + bytes(range(256)) * 50)
    assert isinstance(caught.value, InputError)
    assert isinstance(caught.value, NewscleanError)


@pytest.mark.parametrize("lang", ["en", "fr", "de", "ru", "tr"])
def test_mojibake_is_repaired_and_recorded(lang: str) -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    text = SAMPLES[lang]
    # What a reader that assumed Windows-1252 (or Latin-1) made of UTF-8 bytes.
    broken = text.encode("utf-8").decode("latin-1" if lang == "ru" else "sloppy-windows-1252")
    assert broken != text
    prepared = prepare(broken)
    assert prepared.source == text
    assert prepared.warnings[0].startswith("repaired mojibake: ")


@pytest.mark.parametrize("text", [
    *SAMPLES.values(),
    "SÃO PAULO — O prefeito anunciou ontem novas medidas.",
    "Prices: €5, £4, ¥600 and 1½ cups; naïve café, déjà vu, Ærø, Øresund.",
    "JOÃO PESSOA — Ângela Araújo, 45, disse à Folha que a obra “não acabou”.",
    "Ölçüm sonuçları açıklandı: İstanbul’da sıcaklık 38°C’ye ulaştı.",
])
def test_correct_text_is_never_repaired(text: str) -> None:
    prepared = prepare(text)
    assert prepared.source == text
    assert prepared.warnings == ()


def test_nul_and_control_characters_go_and_are_counted() -> None:
    article = newsclean.clean_text("One\x00 two\x07 three.\tFour.\n\nFive\x1b six.")
    assert article.paragraphs == ("One two three. Four.", "Five six.")
    assert "removed 3 NUL or control character(s)" in article.warnings


def test_surrogate_pairs_are_joined_and_lone_halves_replaced() -> None:
    prepared = prepare("Smile \ud83d\ude00 and \udcff.")
    assert prepared.source == "Smile \U0001f600 and \ufffd."
    assert prepared.warnings == ("replaced unpaired surrogate code points with U+FFFD",)


def test_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        Limits(max_depth=-1)
    with pytest.raises(ValueError, match="on_exceed"):
        Limits(on_exceed="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Limits"):
        newsclean.clean("Text.", limits={"max_chars": 10})  # type: ignore[arg-type]


def test_bytes_over_the_limit_are_cut_or_refused() -> None:
    data = ("Word " * 1000).encode()
    cut = newsclean.clean(data, limits=Limits(max_bytes=100))
    assert len(cut.text) <= 100
    assert cut.warnings[0] == "input cut to 100 of 5,000 bytes (Limits.max_bytes)"
    with pytest.raises(InputTooLargeError, match="5,000 bytes"):
        newsclean.clean(data, limits=Limits(max_bytes=100, on_exceed="error"))


def test_text_is_cut_at_a_space_not_inside_a_word() -> None:
    article = newsclean.clean_text("alpha beta gamma delta", limits=Limits(max_chars=14))
    assert article.text == "alpha beta"


def test_a_huge_line_becomes_several_paragraphs_nothing_lost() -> None:
    line = " ".join(f"w{i}" for i in range(3000))
    article = newsclean.clean_text(line, limits=Limits(max_line_chars=1000))
    assert all(len(p) <= 1000 for p in article.paragraphs)
    assert " ".join(article.paragraphs) == line


def _sleepy(doc: newsclean.Document) -> list[newsclean.Cut]:
    time.sleep(0.05)
    return []


def test_the_deadline_stops_a_long_run_between_steps() -> None:
    slow = newsclean.Pipeline([("sleepy", _sleepy), ("second", lambda doc: [])])
    with pytest.raises(TimeLimitError, match="before the second step"):
        newsclean.clean_text("Some text.", pipeline=slow,
                             limits=Limits(seconds_per_document=0.01))
    assert not in_call()
    assert newsclean.clean_text("Some text.", pipeline=slow).text == "Some text."


def test_no_deadline_outlives_a_call() -> None:
    newsclean.clean("<p>Hi.</p>")
    assert not in_call()
    check_time("after a call")
    with deadline(100):
        assert in_call()
    assert not in_call()


def test_warnings_come_before_the_article_own_and_calls_share_nothing() -> None:
    page = "<html><body>\x00</body></html>"
    first = newsclean.clean(page)
    assert first.warnings[0] == "removed 1 NUL or control character(s)"
    assert newsclean.clean(page) == first
    assert newsclean.clean("<html><body><p>Clean.</p></body></html>").warnings[:1] != (
        "removed 1 NUL or control character(s)",)


def test_every_article_records_version_and_pipeline() -> None:
    article = newsclean.clean_text("A line of text.",
                                   pipeline=newsclean.default_pipeline().without("duplicates"))
    assert article.version == newsclean.__version__
    assert "duplicates" not in article.pipeline and "ad_markers" in article.pipeline
