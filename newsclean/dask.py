"""Cleaning on a Dask cluster: partition by partition, one pipeline per partition.

Three entry points, all lazy (nothing runs until you compute or write):

- :func:`clean_bag`: a bag of page dicts (``{"id", "url", "html"}`` or ``{"text"}``) to a
  bag of output records, the same records the ``newsclean`` command writes;
- :func:`clean_dataframe`: a dataframe with an HTML and/or text column to a dataframe of
  output records (nested fields as JSON strings, so Parquet gets one flat schema);
- :func:`clean_files`: a list of WARC / JSONL / HTML paths to a bag of output records,
  one partition per file, each file streamed by the worker that reads it;
- :func:`records_frame`: such a bag as a dataframe of string columns, ready for Parquet.

:func:`clean_partition` and :func:`clean_frame` are the plain functions behind them; they
need no Dask. :func:`clean_frames` is the same for PySpark's ``mapInPandas`` (see
docs/scale.md).
Dask itself is imported only inside the functions (``pip install "newsclean[dask]"``).

>>> rows = [{"id": "a", "text": "Advertisement\\n\\nTalks ended."}, {"id": "b"}]
>>> [(r["id"], r["status"], r["text"]) for r in clean_partition(rows)]
[('a', 'cleaned', 'Talks ended.'), ('b', 'failed', '')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsclean.batch.clean import FIELDS, Cleaner, CleanOptions
from newsclean.batch.jsonl import page_from_record
from newsclean.batch.sources import ReadOptions, read_inputs

if TYPE_CHECKING:
    import pandas

NESTED = ("authors", "dateline", "captions", "warnings", "removals")
"""Record fields that are lists or dicts; ``clean_frame`` stores them as JSON strings."""


def clean_partition(records: Iterable[dict[str, Any]], *, read: ReadOptions | None = None,
                    options: CleanOptions | None = None) -> list[dict[str, Any]]:
    """Output records for one partition of page dicts, with one Cleaner for all of them.

    A dict with neither field, or a field of the wrong type, gives a failed record; the
    id defaults to the record's position in the partition.
    """
    return _clean_dicts(records, Cleaner(options), read or ReadOptions())


def clean_frame(frame: pandas.DataFrame, *, read: ReadOptions | None = None,
                options: CleanOptions | None = None) -> pandas.DataFrame:
    """A pandas DataFrame of pages to a DataFrame of output records (one row per row).

    Every column is a string column: nested fields (``NESTED``) hold JSON, dates ISO text,
    so each partition has the same Parquet schema. Missing values (NaN, None) count as
    absent fields.
    """
    return _clean_frame(frame, Cleaner(options), read or ReadOptions())


def clean_frames(frames: Iterable[pandas.DataFrame], *, read: ReadOptions | None = None,
                 options: CleanOptions | None = None) -> Iterator[pandas.DataFrame]:
    """``clean_frame`` over a stream of DataFrames with one Cleaner: PySpark's ``mapInPandas``."""
    cleaner = Cleaner(options)
    for frame in frames:
        yield _clean_frame(frame, cleaner, read or ReadOptions())


def _clean_dicts(records: Iterable[dict[str, Any]], cleaner: Cleaner,
                 read: ReadOptions) -> list[dict[str, Any]]:
    return [cleaner(page_from_record(record, f"#{n}", None, read))
            for n, record in enumerate(records)]


def _clean_frame(frame: pandas.DataFrame, cleaner: Cleaner,
                 read: ReadOptions) -> pandas.DataFrame:
    import pandas as pd

    rows = ({k: v for k, v in row.items() if isinstance(v, str) or _present(v)}
            for row in frame.to_dict(orient="records"))
    cleaned = _clean_dicts(rows, cleaner, read)
    names = list(columns(explain=cleaner.options.explain))
    return pd.DataFrame([_flat(r) for r in cleaned], columns=names,
                        index=frame.index).astype(pd.StringDtype())


def columns(*, explain: bool = False) -> tuple[str, ...]:
    """The columns of ``clean_frame``'s output, in order."""
    return (*FIELDS, "removals") if explain else FIELDS


def clean_bag(bag: Any, *, read: ReadOptions | None = None,
              options: CleanOptions | None = None) -> Any:
    """A ``dask.bag.Bag`` of page dicts to a Bag of output records."""
    return bag.map_partitions(clean_partition, read=read, options=options)


def clean_dataframe(frame: Any, *, read: ReadOptions | None = None,
                    options: CleanOptions | None = None) -> Any:
    """A ``dask.dataframe.DataFrame`` of pages to one of output records, all string columns."""
    meta = _meta(options is not None and options.explain)
    return frame.map_partitions(clean_frame, read=read, options=options, meta=meta)


def records_frame(records: Any, *, explain: bool = False) -> Any:
    """A bag of output records as a dask DataFrame of string columns (nested fields as JSON).

    Use it to write Parquet: ``records_frame(clean_files(paths)).to_parquet("out/")``.
    """
    import pandas as pd

    meta = _meta(explain)
    frame = records.map(_flat).to_dataframe(meta=meta)
    return frame.astype(pd.StringDtype())


def clean_paths(paths: Iterable[str], *, read: ReadOptions | None = None,
                options: CleanOptions | None = None) -> Iterator[dict[str, Any]]:
    """Output records of every record in ``paths`` (WARC, JSONL, HTML, text), streamed."""
    cleaner = Cleaner(options)
    for page in read_inputs(paths, read):
        yield cleaner(page)


def clean_files(paths: list[str], *, read: ReadOptions | None = None,
                options: CleanOptions | None = None) -> Any:
    """A Bag of output records for WARC / JSONL / HTML files, one partition per file."""
    import dask.bag as db

    bag = db.from_sequence(paths, partition_size=1)  # type: ignore[no-untyped-call]
    return bag.map_partitions(_clean_paths_list, read=read, options=options)


def _clean_paths_list(paths: Iterable[str], *, read: ReadOptions | None,
                      options: CleanOptions | None) -> list[dict[str, Any]]:
    return list(clean_paths(paths, read=read, options=options))


def _meta(explain: bool) -> Any:
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=pd.StringDtype())
                         for name in columns(explain=explain)})


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if k in NESTED else v
            for k, v in record.items()}


def _present(value: Any) -> bool:
    import pandas as pd

    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays: present
        return True


__all__ = ["NESTED", "clean_bag", "clean_dataframe", "clean_files", "clean_frame",
           "clean_frames", "clean_partition", "clean_paths", "columns", "records_frame"]
