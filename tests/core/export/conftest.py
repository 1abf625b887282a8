"""LibreOffice as a second reader of the workbooks DigiDesk writes."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Convert = Callable[[Path, str], Path]


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory) -> Convert:
    """``convert(path, filter)``: the file LibreOffice makes of ``path`` (skipped without it).

    ``filter`` is a ``--convert-to`` argument such as ``"pdf"`` or
    ``"xlsx:Calc MS Excel 2007 XML"``; the result keeps the stem of ``path``.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    root = tmp_path_factory.mktemp("lo")
    profile = root / "profile"

    def convert(path: Path, target: str) -> Path:
        out = root / f"{path.stem}-{target.split(':')[0]}"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        made = list(out.iterdir())
        assert len(made) == 1, made
        return made[0]

    return convert
