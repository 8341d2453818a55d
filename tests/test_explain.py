"""``Article.explain()`` and ``newsclean explain``: every removal shown where it stood.

The strongest check is a replay: the explained page, removals put back, must be the input
the text stage got, for the fixtures and for random pipelines of random cuts.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Cut, Document, Found, Pipeline
from newsclean.explain import diff_text, explained, main, render, strip_markers
from newsclean.fixtures import find_fixtures
from newsclean.read.plain import text_blocks

FIXTURES = [f for f in find_fixtures(Path(__file__).parent / "fixtures")
            if f.input_path.suffix == ".txt"]


def _rebuilt(article: newsclean.Article) -> list[str]:
    return [" ".join(" ".join(p.text.split()) for p in para if p.text.strip())
            for para in explained(article)]


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_explaining_a_fixture_rebuilds_its_input(fixture) -> None:
    article = fixture.run()
    source = text_blocks(fixture.input_path.read_text(encoding="utf-8"))
    # Without spaces: pieces are shown space-separated, which Chinese and Japanese are not.
    assert ["".join(p.split()) for p in _rebuilt(article)] == ["".join(b.split()) for b in source]
    assert strip_markers(article.explain()) == article.text
    shown = [p.removal for para in explained(article) for p in para if p.removal]
    assert shown == sorted(article.removals, key=shown.index)
    assert len(shown) == len(article.removals)


def test_a_span_cut_is_shown_inside_its_paragraph() -> None:
    def tags(doc: Document) -> list[Cut]:
        return [Cut(i, "tag", (b.text.index("(AP)"), b.text.index("(AP)") + 4))
                for i, b in enumerate(doc.blocks) if "(AP)" in b.text]

    def ads(doc: Document) -> list[Cut]:
        return [Cut(i, "line") for i, b in enumerate(doc.blocks) if b.text == "Ad"]

    article = newsclean.clean_text("Ad\n\nThe port (AP) reopened today.\n\nAd\n\nBoats came back.",
                                   pipeline=Pipeline([("tags", tags), ("ads", ads)]))
    assert article.explain() == ("[-Ad-]{ads.line}\n\n"
                                 "The port [-(AP)-]{tags.tag} reopened today.\n\n"
                                 "[-Ad-]{ads.line}\n\nBoats came back.")


def test_a_block_emptied_by_span_cuts_stands_as_its_own_paragraph() -> None:
    def brackets(doc: Document) -> list[Cut]:
        return [Cut(i, "bracket", (0, len(b.text))) for i, b in enumerate(doc.blocks)
                if b.text.startswith("[")]

    article = newsclean.clean_text("First.\n\n[gone]\n\nLast.",
                                   pipeline=Pipeline([("brackets", brackets)]))
    assert article.removals[0].kept_at is None
    assert article.explain() == "First.\n\n[-[gone]-]{brackets.bracket}\n\nLast."


def test_captured_metadata_is_named_and_shown_only_when_new() -> None:
    def byline(doc: Document) -> list[Cut]:
        return [Cut(0, "line", found=Found(authors=("Jo Lee",), source="AP"))]

    art = newsclean.clean_text("By Jo Lee for the wire\n\nThe harbour reopened.",
                               pipeline=Pipeline([("byline", byline)]))
    assert art.explain() == ("[-By Jo Lee for the wire-]{byline.line -> source: AP, authors}"
                             "\n\nThe harbour reopened.")


def test_color_only_when_asked() -> None:
    art = newsclean.clean_text("Advertisement\n\nThe talks ended on Monday in Seoul.")
    assert "\x1b[" in art.explain(color=True)
    assert "\x1b[" not in art.explain()
    assert strip_markers(render(art)) == art.text


# --- replay property: random pipelines of random cuts ---------------------------------

def _random_stripper(seed: int, name: str):  # type: ignore[no-untyped-def]
    def stripper(doc: Document) -> list[Cut]:
        rng = random.Random(f"{seed}-{name}-{len(doc.blocks)}")
        cuts: list[Cut] = []
        for i, block in enumerate(doc.blocks):
            roll = rng.random()
            if roll < 0.15:
                cuts.append(Cut(i, "whole"))
            elif roll < 0.5:
                starts = [0] + [j + 1 for j, ch in enumerate(block.text) if ch == " "]
                start = rng.choice(starts)
                end = block.text.find(" ", start + 1)
                end = len(block.text) if end < 0 or rng.random() < 0.2 else end
                cuts.append(Cut(i, "span", (start, end)))
        return cuts
    return stripper


words = st.lists(st.sampled_from(["harbour", "boats", "(AP)", "—", "|", "officials", "said",
                                  "Tuesday", "reopened", "x", "--", "Reuters", "a"]),
                 min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(words, min_size=1, max_size=12), st.integers(0, 10**6),
       st.integers(1, 4))
def test_replay_rebuilds_the_input_of_any_pipeline(paragraphs: list[str], seed: int,
                                                   steps: int) -> None:
    pipeline = Pipeline([(f"s{k}", _random_stripper(seed, f"s{k}")) for k in range(steps)])
    article = newsclean.clean_text("\n\n".join(paragraphs), pipeline=pipeline)
    rebuilt = _rebuilt(article)
    if steps == 1:  # one stripper: every place is exact
        assert rebuilt == [_words(p) for p in paragraphs]
    else:  # paragraphs exact; inside one, spans of several strippers snap to words
        assert [sorted(p.split()) for p in rebuilt] == [sorted(p.split()) for p in paragraphs]
    assert strip_markers(article.explain()) == article.text
    shown = {id(p.removal) for para in explained(article) for p in para if p.removal}
    assert len(shown) == len(article.removals)


# --- the command -----------------------------------------------------------------------

PAGE_TEXT = "Advertisement\n\nThe talks ended on Monday in Seoul, officials said.\n"


def test_cli_explains_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    assert main([str(path), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert out == "[-Advertisement-]{ad_markers.line}\n\nThe talks ended on Monday in Seoul, " \
                  "officials said.\n"


def test_cli_diff_between_two_pipelines(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    assert main([str(path), "--diff", "--without", "ad_markers,duplicates"]) == 0
    out = capsys.readouterr().out
    assert "-[-Advertisement-]{ad_markers.line}\n+Advertisement\n" in out


def test_diff_of_equal_outputs_says_so() -> None:
    art = newsclean.clean_text("Just one sentence of text.")
    assert diff_text(art, art) == "no difference\n"


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    assert main([str(tmp_path / "missing.html")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main([str(path), "--diff", "--without", "nope"]) == 2
    assert "unknown step 'nope'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main([str(path), "--diff"])
    assert exited.value.code == 2


def test_cli_refused_input_is_exit_status_one(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert main([str(path)]) == 1
    assert "not text in any encoding" in capsys.readouterr().err
