"""Scores from data, the PDF protocol (with the nominee profile) and the results' JSON
fields."""

from __future__ import annotations

from dataclasses import replace

import pytest

from digidesk.core.jury.verify import workspace_results
from digidesk.jury_wording import jury_words, method_name, number_text


@pytest.fixture(scope="module")
def demo():
    from digidesk.core.demo import build_demo_workspace

    return build_demo_workspace()


def test_a_linked_criterion_is_scored_min_max_over_all_kommuner(demo):
    results = workspace_results(demo, simulate=False)
    lidingo = results.data["C6"]["0186"]
    # Arbetslöshet 2012 (lower is better): Lidingö 2.745839, the 290 kommuner from 2.245844
    # to 14.830033 → 1 + 4 · (14.830033 − 2.745839) / (14.830033 − 2.245844)
    assert (lidingo.period, lidingo.kommuner) == ("2012", 290)
    assert lidingo.score == pytest.approx(1 + 4 * (14.830033 - 2.745839) / (14.830033 - 2.245844))
    # not used until the chair chooses it
    assert ("J1", "0186", "C6") in results.inputs.scores
    assert results.inputs.scores[("J1", "0186", "C6")] == 4


def test_the_chair_can_score_a_criterion_from_data(demo):
    from digidesk.core.model.workspace import Workspace

    award = replace(demo.awards[0], scored_from_data=("C6",))
    workspace = Workspace(datasets=demo.datasets, indicators=demo.indicators, awards=[award])
    results = workspace_results(workspace, simulate=False)
    used = results.inputs.scores
    assert used[("J1", "0186", "C6")] == pytest.approx(results.data["C6"]["0186"].score)
    assert ("J3", "1080", "C6") not in used  # still conflicted
    assert results.to_json()["criteria"][5]["from_data"] is True


def test_results_json_has_the_fields_the_issue_names(demo):
    data = workspace_results(demo).to_json()
    for name in ("criteria", "scores", "conflicts", "methods", "kendall_w", "spearman",
                 "winner_differs", "sensitivity"):  # fmt: skip
        assert name in data
    assert {"id", "weight"} <= set(data["criteria"][0])
    assert data["conflicts"] == [["J3", "1080"]]
    assert ["J1", "0186", "C1", 5] in data["scores"]
    assert data["scores"] == sorted(data["scores"])
    assert set(data["methods"]) == {"weighted_mean", "zscore", "borda", "median"}
    assert set(data["methods"]["zscore"]["1780"]) == {"score", "rank", "tied"}
    # the demo's narrow-scale juror makes the z-score method name Karlstad
    assert data["winner_differs"] is True
    assert data["winners"]["weighted_mean"] == ["0186"]
    assert data["winners"]["zscore"] == ["1780"]
    assert data["sensitivity"]["simulation"]["draws"] == 1000
    assert sum(data["sensitivity"]["simulation"]["win_share"].values()) == pytest.approx(1)


def test_the_pdf_protocol_embeds_its_font_and_fingerprint(demo, tmp_path):
    from digidesk.core.export.jury_pdf import write_protocol_pdf

    results = workspace_results(demo)
    words = jury_words("sv")
    path = tmp_path / "protokoll.pdf"
    write_protocol_pdf(results, path, words, lambda m: method_name(m, words), "2026-11-12",
                       lambda v, d: number_text(v, d, "sv"))  # fmt: skip
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"FontFile2" in data  # the TrueType font is embedded
    assert results.fingerprint.encode() in data  # in the metadata


def test_the_pdf_protocol_carries_the_nominee_profile(demo, tmp_path):
    from digidesk.core.export.jury_pdf import write_protocol_pdf
    from digidesk.core.jury.profile import profile_picture

    results = workspace_results(demo, simulate=False)
    words = jury_words("sv")

    def write(path, picture):
        write_protocol_pdf(results, path, words, lambda m: method_name(m, words), "2026-11-12",
                           lambda v, d: number_text(v, d, "sv"), picture)  # fmt: skip
        return path.read_bytes()

    with profile_picture(demo, results.award, "sv") as picture:
        assert picture is not None and picture.read_bytes().startswith(b"\x89PNG")
        with_profile = write(tmp_path / "med.pdf", picture)
    assert not picture.exists()  # drawn only for the PDF
    assert b"/Subtype /Image" in with_profile
    assert b"/Subtype /Image" not in write(tmp_path / "utan.pdf", None)


def test_swedish_numbers():
    assert number_text(1234.5, 1, "sv") == "1\u00a0234,5"
    assert number_text(-0.402, 3, "sv") == "\u22120,402"
    assert number_text(4.0, -1, "nb") == "4"
    assert number_text(3.5, -1, "en") == "3.5"
