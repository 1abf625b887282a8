"""The juror workbook as LibreOffice reads it: validation and protection survive."""

from __future__ import annotations

import zipfile

import openpyxl

from digidesk.core.export.juror_sheets import FIRST_ROW, GREY, write_juror_template
from digidesk.core.model.award import Award, Conflict, Criterion, Juror, Nominee
from digidesk.jury_wording import jury_words

AWARD = Award(
    "Sveriges Digitaliseringskommun",
    2019,
    criteria=(
        Criterion("C1", "Verksamhetsutveckling", weight=2),
        Criterion("C2", "Innovation", scale_min=0, scale_max=10),
    ),  # fmt: skip
    nominees=(Nominee("0186", "Lidingö stad"), Nominee("1080", "Karlskrona kommun")),
    jurors=(Juror("J1", "Åsa Öberg", (Conflict("1080", "Bor i Karlskrona"),)),),
)


def check(path, structure: str = "lockStructure"):
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.protection.sheet
    validations = {
        str(v.sqref): (v.type, v.operator or "between", float(v.formula1), float(v.formula2))
        for v in sheet.data_validations.dataValidation
    }
    assert validations[f"C{FIRST_ROW + 1}"] == ("decimal", "between", 1, 5)
    assert validations[f"E{FIRST_ROW + 1}"] == ("decimal", "between", 0, 10)
    assert f"C{FIRST_ROW + 2}" not in validations  # the conflicted nominee has no input cell
    assert not sheet[f"C{FIRST_ROW + 1}"].protection.locked
    assert not sheet[f"D{FIRST_ROW + 1}"].protection.locked
    conflicted = sheet[f"C{FIRST_ROW + 2}"]
    assert conflicted.protection.locked
    assert conflicted.fill.fgColor.rgb.upper().endswith(GREY[1:].upper())
    assert "Bor i Karlskrona" in sheet[f"D{FIRST_ROW + 2}"].value
    assert sheet["B5"].value == "Lidingö stad"
    assert book["digidesk"].sheet_state in ("hidden", "veryHidden")
    with zipfile.ZipFile(path) as archive:
        workbook_xml = archive.read("xl/workbook.xml").decode("utf-8")
    assert structure in workbook_xml


def test_the_template_as_written(tmp_path):
    path = tmp_path / "J1.xlsx"
    write_juror_template(AWARD, "J1", path, jury_words("sv"))
    check(path)


def test_validation_and_protection_survive_libreoffice(tmp_path, libreoffice):
    path = tmp_path / "J1.xlsx"
    write_juror_template(AWARD, "J1", path, jury_words("sv"))
    # LibreOffice writes a protected structure as a bare <workbookProtection/> and reads it
    # back as protected.
    check(libreoffice(path, "xlsx:Calc MS Excel 2007 XML"), "<workbookProtection")
