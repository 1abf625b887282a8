"""The text of every seed target suggests what a reader checked by hand
(tests/data/strategy/seed_targets.csv), and the phrasings of other strategies are known."""

from __future__ import annotations

import pytest
from seed_strategy import SEED

from digidesk.core.io.documents import read_document
from digidesk.core.io.strategy_document import parse_document
from digidesk.core.io.target_text import due_year, suggest


@pytest.fixture(scope="module")
def seed_targets():
    return parse_document(read_document(SEED, in_worker=False)).strategy.targets()


def _num(text: str) -> float | None:
    return float(text) if text else None


def test_every_seed_target_gets_the_hand_checked_suggestion(seed_targets, expected_targets):
    for target, row in zip(seed_targets, expected_targets, strict=True):
        found = suggest(target.text)
        got = (found.due_year, found.value, found.unit, found.comparator, found.relative,
               found.direction or "")  # fmt: skip
        want = (int(row["due_year"]), _num(row["value"]), row["unit"], row["comparator"],
                _num(row["relative"]), row["direction"])  # fmt: skip
        assert got == want, (target.id, target.text)


def test_the_broadband_target_is_90_percent_not_100_mbit(seed_targets):
    found = suggest(seed_targets[3].text)
    assert (found.value, found.unit, found.due_year) == (90.0, "%", 2020)
    parts = {part: seed_targets[3].text[a:b] for a, b, part in found.spans}
    assert parts == {"due_year": "2020", "value": "90 procent", "qualifier": "100 Mbit/s"}
    assert found.target_value(baseline=68.0) == 90.0


def test_an_increase_by_20_percent_is_relative_to_the_baseline(seed_targets):
    found = suggest(seed_targets[36].text)
    assert (found.value, found.relative, found.due_year) == (None, 20.0, 2025)
    assert found.target_value(baseline=30.0) == pytest.approx(36.0)
    assert found.target_value(baseline=None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andelen e-tjänster ska öka till 75 % senast 2026.", (2026, 75.0, None, None, ">=")),
        ("Sjukfrånvaron ska ha minskat med 10 procent till 2024.", (2024, None, -10.0, None, "<=")),
        ("Till 2027 har andelen ökat med 5 procentenheter.", (2027, None, None, 5.0, ">=")),
        ("Handläggningstiden är högst 14 dagar år 2025.", (2025, 14.0, None, None, "<=")),
        (
            "Innen 2025 skal 80 prosent av innbyggerne bruke digital postkasse.",
            (2025, 80.0, None, None, ">="),
        ),
        ("Minst 1 200 st e-tjänster 2030", (2030, 1200.0, None, None, ">=")),
        ("By 2026 at least 60,5 % of households", (2026, 60.5, None, None, ">=")),
        ("Ett mål utan siffror.", (None, None, None, None, ">=")),
    ],
)
def test_phrasings(text, expected):
    found = suggest(text)
    assert (found.due_year, found.value, found.relative, found.points, found.comparator) == expected


def test_due_year_prefers_the_leading_year_then_a_named_one():
    assert due_year("2023 ska alla skolor ha wifi, som 2019 års plan sa")[0] == 2023
    assert due_year("Senast 2025 har 90 procent tillgång enligt planen från 2018")[0] == 2025
    assert due_year("Alla skolor har wifi 2022.")[0] == 2022
    assert due_year("Inget årtal här") == (None, None)
