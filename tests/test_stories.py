"""Story clustering: a folder of many events is sorted into stories, and claims are only
ever compared inside one story.

The mixed folder is the seed articles (one summit) plus every folder under
``tests/clusters/`` (one event each), copied flat into one folder: each source folder
must come back as exactly one story.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.api import extract_paths, report_from, report_from_stories, stories_of
from factcheck.cli import app
from factcheck.stories import article_features, cluster, group_stories

from .conftest import ROOT, SEEDS, make_document

CLUSTERS = ROOT / "tests" / "clusters"
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
runner = CliRunner()

# The president of the seed summit, days later, at an election rally at home: the same
# person, another event. Three outlets, as a wire desk would get them.
RALLY = {
    "rally_wire.txt": """\
Lee rallies Busan voters ahead of June local elections

BUSAN, Jan 9, 2026 (Meridian Wire) - South Korean President Lee Jae-myung told a crowd of
about 18,000 supporters at Busan's Sajik stadium on Friday that the June 3 local elections
would decide whether his housing reforms survive, in his first campaign rally of the year.

Lee urged voters in the port city, a conservative stronghold, to back the Democratic
Party's mayoral candidate Park Sun-hee, who trails incumbent mayor Choi Dong-wook by six
points in a Gallup Korea poll published on Thursday.

"Busan deserves a government that builds homes young families can afford," Lee said,
promising 40,000 public rental flats in the city by 2030 and a new shipyard training
centre in Yeongdo.

Opposition leader Han Jae-won dismissed the rally as a campaign event paid for by
taxpayers and said his People Power Party would file a complaint with the National
Election Commission.
""",
    "rally_daily.md": """\
---
title: "Lee Jae-myung courts Busan with housing pledge at Sajik rally"
outlet: Korea Daily Monitor
date: 2026-01-09
---

# Lee Jae-myung courts Busan with housing pledge at Sajik rally

President Lee Jae-myung brought his campaign for the June 3 local elections to Busan on
Friday, January 9, 2026, telling roughly 18,000 people at Sajik stadium that his party
would build 40,000 public rental flats in the city by 2030.

The rally was Lee's first of the year. His Democratic Party is fighting to take the
mayor's office from Choi Dong-wook, whose People Power Party has held Busan since 2022;
its candidate, Park Sun-hee, is six points behind in the latest Gallup Korea survey.

Lee also promised a shipyard training centre in Yeongdo district. Han Jae-won, the
opposition leader, said the National Election Commission should look into whether the
rally broke campaign rules.
""",
    "rally_briefing.txt": """\
Korea Politics Briefing | January 10, 2026

BUSAN RALLY: President Lee Jae-myung opened his local-election campaign in Busan on
Friday before a crowd organisers put at 18,000 at Sajik stadium. He pledged 40,000 public
rental flats for the city by 2030 and backed Park Sun-hee, the Democratic Party candidate
for mayor, against incumbent Choi Dong-wook of the People Power Party.

Opposition leader Han Jae-won said the event amounted to taxpayer-funded campaigning and
announced a complaint to the National Election Commission. Voters go to the polls on
June 3.
""",
}


def _article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The seeds and every test cluster copied into one flat folder; and the story each
    article truly belongs to (its source folder), by source id."""
    folder = tmp_path_factory.mktemp("wire")
    truth: dict[str, str] = {}
    for src, name in [(SEEDS, "seeds")] + [(d, d.name) for d in sorted(CLUSTERS.iterdir())
                                           if d.is_dir()]:
        for f in _article_files(src):
            shutil.copy(f, folder / f.name)
            truth[f.stem] = name
    return folder, truth


@pytest.fixture(scope="module")
def mixed_extracted(mixed: tuple[Path, dict[str, str]]) -> list:  # noqa: ANN401
    return extract_paths([str(mixed[0])])


