"""Shared test set-up: where the shared corpus is, and a small workspace with every object type."""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

import pytest

# Recovery copies, versions and logs of test runs never reach the user's data folder.
os.environ.setdefault("DIGIDESK_DATA_DIR", tempfile.mkdtemp(prefix="digidesk-test-data-"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def full_workspace():
    """A workspace holding one of everything, with awkward values."""
    from digidesk.core.model.award import Award, Conflict, Criterion, Juror, Nominee, Score
    from digidesk.core.model.groups import AreaGroup, GroupMember
    from digidesk.core.model.indicators import Indicator
    from digidesk.core.model.observations import Dataset, Provenance, make_observations
    from digidesk.core.model.strategy import FocusArea, Goal, Perspective, Strategy, Target
    from digidesk.core.model.workspace import Workspace

    observations = make_observations(
        {
            "indicator_id": ["N00945", "N00945", "N00945", "U00408"],
            "area_id": ["0180", "0114", "0000", "0186"],
            "period": ["2019", "2019", "2019", "2026M04"],
            "gender": ["T", "K", "M", "T"],
            "value": [56.8, math.nan, 1234.5, -3.2e-7],
            "status": ["", "..", "", ""],
        }
    )
    dataset = Dataset(
        dataset_id="kolada",
        name="Kolada: utbildning",
        observations=observations,
        country="SE",
        area_names={"0000": "Riket", "0180": "Stockholm"},
        provenance=Provenance(
            file_name="kolada.xlsx",
            sheet="Blad1",
            sha256="ab" * 32,
            publisher="Kolada",
            imported_at="2026-11-22T10:00:00+00:00",
            mapping={"header_row": 3, "roles": ["a"]},
        ),
    )
    strategy = Strategy(
        name="Digitaliseringsstrategi",
        area_id="2284",
        adopted="2018-01-29",
        perspectives=(Perspective("P1", "Digital trygghet", "Tjänster ska vara trygga."),),
        goals=(
            Goal(
                "G1",
                "Öppen kommun",
                "",
                (
                    FocusArea(
                        "G1.1",
                        "Insyn",
                        "Digitala tjänster",
                        (
                            Target(
                                "G1.1.1",
                                "90 procent bredband",
                                2020,
                                ("P1",),
                                "N00945",
                                "2284",
                                60.0,
                                90.0,
                                ">=",
                                "achieved",
                                "Uppnått enligt PTS",
                            ),
                            Target("G1.1.2", "E-arkiv", 2023),
                        ),
                    ),
                ),
            ),
        ),
    )
    award = Award(
        name="Sveriges Digitaliseringskommun",
        year=2019,
        organiser="Digitaliseringsmässan",
        criteria=(Criterion("C1", "Mod", "Mod och vilja", 2.0, "N00945", "higher"),),
        nominees=(
            Nominee("0186", "Lidingö", "Årets vinnare…", True),
            Nominee("1080", "Karlskrona"),
        ),
        jurors=(Juror("J1", "Anna", (Conflict("1080", "Bor i kommunen"),)),),
        scores=(Score("J1", "0186", "C1", 4.5, "Starkt"),),
    )
    group = AreaGroup("peers", "Jämförelsekommuner", (GroupMember("SE", "0186", "Vinnare"),))
    return Workspace(
        title="Test",
        datasets=[dataset],
        indicators={
            "N00945": Indicator("N00945", "Andel med bredband", "%", "higher", "Kolada", "…"),
            "U00408": Indicator("U00408", "Kostnad", "kr", "lower"),
        },
        strategies=[strategy],
        awards=[award],
        groups=[group],
    )
