"""Role titles and names: when two titles can both be right, and how names fold."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract
from factcheck.extract.roles import compatible_roles, normalize_title, person_key
from factcheck.match import merge_person_keys

from .conftest import make_document


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("president (china)", "president", True),
    ("president (china)", "president (china)", True),
    ("senior official", "national security adviser", True),
    ("senior official (china)", "national security adviser (south korea)", False),
    ("finance minister", "foreign minister", False),
    ("finance minister", "minister", True),
    ("prime minister", "president", False),
    ("premier", "prime minister", True),
    ("chief executive", "chief financial officer", False),
    ("chief executive (brightwater)", "chief executive (brightwater foods)", True),
    ("chief executive (brightwater)", "chief executive (norcrest)", False),
    ("chief executive", "chair", True),
    ("leader", "finance minister", True),
    ("deputy prime minister", "prime minister", False),
    ("deputy prime minister", "finance minister", True),
    ("former president", "president", True),
    ("president (china)", "chief executive (brightwater)", True),
])
def test_compatible_roles(a: str, b: str, ok: bool) -> None:
    assert compatible_roles(a, b) is ok
    assert compatible_roles(b, a) is ok


def test_titles_and_names_normalize() -> None:
    assert normalize_title(["Chief", "Executive", "Officer"]) == "chief executive"
    assert normalize_title(["CEO"]) == "chief executive"
    assert normalize_title(["National", "Security", "Advisor"]) == "national security adviser"
    assert normalize_title(["Minister", "of", "Foreign", "Affairs"]) == "foreign minister"
    assert normalize_title(["outgoing", "Prime", "Minister"]) == "prime minister"
    assert person_key("Kim Min-jae") == person_key("Kim Min Jae") == "kim min jae"
    assert person_key("Elena Chávez") == "elena chavez"


def test_person_keys_merge_spellings_not_people() -> None:
    rep = merge_person_keys(["kim min jae", "kim minjae", "takaichi sanae", "sanae takaichi",
                             "john smith", "joan smith"])
    assert rep["kim minjae"] == rep["kim min jae"]
    assert rep["takaichi sanae"] == rep["sanae takaichi"]
    assert rep["john smith"] != rep["joan smith"]


def test_an_abbreviated_affiliation_is_the_same_one() -> None:
    assert compatible_roles("leader (lib dem)", "leader (liberal democrat)")
    assert not compatible_roles("leader (lib dem)", "leader (liberal unionist)")


def test_an_honorific_between_title_and_name() -> None:
    text = ("Vaccine approved\nMHRA Chief Executive Dr Helena Marsh said in a statement. "
            "Kestrel's chief medical officer, Dr Joanna Pryce, said the firm was ready.\n")
    roles = {(c.key, c.value) for c in extract(make_document(text, dt.date(2026, 9, 8)))
             if c.kind == "role"}
    assert roles == {("helena marsh", "chief executive (mhra)"),
                     ("joanna pryce", "chief medical officer (kestrel)")}


def test_chief_officers_are_one_slot_and_initials_are_their_words() -> None:
    assert not compatible_roles("chief executive (mhra)", "chief scientific officer (mhra)")
    assert compatible_roles("director (dalton county ema)",
                            "director (emergency management agency)")
    assert compatible_roles("director general (kcaa)",
                            "director general (kenya civil aviation authority)")
    assert not compatible_roles("director (fbi)", "director (cia)")
    assert not compatible_roles("director (nasa)", "director (national security agency)")


def test_police_ranks_and_service_heads() -> None:
    text = ("Stabbing at school\nDetective Chief Inspector Sarah Pennock said officers had "
            "taken statements. Fire Chief Ramon Ortega confirmed the leak.\n")
    roles = {(c.key, c.value) for c in extract(make_document(text, dt.date(2026, 5, 28)))
             if c.kind == "role"}
    assert roles == {("sarah pennock", "detective chief inspector"),
                     ("ramon ortega", "fire chief")}
    assert not compatible_roles("detective chief inspector", "detective superintendent")
    assert not compatible_roles("fire chief", "police chief")
    assert not compatible_roles("state police commissioner", "state deputy police commissioner")
    assert compatible_roles("chief", "fire chief")
