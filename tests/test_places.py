"""The place register: councils, codes, names, mentions in text, partnerships."""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from casewatch.places import (
    Alias,
    areas_in,
    by_code,
    council_for,
    councils,
    councils_concerned,
    councils_of,
    find_councils,
    former_councils,
    partnership_for,
    partnerships,
    predecessors_of,
)
from casewatch.places.names import core_name, normal_form, spellings

FIXTURES = Path(__file__).parent / "fixtures" / "places"
KINGSTON = "E09000021"
RICHMOND = "E09000027"
HULL = "E06000010"


def codes_in(text: str) -> list[str]:
    return [council.code for council, _, _ in find_councils(text)]


def test_register_holds_every_current_english_and_welsh_council():
    kinds = Counter(council.kind for council in councils())
    assert kinds == {
        "non_metropolitan_district": 164,
        "unitary": 63,
        "metropolitan_district": 36,
        "london_borough": 33,
        "county": 21,
        "welsh_principal_area": 22,
    }


def test_every_council_has_a_unique_gss_code_matching_its_kind():
    prefixes = {
        "london_borough": "E09",
        "metropolitan_district": "E08",
        "unitary": "E06",
        "county": "E10",
        "non_metropolitan_district": "E07",
        "welsh_principal_area": "W06",
    }
    codes = [council.code for council in councils()]
    assert len(set(codes)) == len(codes)
    for council in councils():
        assert council.code[:3] == prefixes[council.kind], council.name
        assert len(council.code) == 9


def test_former_councils_are_known_but_not_current():
    """Cumbria, Northamptonshire, Poole and Bournemouth ran children's services and
    were abolished; so were 40 districts (South Lakeland, Richmondshire), which ran
    none."""
    current = {council.code for council in councils()}
    for former in former_councils():
        assert former.code not in current
        assert by_code(former.code) == former
        assert former.ended
        district = former.kind == "non_metropolitan_district"
        assert former.children_services is not district
        assert former.code.startswith("E07") is district
        assert former.successors
        for successor in former.successors:
            assert successor in current
            assert by_code(successor).children_services or district
    kinds = Counter(former.kind for former in former_councils())
    assert kinds == {"non_metropolitan_district": 40, "unitary": 2, "county": 2}
    cumbria = by_code("E10000006")
    assert (cumbria.name, cumbria.ended) == ("Cumbria County Council", "2023-03-31")
    assert cumbria.successors == ("E06000063", "E06000064")


@pytest.mark.parametrize(
    ("written", "code", "ended", "successors"),
    [
        ("South Lakeland District Council", "E07000031", "2023-03-31", ("E06000064",)),
        ("Richmondshire", "E07000166", "2023-03-31", ("E06000065",)),
        ("Somerset West and Taunton", "E07000246", "2023-03-31", ("E06000066",)),
        ("Taunton Deane Borough Council", "E07000190", "2019-03-31", ("E06000066",)),
        ("Waveney", "E07000206", "2019-03-31", ("E07000244",)),
        ("Christchurch Borough Council", "E07000048", "2019-03-31", ("E06000058",)),
        ("Aylesbury Vale District Council", "E07000004", "2020-03-31", ("E06000060",)),
        ("Northampton Borough Council", "E07000154", "2021-03-31", ("E06000062",)),
    ],
)
def test_a_former_district_has_its_code_end_and_successors(
    written, code, ended, successors
):
    district = council_for(written)
    assert (district.code, district.ended, district.successors) == (
        code,
        ended,
        successors,
    )
    assert district.kind == "non_metropolitan_district"
    assert not district.children_services


def test_a_current_council_keeps_a_name_a_former_one_also_went_by(monkeypatch):
    """Were a former council to share a name with a current one, the current one
    would keep it rather than both losing it as ambiguous."""
    from casewatch.places import register

    sunderland = by_code("E08000024")
    clash = dataclasses.replace(
        by_code("E07000031"), aliases=(Alias("Sunderland"), Alias("South Lakeland"))
    )
    monkeypatch.setattr(register, "_read", lambda file_name: (clash,))
    register._former.cache_clear()
    try:
        (former,) = register._former()
        assert [alias.text for alias in former.aliases] == ["South Lakeland"]
    finally:
        register._former.cache_clear()
    assert council_for("Sunderland") == sunderland


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Cumbria County Council", "E10000006"),
        ("Northamptonshire County Council", "E10000021"),
        ("Poole Borough Council", "E06000029"),
        ("Borough of Poole", "E06000029"),
        ("Bournemouth Borough Council", "E06000028"),
        ("Bournemouth, Christchurch and Poole Council", "E06000058"),
    ],
)
def test_a_former_council_is_found_by_its_names_and_its_successor_by_its_own(
    written, code
):
    assert council_for(written).code == code
    assert codes_in(f"A report on {written} was published.") == [code]


