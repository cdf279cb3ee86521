"""Claims about something other than the story's event: an earlier disaster named "that
year", a rescue "a week" before, a season's toll, a part of the toll, and event words
that name a service or a risk; and records whose own words name a place."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract
from factcheck.models import Claim

from .conftest import make_document

SUNDAY = dt.date(2026, 2, 22)


def _claims(text: str, kind: str, date: dt.date = SUNDAY) -> list[Claim]:
    return [c for c in extract(make_document(text, date)) if c.kind == kind]


def _counts(text: str) -> list[tuple[str, object, str | None]]:
    return [(c.key, c.value, c.scope.get("event")) for c in _claims(text, "count")]


def test_that_year_is_the_year_named_before() -> None:
    text = ("Avalanche kills three at Tyrol ski resort\n"
            "It is the first time since 1999 that an avalanche has killed skiers on an open "
            "piste in Tyrol. In February that year, 31 people were killed when an avalanche "
            "struck the village of Galtuer.\n")
    assert ("person|killed", 31, "1999") in _counts(text)
    # "that year" with no year before it says nothing
    assert ("person|killed", 31, None) in _counts(
        "Avalanche kills three\nIn February that year, 31 people were killed.\n")


def test_a_part_of_the_toll_is_not_the_toll() -> None:
    text = ("Tornado kills seven in Alabama\n"
            "A tornado killed seven people on Tuesday. Two of the seven people killed were "
            "children. Three of the five dead were German, police said.\n")
    counts = _counts(text)
    assert ("person|killed", 7, None) in counts
    assert not any(value in (2, 3) for _, value, _ in counts)


def test_a_seasons_toll_is_kept_apart() -> None:
    counts = _counts("Avalanche kills three in Tyrol\nLast winter 18 people died in "
                     "avalanches in Austria. Over the past decade 200 people died.\n")
    assert ("person|killed", 18, "period") in counts
    assert ("person|killed", 200, "period") in counts


def test_a_count_in_a_clause_about_an_event_weeks_away() -> None:
    earlier = _counts("Boat capsizes off Lampedusa\nSaturday's disaster came exactly a week "
                      "after 23 people were rescued from a dinghy off Linosa.\n")
    assert [(k, v) for k, v, _ in earlier] == [("person|rescued", 23)]
    assert earlier[0][2] is not None and earlier[0][2].startswith("before:")
    # a comma ends the clause, and "a day after" is what a follow-up says of the story
    for text in ("Quake hits Peru\nTwo weeks after the quake struck, 300 people were rescued "
                 "from the rubble.\n",
                 "Quake hits Peru\nA day after 300 people were rescued, the search ended.\n"):
        assert [s for _, _, s in _counts(text)] == [None], text


def test_a_date_before_what_has_lasted_since_the_event() -> None:
    text = ("Austria avalanche death toll rises to five\n"
            "Rescuers on Sunday found the bodies of the two skiers who had been missing since "
            "an avalanche swept across a ski run. The avalanche came down on Saturday.\n")
    dates = [(c.key, c.value) for c in _claims(text, "date")]
    assert dates == [("avalanche", "2026-02-21")]


def test_an_event_word_naming_a_service_or_a_risk_dates_nothing() -> None:
    text = ("Tornado hits Marlow Springs\n"
            "The weather service issued a tornado warning on Monday. Fire crews arrived on "
            "Tuesday. The tornado struck on Tuesday.\n")
    dates = [(c.key, c.value) for c in _claims(text, "date")]
    assert dates == [("tornado", "2026-02-17")]


def test_a_place_in_a_records_own_words_does_not_make_it_another_event() -> None:
    for text in ("Avalanche kills three\nThe service said no one has died in an avalanche on "
                 "an open piste in Tyrol since 1999.\n",
                 "Avalanche kills three\nSignificance: first avalanche deaths on an open piste "
                 "in Tyrol since 1999\n"):
        years = _claims(text, "year")
        assert [(c.value, c.scope.get("event")) for c in years] == [(1999, None)], text


def test_running_aground_is_an_event() -> None:
    text = ("Tanker runs aground off Spain\nThe crude carrier ran aground in the early hours "
            "of Saturday off the cape.\n")
    dates = [(c.key, c.value) for c in _claims(text, "date", dt.date(2026, 10, 5))]
    assert dates == [("grounding", "2026-10-03")]


def test_a_sentence_naming_the_storys_place_keeps_its_other_place_in_the_story() -> None:
    text = ("Bus plunges into ravine in Peru\n"
            "LIMA, March 9 - A long-distance bus crashed early on Monday, police said. "
            "Rescuers worked through the night. The driver survived.\n\n"
            "Twenty-four people died when the bus travelling from Lima to Ayacucho plunged "
            "about 300 metres into a ravine in Huancavelica.\n\n"
            "A separate crash in Cusco killed 12 people.\n")
    falls = [(c.value, c.scope.get("event")) for c in _claims(text, "quantity")]
    assert falls == [(300, None)]
    assert (12, "cusco") in {(c.value, c.scope.get("event")) for c in _claims(text, "count")}


def test_a_venues_capacity_is_a_count_of_its_own() -> None:
    text = ("Nine dead in stadium crush\nThe stadium's official capacity is 40,217, officials "
            "said. The stadium holds 42,017 people. The ferry was rated to carry 350 "
            "passengers. Nine people were killed.\n")
    counts = [(c.key, c.value) for c in _claims(text, "count")]
    assert counts == [("person|killed", 9), ("capacity", 40217), ("capacity", 42017),
                      ("capacity", 350), ("person|killed", 9)]


def test_the_first_since_a_named_last_one_in_a_year() -> None:
    text = ("Helios rocket reaches orbit\nIt was the company's first launch since its debut "
            "flight in 2023, when an earlier version broke apart.\n")
    years = [(c.key, c.value) for c in _claims(text, "year", dt.date(2025, 3, 5))]
    assert years == [("launch", 2023)]


def test_the_year_a_building_or_a_company_came_to_be() -> None:
    text = ("Fire guts tower block\nCalloway House was built in 1968 and was given a makeover "
            "in 2019. Aurora Air was founded in 1958. The block, built in 1971, has 118 flats. "
            "It was built in 1968.\n")
    years = [(c.key, c.value, c.scope.get("of"), c.scope.get("event"))
             for c in _claims(text, "year", dt.date(2026, 9, 15))]
    assert years == [("built", 1968, "calloway house", None), ("founded", 1958, "aurora air", None),
                     ("built", 1971, None, None), ("built", 1968, None, None)]
