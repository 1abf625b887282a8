"""The shipped area register: codes, names, periods, the Norwegian crosswalk, reproducibility."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from digidesk.core.model.areas import AreaRegister, as_date, default_register, normalise_code

REPO = Path(__file__).resolve().parents[2]
REGISTER = REPO / "resources" / "register"
SOURCES = REPO.parent / "shared" / "corpus" / "registers"


@pytest.fixture(scope="module")
def reg() -> AreaRegister:
    return AreaRegister.load(REGISTER)


def code(area) -> str | None:
    return area.area_id if area else None


# --- codes --------------------------------------------------------------------------------


def test_code_lookups(reg):
    assert reg.get("0180").name == "Stockholm"
    assert code(reg.get("180")) == code(reg.get(180)) == "0180"
    oslo = reg.get("0301")
    assert (oslo.country, oslo.name, oslo.parent_id) == ("NO", "Oslo", "03")
    assert reg.get("3201", on="2024").name == "Bærum"
    assert reg.get("0219", on="2019").name == "Bærum"
    assert reg.get("0219", on="2024") is None
    assert reg.get("3024", on="2020").name == "Bærum"
    assert reg.get("3024", on="2023-12-31") is not None
    assert reg.get("3024", on="2024-01-01") is None
    # A retired code without a date falls back to its last period.
    assert reg.get("3024").valid_to == "2024-01-01"


def test_code_normalisation():
    assert normalise_code(180) == "0180"
    assert normalise_code(" 301 ") == "0301"
    assert normalise_code("1") == "01"
    assert normalise_code(0) == "0000"
    assert normalise_code("eakuo") == "EAKUO"


def test_county_codes(reg):
    assert reg.get("1", "SE").name == "Stockholms län"
    assert reg.get(3, "NO").name == "Oslo"
    assert reg.get(3) is None  # Uppsala län and Oslo fylke


def test_swedish_and_norwegian_codes_collide(reg):
    assert reg.get("1860") is None
    assert reg.get("1860", "SE").name == "Laxå"
    assert reg.get("1860", "NO").name == "Vestvågøy"
    # Without a date only current rows count: Spydeberg ended in 2019.
    assert reg.get("0123").name == "Järfälla"
    assert reg.get("0123", on="2019") is None
    assert reg.get("0123", "NO", on="2019").name == "Spydeberg"


def test_aggregate_codes(reg):
    assert reg.get("0000").level == "country"
    assert reg.get("eak").name == "Landet"
    assert reg.get("EAKUO").level == "aggregate"
    assert reg.get("G2328").name == "Alla kommuner (ovägt medel)"
    assert reg.get("G92787").kommungrupp == "A1"


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lidingö stad", "0186"),
        ("Lidingö kommun", "0186"),
        ("LIDINGÖ", "0186"),
        ("  lidingö  ", "0186"),
        ("Upplands Väsby", "0114"),
        ("upplands\u00a0väsby", "0114"),
        ("0114 Upplands Väsby", "0114"),
        ("Stockholms kommun", "0180"),
        ("Göteborgs stad", "1480"),
        ("Örnsköldsvik", "2284"),
        ("Malung-Sälens kommun", "2023"),
        ("Region Gotland", "0980"),
        ("Gotland", "0980"),
        ("Gotlands län", "09"),
        ("Stockholms län", "01"),
        ("Sunndal", "1563"),
        ("Flå", "3320"),
        ("Tråante", "5001"),
        ("Trondheim", "5001"),
        ("Trondheim \u2013 Tråante", "5001"),
        ("Tana", "5628"),
        ("Herøy (Nordland)", "1818"),
        ("Oslo", "0301"),
        ("Oslo kommune", "0301"),
        ("Oslo fylke", "03"),
        ("Troms – Romsa – Tromssa", "55"),
        ("Riket", "0000"),
        ("Hela riket", "0000"),
        ("Landet", "EAK"),
        ("Hele landet", "EAK"),
        ("EAK Landet", "EAK"),
        ("Landet uten Oslo", "EAKUO"),
        ("Alla kommuner (ovägt medel)", "G2328"),
    ],
)
def test_match_name(reg, text, expected):
    assert code(reg.match_name(text)) == expected


def test_match_name_is_current_unless_dated(reg):
    assert reg.match_name("Flå").valid_to is None
    assert code(reg.match_name("Bærum")) == "3201"
    assert code(reg.match_name("Bærum", on="2019")) == "0219"
    assert code(reg.match_name("Bærum", on="2021")) == "3024"
    assert reg.match_name("Trondheim", on="2020").name == "Trondheim"
    assert code(reg.match_name("Haram")) == "1580"
    assert code(reg.match_name("Haram", on="2019")) == "1534"
    assert reg.match_name("Haram", on="2020") is None
    # Only historical: the latest period.
    assert code(reg.match_name("Spydeberg")) == "0123"


def test_code_and_name_must_agree(reg):
    assert reg.match_name("0114 Lidingö") is None
    assert code(reg.match_name("1860 Laxå")) == "1860"
    assert reg.match_name("1860 Vestvågøy").country == "NO"


def test_ambiguous_names(reg):
    assert reg.match_name("Herøy") is None
    assert [a.area_id for a in reg.candidates("Herøy")] == ["1515", "1818"]
    assert reg.match_name("Bø", on="2019") is None
    assert [a.area_id for a in reg.candidates("Bø", on="2019")] == ["0821", "1867"]
    assert code(reg.match_name("Bø")) == "1867"  # the only Bø since 2020
    assert reg.match_name("Lund") is None
    assert code(reg.match_name("Lund", country="SE")) == "1281"
    assert code(reg.match_name("Lund", country="NO")) == "1112"
    assert reg.candidates("Ingenstans") == []
    assert reg.match_name("") is None


# --- listings and facts -------------------------------------------------------------------


def test_counts(reg):
    assert len(reg.areas("SE", "municipality")) == 290
    assert len(reg.areas("SE", "county")) == 21
    assert len(reg.areas("NO", "municipality")) == 357
    assert len(reg.areas("NO", "municipality", on="2019")) == 422
    assert len(reg.areas("NO", "municipality", on="2022")) == 356
    assert len(reg.areas("NO", "county")) == 15
    assert len(reg.areas("NO", "county", on="2019")) == 18
    assert len(reg.areas("NO", "county", on="2020")) == 11
    assert {(a.country, a.area_id) for a in reg.areas(level="country")} == {
        ("SE", "0000"),
        ("NO", "EAK"),
    }


def test_population_and_groups(reg):
    assert reg.get("0180").population == 988_943
    assert reg.get("0301").population == 717_710
    assert reg.get("0219", on="2019").population is None
    se = sum(a.population for a in reg.areas("SE", "municipality"))
    no = sum(a.population for a in reg.areas("NO", "municipality"))
    assert se == reg.get("0000").population == 10_551_707
    assert no == reg.get("EAK").population == 5_550_203
    assert {c: reg.get(c).kommungrupp for c in ("0180", "0114", "2584", "0881")} == {
        "0180": "A1",
        "0114": "A2",
        "2584": "C6",
        "0881": "B5",
    }
    sizes = Counter(a.kommungrupp for a in reg.areas("SE", "municipality"))
    assert sizes == {"A1": 3, "A2": 43, "B3": 23, "B4": 63, "B5": 24, "C6": 27, "C7": 51,
                     "C8": 35, "C9": 21}  # fmt: skip


def test_peer_group_schemes(reg):
    assert reg.peer_schemes("SE") == ["skr2017", "skr2023"]
    assert reg.peer_schemes("NO") == ["size2024"]
    # The 2023 scheme in peer_groups.csv is the kommungrupp column of areas.csv.
    for area in reg.areas("SE", "municipality"):
        assert reg.peer_group("skr2023", "SE", area.area_id).group_id == area.kommungrupp
    sizes_2017 = Counter(g.group_id for g in reg.peer_groups("skr2017", "SE") for _ in g.members)
    assert sizes_2017 == {"A1": 3, "A2": 43, "B3": 21, "B4": 52, "B5": 35, "C6": 29, "C7": 52,
                          "C8": 40, "C9": 15}  # fmt: skip
    # Norway: size classes by the 2024 population; every current kommune in one.
    oslo = reg.peer_group("size2024", "NO", "0301")
    assert (oslo.group_id, oslo.name) == ("S6", "50 000 innbyggere og flere")
    utsira = reg.peer_group("size2024", "NO", "1151")
    assert utsira.group_id == "S1"
    members = [m for g in reg.peer_groups("size2024", "NO") for m in g.members]
    assert sorted(members) == sorted(a.area_id for a in reg.areas("NO", "municipality"))
    for group in reg.peer_groups("size2024", "NO"):
        people = [reg.get(m, "NO").population for m in group.members]
        low = {"S1": 0, "S2": 2_000, "S3": 5_000, "S4": 10_000, "S5": 20_000, "S6": 50_000}
        assert min(people) >= low[group.group_id]
    assert reg.peer_group("skr2023", "SE", "9999") is None


def test_periods_do_not_overlap_and_parents_exist(reg):
    periods = defaultdict(list)
    for area in reg:
        periods[(area.country, area.area_id)].append((area.valid_from or "", area.valid_to))
        if area.parent_id:
            parent = reg.get(area.parent_id, area.country, on=area.valid_from or "2024")
            assert parent is not None, area
    for key, spans in periods.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end is not None and end <= start, key


def test_norwegian_names(reg):
    rana = reg.get("1833")
    assert (rana.name, rana.short_name) == ("Rana - Raane", "Rana")
    assert reg.get("1833", on="2020").name == "Rana"
    assert reg.get("1818").short_name == "Herøy"
    assert reg.get("9999") is None


def test_dates():
    assert as_date("2019") == "2019-01-01"
    assert as_date(2026) == "2026-01-01"
    assert as_date("2026M04") == "2026-01-01"
    assert as_date("2019-06-30") == "2019-06-30"
    with pytest.raises(ValueError):
        as_date("last year")


# --- crosswalk ----------------------------------------------------------------------------


def test_split_of_alesund(reg):
    changes = reg.successors("1507")
    assert [(c.new_code, c.new_name, c.changed) for c in changes] == [
        ("1508", "Ålesund", "2024-01-01"),
        ("1580", "Haram", "2024-01-01"),
    ]


def test_successors_follow_the_chain(reg):
    chain = [(c.old_code, c.new_code, c.changed) for c in reg.successors("219")]
    assert chain == [("0219", "3024", "2020-01-01"), ("3024", "3201", "2024-01-01")]
    assert [c.new_code for c in reg.successors("0219", after="2020")] == []
    assert [c.new_code for c in reg.successors("3024", after="2020")] == ["3201"]
    assert reg.successors("0180", country="SE") == []
    assert reg.successors("3201") == []


def test_predecessors_and_renames(reg):
    chain = [(c.old_code, c.new_code) for c in reg.predecessors("3201")]
    assert chain == [("0219", "3024"), ("3024", "3201")]
    renames = [(c.old_name, c.new_name) for c in reg.successors("5001", after="2020")]
    assert renames == [("Trondheim", "Trondheim - Tråante")]
    assert {c.old_code for c in reg.predecessors("1580")} >= {"1507", "1504", "1534"}


def test_default_register_is_shared():
    assert default_register() is AreaRegister.load()
    assert len(default_register()) == len(AreaRegister.load(REGISTER))


# --- the shipped files --------------------------------------------------------------------


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the shared corpus is not beside the checkout")
def test_build_reproduces_shipped_files(tmp_path):
    script = REGISTER / "build_register.py"
    subprocess.run(
        [sys.executable, str(script), "--source", str(SOURCES), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("areas.csv", "no_changes.csv", "aliases.csv", "peer_groups.csv", "SOURCES.md"):
        built = (tmp_path / name).read_bytes()
        assert built == (REGISTER / name).read_bytes(), name
        assert not built.startswith(b"\xef\xbb\xbf") and b"\r" not in built, name
