"""The packaging scripts agree with pyproject.toml, so that a release cannot ship a stale
name, version, entry point or a missing resource."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
SPEC = (ROOT / "packaging" / "digidesk.spec").read_text("utf-8")
ISS = (ROOT / "packaging" / "windows" / "digidesk.iss").read_text("utf-8")


def test_spec_takes_name_and_version_from_pyproject():
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in SPEC
    assert 'VERSION = PROJECT["version"]' in SPEC
    assert 'name="digidesk"' in SPEC  # the executable
    assert re.search(r'COLLECT\(exe, a\.binaries, a\.datas,.*name="DigiDesk"\)', SPEC)


def test_spec_entry_point_is_the_console_script():
    script = PROJECT["scripts"]["digidesk"]
    module, function = script.split(":")
    entry = (ROOT / "packaging" / "digidesk_main.py").read_text("utf-8")
    assert f"from {module} import {function}" in entry
    assert 'packaging" / "digidesk_main.py"' in SPEC


def test_spec_ships_every_resource_folder():
    for folder in ("register", "demo", "templates", "translations", "icons"):
        assert f'"resources" / "{folder}"' in SPEC, folder
    assert list((ROOT / "resources" / "register").glob("*.csv"))
    assert (ROOT / "resources" / "demo" / "ornskoldsvik_digitaliseringsstrategi.txt").is_file()
    assert (ROOT / "resources" / "templates" / "strategi_mall.xlsx").is_file()
    assert list((ROOT / "resources" / "translations").glob("*.ts"))
    assert (ROOT / "resources" / "icons" / "digidesk.svg").is_file()
    assert (ROOT / "resources" / "icons" / "digidesk-document.svg").is_file()


def _spec_datas() -> list[tuple[str, str]]:
    """The spec's DATAS as PyInstaller computes them (the spec's top, before Analysis)."""
    top = SPEC.split("a = Analysis(")[0]
    namespace = {"SPECPATH": str(ROOT / "packaging")}
    exec(compile(top, "digidesk.spec", "exec"), namespace)
    return namespace["DATAS"]


def test_spec_ships_the_user_guide_with_only_its_pictures():
    guides = sorted((ROOT / "docs").glob("user-guide.*.md"))
    assert {p.name for p in guides} >= {"user-guide.sv.md", "user-guide.en.md"}
    pictures = set()
    for guide in guides:
        for name in re.findall(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?", guide.read_text("utf-8")):
            assert (ROOT / "docs" / name).is_file(), f"{guide.name}: {name}"
            pictures.add(name)
    shipped = {Path(source).name for source, dest in _spec_datas() if dest == "docs"}
    assert shipped == {p.name for p in guides} | pictures  # the guide, and no other picture
    assert "docs" not in {Path(source).name for source, _ in _spec_datas()}  # not the folder


def test_inno_setup_script_matches_the_build():
    default = re.search(r'#define AppVersion "([^"]+)"', ISS)
    assert default and default.group(1) == PROJECT["version"]
    assert '#define AppExe "digidesk.exe"' in ISS  # the spec's EXE name
    assert r'Source: "..\..\dist\DigiDesk\*"' in ISS  # the spec's COLLECT folder
    assert "PrivilegesRequired=lowest" in ISS  # per-user install without admin rights
    assert r'Subkey: "Software\Classes\.digidesk"' in ISS
    assert "/VERYSILENT /SUPPRESSMSGBOXES" in ISS
    for section in ("[Setup]", "[Files]", "[Icons]", "[Registry]", "[Run]"):
        assert section in ISS


def test_macos_bundle_declares_the_document_type():
    assert "bundle_identifier=" in SPEC and '"NSHighResolutionCapable": True' in SPEC
    assert '"public.filename-extension": ["digidesk"]' in SPEC
    assert (ROOT / "packaging" / "macos" / "make_dmg.sh").stat().st_mode & 0o111


def test_release_workflow_builds_and_smoke_tests_three_platforms():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads on: as True
    assert "workflow_dispatch" in triggers and triggers["push"]["tags"] == ["v*"]
    job = workflow["jobs"]["build"]
    systems = {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
    assert systems == {"windows-latest", "macos-latest", "ubuntu-latest"}
    runs = " ".join(str(step.get("run", "")) for step in job["steps"])
    assert runs.count("--smoke-test") == 3
    assert "packaging/digidesk.spec" in runs


def test_linux_desktop_entry():
    entry = (ROOT / "packaging" / "linux" / "digidesk.desktop").read_text("utf-8")
    assert "Exec=digidesk %F" in entry and "Icon=digidesk" in entry
    assert "Name=DigiDesk" in entry and "Type=Application" in entry
