"""Batch cleaning: read many records, clean them on every core, write them in order.

The pieces, one job each: ``sources`` (files, folders, globs, stdin) with ``jsonl`` and
``warc`` readers turn inputs into :class:`Page` records; ``clean`` turns a Page into an
output record; ``pool`` runs that over worker processes in order and bounded memory;
``writers`` write JSONL, text or Markdown; ``progress`` counts and reports; ``run`` ties
them together. The ``newsclean`` command (:mod:`newsclean.cli`) is a thin layer on top.

>>> import io
>>> out = io.StringIO()
>>> tally = run_batch([Page(id="t", content="Advertisement\\n\\nTalks ended.", kind="text")],
...                   writer=make_writer("text", out))
>>> out.getvalue(), tally.cleaned
('Talks ended.\\n', 1)
"""

from __future__ import annotations

from newsclean.batch.clean import FIELDS, Cleaner, CleanOptions
from newsclean.batch.page import Page
from newsclean.batch.progress import Progress, Tally
from newsclean.batch.run import clean_pages, run_batch
from newsclean.batch.sources import ReadOptions, read_inputs
from newsclean.batch.writers import make_writer

__all__ = ["FIELDS", "CleanOptions", "Cleaner", "Page", "Progress", "ReadOptions", "Tally",
           "clean_pages", "make_writer", "read_inputs", "run_batch"]
