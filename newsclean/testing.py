"""A pytest plugin that turns a folder of newsclean fixtures into tests, one per case.

Installed with newsclean (a ``pytest11`` entry point) and inert until pointed at a folder,
on the command line or in the ini file::

    pytest --newsclean-fixtures tests/goldens
    # pytest.ini / pyproject.toml [tool.pytest.ini_options]:  newsclean_fixtures = tests/goldens

Each subfolder holding ``input.html`` or ``input.txt`` is a case (the format of
``newsclean.fixtures``). A case passes when the output equals its ``expected.json`` and
meets its optional ``checks.json``; a failure shows the text, metadata and removals that
differ. ``pytest --newsclean-update`` writes the goldens from the current output instead,
on purpose, and lists what it changed. ``--newsclean-pipeline package.module:name`` (or the
``newsclean_pipeline`` ini value) picks a Pipeline, or a function returning one.

The folder must be inside what pytest collects (under ``testpaths``, or named on the
command line), as for any test file. See docs/testing-plugin.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsclean.pipeline import Pipeline

_ROOTS = pytest.StashKey[list[Path]]()
_UPDATED = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsclean", "newsclean golden fixtures")
    group.addoption("--newsclean-fixtures", metavar="DIR", action="append", default=[],
                    dest="newsclean_fixtures",
                    help="folder of newsclean fixture folders; each becomes a test")
    group.addoption("--newsclean-update", action="store_true", dest="newsclean_update",
                    help="write each fixture's expected.json from the current output")
    group.addoption("--newsclean-pipeline", metavar="MODULE:NAME", default=None,
                    dest="newsclean_pipeline",
                    help="the Pipeline (or a function returning one) the fixtures run with")
    parser.addini("newsclean_fixtures", "folders of newsclean fixture folders",
                  type="paths", default=[])
    parser.addini("newsclean_pipeline", "MODULE:NAME of the Pipeline the fixtures run with",
                  default="")


def pytest_configure(config: pytest.Config) -> None:
    given = [config.invocation_params.dir / p for p in config.getoption("newsclean_fixtures")]
    roots = [Path(p).resolve() for p in [*given, *config.getini("newsclean_fixtures")]]
    missing = [str(p) for p in roots if not p.is_dir()]
    if missing:
        raise pytest.UsageError(f"newsclean fixtures folder not found: {', '.join(missing)}")
    config.stash[_ROOTS] = roots
    config.stash[_UPDATED] = []


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    roots = parent.config.stash.get(_ROOTS, [])
    if not roots or file_path.parent.parent.resolve() not in roots:
        return None
    from newsclean.fixtures import fixture_at

    fixture = fixture_at(file_path.parent)
    if fixture is None or fixture.input_path != file_path:
        return None
    case: FixtureFile = FixtureFile.from_parent(parent, path=file_path)
    return case


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    updated = config.stash.get(_UPDATED, [])
    if updated:
        terminalreporter.write_line(f"newsclean: wrote {len(updated)} golden(s): "
                                    f"{', '.join(sorted(updated))}")


class FixtureFile(pytest.File):
    """The input file of one fixture; it holds that fixture's single test."""

    def collect(self) -> Iterator[pytest.Item]:
        yield FixtureItem.from_parent(self, name=self.path.parent.name)


class FixtureMismatch(AssertionError):
    """The output of a fixture differs from its golden or misses its checks."""


class FixtureItem(pytest.Item):
    """One fixture: clean its input, compare with expected.json and checks.json."""

    def runtest(self) -> None:
        from newsclean.fixtures import describe, expected_from_article, failed_checks, fixture_at

        fixture = fixture_at(self.path.parent)
        assert fixture is not None
        article = fixture.run(_pipeline(self.config))
        actual = expected_from_article(article)
        expected = fixture.expected()
        if self.config.getoption("newsclean_update"):
            if expected != actual:
                fixture.write_expected(actual)
                self.config.stash[_UPDATED].append(fixture.name)
            return
        problems = []
        if expected is None:
            problems.append("no expected.json yet: review the output, then run "
                            "pytest --newsclean-update to write it")
        elif expected != actual:
            problems.append(describe(expected, actual))
        problems += failed_checks(article, fixture.checks() or {})
        if problems:
            raise FixtureMismatch("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str | Any:
        if isinstance(excinfo.value, FixtureMismatch):
            return f"newsclean fixture {self.name} ({_where(self)}):\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"newsclean fixture {self.name}"


def _where(item: FixtureItem) -> str:
    return str(item.path.parent)


def _pipeline(config: pytest.Config) -> Pipeline | None:
    spec = config.getoption("newsclean_pipeline") or config.getini("newsclean_pipeline")
    if not spec:
        return None
    from newsclean.pipeline import Pipeline

    module, _, name = str(spec).partition(":")
    try:
        found: Any = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise pytest.UsageError(f"newsclean pipeline {spec!r} not found: {exc}") from exc
    pipeline = found if isinstance(found, Pipeline) else found()
    if not isinstance(pipeline, Pipeline):
        raise pytest.UsageError(f"newsclean pipeline {spec!r} is not a newsclean.Pipeline")
    return pipeline


__all__ = ["FixtureFile", "FixtureItem", "FixtureMismatch"]
