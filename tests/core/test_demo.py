"""The demo workspace carries the facts of the source texts, with valid area codes."""

from __future__ import annotations

import pytest

from digidesk.core.demo import build_demo_workspace
from digidesk.core.model.areas import default_register


@pytest.fixture(scope="module")
def demo():
    return build_demo_workspace()


def _value(dataset, indicator_id, area_id):
    frame = dataset.observations
    rows = frame[(frame["indicator_id"] == indicator_id) & (frame["area_id"] == area_id)]
    assert len(rows) == 1, (indicator_id, area_id)
    return float(rows["value"].iloc[0])


def test_digdir_figures_match_the_article(demo):
    digdir = demo.dataset("digdir")
    assert _value(digdir, "DIGDIR-IDPORTEN", "1563") == 2.83  # Sunndal
    assert _value(digdir, "DIGDIR-IDPORTEN", "EAK") == 0.9  # national average
    assert _value(digdir, "DIGDIR-IDPORTEN", "15") == 0.21  # Møre og Romsdal
    assert _value(digdir, "DIGDIR-POSTKASSE", "0301") == 56.8  # Oslo
    assert _value(digdir, "DIGDIR-RESERVERT", "3039") == 8.51  # Flå
    assert _value(digdir, "DIGDIR-RESERVERT", "EAK") == 3.54
    counts = digdir.observations["indicator_id"].value_counts()
    assert counts["DIGDIR-POSTKASSE"] == 5 and counts["DIGDIR-RESERVERT"] == 6


def test_every_demo_code_is_in_the_register_for_its_period(demo):
    register = default_register()
    for dataset in demo.datasets:
        frame = dataset.observations
        for area_id, period in zip(frame["area_id"], frame["period"], strict=True):
            area = register.get(area_id, dataset.country, on=f"{period}-06-30")
            assert area is not None, (dataset.dataset_id, area_id, period)
            name = dataset.area_names[area_id]
            assert register.match_name(name, dataset.country, on=f"{period}-06-30") == area


def test_strategy_has_every_measurable_target(demo):
    strategy = demo.strategies[0]
    assert [p.name for p in strategy.perspectives] == [
        "Digital trygghet",
        "Digital kompetens",
        "Digitalt ledarskap",
        "Digital hållbarhet",
        "Digital innovation",
    ]
    per_goal = [sum(len(f.targets) for f in g.focus_areas) for g in strategy.goals]
    assert per_goal == [16, 6, 7, 3, 5]
    targets = strategy.targets()
    assert len({t.id for t in targets}) == 37
    assert all(2019 <= t.due_year <= 2025 for t in targets)
    known = {p.id for p in strategy.perspectives}
    assert all(t.perspectives and set(t.perspectives) <= known for t in targets)
    broadband = next(t for t in targets if "100 Mbit/s" in t.text)
    assert broadband.due_year == 2020


def test_the_strategy_comes_from_its_document_with_example_follow_up_values(demo):
    from digidesk.core.analysis.goals import strategy_status

    strategy = demo.strategies[0]
    assert strategy.name == "Digitaliseringsstrategi för Örnsköldsviks kommunkoncern"
    assert strategy.source == "ornskoldsvik_digitaliseringsstrategi.txt"
    assert (strategy.area_id, strategy.as_of) == ("2284", "2023-03-31")
    linked = [t for t in strategy.targets() if t.indicator_id]
    assert len(linked) >= 10
    assert all(demo.indicators[t.indicator_id].source.startswith("Exempel") for t in linked)
    status = strategy_status(demo, strategy, default_register())
    assert set(status.total) == {"achieved", "on_track", "at_risk", "off_track", "missed",
                                 "stale", "no_data", "manual"}  # fmt: skip
    assert demo.dataset("ornskoldsvik-uppfoljning").name.endswith("(exempelvärden)")


def test_award_has_the_winner_and_four_nominees(demo):
    award = demo.awards[0]
    assert (award.name, award.year) == ("Sveriges DigitaliseringsKommun", 2019)
    assert award.winner().area_id == "0186"
    register = default_register()
    names = {register.get(n.area_id, "SE").name for n in award.nominees}
    assert names == {"Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"}
    assert all(len(n.motivation) > 80 for n in award.nominees)


def test_mentioned_municipalities(demo):
    group = next(g for g in demo.groups if g.group_id == "mentioned")
    swedish = {m.area_id for m in group.members if m.country == "SE"}
    assert {"0581", "2284", "1384", "0186"} <= swedish
    norwegian = {m.area_id for m in group.members if m.country == "NO"}
    assert {"1563", "0301", "3039", "5047", "1835", "4615"} <= norwegian


def test_real_files_give_figures_for_every_kommun(demo):
    register = default_register()
    swedish = {a.area_id for a in register.areas("SE", "municipality")}
    norwegian = {a.area_id for a in register.areas("NO", "municipality")}
    kolada = demo.dataset("kolada-bakgrund").observations
    for indicator_id in ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST", "KOLADA-FORVARV-20-64"):
        rows = kolada[(kolada["indicator_id"] == indicator_id) & kolada["value"].notna()]
        assert set(rows["area_id"].astype(str)) >= swedish, indicator_id
    assert demo.indicators["KOLADA-ARBETSLOSHET"].direction == "lower"
    assert _value_at(kolada, "KOLADA-MEDIANINKOMST", "0186", "2010") == 240_608
    population = demo.dataset("scb-folkmangd-kommun").observations
    assert set(population["area_id"].astype(str)) == swedish
    roads = demo.dataset("nvdb-vegnett")
    assert roads.country == "NO" and set(roads.observations["area_id"].astype(str)) == norwegian
    assert set(roads.observations["period"].astype(str)) == {"2024"}
    assert _value_at(roads.observations, "NVDB-KOMMUNAL-VEG", "0301", "2024") == 1155
    assert roads.provenance.sha256 and roads.provenance.sheet == "Tabell kommuner"


def _value_at(frame, indicator_id, area_id, period):
    rows = frame[
        (frame["indicator_id"] == indicator_id)
        & (frame["area_id"] == area_id)
        & (frame["period"] == period)
    ]
    assert len(rows) == 1
    return float(rows["value"].iloc[0])
