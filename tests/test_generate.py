"""Tests for the synthetic benchmark corpus generator (benchmarks/generate.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location(
    "factcheck_bench_generate", ROOT / "benchmarks" / "generate.py"
)
assert _SPEC and _SPEC.loader
gen = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = gen
_SPEC.loader.exec_module(gen)


# --------------------------------------------------------------------------- independent parser

_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2})
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_QUAL = {"more than": ">", "over": ">", "at least": ">=", "nearly": "<~", "almost": "<~",
         "about": "~", "around": "~", "some": "~"}
_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _word_num(s: str) -> int | None:
    total = 0
    for part in s.split("-"):
        if part not in _WORDS:
            return None
        total += _WORDS[part]
    return total


def _number(s: str) -> float:
    """Leading number of s: digits (with commas/decimals, optional 'million') or words."""
    s = s.strip()
    m = _NUM_RE.match(s)
    if m:
        v = float(m.group().replace(",", ""))
        if s[m.end():].strip().startswith("million"):
            v *= 1_000_000
        return v
    tok = re.split(r"[ \u2011]", s)[0]
    w = _word_num(tok)
    if w is None:
        w = _word_num(tok.split("-")[0] if tok.count("-") > 1 else tok.rsplit("-", 1)[0])
    assert w is not None, s
    return float(w)


def _split_qual(phrase: str) -> tuple[str, str]:
    p = phrase.lower().replace("\u2011", "-")
    for q, op in _QUAL.items():
        if p.startswith(q + " "):
            return op, p[len(q) + 1:]
    return "=", p


def parse(kind: str, phrase: str, published: dt.date, event_year: int) -> tuple[str, object]:
    """(operator, canonical value) for a claim phrase."""
    op, p = _split_qual(phrase)
    if kind == "count":
        return op, int(_number(p))
    if kind == "quantity":
        if "$" in p or "dollar" in p:
            body = p.replace("us$", "").replace("$", "")
            v = _number(body)
            if "billion" in body or "bn" in body:
                v *= 1e9
            elif "million" in body or re.match(r"[\d.]+m\b", body):
                v *= 1e6 if v < 1e6 else 1
            return op, round(v)
        p = p.replace("magnitude", "").strip(" -")
        return op, _number(p)
    if kind == "year":
        m = re.fullmatch(r"since (\d{4})", p)
        if m:
            return op, int(m.group(1))
        m = re.fullmatch(r"in (\S+) years", p)
        assert m, p
        return op, event_year - int(_number(m.group(1)))
    if kind == "date":
        p = p.removeprefix("on ").strip()
        if p in _WEEKDAYS:
            d = published
            while _WEEKDAYS[d.weekday()] != p:
                d -= dt.timedelta(days=1)
            return op, d.isoformat()
        p = re.sub(r"^(" + "|".join(_WEEKDAYS) + "), ", "", p).replace(".", "").replace(",", "")
        toks = p.split()
        if toks[0].isdigit():  # 5 january 2026
            day, mon, year = int(toks[0]), _MONTHS[toks[1]], int(toks[2])
        else:
            mon, day = _MONTHS[toks[0]], int(toks[1])
            year = int(toks[2]) if len(toks) > 2 else published.year
        return op, dt.date(year, mon, day).isoformat()
    if kind == "duration":
        if p == "an hour and a half":
            return op, "90 minutes"
        m = re.fullmatch(r"(.+?)[- ](minute|hour|day|second)s?", p)
        assert m, p
        n, unit = int(_number(m.group(1))), m.group(2)
        if unit == "minute" and n % 60 == 0:
            n, unit = n // 60, "hour"
        return op, f"{n} {unit}" + ("" if n == 1 else "s")
    raise AssertionError(kind)


def compatible(op: str, got: object, truth: object) -> bool:
    if op == "=":
        if isinstance(got, float) or isinstance(truth, float):
            return abs(float(got) - float(truth)) < 1e-6  # type: ignore[arg-type]
        return got == truth
    g, t = float(got), float(truth)  # type: ignore[arg-type]
    if op == ">":
        return t > g
    if op == ">=":
        return t >= g
    if op == "<~":
        return 0.9 * g <= t < g
    return abs(t - g) <= 0.1 * g  # "~"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def corpus():
    return gen.generate(2500, seed=11)


def _by_story(corpus):
    stories: dict[str, list] = {}
    for a in corpus.articles:
        stories.setdefault(a.story, []).append(a)
    return stories


def _event_year(info) -> int:
    return int(info.facts["date"][:4])


# --------------------------------------------------------------------------- tests


def test_deterministic():
    a = gen.generate(300, seed=5)
    b = gen.generate(300, seed=5)
    assert [x.text for x in a.articles] == [x.text for x in b.articles]
    assert [x.name for x in a.articles] == [x.name for x in b.articles]
    assert a.planted == b.planted
    c = gen.generate(300, seed=6)
    assert [x.text for x in a.articles] != [x.text for x in c.articles]


def test_story_prefix_stable_across_sizes():
    small = gen.generate(100, seed=2)
    big = gen.generate(400, seed=2)
    # every complete story of the small corpus has the same facts in the big one
    big_facts = {s.id: s.facts for s in big.stories}
    for s in small.stories[:-1]:
        assert big_facts[s.id] == s.facts


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 100, 1001])
def test_exact_article_count(n):
    c = gen.generate(n, seed=1)
    assert len(c.articles) == n
    assert len({a.name for a in c.articles}) == n
    assert sum(len(s.articles) for s in c.stories) == n
    for a in c.articles:
        assert re.fullmatch(r"s\d{4,}_a\d+\.txt", a.name)
        assert a.name.startswith(a.story + "_")


def test_articles_per_story_respected():
    c = gen.generate(500, seed=3, articles_per_story=(2, 4))
    sizes = [len(s.articles) for s in c.stories]
    assert all(2 <= x <= 4 for x in sizes[:-1])
    assert 1 <= sizes[-1] <= 4
    with pytest.raises(ValueError):
        gen.generate(10, articles_per_story=(0, 3))


def test_many_stories_and_event_types(corpus):
    assert 2500 / 6 <= len(corpus.stories) <= 2500 / 3
    assert set(Counter(s.event for s in corpus.stories)) == {
        "summit", "earthquake", "election", "deal", "storm", "strike"}
    # names are composed per story: plenty of distinct titles
    assert len({s.title for s in corpus.stories}) > 0.9 * len(corpus.stories)


def test_length_between_500_and_700_words(corpus):
    words = [len(a.text.split()) for a in corpus.articles]
    assert min(words) >= 500, min(words)
    assert max(words) <= 700, max(words)
    assert 560 <= sum(words) / len(words) <= 650


def test_headline_and_dateline(corpus):
    for a in corpus.articles:
        lines = [x for x in a.text.split("\n") if x.strip()]
        head = lines[0]
        assert 3 <= len(head.split()) <= 25, head
        assert not head.startswith(("Related", "We use cookies", "Published", "By "))
        pub = dt.date.fromisoformat(a.published)
        forms = {pub.isoformat(), f"{pub.day} ", str(pub.year)}
        top = "\n".join(lines[1:4])
        assert str(pub.year) in top, (a.name, top)
        assert any(f in top for f in forms)


def test_boilerplate_and_related_section(corpus):
    texts = [a.text for a in corpus.articles]
    assert any("This content is AI-generated" in t for t in texts)
    assert any("We use cookies" in t for t in texts)
    assert all(a.related for a in corpus.articles)


def test_planted_rate_and_kinds(corpus):
    eligible = [s for s in corpus.stories if len(s.articles) >= 3]
    rate = len(corpus.planted) / len(eligible)
    assert 0.25 <= rate <= 0.45, rate
    assert {p.kind for p in corpus.planted} == set(gen.KINDS)
    assert len({p.story for p in corpus.planted}) == len(corpus.planted)  # one per story
    for p in corpus.planted:
        assert p.values[0] != p.values[1]
        assert p.kind in gen.KINDS


def test_planted_conflicts_present_in_text(corpus):
    stories = _by_story(corpus)
    infos = {s.id: s for s in corpus.stories}
    assert corpus.planted
    for p in corpus.planted:
        arts = stories[p.story]
        info = infos[p.story]
        truth, bad = p.values
        assert info.facts[p.fact] == truth
        exact_agree = 0
        for a in arts:
            phrase = a.claims.get(p.fact)
            assert phrase, (a.name, p)  # every article of the story states the fact
            assert phrase in a.text
            op, val = parse(p.kind, phrase, dt.date.fromisoformat(a.published),
                            _event_year(info))
            if a.name == p.outlier:
                assert op == "=" and compatible("=", val, bad), (a.name, phrase, p)
            else:
                assert compatible(op, val, truth), (a.name, phrase, p)
                assert not (op == "=" and compatible("=", val, bad))
                exact_agree += op == "=" and compatible("=", val, truth)
        assert exact_agree >= 2, p


def test_unplanted_facts_agree(corpus):
    """Every fact other than the planted one is stated compatibly by every article."""
    stories = _by_story(corpus)
    planted = {p.story: p.fact for p in corpus.planted}
    checked = 0
    for info in corpus.stories:
        for a in stories[info.id]:
            for fact, phrase in a.claims.items():
                if planted.get(info.id) == fact:
                    continue
                assert phrase in a.text
                op, val = parse(info.kinds[fact], phrase, dt.date.fromisoformat(a.published),
                                _event_year(info))
                assert compatible(op, val, info.facts[fact]), (a.name, fact, phrase)
                checked += 1
    assert checked > 5 * len(corpus.articles)


def test_surface_variety(corpus):
    text = "\n".join(a.text for a in corpus.articles)
    assert "\u2011" in text  # non-breaking hyphen in "90‑minute"
    assert re.search(r"\b\d+-minute\b", text)
    assert re.search(r"\bin [a-z]+ years\b", text)
    assert re.search(r"\bsince (19|20)\d\d\b", text)
    assert re.search(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)
    assert re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d", text)
    assert re.search(r"\b[A-Z][a-z]+ \d{1,2}, 20\d\d", text)
    assert re.search(r"\b(more than|over|nearly|about) \d", text)
    claims = [ph for a in corpus.articles for ph in a.claims.values()]
    assert any(re.fullmatch(r"[A-Z][a-z]+(-[a-z]+)?", c) for c in claims)  # "Fourteen"
    assert any(re.fullmatch(r"[a-z]+(-[a-z]+)?", c) for c in claims)  # "fourteen"


def _related_section(a) -> str:
    lines = a.text.split("\n")
    for i, line in enumerate(lines):
        if line in ("Related Articles", "Related coverage", "More on this topic", "Read next"):
            return "\n".join(lines[i + 1:])
    raise AssertionError(a.name)


def _value_strings(info) -> set[str]:
    out: set[str] = set()
    for fact, v in info.facts.items():
        kind = info.kinds[fact]
        if kind == "date":
            d = dt.date.fromisoformat(v)
            out.add(f"{d.day}, {d.year}")
        elif kind == "duration":
            out.add(v.split()[0])
        elif isinstance(v, int) and v >= 1_000_000 and kind == "quantity":
            out.add(f"{v / 1e9:.2f}".rstrip("0").rstrip(".") if v >= 1e9 else str(v // 10**6))
        elif isinstance(v, float):
            out.add(f"{v:g}")
        else:
            out.add(f"{v:,}")
            out.add(str(v))
    return out


def test_teasers_mention_other_stories(corpus):
    infos = {s.id: s for s in corpus.stories}
    for a in corpus.articles[:800]:
        section = _related_section(a)
        tease_lines = [x for x in section.split("\n") if x.strip()][: len(a.related)]
        assert len(tease_lines) == len(a.related)
        for sid, line in zip(a.related, tease_lines, strict=True):
            assert sid != a.story
            other = infos[sid]
            numbers = set(_NUM_RE.findall(line)) | {
                m.group() for m in re.finditer(r"\d+, \d{4}", line)}
            assert numbers, line
            vals = _value_strings(other)
            assert numbers & vals, (line, vals)
            # the teaser is confined to the Related section (not repeated in the body)
            assert line not in a.text.split(_related_section(a))[0]


def test_single_story_corpus_has_teasers():
    c = gen.generate(3, seed=9)
    assert len(c.stories) == 1
    for a in c.articles:
        assert a.related and all(r != a.story for r in a.related)


def test_filler_is_claim_free():
    words = "|".join(
        list(_WORDS) + [m for m in _MONTHS if len(m) > 3 and m not in ("march", "may")]
        + _WEEKDAYS)
    bad = re.compile(
        r"\d|\b(" + words + r")\b|\b(first|second|third|since|decade|dozens?|hundreds|"
        r"thousands|millions|twice|half|percent)\b", re.I)
    pools = list(gen._GENERIC_FILLER)
    for ev in gen._EVENTS:
        pools += ev.filler + ev.quotes
    for s in pools:
        assert not bad.search(s), s


def test_speed():
    t = time.perf_counter()
    gen.generate(2000, seed=4)
    assert time.perf_counter() - t < 5.0


def test_cli_writes_and_refuses_non_empty(tmp_path):
    out = tmp_path / "corpus"
    assert gen.main(["25", str(out), "--seed", "3"]) == 0
    files = sorted(p.name for p in out.glob("*.txt"))
    assert len(files) == 25
    planted = json.loads((out / "planted.json").read_text())
    ref = gen.generate(25, seed=3)
    assert planted == [{"story": p.story, "kind": p.kind, "fact": p.fact,
                        "values": list(p.values), "outlier": p.outlier} for p in ref.planted]
    assert (out / ref.articles[0].name).read_text(encoding="utf-8") == ref.articles[0].text
    stories = json.loads((out / "stories.json").read_text())
    assert sum(len(s["articles"]) for s in stories) == 25

    # non-empty: refused, nothing touched
    keep = out / "notes.md"
    keep.write_text("mine")
    assert gen.main(["10", str(out)]) == 2
    assert keep.read_text() == "mine"
    # --force writes but deletes nothing
    assert gen.main(["10", str(out), "--seed", "4", "--force"]) == 0
    assert keep.read_text() == "mine"
    assert set(files) <= {p.name for p in out.glob("*.txt")}
    # a file in place of the directory
    f = tmp_path / "file"
    f.write_text("x")
    assert gen.main(["5", str(f)]) == 2
