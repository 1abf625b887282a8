"""The nominees' profile: which indicators, which nominees, and its picture."""

from __future__ import annotations

from dataclasses import replace

import pytest

from digidesk.core.jury.profile import profile_plan, save_profile_picture
from digidesk.core.loader import load_workspace
from digidesk.core.model.areas import default_register


@pytest.fixture(scope="module")
def demo():
    return load_workspace("demo")


def with_criteria_linked(award, indicators):
    criteria = tuple(
        replace(c, indicator_id=indicators[n] if n < len(indicators) else None)
        for n, c in enumerate(award.criteria)
    )
    return replace(award, criteria=criteria)


def test_the_criteria_indicators_come_first_and_directed_ones_make_up_three(demo):
    plan = profile_plan(demo, default_register(), demo.awards[0])
    assert plan.from_criteria == ("KOLADA-ARBETSLOSHET",)
    # Folkmängd, privat sektor and utpendling have no direction: never added
    assert plan.added == ("KOLADA-MEDIANINKOMST", "KOLADA-FORVARV-20-64")
    request = plan.request
    assert request.kind == "profile" and request.option("style") == "radar"
    assert request.areas == (
        ("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"),
    )  # fmt: skip


def test_three_linked_criteria_are_the_whole_profile(demo):
    linked = ("KOLADA-UTPENDLING", "KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET")
    award = with_criteria_linked(demo.awards[0], linked)
    plan = profile_plan(demo, default_register(), award)
    assert plan.from_criteria == linked and plan.added == ()
    assert plan.request.indicators == linked


def test_fewer_than_three_indicators_are_drawn_as_bars(demo):
    award = with_criteria_linked(demo.awards[0], ("SCB-FOLKMANGD",))
    only = replace(demo, indicators={k: v for k, v in demo.indicators.items()
                                     if v.direction == "none"})  # fmt: skip
    plan = profile_plan(only, default_register(), award, style="radar")
    assert plan.request.indicators == ("SCB-FOLKMANGD",)
    assert plan.request.option("style") == "bars"


def test_nothing_to_draw_without_nominees_or_figures(demo):
    from digidesk.core.model.workspace import Workspace

    award = demo.awards[0]
    assert profile_plan(demo, default_register(), replace(award, nominees=())) is None
    assert profile_plan(Workspace(awards=[award]), default_register(), award) is None


def test_the_picture_is_a_png_and_nothing_is_written_when_there_is_nothing_to_draw(demo, tmp_path):
    path = tmp_path / "profil.png"
    assert save_profile_picture(demo, default_register(), demo.awards[0], path)
    assert path.read_bytes().startswith(b"\x89PNG")
    empty = replace(demo.awards[0], nominees=())
    assert not save_profile_picture(demo, default_register(), empty, tmp_path / "no.png")
    assert not (tmp_path / "no.png").exists()
