"""A teaser stays with the story only when it names one of the story's people or
companies: a whole name, or part of one, not a word two names share."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract

from .conftest import make_document

BODY = """Ana Lopez and Ricardo Silva sign 18 agreements in Bogota

BOGOTA, May 4, 2025 - Colombia's Ana Lopez and Brazil's Ricardo Silva signed 18 agreements
on Sunday at the end of a three-day visit, officials said.
"This is a turning point," said Hassan Khalil, an analyst at the Andes Institute.
The two leaders also agreed to meet again next year.

Related articles

{teaser}
"""


def _teaser_scope(teaser: str) -> dict[str, str]:
    doc = make_document(BODY.format(teaser=teaser), dt.date(2025, 5, 4))
    counts = [c for c in extract(doc) if c.kind == "count" and c.evidence.zone == "teaser"]
    assert len(counts) == 1, counts
    return counts[0].scope


def test_teaser_sharing_only_a_surname_word_is_another_event() -> None:
    scope = _teaser_scope("Maria Gomez and Ahmed Khalil signed 11 agreements in Lima.")
    assert scope.get("event", "").startswith("aside:")


def test_teaser_naming_the_story_s_people_stays_in_the_story() -> None:
    assert "event" not in _teaser_scope("Ana Lopez and Ricardo Silva signed 11 agreements.")
    # part of a name: "Silva" of "Ricardo Silva" (a title is not part of a name)
    assert "event" not in _teaser_scope("President Silva says the 11 agreements will hold.")


def test_a_trending_list_is_teasers() -> None:
    doc = make_document(BODY.replace("Related articles", "ALSO TRENDING").format(
        teaser="• Parkrun hits 10 million registered runners worldwide (22 April)"),
        dt.date(2025, 5, 4))
    zones = {c.evidence.zone for c in extract(doc) if c.value == 10_000_000}
    assert zones == {"teaser"}