def test_a_former_council_concerns_the_councils_that_took_it_over():
    assert councils_concerned("E10000006", None) == (
        ("E10000006", "council"),
        ("E06000063", "successor"),
        ("E06000064", "successor"),
    )
    assert councils_concerned("E06000058", None) == (("E06000058", "council"),)


def test_english_childrens_services_authorities_are_the_153_with_ofsted_urns():
    english = [council for council in councils() if council.code.startswith("E")]
    with_services = [council for council in english if council.children_services]
    assert len(with_services) == 153
    assert all(council.ofsted_urn and council.dfe_code for council in with_services)
    assert len({council.ofsted_urn for council in with_services}) == 153


def test_districts_do_not_run_childrens_services_and_name_their_county():
    districts = [c for c in councils() if c.kind == "non_metropolitan_district"]
    assert not any(district.children_services for district in districts)
    assert not any(district.ofsted_urn for district in districts)
    for district in districts:
        county = by_code(district.upper_tier_code)
        assert county is not None, district.name
        assert county.kind == "county"
        assert county.children_services


def test_isles_of_scilly_and_city_of_london_run_childrens_services():
    assert by_code("E06000053").children_services
    assert by_code("E09000001").children_services


def test_welsh_principal_areas_run_childrens_services_without_ofsted_codes():
    welsh = [council for council in councils() if council.code.startswith("W")]
    assert len(welsh) == 22
    assert all(council.children_services for council in welsh)
    assert not any(council.ofsted_urn or council.dfe_code for council in welsh)
    assert {council.region for council in welsh} == {"Wales"}


def test_kingston_upon_thames_has_its_ons_ofsted_and_dfe_codes():
    kingston = by_code(KINGSTON)
    assert kingston.name == "Royal Borough of Kingston upon Thames"
    assert kingston.common_name == "Kingston upon Thames"
    assert kingston.kind == "london_borough"
    assert (kingston.ofsted_urn, kingston.dfe_code) == ("80545", "314")
    assert kingston.region == "London"


def test_by_code_ignores_case_and_spaces():
    assert by_code(" e09000021 ").code == KINGSTON
    assert by_code("E99999999") is None


@pytest.mark.parametrize(
    "written",
    [
        "RBK",
        "Kingston Council",
        "Royal Borough of Kingston upon Thames",
        "the Royal Borough of Kingston",
        "Kingston upon Thames Council",
        "Kingston-upon-Thames",
        "kingston upon thames",
    ],
)
def test_names_as_written_resolve_to_kingston_upon_thames(written):
    assert council_for(written).code == KINGSTON


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Hull City Council", HULL),
        ("Kingston upon Hull", HULL),
        ("St. Helens Council", "E08000013"),
        ("St Helens", "E08000013"),
        ("Stoke on Trent", "E06000021"),
        ("Telford and Wrekin Council", "E06000020"),
        ("London Borough of Hammersmith and Fulham", "E09000013"),
        ("LBHF", "E09000013"),
        ("Bournemouth Christchurch & Poole", "E06000058"),
        ("Westminster City Council", "E09000033"),
        ("King\u2019s Lynn and West Norfolk", "E07000146"),
        ("City and County of Swansea Council", "W06000011"),
    ],
)
def test_names_as_written_resolve_to_their_council(written, code):
    assert council_for(written).code == code


def test_unknown_names_resolve_to_nothing():
    assert council_for("Gotham City Council") is None
    assert council_for("South") is None


def test_every_ofsted_inspected_authority_resolves_by_its_scraped_name():
    with (FIXTURES / "ofsted_inspected_authorities.csv").open(encoding="utf-8") as file:
        inspected = list(csv.DictReader(file))
    assert len(inspected) == 153
    for row in inspected:
        council = council_for(row["local_authority"])
        assert council is not None, row["local_authority"]
        assert council.ofsted_urn == row["urn"]


def test_no_name_resolves_to_two_councils():
    seen: dict[str, str] = {}
    for council in (*councils(), *former_councils()):
        for name in council.names:
            assert seen.setdefault(normal_form(name), council.code) == council.code


def test_find_councils_returns_spans_of_each_name_in_text_order():
    text = "Reviews by RBK and Hull City Council were published."
    found = [
        (council.code, text[start:end]) for council, start, end in find_councils(text)
    ]
    assert found == [(KINGSTON, "RBK"), (HULL, "Hull City Council")]


