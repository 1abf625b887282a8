"""Charts as PNG, SVG and PDF files, and in a workbook as native Excel charts or pictures."""

from __future__ import annotations

import openpyxl
import pytest

from digidesk.core.charts import ChartRequest, make_chart, save_chart
from digidesk.core.errors import ChartError, ExportError
from digidesk.core.export.chart_sheets import chart_sheet, export_chart

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))
SIGNATURES = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<?xml", ".pdf": b"%PDF-"}


@pytest.fixture(scope="module")
def ranking(demo, register):
    return make_chart(demo, register, ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES))


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_every_format_is_written_whole(ranking, tmp_path, suffix):
    path = tmp_path / f"ranking{suffix}"
    save_chart(ranking, path)
    data = path.read_bytes()
    assert data.startswith(SIGNATURES[suffix])
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it
    if suffix == ".svg":
        assert "Lidingö" in data.decode("utf-8") or b"<path" in data


def test_png_resolution_follows_the_dpi(ranking, tmp_path):
    from PIL import Image

    save_chart(ranking.figure, tmp_path / "low.png", dpi=50)
    save_chart(ranking, tmp_path / "high.png", dpi=200)
    low, high = Image.open(tmp_path / "low.png"), Image.open(tmp_path / "high.png")
    assert high.size[0] == pytest.approx(low.size[0] * 4, abs=2)
    assert low.size[0] == int(ranking.figure.get_figwidth() * 50)


def test_bad_requests_leave_the_earlier_file(ranking, tmp_path):
    earlier = tmp_path / "chart.png"
    earlier.write_bytes(b"earlier")
    with pytest.raises(ChartError, match="chart.unsupported_format"):
        save_chart(ranking, tmp_path / "chart.gif")
    with pytest.raises(ChartError, match="chart.bad_dpi"):
        save_chart(ranking, earlier, dpi=0)
    with pytest.raises(ExportError, match="chart.write_failed"):
        save_chart(ranking, tmp_path / "no such folder" / "chart.png")
    with pytest.raises(ChartError, match="chart.not_a_chart"):
        save_chart("not a chart", earlier)  # type: ignore[arg-type]
    assert earlier.read_bytes() == b"earlier"


def test_a_failing_draw_leaves_the_earlier_file(ranking, tmp_path, monkeypatch):
    earlier = tmp_path / "chart.pdf"
    earlier.write_bytes(b"earlier")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ranking.figure, "savefig", broken)
    with pytest.raises(ExportError) as error:
        save_chart(ranking, earlier)
    assert error.value.params["reason"] == "No space left on device"
    assert earlier.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [earlier]


def test_native_excel_charts_where_excel_has_the_type(demo, register):
    kinds = {
        "timeseries": (("KOLADA-ARBETSLOSHET",), "line"),
        "ranking": (("KOLADA-ARBETSLOSHET",), "barh"),
        "scatter": (("KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET"), "scatter"),
        "profile": (("KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET", "KOLADA-UTPENDLING"), "radar"),
    }
    for kind, (indicators, native) in kinds.items():
        chart = make_chart(demo, register, ChartRequest(kind, indicators, NOMINEES))
        sheet = chart_sheet(chart)
        assert [c.kind for c in sheet.charts] == [native] and not sheet.images, kind
        assert set(sheet.charts[0].series) <= set(sheet.frame.columns)
    multiples = make_chart(
        demo,
        register,
        ChartRequest("multiples", ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST"), NOMINEES),
    )
    sheet = chart_sheet(multiples)
    assert not sheet.charts and sheet.images[0].png.startswith(SIGNATURES[".png"])


def test_the_workbook_holds_the_figures_and_the_chart(ranking, tmp_path):
    path = tmp_path / "ranking.xlsx"
    assert export_chart(ranking, path) == []
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Arbetslöshet", "Om"]
    sheet = book["Arbetslöshet"]
    assert len(sheet._charts) == 1
    rows = list(sheet.iter_rows(values_only=True))
    header = rows.index(("Område", "Kod", "Värde", "Rang", "Vald"))
    lidingo = next(r for r in rows[header + 1 :] if r[1] == "0186")
    assert lidingo[0] == "Lidingö" and lidingo[3] == "5 av 290" and lidingo[4] == "●"
    assert 0 < lidingo[2] < 0.1  # a percent cell: 2,7 % is 0.027
    assert rows[0][0] == "Arbetslöshet" and rows[1][0].startswith("Källa: Kolada")
    picture = tmp_path / "picture.xlsx"
    export_chart(ranking, picture, picture=True)
    assert len(openpyxl.load_workbook(picture)["Arbetslöshet"]._images) == 1
