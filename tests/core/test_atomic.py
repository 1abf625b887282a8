"""Files written atomically get the permissions a plain open() would give them."""

from __future__ import annotations

import os
import stat
import sys

import pandas as pd
import pytest

from digidesk.core import atomic
from digidesk.core.atomic import atomic_target
from digidesk.core.export.csv import write_csv
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.spec import SheetSpec

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_files_follow_the_umask(tmp_path, monkeypatch, umask):
    monkeypatch.setattr(atomic, "_UMASK", umask)
    frame = pd.DataFrame({"area_id": ["0180"], "value": [1.5]})
    write_csv(frame, tmp_path / "out.csv")
    write_workbook([SheetSpec("Data", frame)], tmp_path / "out.xlsx")
    assert _mode(tmp_path / "out.csv") == 0o666 & ~umask
    assert _mode(tmp_path / "out.xlsx") == 0o666 & ~umask


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = tmp_path / "shared.csv"
    path.write_text("old")
    os.chmod(path, 0o640)
    with atomic_target(path) as temp:
        temp.write_text("new")
    assert path.read_text() == "new"
    assert _mode(path) == 0o640


def test_the_umask_read_is_the_processs():
    mask = os.umask(0o022)
    os.umask(mask)
    assert atomic._read_umask() == mask