def test_find_councils_prefers_the_longest_name():
    text = "The Royal Borough of Kingston upon Thames said so."
    [(council, start, end)] = find_councils(text)
    assert council.code == KINGSTON
    assert (start, end) == (4, 41)


def test_kingston_upon_hull_is_hull_not_kingston_upon_thames():
    assert codes_in("Kingston upon Hull City Council") == [HULL]
    assert codes_in("a child in Kingston-upon-Hull") == [HULL]
    assert codes_in("Kingston Hull") == [HULL]
    assert codes_in("Kingston, where the child lived") == [KINGSTON]


def test_richmond_alone_is_richmond_upon_thames_but_not_richmondshire():
    assert codes_in("Richmond upon Thames") == [RICHMOND]
    assert codes_in("Richmond Council and Kingston Council") == [RICHMOND, KINGSTON]
    assert codes_in("Richmondshire District Council") == ["E07000166"]
    assert codes_in("the Richmondshire CSP") == ["E07000166"]
    assert RICHMOND not in codes_in("Richmond, North Yorkshire")


def test_common_words_are_not_councils():
    assert codes_in("reading the report, we bury the lede") == []
    assert codes_in("Reading the report was hard.") == []
    assert codes_in("a high peak in the new forest") == []
    assert codes_in("Westminster passed the law") == []
    assert codes_in("Reading Borough Council and Westminster City Council") == [
        "E06000038",
        "E09000033",
    ]


def test_acronyms_match_only_as_written():
    assert codes_in("rbk and bcp") == []
    assert codes_in("RBK and BCP") == [KINGSTON, "E06000058"]


def test_names_match_across_line_breaks_and_in_any_case():
    assert codes_in("KINGSTON UPON\nTHAMES COUNCIL") == [KINGSTON]


def test_names_inside_longer_words_are_not_matched():
    assert codes_in("Hullabaloo in Yorkshire; Kentish towns") == []


def test_new_york_is_not_york():
    assert codes_in("New York and York") == ["E06000014"]


def test_a_word_not_matched_alone_names_its_place_after_in():
    # lp12 (burytimes.co.uk): "to ensure that care-experienced young people in Bury
    # receive a consistently good service"
    assert codes_in("care-experienced young people in Bury receive") == ["E08000002"]
    assert codes_in("She grew up in Reading.") == ["E06000038"]
    # ... not the verb, the sport, the government or another country's city
    assert codes_in("Bury the report. Reading it took an hour.") == []
    assert codes_in("a debate in Westminster") == []
    assert codes_in("in Boston, Massachusetts, and in Christchurch") == []


@pytest.mark.parametrize(
    ("short", "code"),
    [
        # lk01 (ITV News): "At the request of East Riding Safeguarding Adults Board"
        ("East Riding", "E06000011"),
        ("Cheshire West", "E06000050"),
        ("South Glos", "E06000025"),
        ("North Lincs", "E06000013"),
        ("NE Lincs", "E06000012"),
    ],
)
def test_a_council_s_short_name_is_its_own(short, code):
    assert codes_in(f"the {short} Safeguarding Adults Board") == [code]


def test_greater_manchester_is_not_manchester():
    # lp06, lp07 (cypnow.co.uk, fostertalk.org): "A focused visit to Tameside ...
    # inspectors' last trip to the Greater Manchester borough"
    assert codes_in("the Greater Manchester borough of Tameside") == ["E08000008"]
    assert codes_in("Greater Manchester Police and Manchester City Council") == [
        "E08000003"
    ]


def test_a_place_s_name_before_house_is_a_building_s():
    # lq15 (learningdisabilityengland.org.uk): "the Safeguarding Adults review into
    # the horrific events which happened in Mendip House in 2016"
    assert codes_in("the events which happened in Mendip House in 2016") == []
    assert codes_in("an exhibition at Somerset House") == []
    # ... not a council's house of its own words
    assert codes_in("Mendip District Council's housing team") == ["E07000187"]


def test_kingston_and_richmond_partnership_spans_both_councils():
    partnership = partnership_for(
        "Kingston and Richmond Safeguarding Children Partnership"
    )
    assert [council.code for council in councils_of(partnership)] == [
        KINGSTON,
        RICHMOND,
    ]
    assert partnership.ended == ""


@pytest.mark.parametrize(
    "written",
    [
        "KRSCP",
        "Kingston & Richmond Safeguarding Children\u2019s Partnership",
        "the Kingston and Richmond LSCB",
        "Kingston & Richmond Local Safeguarding Children Board",
    ],
)
def test_partnership_names_as_written_resolve(written):
    assert partnership_for(written).council_codes == (KINGSTON, RICHMOND)


