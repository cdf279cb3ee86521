"""The top of an article: a paper's name above the headline, a dateline that names the
country after the city, and a lede that tells what the event did without naming it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.api import extract_paths
from factcheck.extract import extract
from factcheck.models import Claim
from factcheck.zones import classify_lines

from .conftest import make_document

SUNDAY = dt.date(2026, 3, 22)
SATURDAY = dt.date(2026, 3, 21)


def _dates(text: str, date: dt.date) -> list[tuple[str, object]]:
    claims: list[Claim] = extract(make_document(text, date))
    return [(c.key, c.value) for c in claims if c.kind == "date" and "event" not in c.scope]


def test_a_mastheads_line_is_not_the_headline() -> None:
    lines = ["EL SUR DIARIO - English edition", "",
             "Arequipa mourns nine dead after stadium crush", "", "By Daniela Caceres"]
    zones = classify_lines(lines)
    assert zones[0] == "boilerplate"
    assert zones[2] == "headline"


def test_a_lede_dates_the_headlines_event() -> None:
    text = ("Nine dead, 74 injured in crush at Peruvian football stadium\n"
            "AREQUIPA, Peru, March 21 (Andean Press Service) - At least nine people were "
            "killed and 74 injured on Saturday when a gate gave way under pressure from "
            "fans.\n")
    # the dateline's date is when the story was filed; Saturday is the crush's
    assert _dates(text, SATURDAY) == [("crush", "2026-03-21")]


def test_a_later_lede_or_a_later_day_does_not_date_the_event() -> None:
    toll = ("Landslide toll rises to 31\n"
            "GORKHA, Nepal - The toll rose to 31 on Wednesday after rescuers found eight "
            "more people dead.\n")
    assert _dates(toll, SUNDAY) == []
    waits = ("Hospital system still down after ransomware attack\n"
             "Patients faced long waits on Tuesday as computer systems remained down for a "
             "third day following a ransomware attack.\n")
    assert _dates(waits, SUNDAY) == []


def test_a_month_that_ended_weeks_before_the_article_is_an_earlier_event() -> None:
    text = ("Kanlaon volcano erupts\n"
            "Kanlaon volcano erupted on Tuesday, June 3, sending ash 4 km into the sky.\n"
            "It was the strongest eruption since Kanlaon's December 2024 eruption, which "
            "displaced thousands.\n")
    claims = extract(make_document(text, dt.date(2025, 6, 4)))
    dates = {c.value: c.scope.get("event") for c in claims if c.kind == "date"}
    assert dates == {"2025-06-03": None, "2024-12": "2024-12"}


def test_the_day_a_toll_rose_is_not_the_events_day() -> None:
    text = ("Peru bus crash toll rises to 25\n"
            "The death toll from a bus crash in Peru's southern Andes rose to 25 on Tuesday "
            "after a girl died in hospital.\n")
    assert _dates(text, dt.date(2026, 3, 10)) == []


def test_in_brief_above_the_story_is_its_summary() -> None:
    lines = ["Castlegate Bank Q1: the key numbers", "", "In brief:",
             "* Jobs: 3,200 roles to go over two years.", "* Revenue: up 3%."]
    assert classify_lines(lines)[3:] == ["body", "body"]
    after = ["Castlegate cuts jobs", "The bank said on Thursday it would cut 2,300 jobs and "
             "shut 112 branches over the next two years, the chief executive told analysts.",
             "Shares rose 3.2% in early trading in London, the biggest gain in the sector "
             "this year, traders said.", "In brief:", "* Rail strike called off."]
    assert classify_lines(after)[-1] == "teaser"


def test_a_question_that_opens_the_story_names_the_ledes_event() -> None:
    text = ("Finland and Vietnam pledge closer ties\n"
            "The Daily Courier | Sept. 14, 2026\n"
            "Can a single meeting repair a difficult relationship? Jesper Korhonen and Pham "
            "Thu put that question to the test in Helsinki on Sept. 10, 2026, emerging with "
            "eight accords.\n")
    assert _dates(text, dt.date(2026, 9, 14)) == [("summit", "2026-09-10")]
    # a question anywhere else names nothing for a later sentence
    later = ("Finland and Vietnam pledge closer ties\n"
             "The two governments signed eight accords on trade and energy. Can a single "
             "meeting repair a relationship? "
             "Korhonen and Thu put that to the test in Helsinki on Sept. 10, 2026.\n")
    assert _dates(later, dt.date(2026, 9, 14)) == []


def test_a_byline_line_is_not_the_lede() -> None:
    text = ("Nine dead in crush at Peruvian football stadium\n"
            "Posted 2026-03-21\n"
            "At least nine people were killed and 74 injured on Saturday when a gate gave way "
            "under pressure from fans.\n")
    assert _dates(text, SATURDAY) == [("crush", "2026-03-21")]


def test_a_related_line_in_the_story_is_a_teaser() -> None:
    lines = ["Migrant boat capsizes off Lampedusa",
             "At least 11 people died when a boat capsized off Lampedusa early on Saturday.",
             "Related: Malta says it rescued 57 people on Friday | Spain's arrivals up 12%",
             "The coast guard said 41 people survived.",
             "Related coverage",
             "Related to the case, police said more arrests were likely."]
    assert classify_lines(lines)[1:4] == ["body", "teaser", "body"]
    # a heading alone starts the page's teasers; a sentence that begins "Related" is prose
    assert classify_lines(lines[:5])[4] == "boilerplate"
    assert classify_lines([*lines[:4], lines[5]])[4] == "body"


def test_a_front_matter_title_names_the_ledes_event(tmp_path: Path) -> None:
    page = tmp_path / "explainer.md"
    page.write_text("---\ntitle: \"Why the Onikan Stadium crush happened\"\ndate: 2025-03-10\n"
                    "---\n\nSeven people died and more than 60 were hurt when fans surged "
                    "through a gate at Onikan Stadium in Lagos on Friday, March 7, before the "
                    "singer was due on.\n", encoding="utf-8")
    claims = extract_paths([str(page)])[0].claims
    assert [(c.key, c.value) for c in claims if c.kind == "date"] == [("crush", "2025-03-07")]


def test_an_intrusion_is_a_cyberattack() -> None:
    text = ("Hospital systems offline\nThe hospital network said the intrusion was detected "
            "in the early hours of March 9.\n")
    assert _dates(text, dt.date(2025, 3, 11)) == [("attack", "2025-03-09")]
