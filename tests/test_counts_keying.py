"""Counts keyed to the right fact: whose verb a number takes, which people nouns are one
key, a party's seats against the chamber's size, and party holders compared as names.

The corpus (factcheck/extract/corpus/counts.txt) says what a sentence must give; these
tests say what it must not give, and how the claims of several sources align.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract
from factcheck.match import align, same_holder
from factcheck.models import Claim
from factcheck.reconcile import reconcile

from .conftest import make_document

DATE = dt.date(2025, 6, 3)


def _counts(sentence: str, source: str = "test") -> list[Claim]:
    doc = make_document(f"Test article\n{sentence}\n", DATE, source_id=source)
    return [c for c in extract(doc) if c.kind == "count"]


def _keys(sentence: str) -> dict[object, str]:
    return {c.value: c.key for c in _counts(sentence)}


@pytest.mark.parametrize(
    ("sentence", "value", "key"),
    [
        # the second count has its own verb: it does not borrow "died"
        ("Authorities said 123 people had died and 946 were being treated in hospitals.",
         946, "person|injured"),
        ("Nearly 190 people were killed and 881 injured in the quake.", 881, "person|injured"),
        ("Jamaica earthquake: 440 dead, 3,379 injured", 3379, "person|injured"),
        ("Philippines earthquake: 239 dead, 1,521 injured", 239, "person|killed"),
        ("Thirty people were killed and eighty-nine injured.", 89, "person|injured"),
        ("The quake killed 30 people, injuring 89.", 30, "person|killed"),
        ("The storm killed four people, forcing 37,300 residents from their homes.",
         37300, "person|evacuated"),
    ],
)
def test_count_takes_its_own_predicate(sentence: str, value: int, key: str) -> None:
    assert _keys(sentence)[value] == key


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the injured, 11 were in a serious condition at the general hospital.",
        "Officials said 40 remained in a critical condition after the crush.",
        "Some 5,000 people took part in the march.",
    ],
)
def test_count_with_a_verb_of_its_own_borrows_nothing(sentence: str) -> None:
    assert _counts(sentence) == []


def test_general_people_nouns_share_a_key_groups_do_not() -> None:
    assert _keys("More than 3,000 residents were evacuated.")[3000] == "person|evacuated"
    assert _keys("About 3,000 inhabitants were evacuated.")[3000] == "person|evacuated"
    assert _keys("At least 40 children were evacuated.")[40] == "child|evacuated"
    assert _keys("At least 40 soldiers were killed.")[40] == "soldier|killed"


def test_seats_won_and_chamber_size_are_two_facts() -> None:
    claims = _counts("The Democratic Renewal Front won 156 of the 300 seats in the "
                     "election held on Tuesday.")
    by_value = {c.value: c for c in claims}
    assert by_value[156].key == "seat"
    assert by_value[156].scope.get("of") == "democratic renewal front"
    assert by_value[156].scope.get("what") is None  # "held" is the election's
    assert by_value[300].key == "seat|total"
    assert by_value[300].scope.get("of") is None


def test_seats_captured_are_not_abducted() -> None:
    (claim,) = _counts("The Citizens' Unity Movement captured 116 seats.")
    assert claim.key == "seat"
    assert claim.scope.get("what") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("democratic renewal front", "democratic justice movement", False),
        ("maria nikolaidis|people hope coalition", "democratic freedom party|maria vlachos",
         False),
        ("kavya rao", "kavya sharma", False),
        ("social progress party", "social hope coalition", False),
        ("labour unity coalition", "cho|labour unity coalition", True),
        ("nikolaidis", "maria nikolaidis|people hope coalition", True),
        ("sarah pell", "liberal democrat sarah pell", True),
        ("tomas keller", "keller", True),
    ],
)
def test_holders_compare_as_names(a: str, b: str, same: bool) -> None:
    assert same_holder(a, b) is same
    assert same_holder(b, a) is same


def _conflicts(*sentences: str) -> list[list[object]]:
    claims = [c for i, s in enumerate(sentences) for c in _counts(s, source=f"s{i}")]
    conflicts, _agreements = reconcile(align(claims))
    return sorted(sorted(v.value for v in c.values) for c in conflicts)  # type: ignore[misc]


def test_winner_and_loser_are_not_compared() -> None:
    assert _conflicts(
        "The Democratic Renewal Front won 164 seats.",
        "The Democratic Justice Movement, led by Maria Vlachos, took 59 seats.",
        "The Democratic Renewal Front, led by Maria Nikolaidis, won 164 seats.",
    ) == []


def test_chamber_size_is_not_the_winners_seats() -> None:
    assert _conflicts(
        "The Labour Unity Coalition won 156 of the 300 seats.",
        "Final figures gave the Labour Unity Coalition 156 seats out of 300.",
        "With all ballots counted, the Labour Unity Coalition had won 156 seats in the "
        "300-member chamber.",
    ) == []


def test_chamber_sizes_that_differ_conflict() -> None:
    assert _conflicts(
        "The Labour Unity Coalition won 156 of the 325 seats.",
        "Final figures gave the Labour Unity Coalition 156 seats out of 300.",
        "The Labour Unity Coalition had won 156 seats in the 300-member chamber.",
    ) == [[300, 325]]


def test_injuries_are_not_deaths_across_sources() -> None:
    assert _conflicts(
        "Authorities said 123 people had died and 946 were being treated in hospitals.",
        "The quake killed 123 people and injured 946.",
        "The quake struck at dawn, killing 123 people and injuring 1,004.",
    ) == [[946, 1004]]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a part of the injured, not a second toll
        ("Seventeen people were injured, four critically.", 4),
        ("Seventeen people were injured, four of them seriously.", 4),
        # the noun after "strong" is the three's, not the twelve's
        ("The lead group is about 12 strong behind three pacemakers.", 12),
        # a part of a whole with nothing done to it is no checkable fact
        ("Six of the 48 companies on the trade mission are from Galway.", 6),
    ],
)
def test_parts_and_borrowed_nouns_are_not_counts(sentence: str, absent: int) -> None:
    assert absent not in _keys(sentence)


def test_a_kind_of_thing_is_not_the_whole() -> None:
    # local jobs are not the deal's job cuts; Japanese companies not the Irish mission
    assert _keys("The deal puts 640 local jobs on the line.")[640] == "local job"
    keys = _keys("A mission of 48 Irish companies met the 100 Japanese companies there.")
    assert keys[48] == "irish company"
    assert keys[100] == "japanese company"


def test_a_total_over_a_period_is_not_the_events_toll() -> None:
    over_year = _counts("Monsoon rains have killed at least 68 people across the country "
                        "this year, officials said.")
    assert [(c.value, c.scope.get("event")) for c in over_year] == [(68, "period")]
    ranked = _counts("The landslide killed 23 people, the deadliest this year.")
    assert [(c.value, c.scope.get("event")) for c in ranked] == [(23, None)]


def test_what_was_done_to_people_and_things() -> None:
    keys = _keys("The outbreak has sickened 38 people in 12 states and killed three.")
    assert keys[38] == "person|sickened"
    assert keys[3] == "person|killed"
    treated = _counts("Medics treated 212 runners along the course.")
    assert [(c.key, c.scope.get("what")) for c in treated] == [("runner", "treated")]
    stolen = _counts("Five works were stolen from the museum.")
    held = _counts("The room held more than 40 works.")
    assert stolen[0].scope.get("what") == "stolen"
    assert held[0].scope.get("what") == "held"


def test_a_year_naming_another_event_reaches_the_whole_sentence() -> None:
    claims = _counts("The recall is smaller than the 2024 Boar's Head recall of more than "
                     "7 million pounds of deli products, which followed an outbreak that "
                     "sickened 61 people in 19 states and killed 10.")
    assert {c.value: c.scope.get("event") for c in claims if c.key.startswith("person")} == {
        61: "2024", 10: "2024"}


def test_a_place_is_read_whole_at_the_edge_of_the_window() -> None:
    from factcheck.extract.common import _word_end, _word_start

    text = "trading in New York, below"
    assert text[: _word_end(text, text.index("York") + 3, len(text))].endswith("New York")
    assert _word_start(text, text.index("York") + 2, 0) == text.index("York")


def test_a_year_past_a_clause_break_is_another_clauses() -> None:
    claims = _counts("Labour's candidate, Helen Marsh, came third with 6,115 votes, a collapse "
                     "from the majority the party secured at the 2024 general election.")
    assert [(c.value, c.scope.get("event")) for c in claims] == [(6115, None)]
    earlier = _counts("Labour had won here by 7,850 votes in 2024.")
    assert [(c.value, c.scope.get("event")) for c in earlier] == [(7850, "2024")]


def test_later_and_partial_hospital_counts_are_their_own() -> None:
    assert _keys("Thirty-four people remained in hospital this morning.")[34] == \
        "person|hospitalised"
    assert 14 not in _keys("She was among 14 people taken to hospital in a serious condition.")
    # the injured total with its serious cases after a comma is still the total
    assert _keys("Sixty-three people were injured, 11 of them in critical condition.")[63] == \
        "person|injured"


def test_a_count_since_a_year_is_a_period_total_unless_it_is_a_first() -> None:
    since = _counts("A police analysis found at least 61 deaths on the route since 2022.")
    assert [(c.value, c.scope.get("event")) for c in since] == [(61, "period")]
    first = _counts("The two countries signed 12 agreements during the visit, the first by "
                    "a head of state since 2013.")
    assert [(c.value, c.scope.get("event")) for c in first] == [(12, None)]


def test_a_currency_is_not_a_counted_thing() -> None:
    assert _counts("The fund is worth roughly 20 trillion crowns.") == []


def test_crews_and_responders() -> None:
    assert _keys("• Crew: 21, all rescued by helicopter")[21] == "crew|rescued"
    assert _keys("All 23 crew members were winched to safety by helicopters.")[23] == \
        "crew|rescued"
    assert _keys("About 150 firefighters and 25 engines fought the flames.")[150] == \
        "firefighter|deployed"
    assert _keys("At the peak, around 125 firefighters were on scene.")[125] == \
        "firefighter|deployed"


def test_two_people_sharing_a_given_name_hold_different_seats() -> None:
    assert not same_holder("civic unity coalition|ma yifan", "civic renewal|yang yifan")
    assert same_holder("nikolaidis", "democratic renewal front|maria nikolaidis")


def test_seats_of_no_one_named_meet_no_named_party() -> None:
    claims = (_counts("Xu sweeps to power in China with 115 seats", "headline")
              + _counts("Sun Jing's Progressive Renewal Union took 100 seats.", "wire")
              + _counts("The Progressive Renewal Union, led by Sun Jing, slumped to 100 seats.",
                        "rewrite"))
    conflicts, _agreements = reconcile(align(claims))
    assert conflicts == []


def test_since_a_year_when_names_that_years_event() -> None:
    claims = _counts("The dam burst killed 23 people, the deadliest since 2018, when the Patel "
                     "dam at Solai burst, killing 48 people.")
    assert {c.value: c.scope.get("event") for c in claims} == {23: None, 48: "2018"}


def test_roles_to_go_are_job_cuts() -> None:
    assert _keys("* Jobs: 3,200 roles to go over two years, about 4% of staff.")[3200] == "job"
    claims = _counts("* Jobs: 3,200 roles to go over two years, about 4% of staff.")
    assert claims[0].scope.get("what") == "cut"