def test_tri_borough_board_spans_three_boroughs_and_has_ended():
    partnership = partnership_for("Tri-borough LSCB")
    assert set(partnership.council_codes) == {"E09000013", "E09000020", "E09000033"}
    assert partnership.ended == "2021-03-31"


def test_every_partnership_spans_several_current_councils_and_cites_a_page():
    for partnership in partnerships():
        assert len(councils_of(partnership)) == len(partnership.council_codes) >= 2
        assert partnership.url.startswith(("https://", "http://"))


def test_a_review_concerns_its_own_council_and_its_partnerships_councils():
    board = "Kingston and Richmond LSCB"
    assert councils_concerned(None, board) == (
        (KINGSTON, "partnership"),
        (RICHMOND, "partnership"),
    )
    assert councils_concerned(RICHMOND, board) == (
        (RICHMOND, "council"),
        (KINGSTON, "partnership"),
    )
    assert councils_concerned(
        KINGSTON, "Southwark Safeguarding Children Partnership"
    ) == ((KINGSTON, "council"),)
    assert councils_concerned(None, None) == ()


def test_unknown_partnership_resolves_to_nothing():
    assert partnership_for("Gotham Safeguarding Children Partnership") is None


def test_core_name_strips_council_titles():
    assert core_name("Royal Borough of Kingston upon Thames") == "Kingston upon Thames"
    assert core_name("City of Bradford Metropolitan District Council") == "Bradford"
    assert core_name("Bristol, City of") == "Bristol"
    assert core_name("City of London Corporation") == ""


def test_spellings_vary_ampersands_saints_and_hyphens():
    assert {"St. Helens & Knowsley", "St Helens and Knowsley"} <= spellings(
        "St Helens and Knowsley"
    )
    assert {"Stoke on Trent", "Kingston-upon-Thames"} <= spellings(
        "Stoke-on-Trent"
    ) | spellings("Kingston upon Thames")


def test_a_council_knows_the_former_councils_it_took_over():
    assert [c.code for c in predecessors_of("E06000063")] == [
        "E07000026",
        "E07000028",
        "E07000029",
        "E10000006",
    ]
    assert [c.code for c in predecessors_of("E06000058")] == [
        "E06000028",
        "E06000029",
        "E07000048",
    ]
    assert predecessors_of(KINGSTON) == ()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the short forms local papers and boards use
        ("the Safer Stockton Partnership", ["E06000004"]),
        ("Hartlepool and Stockton", ["E06000001", "E06000004"]),
        ("a Redcar mother", ["E06000003"]),
        ("Brighton's children's services", ["E06000043"]),
        ("Barking Council", ["E09000002"]),
        ("Hammersmith children's services", ["E09000013"]),
        # ... and not another place of the name, nor an everyday word
        ("a school in Stockton Heath", []),
        ("barking dogs", []),
    ],
)  # fmt: skip
def test_a_council_named_by_its_town_s_short_form(text, codes):
    assert [council.code for council, _, _ in find_councils(text)] == codes


def test_blackburn_with_darwen_as_news_misspells_it():
    # x0305 (a news story): "Children's services across Blackburn and Darwen have
    # "significantly improved""
    assert [
        c.code for c, _, _ in find_councils("across Blackburn and Darwen have")
    ] == ["E06000008"]
    # Darwen alone is no council's name (shaped)
    assert find_councils("a Darwen woman") == []


@pytest.mark.parametrize(
    ("text", "area", "codes"),
    [
        (
            "Safer South Warwickshire Community Safety Partnership",
            "South Warwickshire",
            ("E07000221", "E07000222"),
        ),
        (
            "on behalf of East and Mid Devon Community Safety Partnership (CSP)",
            "East and Mid Devon",
            ("E07000040", "E07000042"),
        ),
        ("South Cumbria CSP", "South Cumbria", ("E07000027", "E07000031")),
        (
            "South Devon & Dartmoor CSP",
            "South Devon & Dartmoor",
            ("E07000044", "E07000045", "E07000047"),
        ),
    ],
)
def test_a_community_safety_partnership_s_area_is_its_districts(text, area, codes):
    ((partnership, start, end),) = areas_in(text)
    assert (text[start:end], partnership.council_codes) == (area, codes)


def test_south_alone_or_in_lower_case_is_no_area():
    assert areas_in("South of the river, in the south Warwickshire villages") == []
    assert council_for("South") is None
    assert codes_in("South Cumbria") == ["E10000006"]  # the county, as before


def test_a_former_district_s_partnership_concerns_its_successor():
    assert councils_concerned(None, "South Cumbria CSP") == (
        ("E07000027", "partnership"),
        ("E06000064", "successor"),
        ("E07000031", "partnership"),
    )
