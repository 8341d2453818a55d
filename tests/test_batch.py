"""Batch reading and cleaning: folders, JSONL, WARC, bounded read-ahead, failures counted."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
from pathlib import Path

import pytest

from newsclean.batch import Cleaner, CleanOptions, Page, ReadOptions, read_inputs
from newsclean.batch.pool import ordered_map
from newsclean.batch.run import clean_pages

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus network to three new "
    "districts, ending a two-year dispute over who should pay for the service.",
    "Transport officials said the first routes would open in March and carry about 4,000 "
    "passengers a night once all of them run.",
    "Residents of the eastern districts had campaigned for the change since a late train "
    "service was cut in 2022, leaving shift workers with long walks home.",
]


def story_html(title: str = "Night buses reach new districts", extra: str = "") -> str:
    """A small news page in the shape real sites use: header, article, footer junk."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"</head><body><header><nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
            f"</header><article><h1>{title}</h1>{body}{extra}</article>"
            f"<footer><p>Copyright 2024 The Daily Example</p></footer></body></html>")


def story_text() -> str:
    """Text a scraper pulled out, with an ad label left in."""
    return "Advertisement\n\n" + "\n\n".join(PARAGRAPHS)


def warc_bytes(records: list[tuple[str, str, bytes]], *, gzipped: bool) -> bytes:
    """A WARC of (url, content type, body) responses, a request record before each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    for url, ctype, body in records:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def clean_all(inputs: list[str], read: ReadOptions | None = None) -> list[dict]:
    return list(clean_pages(read_inputs(inputs, read), jobs=1))


def test_folder_of_mixed_files_is_walked_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.html").write_text(story_html("First story"), encoding="utf-8")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(story_html("Second story").encode()))
    (tmp_path / "notes.txt").write_text(story_text(), encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_bytes(story_html("Third story").encode("utf-16"))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 not a page")
    (tmp_path / ".cache" / "d.html").write_text(story_html(), encoding="utf-8")
    records = clean_all([str(tmp_path)])
    names = [os.path.relpath(r["path"], tmp_path) for r in records]
    assert names == ["a.html", "b.htm.gz", "notes.txt", os.path.join("sub", "c.html")]
    assert [r["status"] for r in records] == ["cleaned"] * 4
    assert [r["title"] for r in records[:2]] == ["First story", "Second story"]
    assert records[2]["text"].startswith("The city council voted")  # ad label gone
    assert "Advertisement" not in records[2]["text"]
    assert records[3]["title"] == "Third story"  # UTF-16 with BOM decoded


def test_page_files_are_read_by_the_cleaner_not_the_reader(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(story_html("First story").encode()))
    (tmp_path / "b.html").write_text(story_html("Second story"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("x" * 500, encoding="utf-8")
    pages = list(read_inputs([str(tmp_path)], ReadOptions(max_bytes=400)))
    assert [p.content for p in pages] == [b"", b"", b""]  # the workers read them
    assert [p.size for p in pages] == [os.path.getsize(p.path) for p in pages]
    (tmp_path / "b.html").unlink()  # gone between listing and cleaning: still a record
    records = [Cleaner(CleanOptions(max_bytes=400))(p) for p in pages]
    assert [r["status"] for r in records] == ["failed", "failed", "failed"]
    assert "larger than 400 bytes" in records[0]["error"]  # un-gzipped size counts
    assert records[1]["error"].startswith("FileNotFoundError")
    assert "larger than 400 bytes" in records[2]["error"]
    assert [r["title"] for r in clean_all([str(tmp_path / "a.html.gz")])] == ["First story"]


def test_glob_and_missing_input(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text(story_html(), encoding="utf-8")
    (tmp_path / "y.txt").write_text(story_text(), encoding="utf-8")
    records = clean_all([str(tmp_path / "*.html"), str(tmp_path / "nope.html")])
    assert [r["status"] for r in records] == ["cleaned", "failed"]
    assert "no such file" in records[1]["error"]


def test_jsonl_broken_line_and_missing_field_are_counted_errors(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "url": "https://news.example/1", "html": story_html()}),
             '{"id": "two", "html": "<p>cut',
             json.dumps({"id": "three", "body": "no html or text field here"}),
             "",
             json.dumps(["a list", "not an object"]),
             json.dumps({"id": "five", "text": story_text()}),
             json.dumps({"id": 6, "html": 42}),
             json.dumps({"html": "", "text": story_text()})]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = clean_all([str(path)])
    assert len(records) == 7  # every non-blank line gives a record
    by_id = {r["id"]: r for r in records}
    assert by_id["one"]["status"] == "cleaned"
    assert by_id["one"]["url"] == "https://news.example/1"
    assert by_id[f"{path}:2"]["error"].startswith("JSONDecodeError")
    assert by_id["three"]["error"] == "missing field: the record has neither 'html' nor 'text'"
    assert by_id[f"{path}:5"]["error"] == "not a JSON object but list"
    assert by_id["five"]["text"].startswith("The city council")
    assert by_id["6"]["error"] == "field 'html' is int, not a string"
    assert by_id[f"{path}:8"]["status"] == "cleaned"  # empty html falls back to text


def test_jsonl_custom_fields_gzip_and_overlong_line(tmp_path: Path) -> None:
    lines = [json.dumps({"doc": "a", "raw": "x" * 5000}),
             json.dumps({"doc": "b", "raw": story_html()})]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines)).encode()))  # no final newline
    read = ReadOptions(html_field="raw", id_field="doc", max_bytes=4000)
    records = clean_all([str(path)], read)
    assert [r["status"] for r in records] == ["failed", "cleaned"]
    assert "longer than 4000 bytes" in records[0]["error"]
    assert records[1]["id"] == "b"


def test_truncated_gzip_jsonl_reports_the_cut(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(i), "text": story_text()}) for i in range(30)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = clean_all([str(path)])
    assert records[-1]["status"] == "failed"
    assert "truncated or corrupt gzip" in records[-1]["error"]
    assert all(r["status"] == "cleaned" for r in records[:-2])


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_non_html_and_truncated_records_are_counted(tmp_path: Path, gzipped: bool) -> None:
    data = warc_bytes([("https://news.example/1", "text/html; charset=utf-8",
                        story_html("First").encode()),
                       ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
                       ("https://news.example/2", "text/html", story_html("Second").encode()),
                       ("https://news.example/3", "text/html", story_html("Third").encode())],
                      gzipped=gzipped)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(data[:-300])  # the last response loses its end
    records = clean_all([str(path)])
    assert [r["url"] for r in records] == [f"https://news.example/{x}"
                                           for x in ("1", "logo.png", "2", "3")]
    assert [r["status"] for r in records] == ["cleaned", "failed", "cleaned", "failed"]
    assert records[1]["error"] == "not HTML: content type image/png"
    assert records[0]["id"].startswith("<urn:uuid:")
    assert records[2]["title"] == "Second"
    assert "truncated" in records[3]["error"] or "cut short" in records[3]["error"]


def test_warc_cut_inside_a_record_header_is_not_lost(tmp_path: Path) -> None:
    pages = [(f"https://news.example/{i}", "text/html", story_html(f"Story {i}").encode())
             for i in range(3)]
    data = warc_bytes(pages, gzipped=True)
    one = len(warc_bytes(pages[:1], gzipped=True))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: one + 40])  # stops in the second page's request record
    records = clean_all([str(path)])
    assert [r["status"] for r in records] == ["cleaned", "failed"]
    assert "cut short" in records[1]["error"]


def test_failures_become_records_not_exceptions() -> None:
    cleaner = Cleaner(CleanOptions(max_bytes=10_000))

    def boom(doc):
        raise RuntimeError("stripper bug")

    crashing = Cleaner()
    crashing.pipeline = crashing.pipeline.append(boom)
    assert "not HTML" in cleaner(Page(id="t", content="plain words only", kind="html"))["error"]
    assert "NUL" in cleaner(Page(id="b", content=b"GIF89a\x00\x01\x02", kind="auto"))["error"]
    assert "InputTooLargeError" in cleaner(Page(id="l", content="<p>" + "x" * 20_000,
                                                kind="html"))["error"]
    record = crashing(Page(id="c", content=story_text(), kind="text"))
    assert record["status"] == "failed"
    assert "stripper 'boom' raised RuntimeError('stripper bug')" in record["error"]
    empty = cleaner(Page(id="e", content="Advertisement", kind="text"))
    assert (empty["status"], empty["error"], empty["text"]) == ("empty", None, "")


def test_every_record_has_the_same_keys() -> None:
    ok = Cleaner(CleanOptions(explain=True))(Page(id="a", content=story_text(), kind="text"))
    bad = Cleaner(CleanOptions(explain=True))(Page.failed("b", "broken"))
    assert list(ok) == list(bad)
    assert ok["removals"][0]["reason"] == "ad_markers.line"
    assert bad["removals"] == []


def test_two_processes_keep_input_order() -> None:
    pages = [Page(id=str(i), content=story_text().replace("4,000", f"{i},000"), kind="text")
             for i in range(40)]
    one = list(clean_pages(pages, jobs=1))
    two = list(clean_pages(pages, jobs=2))
    assert [r["id"] for r in two] == [str(i) for i in range(40)]
    assert one == two


def test_reader_is_not_read_far_ahead_of_the_output() -> None:
    pulled = 0

    def numbers():
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield n

    results = ordered_map(abs, numbers(), jobs=2, chunk_size=3, ahead=2)
    for taken in range(1, 50):
        next(results)
        # the window: jobs * ahead chunks of chunk_size items in flight, plus one chunk
        assert pulled <= taken + 2 * 2 * 3 + 3
    results.close()


def _die_on_seven(n: int) -> int:
    if n == 7:
        os._exit(3)  # a worker killed outright, as by a segfault or the OOM killer
    return n * 10


def test_a_dying_worker_costs_only_its_own_record() -> None:
    results = list(ordered_map(_die_on_seven, range(12), jobs=2, chunk_size=2, ahead=1,
                               on_crash=lambda n, exc: -n))
    assert results == [0, 10, 20, 30, 40, 50, 60, -7, 80, 90, 100, 110]


def test_progress_line_only_when_enabled(monkeypatch) -> None:
    from newsclean.batch import Progress, Tally

    monkeypatch.setattr(Progress, "INTERVAL", 0.0)
    tally = Tally()
    tally.add("failed", 2_000_000)
    shown, hidden = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (hidden, False)):
        progress = Progress(stream, enabled=enabled)
        progress.update(tally)
        progress.close()
    assert shown.getvalue().startswith("\r1 records  ")
    assert "2.0 MB  1 errors" in shown.getvalue()
    assert shown.getvalue().endswith("\r")  # the line is erased for the summary
    assert hidden.getvalue() == ""


def test_a_pool_broken_between_results_gives_failed_futures_not_errors() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from newsclean.batch.pool import _Workers

    workers = _Workers(2, None, ())
    try:
        with pytest.raises(BrokenProcessPool):
            workers.pool.submit(_die_on_seven, 7).result()
        assert isinstance(workers.submit(abs, -1).exception(), BrokenProcessPool)
        workers.renew()
        assert workers.submit(abs, -1).result() == 1
    finally:
        workers.pool.shutdown()
