"""caption_labels: a caption under its label (or glued to it) goes and becomes metadata."""

from __future__ import annotations

from newsclean import clean_text
from newsclean.document import Document
from newsclean.strippers.caption_labels import caption_labels

BODY = ("The council had proposed charging £2 an hour in its three largest car parks, which "
        "are currently free after 6pm.")


def cut(lines: list[str]) -> list[tuple[int, str]]:
    return [(c.block, c.why) for c in caption_labels(Document.from_blocks(lines))]


def test_explicit_label_takes_the_next_line_whatever_it_reads_like() -> None:
    caption = "Shop owners say the charges would keep customers away from the high street."
    assert cut(["Image caption", caption, BODY]) == [(0, "label"), (1, "caption")]


def test_media_label_takes_a_caption_but_not_a_paragraph() -> None:
    assert cut(["Image:", "Traders gathered outside the town hall", BODY]) == [
        (0, "label"), (1, "caption")]
    assert cut(["Photo:", BODY]) == [(0, "label")]


def test_bare_widget_words_are_not_labels() -> None:
    assert cut(["VIDEO", "Fans gather outside the stadium", BODY]) == []
    assert cut(["Photo", "Fans gather outside the stadium", BODY]) == []


def test_glued_caption_is_left_to_captions() -> None:
    line = "Media captionWhat shoppers told us about the plan"
    assert cut([line, BODY]) == []
    art = clean_text("\n\n".join([line, BODY]))
    assert [c.text for c in art.captions] == ["What shoppers told us about the plan"]


def test_a_sentence_about_captions_stays() -> None:
    assert cut(["Caption contests drew 400 entries this year, the organizers said.", BODY]) == []


def test_caption_becomes_metadata() -> None:
    art = clean_text("\n\n".join(["Image caption", "Shop owners gather on the high street", BODY]))
    assert [c.text for c in art.captions] == ["Shop owners gather on the high street"]
    assert art.paragraphs == (BODY,)
