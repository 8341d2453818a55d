"""The newsclean command: inputs, formats, stdin, summary, exit codes, subcommands."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from newsclean.cli import build_parser, main
from tests.test_batch import story_html, story_text


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    (tmp_path / "one.html").write_text(story_html("Night buses reach new districts"),
                                       encoding="utf-8")
    (tmp_path / "two.txt").write_text(story_text(), encoding="utf-8")
    return tmp_path


def test_jsonl_output_one_record_per_input_and_summary(pages: Path, capsys) -> None:
    (pages / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(["-j", "1", str(pages)], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [Path(r["path"]).name for r in records] == ["broken.html", "one.html", "two.txt"]
    assert [r["status"] for r in records] == ["failed", "cleaned", "cleaned"]
    assert records[1]["title"] == "Night buses reach new districts"
    assert "removals" not in records[1]
    assert "3 records (2 cleaned, 0 empty, 1 failed)" in err


def test_strict_makes_failures_fail_the_run(pages: Path, capsys) -> None:
    (pages / "gone.jsonl").write_text('{"id": 1, "text": "fine"}\n{oops\n', encoding="utf-8")
    assert run(["-q", "-j", "1", str(pages)], capsys)[0] == 0
    code, out, err = run(["-q", "--strict", "-j", "1", str(pages)], capsys)
    assert code == 1
    assert err == ""  # --quiet: no summary
    assert len(out.splitlines()) == 4


def test_format_text_single_and_several(pages: Path, capsys) -> None:
    code, out, _ = run(["--format", "text", "-j", "1", str(pages / "two.txt")], capsys)
    assert out == "\n\n".join(story_text().split("\n\n")[1:]) + "\n"
    code, out, _ = run(["--format", "text", "-j", "1", str(pages)], capsys)
    assert out.count("==> ") == 2
    assert f"==> {pages / 'one.html'} <==\nThe city council voted" in out


def test_format_markdown_and_output_file(pages: Path, capsys) -> None:
    target = pages / "out.md"
    code, out, _ = run(["--format", "markdown", "-o", str(target), str(pages / "one.html")],
                       capsys)
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# Night buses reach new districts\n")


def test_explain_adds_removals_and_without_switches_a_step_off(pages: Path, capsys) -> None:
    _, out, _ = run(["--explain", "-j", "1", str(pages / "two.txt")], capsys)
    assert [r["reason"] for r in json.loads(out)["removals"]] == ["ad_markers.line"]
    _, out, _ = run(["--without", "ad_markers", "-j", "1", str(pages / "two.txt")], capsys)
    assert json.loads(out)["text"].startswith("Advertisement")


def test_bad_command_lines_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--without", "no_such_step", "x.html"])
    assert exit_info.value.code == 2
    assert "valid names" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["-j", "0", "x.html"])


def test_stdin_with_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "newsclean", "--format", "text", "-j", "1",
                           "-"], input=story_html().encode(), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("The city council voted")
    assert b"1 records (1 cleaned" in done.stderr


def test_jsonl_from_stdin_two_workers() -> None:
    lines = "".join(json.dumps({"id": f"r{i}", "text": story_text()}) + "\n" for i in range(9))
    done = subprocess.run([sys.executable, "-m", "newsclean", "--jsonl", "-j", "2", "-"],
                          input=lines.encode(), capture_output=True, timeout=60)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"r{i}" for i in range(9)]
    assert done.returncode == 0


def test_explain_subcommand_is_dispatched(monkeypatch) -> None:
    seen = []
    fake = types.ModuleType("newsclean.explain")
    fake.main = lambda argv: seen.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsclean.explain", fake)
    assert main(["explain", "page.html", "--diff"]) == 0
    assert seen == [["page.html", "--diff"]]


def test_explain_subcommand_missing_gives_a_clear_error(monkeypatch, capsys) -> None:
    monkeypatch.delitem(sys.modules, "newsclean.explain", raising=False)

    def missing(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'newsclean.explain'", name="newsclean.explain")

    monkeypatch.setattr("builtins.__import__", _only_for("newsclean.explain", missing))
    code, _, err = run(["explain", "x.html"], capsys)
    assert code == 2
    assert "'explain' subcommand is not available" in err


def _only_for(name, replacement):
    real = __import__

    def importer(module, *args, **kwargs):
        return replacement() if module == name else real(module, *args, **kwargs)

    return importer


def test_demo_prints_the_example_page_cleaned(capsys) -> None:
    code, out, _ = run(["--demo"], capsys)
    assert code == 0
    assert out.startswith("Cleaned newsclean/examples/wire-story.html")
    assert "\ntitle:" in out and "--- text ---" in out


def test_help_explains_every_option_with_an_example() -> None:
    parser = build_parser()
    help_text = parser.format_help()
    for action in parser._actions:
        if action.option_strings and action.dest not in ("help", "version"):
            assert action.help, action.dest
    assert "examples:" in help_text
    assert help_text.count("e.g.") >= 8
