"""Every user-interface string is translated to Swedish and Norwegian, placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "resources" / "translations").glob("digidesk_*.ts"))
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def messages(path: Path):
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        yield message.find("source").text, translation.get("type"), forms


def test_there_are_swedish_and_norwegian_translations():
    assert [p.name for p in TS_FILES] == ["digidesk_nb.ts", "digidesk_sv.ts"]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(path):
    for source, kind, forms in messages(path):
        assert kind not in ("unfinished", "vanished", "obsolete"), source
        for form in forms:
            assert form.strip(), source
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(
                set(PLACEHOLDER.findall(source))
            ), source


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_string_in_the_code_is_missing_from_the_translations(path, tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    sources = [str(p) for p in (REPO / "digidesk" / "qt").rglob("*.py")]
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    untranslated = [s for s, kind, _ in messages(copy) if kind == "unfinished"]
    assert untranslated == []


def test_swedish_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from digidesk.qt.i18n import install_translators

    translators = install_translators(qapp, "sv")
    try:
        assert translators, "digidesk_sv.qm was not found: run `make translations`"
        assert QCoreApplication.translate("WindowMenus", "&File") == "&Arkiv"
        assert QCoreApplication.translate("Commands", "Edit %n value(s)", "", 3) == "Ändra 3 värden"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