def _partition(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def _true_partition(truth: dict[str, str]) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for sid, story in truth.items():
        by_story.setdefault(story, set()).add(sid)
    return {frozenset(v) for v in by_story.values()}


# --- one story stays one story ----------------------------------------------------


def test_seeds_are_one_story_in_every_mode() -> None:
    extracted = extract_paths([str(SEEDS)])
    for mode in ("auto", "stories", "none"):
        found = stories_of(extracted, mode)  # type: ignore[arg-type]
        assert [s.sources for s in found] == [sorted(e.source.id for e in extracted)], mode


@pytest.mark.parametrize("cluster_name", sorted(p.name for p in CLUSTERS.iterdir() if p.is_dir()))
def test_each_test_cluster_is_one_story(cluster_name: str) -> None:
    extracted = extract_paths([str(CLUSTERS / cluster_name)])
    assert len(stories_of(extracted, "stories")) == 1


def test_single_story_report_is_unchanged_by_grouping() -> None:
    extracted = extract_paths([str(SEEDS)])
    plain = report_from(extracted, group="none")
    grouped = report_from(extracted, group="stories")
    assert grouped == plain


# --- the same person, two events ---------------------------------------------------


@pytest.fixture(scope="module")
def summit_and_rally(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lee")
    for f in _article_files(SEEDS):
        shutil.copy(f, folder / f.name)
    for name, text in RALLY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_president_at_a_summit_and_at_a_rally_are_two_stories(summit_and_rally: Path) -> None:
    extracted = extract_paths([str(summit_and_rally)])
    seeds = frozenset(p.stem for p in _article_files(SEEDS))
    rally = frozenset(Path(n).stem for n in RALLY)
    for mode in ("auto", "stories"):
        found = stories_of(extracted, mode)  # type: ignore[arg-type]
        assert _partition([s.sources for s in found]) == {seeds, rally}, mode


def test_the_rally_shares_the_person_but_not_the_event(summit_and_rally: Path) -> None:
    # the test means something only if the two stories do share the president
    extracted = {e.source.id: e for e in extract_paths([str(summit_and_rally)])}
    rally = set(extracted["rally_wire"].features.split("\n"))
    summit = set(extracted["001_08855b811089beb9"].features.split("\n"))
    assert "n:lee jae-myung" in rally & summit


def test_two_short_articles_sharing_only_a_name_stay_apart() -> None:
    a = make_document("Kim wins mayoral race\nMayor-elect Kim Min-jae won 54% of the vote in "
                      "Daegu on Sunday, the election commission said.\n", source_id="a")
    b = make_document("Kim opens Seoul tech fair\nKim Min-jae opened the Seoul technology "
                      "fair on Tuesday, where 300 start-ups show robots and chips.\n",
                      source_id="b")
    c = make_document("Daegu mayoral vote goes to Kim\nKim Min-jae took 54% in Sunday's "
                      "Daegu mayoral election, beating two rivals.\n", source_id="c")
    feats = {d.source.id: article_features(d) for d in (a, b, c)}
    assert _partition([s.sources for s in cluster(feats)]) == {frozenset("ac"), frozenset("b")}


# --- a mixed folder -------------------------------------------------------------------


def test_mixed_folder_is_sorted_into_the_right_stories(
    mixed: tuple[Path, dict[str, str]], mixed_extracted: list  # noqa: ANN401
) -> None:
    _, truth = mixed
    for mode in ("auto", "stories"):
        found = stories_of(mixed_extracted, mode)  # type: ignore[arg-type]
        assert _partition([s.sources for s in found]) == _true_partition(truth), mode


def test_no_conflict_crosses_two_stories(
    mixed: tuple[Path, dict[str, str]], mixed_extracted: list  # noqa: ANN401
) -> None:
    _, truth = mixed
    rep = report_from(mixed_extracted)
    assert rep.conflicts and rep.agreements
    for item in [*rep.conflicts, *rep.agreements]:
        stories = {truth[s] for v in item.values for s in v.sources if s in truth}
        assert len(stories) == 1, (item.claim, item.values)


def test_without_stories_the_mixed_folder_does_compare_across_events(
    mixed: tuple[Path, dict[str, str]], mixed_extracted: list  # noqa: ANN401
) -> None:
    # what grouping prevents: one "date of the earthquake" across every quake, etc.
    _, truth = mixed
    rep = report_from(mixed_extracted, group="none")
    crossing = [c for c in [*rep.conflicts, *rep.agreements]
                if len({truth[s] for v in c.values for s in v.sources if s in truth}) > 1]
    assert crossing


def test_conflict_ids_do_not_depend_on_grouping(
    mixed: tuple[Path, dict[str, str]], mixed_extracted: list  # noqa: ANN401
) -> None:
    """Each story's conflicts in the mixed run have the fingerprints the story has alone;
    only a "-2" tells apart two stories' conflicts that share a fingerprint."""
    _, truth = mixed
    together = report_from(mixed_extracted, group="stories")
    for story in sorted(set(truth.values())):
        alone = report_from([e for e in mixed_extracted if truth[e.source.id] == story],
                            group="none")
        mine = {c.id.split("-")[0] for c in together.conflicts
                if truth[c.values[0].sources[0]] == story}
        assert mine == {c.id for c in alone.conflicts}, story
    assert len({c.id for c in together.conflicts}) == len(together.conflicts)


def test_conflict_ids_do_not_depend_on_story_numbering(
    mixed_extracted: list,  # noqa: ANN401
) -> None:
    stories = stories_of(mixed_extracted, "stories")
    renumbered = [s.model_copy(update={"id": f"story-{len(stories) - n}"})
                  for n, s in enumerate(stories)]
    assert report_from_stories(mixed_extracted, stories) == report_from_stories(
        mixed_extracted, renumbered)


def test_clustering_does_not_depend_on_input_order(
    mixed_extracted: list,  # noqa: ANN401
) -> None:
    feats = {e.source.id: e.features for e in mixed_extracted}
    backwards = dict(reversed(list(feats.items())))
    assert cluster(feats) == cluster(backwards)


def test_group_none_is_one_story_and_unknown_modes_are_refused() -> None:
    feats = {"a": "n:x\nw:y", "b": "n:z"}
    assert [s.sources for s in group_stories(feats, "none")] == [["a", "b"]]
    with pytest.raises(ValueError):
        group_stories(feats, "everything")


# --- the command line -----------------------------------------------------------------


def test_stories_command_lists_the_clusters(
    cli_env: dict[str, str], mixed: tuple[Path, dict[str, str]]
) -> None:
    folder, truth = mixed
    result = runner.invoke(app, ["stories", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["summary"] == {"articles": len(truth), "stories": 5}
    got = [[a["id"] for a in st["articles"]] for st in doc["stories"]]
    assert _partition(got) == _true_partition(truth)
    assert all(st["terms"] for st in doc["stories"])
    table = runner.invoke(app, ["stories", str(folder)])
    assert table.exit_code == 0
    assert "21 articles in 5 stories" in table.stdout


def test_stories_command_on_the_seeds(cli_env: dict[str, str]) -> None:
    result = runner.invoke(app, ["stories", str(SEEDS)])
    assert result.exit_code == 0
    assert "5 articles in 1 story" in result.stdout


def test_report_group_option(cli_env: dict[str, str], mixed: tuple[Path, dict[str, str]]) -> None:
    folder, _ = mixed
    grouped = runner.invoke(app, ["report", str(folder), "-f", "json", "--group", "stories"])
    plain = runner.invoke(app, ["report", str(folder), "-f", "json", "--group", "none"])
    assert grouped.exit_code == 0 and plain.exit_code == 0
    assert json.loads(grouped.stdout) != json.loads(plain.stdout)
    bad = runner.invoke(app, ["report", str(folder), "--group", "everything"])
    assert bad.exit_code == 2
    assert "unknown grouping" in bad.output


def test_claims_carry_their_story_only_when_there_are_several(
    cli_env: dict[str, str], mixed: tuple[Path, dict[str, str]]
) -> None:
    folder, _ = mixed
    mixed_claims = runner.invoke(app, ["claims", str(folder), "-f", "jsonl"])
    seeds_claims = runner.invoke(app, ["claims", str(SEEDS), "-f", "jsonl"])
    assert all("story" in json.loads(ln)["scope"] for ln in mixed_claims.stdout.splitlines())
    assert not any("story" in json.loads(ln)["scope"] for ln in seeds_claims.stdout.splitlines())


def test_no_progress_bar_when_standard_error_is_not_a_terminal() -> None:
    from factcheck.cli import progress_bar

    with progress_bar() as progress:
        assert progress is None
