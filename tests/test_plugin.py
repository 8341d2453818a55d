"""The pytest plugin ``newsclean.testing``, run from a separate sample project (pytester).

The sample project is a user's: a folder of fixture cases and nothing else of newsclean's.
The plugin is loaded the way a user gets it, from the ``pytest11`` entry point.
"""

from __future__ import annotations

import json

import pytest

pytest_plugins = ["pytester"]

WIRE_TEXT = """Advertisement

SEOUL, Oct. 24 (UPI) -- Former officials met with diplomats for two days over the weekend.

The talks were informal, according to one of the delegates who took part in them."""

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title></head>
<body><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Tuesday after three weeks of repairs to the sea wall, the port
authority said in a statement issued in the morning.</p>
<p>Fishing boats were the first to return, followed later in the day by two ferries that
had been diverted to a neighbouring town during the works.</p>
</article></body></html>"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project: two fixture cases (a text and a page) and one unrelated test."""
    pytester.makepyfile(test_unrelated="def test_unrelated():\n    assert 1 + 1 == 2\n")
    (pytester.path / "goldens" / "wire-text").mkdir(parents=True)
    (pytester.path / "goldens" / "wire-text" / "input.txt").write_text(WIRE_TEXT, "utf-8")
    (pytester.path / "goldens" / "harbour-page").mkdir()
    (pytester.path / "goldens" / "harbour-page" / "input.html").write_text(PAGE, "utf-8")
    return pytester


def _run(project: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in the sample project; hypothesis's plugin is left out only for speed."""
    return project.runpytest("-p", "no:hypothesispytest", *args)


def _golden(project: pytest.Pytester, name: str) -> dict:
    return json.loads((project.path / "goldens" / name / "expected.json").read_text("utf-8"))


def _write_golden(project: pytest.Pytester, name: str, data: dict) -> None:
    path = project.path / "goldens" / name / "expected.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")


def test_inert_unless_pointed_at_a_folder(project: pytest.Pytester) -> None:
    result = _run(project)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["plugins: newsclean-*", "collected 1 item"])
    assert not list(project.path.glob("goldens/*/expected.json"))


def test_update_writes_goldens_then_every_case_passes(project: pytest.Pytester) -> None:
    first = _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update")
    first.assert_outcomes(passed=3)
    first.stdout.fnmatch_lines(["*newsclean: wrote 2 golden(s): harbour-page, wire-text*"])
    golden = _golden(project, "wire-text")
    assert golden["text"].startswith("Former officials met with diplomats")
    assert golden["removals"][0] == "ad_markers.line"
    assert golden["meta"]["source"] == "UPI"
    second = _run(project, "--newsclean-fixtures", "goldens", "-v")
    second.assert_outcomes(passed=3)
    second.stdout.fnmatch_lines(["*goldens/harbour-page/input.html::harbour-page PASSED*",
                                 "*goldens/wire-text/input.txt::wire-text PASSED*"])
    assert "wrote" not in second.stdout.str()


def test_a_changed_output_fails_with_a_readable_diff(project: pytest.Pytester) -> None:
    _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update")
    golden = _golden(project, "wire-text")
    golden["text"] = golden["text"].replace("two days", "three days")
    golden["meta"]["source"] = "Reuters"
    golden["removals"].append("wire_tag.trailing")
    _write_golden(project, "wire-text", golden)
    result = _run(project, "--newsclean-fixtures", "goldens")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*newsclean fixture wire-text*",
        "text:",
        "- Former officials met with diplomats for three days over the weekend.",
        "+ Former officials met with diplomats for two days over the weekend.",
        "*The talks were informal*",
        "metadata:",
        "  source: expected 'Reuters', got 'UPI'",
        "removals:",
        "- wire_tag.trailing",
    ])
    assert "Traceback" not in result.stdout.str()


def test_update_rewrites_only_what_changed(project: pytest.Pytester) -> None:
    _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update")
    golden = _golden(project, "harbour-page")
    _write_golden(project, "harbour-page", {**golden, "text": "stale"})
    result = _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update")
    result.stdout.fnmatch_lines(["*newsclean: wrote 1 golden(s): harbour-page*"])
    assert _golden(project, "harbour-page") == golden


def test_a_case_without_golden_fails_and_says_how_to_create_it(project: pytest.Pytester) -> None:
    result = _run(project, "--newsclean-fixtures", "goldens")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*no expected.json yet*pytest --newsclean-update*"])


def test_the_ini_option_points_at_the_folder(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsclean_fixtures = goldens\n")
    _run(project, "--newsclean-update").assert_outcomes(passed=3)
    _run(project).assert_outcomes(passed=3)


def test_checks_json_misses_are_reported(project: pytest.Pytester) -> None:
    _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update")
    checks = {"keep": ["The talks were informal, according to one of the delegates who took "
                       "part in them."],
              "drop": ["Former officials"], "meta": {"source": "UPI", "nonsense": 1}}
    (project.path / "goldens" / "wire-text" / "checks.json").write_text(json.dumps(checks))
    result = _run(project, "--newsclean-fixtures", "goldens")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["junk left in text: 'Former officials'",
                                 "unknown meta check 'nonsense' in checks.json"])
    assert "source: expected" not in result.stdout.str()


def test_a_custom_pipeline_is_used(project: pytest.Pytester) -> None:
    project.makepyfile(my_pipelines="import newsclean\n"
                       "def no_ads():\n"
                       "    return newsclean.default_pipeline().without('ad_markers')\n")
    project.syspathinsert()
    _run(project, "--newsclean-fixtures", "goldens", "--newsclean-update",
                      "--newsclean-pipeline", "my_pipelines:no_ads").assert_outcomes(passed=3)
    assert _golden(project, "wire-text")["text"].startswith("Advertisement")


def test_a_missing_folder_is_a_usage_error(project: pytest.Pytester) -> None:
    result = _run(project, "--newsclean-fixtures", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*newsclean fixtures folder not found*nowhere*"])
