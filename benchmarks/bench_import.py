"""Import speed: a 200,000-row Kolada-style long xlsx and a 290 × 30 wide one.

DigiDesk's full import (sniff and safety checks, reading in the worker process,
finding the table, tidying to the observation table with area matching) against
two baselines that only read the sheet into a DataFrame:
``pandas.read_excel(engine="openpyxl")`` and ``pandas.read_excel(engine="calamine")``.
Each measurement runs in a fresh process, which also reports its peak memory
(with the reader process's, for DigiDesk).

Goals: DigiDesk at least 10× faster than pandas + openpyxl on the long file, the
wide file within 2 s (there the start of the reader process dominates), and a peak
under 400 MB.

Run from the repository root: ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

LONG_ROWS = 200_000
REPETITIONS = 3

_MEASURE = """
import resource, sys, time
path, how = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if how == "digidesk":
    from digidesk.core.io.pipeline import import_file
    result = import_file(path)
    rows = sum(len(t.result.observations) for t in result.tables)
else:
    import pandas as pd
    rows = len(pd.read_excel(path, engine=how, dtype=object))
elapsed = time.perf_counter() - start
peak_kb = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
)
print(elapsed, peak_kb / 1024, rows)
"""


def _municipalities() -> list[tuple[str, str]]:
    from digidesk.core.model.areas import default_register

    kommuner = default_register().areas(country="SE", level="municipality")
    return [(a.area_id, a.name) for a in kommuner]


def make_long(path: Path) -> None:
    """Kolada's API table: kpi, municipality_id, period, gender, value, count, status."""
    from openpyxl import Workbook

    rng = random.Random(1)
    kommuner = _municipalities()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Kolada")
    sheet.append(["kpi", "municipality_id", "period", "gender", "value", "count", "status"])
    kpis = [f"N{n:05d}" for n in range(1, 100)]
    written = 0
    for kpi in kpis:
        for year in range(2010, 2024):
            for code, _name in kommuner:
                for gender in ("T", "K", "M"):
                    if written >= LONG_ROWS:
                        break
                    value = round(rng.uniform(0, 1000), 1) if rng.random() > 0.02 else None
                    sheet.append([kpi, code, year, gender, value, 1, "" if value else "-"])
                    written += 1
    workbook.save(path)


def make_wide(path: Path) -> None:
    """A kommun per row, years 1994–2023 as columns (Kolada's EOS export layout)."""
    from openpyxl import Workbook

    rng = random.Random(2)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Värde")
    years = list(range(1994, 2024))
    sheet.append(["Kommun", "Nyckeltal", *years])
    for _code, name in _municipalities():
        values = [round(rng.uniform(0, 100), 1) for _ in years]
        sheet.append([name, "Invånare 65+, andel (%)", *values])
    workbook.save(path)


def measure(path: Path, how: str) -> tuple[float, float, int]:
    best: tuple[float, float, int] | None = None
    for _ in range(REPETITIONS):
        output = subprocess.run(
            [sys.executable, "-c", _MEASURE, str(path), how],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        elapsed, peak, rows = float(output[0]), float(output[1]), int(output[2])
        if best is None or elapsed < best[0]:
            best = (elapsed, peak, rows)
    assert best is not None
    return best


def main() -> int:
    metrics: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as folder:
        files = {"long": Path(folder) / "kolada_long.xlsx", "wide": Path(folder) / "wide.xlsx"}
        make_long(files["long"])
        make_wide(files["wide"])
        print(f"{'file':6} {'reader':10} {'best of 3 (s)':>14} {'peak (MB)':>10} {'rows':>9}")
        for name, path in files.items():
            results = {how: measure(path, how) for how in ("digidesk", "calamine", "openpyxl")}
            for how, (elapsed, peak, rows) in results.items():
                print(f"{name:6} {how:10} {elapsed:14.2f} {peak:10.0f} {rows:9d}")
            ours = results["digidesk"][0]
            for baseline in ("openpyxl", "calamine"):
                print(f"{name}: DigiDesk is {results[baseline][0] / ours:.1f}× {baseline}")
            metrics[f"{name}_import"] = {
                "value": round(ours, 3),
                "unit": "s",
                "baseline": round(results["openpyxl"][0], 3),
                "ratio": round(results["openpyxl"][0] / ours, 2),
                # A 290-row file is dominated by starting the reader process (about 1 s).
                "goal": "ratio >= 10" if name == "long" else "value <= 2",
                "calamine_baseline": round(results["calamine"][0], 3),
            }
            metrics[f"{name}_peak_memory"] = {
                "value": round(results["digidesk"][1]),
                "unit": "MB",
                "goal": "value <= 400",
            }
    print(json.dumps({"benchmark": "import", "metrics": metrics}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
