"""Thousands of hostile files through the import: a typed error or a result, never a traceback,
a dead process or a hang.

``DIGIDESK_FUZZ_INPUTS`` sets how many inputs a run tries (5,000 by default; the long run in
docs/fuzzing.md uses 200,000). A failing input is saved under ``tests/fuzz/regressions/``,
which every run replays first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness import REGRESSIONS, Importer, keep_regression
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import hostile_files

BATCH = 50
INPUTS = int(os.environ.get("DIGIDESK_FUZZ_INPUTS", "5000"))
FAILED = ("bug", "crash", "hang")


@pytest.fixture(scope="module")
def importer():
    pool = Importer(workers=max(1, min(2, os.cpu_count() or 1)))
    yield pool
    pool.close()


def test_known_regressions_stay_fixed(importer):
    files = sorted(REGRESSIONS.glob("*")) if REGRESSIONS.is_dir() else []
    outcomes = importer.run([(p.name, p.read_bytes()) for p in files if p.is_file()])
    assert [o for o in outcomes if o.status in FAILED] == []


@settings(
    max_examples=max(1, INPUTS // BATCH),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(hostile_files, min_size=BATCH, max_size=BATCH))
def test_hostile_files_never_break_the_import(importer, inputs):
    outcomes = importer.run(inputs)
    failures = [
        (o, data) for o, (_, data) in zip(outcomes, inputs, strict=True) if o.status in FAILED
    ]
    for outcome, data in failures:
        saved = keep_regression(outcome.name, data)
        print(f"{outcome.status}: {saved.relative_to(Path(__file__).parent)}\n{outcome.detail}")
    assert not failures, failures[0][0].detail
