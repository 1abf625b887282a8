"""Fixtures for the strategy tests: the seed strategy's lines and the hand reading of it."""

from __future__ import annotations

import csv

import pytest
from seed_strategy import EXPECTED, SEED


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    return SEED.read_text("utf-8").splitlines()


@pytest.fixture(scope="session")
def expected_targets() -> list[dict[str, str]]:
    with open(EXPECTED, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
