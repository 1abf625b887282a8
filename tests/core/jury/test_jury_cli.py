"""``digidesk jury``: the commands, their exit codes and one line on stderr for bad input."""

from __future__ import annotations

import json

import openpyxl

from digidesk.cli import main


def test_template_results_protocol_and_verify(tmp_path, capsys):
    template = tmp_path / "J1.xlsx"
    assert main(["jury", "template", "demo", "--juror", "J1", str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames[:1] == ["Poäng"] or template.exists()
    assert main(["jury", "results", "demo", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["winner_differs"] is True
    protocol = tmp_path / "protokoll.xlsx"
    pdf = tmp_path / "protokoll.pdf"
    args = ["jury", "protocol", "demo", str(protocol), "--pdf", str(pdf), "--language", "sv"]
    assert main(args) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["jury", "verify", str(protocol), "demo"]) == 0
    assert data["fingerprint"] in capsys.readouterr().out


def test_import_writes_a_workspace_and_verify_then_fails(tmp_path, capsys):
    template = tmp_path / "J2.xlsx"
    assert main(["jury", "template", "demo", "--juror", "J2", str(template)]) == 0
    book = openpyxl.load_workbook(template)
    book.worksheets[0]["C5"] = 1
    book.save(template)
    protocol = tmp_path / "protokoll.xlsx"
    assert main(["jury", "protocol", "demo", str(protocol)]) == 0
    out = tmp_path / "efter.digidesk"
    assert main(["jury", "import", "demo", str(template), "--output", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report[0]["status"] == "ok"
    assert report[0]["changes"] == [
        {"area_id": "0186", "criterion_id": "C1", "old": 3, "new": 1.0, "comment_only": False}
    ]
    assert main(["jury", "verify", str(protocol), str(out)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"digidesk: {protocol}:")


def test_bad_input_gives_one_line_and_an_exit_code(tmp_path, capsys):
    assert main(["jury", "template", "demo", "--juror", "NOBODY", str(tmp_path / "x.xlsx")]) == 2
    assert main(["jury", "results", str(tmp_path / "saknas.digidesk"), "--json"]) == 3
    junk = tmp_path / "junk.xlsx"
    openpyxl.Workbook().save(junk)
    assert main(["jury", "verify", str(junk), "demo"]) == 3
    assert main(["jury", "verify", str(tmp_path / "saknas.xlsx"), "demo"]) == 3
    assert main(["jury", "protocol", "demo", str(tmp_path / "no" / "p.xlsx")]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert all(line.startswith("digidesk: ") for line in err.splitlines())
    assert len(err.splitlines()) == 5
