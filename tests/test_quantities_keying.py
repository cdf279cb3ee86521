"""Quantities keyed to the right fact: share moves by their trading day, approximate
falls as intervals around a negative value."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract
from factcheck.match import align
from factcheck.models import Claim
from factcheck.numbers import approx_interval
from factcheck.reconcile import reconcile

from .conftest import make_document

MONDAY = dt.date(2026, 2, 9)


def _quantities(text: str, date: dt.date, source: str) -> list[Claim]:
    doc = make_document(f"Calder buys Brightwell\n{text}\n", date, source_id=source)
    return [c for c in extract(doc) if c.kind == "quantity"]


def test_an_approximate_fall_is_an_interval_around_its_value() -> None:
    about = approx_interval(-3, "about")
    assert about.low < -3.2 < about.high
    nearly = approx_interval(-3, "nearly")
    assert nearly.low <= -3 < nearly.high


def test_share_moves_of_two_days_are_two_facts() -> None:
    monday = _quantities("Calder shares fell 3.2%.", MONDAY, "wire")
    tuesday = _quantities("Calder shares rose 1.1% on Tuesday after falling 3.2% on Monday.",
                          MONDAY + dt.timedelta(days=1), "followup")
    about = _quantities("Calder shares slipped about 3%.", MONDAY, "local")
    days = {(c.value, c.scope.get("day")) for c in monday + tuesday + about}
    assert days == {(-3.2, "monday"), (1.1, "tuesday"), (-3, "monday")}
    conflicts, agreements = reconcile(align(monday + tuesday + about))
    assert conflicts == []
    assert any(len(a.values) == 2 for a in agreements)  # -3.2 and "about 3%" agree


def test_a_key_facts_field_is_the_story_another_label_is_another_story() -> None:
    text = ("GORKHA, Nepal - A landslide buried 36 homes in Kholabari, in central Nepal.\n"
            "• Cause: Heavy monsoon rain — 210 mm fell in 24 hours at the station.\n"
            "• Japan: Tokyo hits 39.2C, the hottest July day on record.")
    by_key = {c.key: c.scope.get("event") for c in _quantities(text, MONDAY, "brief")}
    assert by_key == {"rainfall": None, "temperature": "japan"}


def test_a_vaccines_efficacy_is_a_fact_of_its_own() -> None:
    got = {(c.key, c.value) for c in _quantities(
        "The vaccine was 74.2% effective at preventing Lyme disease. In the study it showed "
        "efficacy of 72.4% across two seasons. Shares rose 6.3% on Tuesday.", MONDAY, "a")}
    assert ("efficacy", 74.2) in got and ("efficacy", 72.4) in got
    assert not any(key == "efficacy" and value == 6.3 for key, value in got)


def test_the_denominator_of_a_fraction_is_no_measurement() -> None:
    got = [(c.key, c.value) for c in _quantities(
        "The tornado's path was 31 miles long and up to 3/4 mile wide.", MONDAY, "a")]
    assert [value for _, value in got] == [49889.664]


def test_winds_of_up_to_a_speed_are_that_speed() -> None:
    a = _quantities("The tornado had peak winds of 175 mph, the weather service said.", MONDAY, "a")
    b = _quantities("The tornado packed winds of up to 185 mph, forecasters said.", MONDAY, "b")
    c = _quantities("The storm brought winds of up to 280 km/h to the coast.", MONDAY, "c")
    assert [q.key for q in a + b + c] == ["wind speed"] * 3
    conflicts, _ = reconcile(align(a + b))
    assert [sorted(v.sources for v in k.values) for k in conflicts] == [[["a"], ["b"]]]
    # a figure converted and rounded in another unit still fits: 175 mph is 281.6 km/h
    assert reconcile(align(a + c))[0] == []


def test_a_figure_written_as_an_adjective_of_a_structure_is_its_length() -> None:
    got = [(q.key, q.value) for q in _quantities(
        "The 230-metre Kathor bridge gave way. The 250-metre crude carrier ran aground. "
        "A 40-metre fall killed him. The 30 metres of track were lost.", MONDAY, "a")]
    # a figure with no structure after it and no cue says nothing of what it measures
    assert got == [("length", 230), ("length", 250), ("fall", 40)]


def test_an_ash_column_its_conversion_and_an_earlier_eruptions_figure() -> None:
    got = [(q.key, q.value, q.scope.get("event")) for q in _quantities(
        "Authorities evacuated residents from villages inside a 6-km (3.7-mile) danger zone "
        "around the crater. The ash plume rose "
        "7 km (23,000 ft) above the summit. It was the strongest eruption since December "
        "2024, when an explosion sent ash 4 km high.", dt.date(2025, 6, 3), "a")]
    assert got == [("radius", 6000, None), ("height", 7000, None), ("height", 4000, "2024")]
