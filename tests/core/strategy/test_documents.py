"""The seed strategy comes in from text, Word and PDF with its 5 goals, 13 development areas
and 37 targets and their years; hostile documents are refused with typed errors."""

from __future__ import annotations

import os
import random
import zipfile

import pytest
from seed_strategy import AREAS, GOALS, SEED

from digidesk.core.errors import InputError
from digidesk.core.io.documents import read_document, sniff_document
from digidesk.core.io.strategy_document import parse_document
from digidesk.core.io.strategy_import import import_strategy
from digidesk.core.model.areas import default_register


def _check_seed(strategy, expected_targets) -> None:
    assert strategy.counts() == (5, 13, 37)
    assert [g.name for g in strategy.goals] == GOALS
    assert [[a.name for a in g.focus_areas] for g in strategy.goals] == AREAS
    targets = strategy.targets()
    for target, row in zip(targets, expected_targets, strict=True):
        assert target.id == row["id"]
        assert target.due_year == int(row["due_year"]), target.text
        assert target.text.startswith(row["starts_with"]), target.text
        goal = strategy.goals[int(row["goal"]) - 1]
        assert target in goal.focus_areas[int(row["area"]) - 1].targets
    assert [p.name for p in strategy.perspectives] == [
        "Digital trygghet",
        "Digital kompetens",
        "Digitalt ledarskap",
        "Digital hållbarhet",
        "Digital innovation",
    ]
    assert (strategy.area_id, strategy.country) == ("2284", "SE")


def test_the_seed_text_gives_every_goal_area_and_target_with_its_year(expected_targets):
    document = read_document(SEED, in_worker=False)
    parsed = parse_document(document, default_register())
    _check_seed(parsed.strategy, expected_targets)
    broadband = parsed.strategy.target("T04")
    assert broadband.text.endswith("90 procent av hushållen ska ha tillgång till bredband på "
                                   "minst 100 Mbit/s.")  # fmt: skip
    # Footnote markers are left out of the text: "ekosystem7", "ekologiskt).9".
    assert "ekosystem implementerats" in parsed.strategy.target("T19").text
    assert parsed.strategy.target("T33").text.endswith("ekologiskt).")
    # What was found can be shown in the text: each target's span holds its own words.
    spans = {f.node_id: f for f in parsed.found if f.kind == "target"}
    assert len(spans) == 37
    t04 = parsed.text[spans["T04"].start : spans["T04"].end]
    assert t04.lstrip("• ").startswith("2020 har koncernen") and "100 Mbit/s" in t04
    years = [f for f in parsed.found if f.kind == "due_year"]
    assert len(years) == 37 and parsed.text[years[0].start : years[0].end] == "2023"


def _docx(path, lines) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("•"):
            document.add_paragraph(stripped.lstrip("• "), style="List Bullet")
        else:
            document.add_paragraph(line)
    document.save(path)


def _pdf(path, lines) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from digidesk.core.export.pdf import FONT, register_fonts

    register_fonts()
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        if y < 60:
            page.showPage()
            y = 800
        page.setFont(FONT, 9)
        page.drawString(40, y, line)
        y -= 12
    page.save()


def test_a_word_document_of_the_same_text_gives_the_same(tmp_path, seed_lines, expected_targets):
    path = tmp_path / "strategi.docx"
    _docx(path, seed_lines)
    assert sniff_document(path) == "docx"
    parsed = parse_document(read_document(path, in_worker=False), default_register())
    _check_seed(parsed.strategy, expected_targets)


def test_a_pdf_of_the_same_text_gives_the_same(tmp_path, seed_lines, expected_targets):
    path = tmp_path / "strategi.pdf"
    _pdf(path, seed_lines)
    result = import_strategy(path)  # in the worker process, as files from outside are read
    assert result.kind == "pdf"
    _check_seed(result.strategy, expected_targets)


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(260):  # 260 MiB of zeros, more than a member may inflate to
                member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError) as error:
        import_strategy(path)
    assert error.value.code == "input.zip_bomb"


def test_a_docx_with_xml_entities_is_refused(tmp_path):
    path = tmp_path / "entity.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a '
                         '"aaaa">]><d>&a;</d>')  # fmt: skip
    with pytest.raises(InputError) as error:
        read_document(path, in_worker=False)
    assert error.value.code == "input.unsafe_xml"


def test_a_huge_pdf_is_refused_by_its_size(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(600 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError) as error:
        import_strategy(path)
    assert error.value.code == "input.too_large"


def test_binary_junk_and_a_broken_pdf_are_refused(tmp_path):
    junk = tmp_path / "strategi.docx"
    junk.write_bytes(random.Random(15).randbytes(8192))
    with pytest.raises(InputError) as error:
        import_strategy(junk)
    assert error.value.code == "input.not_document"
    broken = tmp_path / "strategi.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + random.Random(16).randbytes(4096))
    with pytest.raises(InputError) as error:
        import_strategy(broken)
    assert error.value.code in ("input.unreadable", "input.no_strategy")
    zipped = tmp_path / "not_word.docx"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("hello.txt", "hej")
    with pytest.raises(InputError) as error:
        import_strategy(zipped)
    assert error.value.code == "input.not_document"
    # A damaged header that asks for a zip version Python cannot read.
    data = bytearray(zipped.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = (107).to_bytes(2, "little")
    future = tmp_path / "future.docx"
    future.write_bytes(bytes(data))
    with pytest.raises(InputError) as error:
        import_strategy(future)
    assert error.value.code in ("input.truncated", "input.not_document")


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError) as error:
        import_strategy(tmp_path / "nothing.pdf")
    assert error.value.code == "input.not_found"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as error:
        import_strategy(empty)
    assert error.value.code == "input.empty"
    prose = tmp_path / "prose.txt"
    prose.write_text("Bara en vanlig text utan mål.\n" * 3, encoding="utf-8")
    with pytest.raises(InputError) as error:
        import_strategy(prose)
    assert error.value.code == "input.no_strategy"
    assert os.path.exists(prose)
