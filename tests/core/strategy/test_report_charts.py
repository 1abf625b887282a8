"""The follow-up report has the charts: the goal-progress chart of every linked target, as
a picture in the workbook's Diagram sheet and after its goal's table in the PDF."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from digidesk.core.analysis.goals import strategy_status
from digidesk.core.export.strategy_charts import progress_charts
from digidesk.strategy_reports import write_reports

LINKED = ["T01", "T04", "T06", "T15", "T17", "T25", "T28", "T33", "T36", "T37"]
AS_OF = dt.date(2023, 3, 31)


@pytest.fixture(scope="module")
def demo():
    from digidesk.core.demo import build_demo_workspace
    from digidesk.core.model.areas import default_register

    workspace = build_demo_workspace()
    return workspace, workspace.strategies[0], default_register()


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory):
    workspace, strategy, register = demo
    folder = tmp_path_factory.mktemp("report")
    status = strategy_status(workspace, strategy, register, AS_OF)
    xlsx, pdf = folder / "uppfoljning.xlsx", folder / "uppfoljning.pdf"
    write_reports(workspace, strategy, status, register, xlsx, pdf, "sv")
    return xlsx, pdf


def _png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", png[16:24])


def test_every_linked_target_with_figures_gets_its_chart(demo):
    workspace, strategy, register = demo
    charts = progress_charts(workspace, strategy, register, "sv")
    assert list(charts) == LINKED  # in document order; T29 is set by hand, not linked
    t04 = charts["T04"]
    assert _png_size(t04.png) == (t04.width, t04.height) and t04.dpi == 150
    assert t04.inches == pytest.approx((7.2, 4.3), abs=0.01)
    # A target without a target value, or whose area has no figures, gets none.
    unfinished = replace(strategy.target("T04"), target_value=None)
    elsewhere = replace(strategy.target("T01"), area_id="0180")
    goals = list(strategy.goals)
    area = goals[0].focus_areas[0]
    goals[0] = replace(goals[0], focus_areas=(replace(area, targets=(elsewhere, unfinished)),))
    smaller = progress_charts(workspace, replace(strategy, goals=tuple(goals)), register, "sv")
    assert "T01" not in smaller and "T04" not in smaller


def test_the_workbook_has_a_picture_per_linked_target(reports):
    xlsx, _pdf = reports
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[-1] == "Diagram"
    sheet = book["Diagram"]
    assert len(sheet._images) == len(LINKED)
    assert sheet["A1"].value.startswith("Utveckling mot målen: Digitaliseringsstrategi")
    captions = [c.value for c in sheet["A"] if c.value and c.value[:1] == "T"]
    assert [c.split(" · ")[0] for c in captions] == LINKED
    assert captions[1].startswith("T04 · ✔ Uppnått")
    anchors = [image.anchor._from.row for image in sheet._images]
    assert anchors == sorted(anchors) and len(set(anchors)) == len(anchors)
    with zipfile.ZipFile(xlsx) as archive:
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
        assert len(media) == len(LINKED)
        width, height = _png_size(archive.read(media[0]))
    assert (width, height) == (1080, 645)


def test_the_pdf_has_the_charts_after_their_goals(reports):
    from pypdf import PdfReader

    _xlsx, pdf = reports
    reader = PdfReader(str(pdf))
    per_page = [len(page.images) for page in reader.pages]
    assert sum(per_page) == len(LINKED)
    first = next(i for i, n in enumerate(per_page) if n)
    text = reader.pages[first].extract_text()
    assert "T01 · ▼ Ej på väg" in text and "Örnsköldsvik" in text and "31 mars 2023" in text
    image = next(iter(reader.pages[first].images))
    assert image.image.size == (1080, 645)
    # Charts follow the table of their goal: T01–T15 belong to the first goal, T17 to the
    # second, whose table comes between them.
    pages_of = {}
    for number, page in enumerate(reader.pages):
        for line in page.extract_text().splitlines():
            for target in LINKED:
                if line.startswith(f"{target} · "):
                    pages_of.setdefault(target, number)
    assert list(pages_of) == LINKED
    assert pages_of["T15"] < pages_of["T17"]
    buffer = io.BytesIO()
    reader.pages[first].images[0].image.save(buffer, format="PNG")
    assert buffer.getvalue().startswith(b"\x89PNG")
