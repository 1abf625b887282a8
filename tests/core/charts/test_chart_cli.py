"""``digidesk chart``: files written, exit codes, one line on stderr when it cannot."""

from __future__ import annotations

import subprocess
import sys

import pytest

DEMO_PROGRESS = [
    "--indicator",
    "SCB-FOLKMANGD",
    "--areas",
    "2284",
    "--target",
    "57 000",
    "--due",
    "2020",
    "--baseline-period",
    "2012",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digidesk", "chart", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("kind", "extra", "suffix"),
    [
        ("timeseries", ["--indicator", "KOLADA-ARBETSLOSHET", "--areas", "award"], ".png"),
        (
            "ranking",
            ["--indicator", "KOLADA-ARBETSLOSHET", "--areas", "award", "--top", "5"],
            ".svg",
        ),
        (
            "scatter",
            [
                "--indicator",
                "KOLADA-MEDIANINKOMST",
                "--indicator",
                "KOLADA-ARBETSLOSHET",
                "--areas",
                "Lidingö stad,Umeå",
                "--size-by-population",
            ],
            ".pdf",
        ),
        (
            "profile",
            [
                "--indicator",
                "KOLADA-MEDIANINKOMST",
                "--indicator",
                "KOLADA-ARBETSLOSHET",
                "--indicator",
                "KOLADA-FORVARV-20-64",
                "--areas",
                "award",
            ],
            ".xlsx",
        ),
        ("progress", DEMO_PROGRESS, ".png"),
    ],
)
def test_each_kind_is_written(tmp_path, kind, extra, suffix):
    out = tmp_path / f"{kind}{suffix}"
    result = run("demo", "--kind", kind, *extra, "--language", "sv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and out.stat().st_size > 1000


def test_dpi_and_language(tmp_path):
    from PIL import Image

    out = tmp_path / "en.png"
    args = ["demo", "--kind", "ranking", "--indicator", "KOLADA-MEDIANINKOMST", "--areas", "0186"]
    assert run(*args, "--language", "en", "--dpi", "72", "--output", str(out)).returncode == 0
    assert Image.open(out).size[0] == 8 * 72


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["demo", "--kind", "ranking", "--indicator", "NOPE"], 2, "NOPE"),
        (
            [
                "demo",
                "--kind",
                "ranking",
                "--indicator",
                "KOLADA-ARBETSLOSHET",
                "--areas",
                "Narnia",
            ],
            2,
            "Narnia",
        ),
        (
            [
                "demo",
                "--kind",
                "ranking",
                "--indicator",
                "KOLADA-ARBETSLOSHET",
                "--areas",
                "0186,NO:0301",
            ],
            2,
            "SE",
        ),
        (
            ["demo", "--kind", "progress", "--indicator", "SCB-FOLKMANGD", "--areas", "2284"],
            2,
            "target",
        ),
        (
            ["demo", "--kind", "progress", "--indicator", "SCB-FOLKMANGD", "--target-id", "T02"],
            2,
            "T02",
        ),
        (["missing.digidesk", "--kind", "ranking", "--indicator", "X"], 3, "missing.digidesk"),
    ],
)
def test_errors_exit_with_one_line(tmp_path, args, code, message):
    result = run(*args, "--language", "en", "--output", str(tmp_path / "out.png"))
    assert result.returncode == code
    assert result.stderr.count("\n") <= 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("digidesk: ") and message in result.stderr
    assert not (tmp_path / "out.png").exists()


def test_an_unknown_kind_is_a_usage_error(tmp_path):
    result = run("demo", "--kind", "pie", "--indicator", "X", "--output", str(tmp_path / "a.png"))
    assert result.returncode == 2 and "invalid choice: 'pie'" in result.stderr


def test_an_unknown_output_format_is_refused_before_anything_is_read(tmp_path):
    out = tmp_path / "chart.gif"
    result = run("missing.digidesk", "--kind", "ranking", "--indicator", "X", "--output", str(out))
    assert result.returncode == 2 and result.stderr.startswith(f"digidesk: {out}: ")


def test_an_unwritable_output_exits_3(tmp_path):
    out = tmp_path / "no folder" / "chart.png"
    result = run(
        "demo",
        "--kind",
        "ranking",
        "--indicator",
        "KOLADA-ARBETSLOSHET",
        "--language",
        "en",
        "--output",
        str(out),
    )
    assert result.returncode == 3 and "could not be saved" in result.stderr
