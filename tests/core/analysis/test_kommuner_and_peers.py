"""Kommuner over Norway's renumberings, and peer groups from the register and the user."""

from __future__ import annotations

from digidesk.core.analysis.kommuner import kommuner_for_period, same_kommune_in
from digidesk.core.analysis.peers import COUNTY, KOMMUNGRUPP, KOMMUNGRUPP_2017, peers_for
from digidesk.core.model.groups import AreaGroup, GroupMember
from digidesk.core.model.workspace import Workspace


def test_a_renumbered_kommune_is_followed_through_the_crosswalk(register):
    # Bærum: 0219 until 2019, 3024 in 2020–2023, 3201 from 2024.
    assert same_kommune_in(register, "NO", "3201", "2019") == "0219"
    assert same_kommune_in(register, "NO", "3201", "2021") == "3024"
    assert same_kommune_in(register, "NO", "0219", "2024") == "3201"
    assert same_kommune_in(register, "NO", "0301", "2019") == "0301"


def test_a_merged_kommune_has_no_code_in_the_other_period(register):
    # Drammen 3005 (2020) was 0602 Drammen, 0625 Nedre Eiker and 0711 Svelvik.
    assert same_kommune_in(register, "NO", "3005", "2019") is None
    assert same_kommune_in(register, "NO", "0602", "2021") is None


def test_swedish_codes_need_no_crosswalk(register):
    assert same_kommune_in(register, "SE", "0186", "1998") == "0186"


def test_a_kommune_is_not_ranked_twice_under_two_codes(register):
    kept, left = kommuner_for_period(register, "NO", ["0101", "3001", "0301", "EAK"], "2020")
    assert kept == ["3001", "0301"] and left == ["0101", "EAK"]
    # An older code alone stands for its kommune.
    kept, _ = kommuner_for_period(register, "NO", ["0101", "0301"], "2020")
    assert kept == ["0101", "0301"]


def test_kommungrupp_2023_and_2017(register):
    ws = Workspace()
    lidingo = peers_for(ws, register, "SE", "0186", KOMMUNGRUPP, "2020")
    assert (lidingo.group_id, lidingo.name, len(lidingo.members)) == (
        "A2",
        "Pendlingskommun nära storstad",
        43,
    )
    umea_2023 = peers_for(ws, register, "SE", "2480", KOMMUNGRUPP, "2020")
    umea_2017 = peers_for(ws, register, "SE", "2480", KOMMUNGRUPP_2017, "2020")
    assert umea_2023.name == umea_2017.name == "Större stad"
    assert len(umea_2023.members) == 23 and len(umea_2017.members) == 21


def test_norway_uses_size_classes_carried_to_the_period_codes(register):
    ws = Workspace()
    baerum_2021 = peers_for(ws, register, "NO", "3024", KOMMUNGRUPP, "2021")
    assert baerum_2021.source == "size2024" and baerum_2021.group_id == "S6"
    assert "3024" in baerum_2021.members and "3201" not in baerum_2021.members
    assert "0301" in baerum_2021.members  # Oslo, same code throughout


def test_county_peers_follow_the_period(register):
    ws = Workspace()
    stockholm = peers_for(ws, register, "SE", "0186", COUNTY, "2020")
    assert stockholm.group_id == "01" and len(stockholm.members) == 26
    viken = peers_for(ws, register, "NO", "3024", COUNTY, "2021")
    assert viken.group_id == "30" and "3005" in viken.members


def test_a_user_group_works_as_peers(register):
    group = AreaGroup(
        "mine", "Våra grannar", (GroupMember("SE", "0186"), GroupMember("SE", "0180"))
    )
    ws = Workspace(groups=[group])
    peers = peers_for(ws, register, "SE", "0186", "Våra grannar", "2020")
    assert peers.members == {"0186", "0180"} and peers.source == "group"
    assert peers_for(ws, register, "SE", "2480", "mine", "2020") is None
