"""newsclean.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd
import pytest

from newsclean.batch import CleanOptions, ReadOptions
from newsclean.dask import (
    clean_bag,
    clean_dataframe,
    clean_files,
    clean_frames,
    columns,
    records_frame,
)
from tests.test_batch import story_html, story_text, warc_bytes


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as connected:
        assert len(connected.scheduler_info()["workers"]) == 2
        yield connected


def test_bag_of_pages_cleaned_partition_by_partition(client) -> None:
    rows = [{"id": f"h{i}", "url": f"https://news.example/{i}", "html": story_html(f"Story {i}")}
            for i in range(6)]
    rows += [{"id": "t", "text": story_text()}, {"id": "nothing"}]
    bag = db.from_sequence(rows, npartitions=4)
    records = clean_bag(bag, options=CleanOptions(explain=True)).compute()
    assert [r["id"] for r in records] == [r["id"] for r in rows]
    assert [r["title"] for r in records[:6]] == [f"Story {i}" for i in range(6)]
    assert records[6]["removals"][0]["reason"] == "ad_markers.line"
    assert records[7]["status"] == "failed"
    assert "missing field" in records[7]["error"]


def test_dataframe_to_parquet_round_trip(client, tmp_path: Path) -> None:
    frame = pd.DataFrame({"doc": [f"d{i}" for i in range(5)],
                          "body": [story_html(f"Story {i}") for i in range(4)] + [None],
                          "text": [None] * 4 + [story_text()]})
    ddf = dd.from_pandas(frame, npartitions=2)
    cleaned = clean_dataframe(ddf, read=ReadOptions(html_field="body", id_field="doc"))
    assert list(cleaned.columns) == list(columns())
    cleaned.to_parquet(str(tmp_path / "out"))
    back = pd.read_parquet(tmp_path / "out").sort_values("id")
    assert list(back["id"]) == [f"d{i}" for i in range(5)]
    assert set(back["status"]) == {"cleaned"}
    assert json.loads(back.iloc[4]["warnings"]) == []
    assert back.iloc[0]["title"] == "Story 0"


def test_files_bag_reads_warc_and_jsonl_on_the_workers(client, tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(warc_bytes([("https://news.example/a", "text/html", story_html().encode()),
                                 ("https://news.example/b.js", "application/javascript",
                                  b"var x = 1;")], gzipped=True))
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text(json.dumps({"id": "j", "text": story_text()}) + "\n{bad\n",
                     encoding="utf-8")
    bag = clean_files([str(warc), str(jsonl)])
    assert bag.npartitions == 2
    records = bag.compute()
    assert [r["status"] for r in records] == ["cleaned", "failed", "cleaned", "failed"]
    out = tmp_path / "jsonl"
    bag.map(json.dumps).to_textfiles(str(out / "*.jsonl"))
    assert len(list(out.glob("*.jsonl"))) == 2
    records_frame(bag).to_parquet(str(tmp_path / "parquet"))
    back = pd.read_parquet(tmp_path / "parquet")
    assert list(back["status"]) == ["cleaned", "failed", "cleaned", "failed"]
    assert list(back.columns) == list(columns())


def test_clean_frames_shares_one_cleaner_across_batches(monkeypatch) -> None:
    import newsclean.dask as module

    built = []
    real = module.Cleaner

    def counting(options=None):
        built.append(options)
        return real(options)

    monkeypatch.setattr(module, "Cleaner", counting)
    batches = [pd.DataFrame({"id": [f"{b}{i}" for i in range(3)], "text": [story_text()] * 3})
               for b in "xyz"]
    out = list(clean_frames(iter(batches)))
    assert len(built) == 1
    assert [list(f["id"]) for f in out] == [list(b["id"]) for b in batches]
    assert {s for f in out for s in f["status"]} == {"cleaned"}
