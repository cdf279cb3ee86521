"""When two values of one aligned claim can both be right."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract
from factcheck.match import align
from factcheck.models import Claim, Evidence
from factcheck.reconcile import reconcile

from .conftest import make_document

DAY = dt.date(2025, 3, 4)


def _conflict_values(*sentences: str) -> list[set[object]]:
    claims = []
    for i, sentence in enumerate(sentences):
        doc = make_document(sentence, DAY, source_id=f"s{i}")
        claims.extend(extract(doc))
    conflicts, _agreements = reconcile(align(claims))
    return [{v.value for v in c.values} for c in conflicts]


def test_whole_percentages_one_point_apart_conflict() -> None:
    # "6%" may be 5.5 to 6.5 and "7 percent" 6.5 to 7.5: ranges that only touch
    found = _conflict_values("Inflation rose to 6% in March, the statistics office said.",
                             "Inflation rose to 7 percent in March, the statistics office said.")
    assert found == [{6, 7}]


def test_a_point_inside_a_rounding_range_fits() -> None:
    assert _conflict_values("Inflation rose to 6.5% in March, the statistics office said.",
                            "Inflation rose to 7 percent in March, the statistics office said.",
                            ) == []
    assert _conflict_values("Inflation rose to 6.4% in March, the statistics office said.",
                            "Inflation rose to 6 percent in March, the statistics office said.",
                            ) == []


def test_open_ranges_that_share_values_fit() -> None:
    # "more than 1,000" and "at least 1,040" both run to infinity: not ranges that touch
    assert _conflict_values("More than 1,000 people were injured in the quake.",
                            "At least 1,040 people were injured in the quake.",
                            "1,040 people were injured in the quake.") == []


def _conflicts(*sentences: str) -> list[tuple[str, str, set[object]]]:
    claims = []
    for i, sentence in enumerate(sentences):
        claims.extend(extract(make_document(sentence, DAY, source_id=f"s{i}")))
    conflicts, _agreements = reconcile(align(claims))
    return [(c.kind, c.severity, {v.value for v in c.values}) for c in conflicts]


def test_a_vague_count_against_a_figure_is_low() -> None:
    found = _conflicts("Hundreds of residents were evacuated from the area, officials said.",
                       "Nearly 1,400 residents were evacuated from the area, officials said.")
    assert found == [("count", "low", {"hundreds", 1400})]


def test_a_source_giving_one_person_two_titles_tells_of_a_move() -> None:
    moved = ("Health Minister Sigrid Aasen takes over the finance ministry.\n"
             "Finance Minister Sigrid Aasen will present the budget.")
    assert [c for c in _conflicts(moved, "Health Minister Sigrid Aasen spoke on Monday.")
            if c[0] == "role"] == []
    # two sources that each give one title still disagree
    assert [c[0] for c in _conflicts("Health Minister Sigrid Aasen spoke on Monday.",
                                     "Finance Minister Sigrid Aasen spoke on Monday.")
            ] == ["role"]


def _date(source: str, value: str, who: str) -> Claim:
    ev = Evidence(source=source, path=f"{source}.txt", line=1, column=1, end_line=1,
                  end_column=3, text=value, quote=f"met on {value}", zone="body")
    day = float(dt.date.fromisoformat(value).toordinal())
    return Claim(kind="date", key="summit", claim="date of the summit", value=value,
                 low=day, high=day, scope={"who": who}, evidence=ev)


def test_a_date_naming_both_leaders_joins_those_naming_one() -> None:
    # one outlet names one leader, another the other, a third both (and a wrong day)
    claims = [_date("a", "2024-10-13", "rahul|reddy"),
              _date("b", "2024-10-13", "czech|novak|piotr"),
              _date("c", "2024-10-12", "czech|novak|piotr|rahul|reddy"),
              _date("d", "2024-10-13", "czech|novak|piotr")]
    for order in (claims, claims[::-1]):
        conflicts, _ = reconcile(align(order))
        assert [[(v.value, v.sources) for v in c.values] for c in conflicts] == [
            [("2024-10-13", ["a", "b", "d"]), ("2024-10-12", ["c"])]]
    # a date that names only some of the people of two meetings joins neither
    other = [_date("a", "2026-09-16", "council|rahman"), _date("b", "2026-09-10", "tenants"),
             _date("c", "2026-09-16", "rahman|tenants")]
    conflicts, _ = reconcile(align(other))
    assert conflicts == []
