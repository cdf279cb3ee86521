"""How fast factcheck reads a wire desk's day, and whether it still finds what it should.

For each corpus size N (default 1,000 / 5,000 / 10,000 / 20,000 articles) the script
writes a synthetic corpus with `benchmarks/generate.py` (many stories, several articles
each, planted conflicts) into a temporary folder, then runs the real pipeline on it in a
fresh process, as `factcheck report FOLDER --format json -o FILE` does: read, extract
(`--jobs` worker processes), group into stories, align, reconcile, render, write. It
prints, per size:

* wall time end to end (process start to exit) and articles per second;
* the time of each stage, and peak memory (resident set) of the main process and of
  the largest extraction worker;
* planted conflicts found (recall), by kind, and conflicts reported across two
  different stories (must be 0). A planted conflict is found when one reported conflict
  gives the outlier's value for the outlier and the consensus value for another article
  of the story, compared in one unit ("14 km" is 14000 m, "seven-day" is "1 week");
* how the time grows: the time ratio between sizes against the size ratio.

Then, on a sample of the same articles, it times one extractor a user might reach for
instead, dateparser's `search_dates` (dates alone, English only: its fastest setting),
against factcheck's date extraction alone (like for like, from the file's bytes) and
against its whole extraction (every claim kind), each side in a fresh process.

    python benchmarks/bench.py                  # 1000 5000 10000 20000
    python benchmarks/bench.py 1000 --jobs 2
    python benchmarks/bench.py 2000 --profile   # plus a cProfile of the extraction

Nothing is asserted here: the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402

DEFAULT_SIZES = [1000, 5000, 10000, 20000]
DATEPARSER_SAMPLE = 100
DEFAULT_SETTINGS_SAMPLE = 10
WARM_UP = 5  # articles each side reads before it is timed


# --- the measured run (a child process, so that its memory is its own) ------------------


def _child(folder: str, jobs: int, out: str) -> None:
    """Run the pipeline as `factcheck report FOLDER -f json -o OUT` does, timing stages."""
    t0 = time.perf_counter()
    from factcheck.api import extract_paths, report_from_stories, stories_of
    from factcheck.output import write_atomic
    from factcheck.render import RenderOptions, get_renderer

    t1 = time.perf_counter()
    extracted = extract_paths([folder], jobs=jobs)
    t2 = time.perf_counter()
    stories = stories_of(extracted, "auto")
    t3 = time.perf_counter()
    report = report_from_stories(extracted, stories)
    t4 = time.perf_counter()
    write_atomic(out, get_renderer("json")(report, RenderOptions()))
    t5 = time.perf_counter()
    stats = {
        "import": t1 - t0, "extract": t2 - t1, "group": t3 - t2, "match": t4 - t3,
        "render": t5 - t4,
        "rss_main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rss_worker_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "stories": [s.sources for s in stories],
    }
    Path(out + ".stats").write_text(json.dumps(stats), encoding="utf-8")


def run_pipeline(folder: Path, jobs: int) -> tuple[float, dict[str, Any], dict[str, Any]]:
    """Wall time, stage figures and the JSON report of one run in a fresh process."""
    out = folder.parent / "report.json"
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", str(folder), str(jobs), str(out)],
                   check=True)
    wall = time.perf_counter() - start
    stats = json.loads(Path(str(out) + ".stats").read_text(encoding="utf-8"))
    report = json.loads(out.read_text(encoding="utf-8"))
    return wall, stats, report


# --- scoring against the planted truth ----------------------------------------------------


# Units of measurement a source may write, as a factor to the unit factcheck reports per
# dimension (metres, kilograms, km/h). The generator plants a length in the unit its
# articles write ("a depth of 18 km", "191 mm of rain"); factcheck reports lengths in
# metres. A reported value is read in a unit only if a source of the same conflict wrote
# that unit, so a planted 18 (km) meets a reported 18000 (m) that came from "18 km",
# "18 kilometres" or "18,000 metres", and nothing else.
_UNIT_FACTORS: dict[str, float] = {
    name: factor
    for names, factor in [
        ("km|kilometre|kilometres|kilometer|kilometers", 1000.0),
        ("m|metre|metres|meter|meters", 1.0),
        ("cm|centimetre|centimetres|centimeter|centimeters", 0.01),
        ("mm|millimetre|millimetres|millimeter|millimeters", 0.001),
        ("mile|miles", 1609.344),
        ("ft|foot|feet", 0.3048),
        ("kg|kilogram|kilograms|kilo|kilos", 1.0),
        ("tonne|tonnes", 1000.0),
        ("km/h|kmh|kph|kilometres per hour|kilometers per hour", 1.0),
        ("mph|miles per hour", 1.609344),
        ("m/s|metres per second|meters per second", 3.6),
    ]
    for name in names.split("|")
}
_UNIT_RE = re.compile(
    r"\d\s?-?\s?(" + "|".join(sorted(map(re.escape, _UNIT_FACTORS), key=len, reverse=True))
    + r")(?![\w/])",
    re.IGNORECASE)

# Lengths of time, in seconds: factcheck writes a duration in the largest unit that
# divides it ("7 days" -> "1 week", "48 hours" -> "2 days", "90 days" -> "3 months", with
# its month of 30 days), the generator in the unit of the fact ("7 days").
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
            "month": 30 * 86400, "year": 365 * 86400, "decade": 3650 * 86400}
_DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s+(" + "|".join(_SECONDS) + r")s?\s*$",
                          re.IGNORECASE)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _seconds(v: object) -> float | None:
    m = _DURATION_RE.match(v) if isinstance(v, str) else None
    return float(m.group(1)) * _SECONDS[m.group(2).lower()] if m else None


def _same(a: object, b: object, factor: float = 1.0) -> bool:
    """True when reported value `a` is planted value `b`; `b` is in a unit `factor`
    times factcheck's base unit (1: the same unit)."""
    if isinstance(a, int | float) and isinstance(b, int | float):
        return _close(float(a), float(b) * factor)
    sa, sb = _seconds(a), _seconds(b)
    if sa is not None and sb is not None:
        return _close(sa, sb)
    return str(a).strip().lower() == str(b).strip().lower()


def _written_factors(conflict: dict[str, Any]) -> set[float]:
    """The units the sources of a conflict wrote its figures in, as factors; {1.0} (no
    conversion) when they wrote none (counts, money, percentages, dates, durations)."""
    factors = {_UNIT_FACTORS[m.group(1).lower()]
               for v in conflict["values"] for e in v["evidence"]
               for m in _UNIT_RE.finditer(e["text"])}
    return factors or {1.0}


def score(folder: Path, report: dict[str, Any]) -> dict[str, Any]:
    """Planted conflicts found, by kind; conflicts that join two stories."""
    planted = json.loads((folder / "planted.json").read_text(encoding="utf-8"))
    articles_of = {s["id"]: s["articles"]
                   for s in json.loads((folder / "stories.json").read_text(encoding="utf-8"))}
    story_of = {Path(a).stem: sid for sid, arts in articles_of.items() for a in arts}
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in report["conflicts"]:
        for v in c["values"]:
            for s in v["sources"]:
                by_source[s].append(c)
    for p in planted:
        total[p["kind"]] += 1
        outlier = Path(p["outlier"]).stem
        consensus, wrong = p["values"]
        hit = False
        others = {Path(a).stem for a in articles_of[p["story"]]} - {outlier}
        for c in by_source.get(outlier, []):
            if c["kind"] != p["kind"]:
                continue
            values = c["values"]
            # the outlier states the planted value, and another article of the story the
            # consensus value, in the same unit (see _written_factors)
            if any(any(_same(v["value"], wrong, f) and outlier in v["sources"] for v in values)
                   and any(_same(v["value"], consensus, f) and others & set(v["sources"])
                           for v in values)
                   for f in _written_factors(c)):
                hit = True
                break
        if hit:
            found[p["kind"]] += 1
        else:
            missed.append(p)
    crossing = [c for c in report["conflicts"]
                if len({story_of.get(s, s) for v in c["values"] for s in v["sources"]
                        if s in story_of}) > 1]
    return {"found": found, "total": total, "missed": missed, "crossing": crossing,
            "conflicts": len(report["conflicts"])}


def story_purity(folder: Path, found: list[list[str]]) -> tuple[int, int, int]:
    """(true stories, stories found, true stories found exactly)."""
    truth = [sorted(Path(a).stem for a in s["articles"])
             for s in json.loads((folder / "stories.json").read_text(encoding="utf-8"))]
    got = {tuple(sorted(s)) for s in found}
    return len(truth), len(found), sum(1 for t in truth if tuple(t) in got)


# --- the comparison with dateparser ------------------------------------------------------


def compare_dateparser(folder: Path, sample: int) -> dict[str, float]:
    """Articles per second: dateparser's search_dates against factcheck's extraction.

    Each side runs in a fresh process of its own: in this one, the reports just scored
    (hundreds of megabytes of objects) and dateparser's own tables would be walked by
    the garbage collector again and again while the other side runs."""
    got: dict[str, float] = {}
    for side in ("dateparser", "factcheck"):
        out = subprocess.run([sys.executable, __file__, "--compare-child", side, str(folder),
                              str(sample)], check=True, capture_output=True, text=True).stdout
        got.update(json.loads(out))
    return got


def _compare_child(side: str, folder: str, sample: int) -> None:
    """One side of `compare_dateparser`, printed as JSON."""
    from factcheck.ingest import discover

    files, _ = discover([folder])
    files = files[:sample]
    if side == "dateparser":
        from dateparser.search import search_dates

        texts = [Path(f.path).read_text(encoding="utf-8") for f in files]
        for text in texts[:WARM_UP]:  # both sides warm up on the same articles
            search_dates(text, languages=["en"])
        t = time.perf_counter()
        n_dates = 0
        for text in texts:
            n_dates += len(search_dates(text, languages=["en"]) or [])
        dp = time.perf_counter() - t
        # with its defaults it first guesses each text's language: far slower, so fewer
        few = texts[:DEFAULT_SETTINGS_SAMPLE]
        t = time.perf_counter()
        for text in few:
            search_dates(text)
        dp_default = time.perf_counter() - t
        print(json.dumps({"articles": len(files), "dateparser_s": dp,
                          "dateparser_rate": len(files) / dp, "dates_found": n_dates,
                          "dateparser_default_rate": len(few) / dp_default,
                          "default_articles": len(few)}))
        return
    from factcheck.api import extract_file
    from factcheck.extract import build_context, dates
    from factcheck.ingest import load, read_bytes

    for f in files[:WARM_UP]:  # first uses compile a few patterns and fill caches
        extract_file(f)
    t = time.perf_counter()
    n_claims = sum(len(extract_file(f).claims) for f in files)
    fc = time.perf_counter() - t
    # like for like: factcheck's date extraction alone, from the file's bytes (reading,
    # normalizing, zoning and splitting sentences included), as search_dates gets text
    t = time.perf_counter()
    n_fc_dates = sum(len(list(dates.extract(build_context(load(f, read_bytes(f, None))))))
                     for f in files)
    fc_dates = time.perf_counter() - t
    print(json.dumps({"factcheck_s": fc, "factcheck_rate": len(files) / fc,
                      "factcheck_dates_rate": len(files) / fc_dates,
                      "factcheck_dates_found": n_fc_dates, "claims_found": n_claims}))


def profile_extraction(folder: Path, top: int = 15) -> str:
    """cProfile of the extraction of every article in one process: the hot spots."""
    from factcheck.api import extract_paths

    prof = cProfile.Profile()
    prof.enable()
    extract_paths([str(folder)], jobs=1)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


# --- output --------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=DEFAULT_SIZES,
                        help="corpus sizes in articles (default: %(default)s)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                        help="extraction worker processes (default: the number of cores)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample", type=int, default=DATEPARSER_SAMPLE,
                        help="articles timed with dateparser (default: %(default)s)")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="print a cProfile of the extraction of the first corpus")
    parser.add_argument("--keep", metavar="DIR", help="write the corpora under DIR and keep them")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--compare-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.child[2])
        return 0
    if args.compare_child:
        _compare_child(args.compare_child[0], args.compare_child[1],
                       int(args.compare_child[2]))
        return 0

    print(f"machine: {machine()}")
    print(f"jobs: {args.jobs}\n")
    header = (f"{'articles':>8} {'wall s':>7} {'art/s':>6} {'extract':>7} {'group':>6} "
              f"{'match':>6} {'render':>6} {'peak main':>9} {'worker':>7} {'stories':>11} "
              f"{'planted found':>15} {'cross':>5}")
    rows = []
    walls: dict[int, float] = {}
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    details = []
    first_folder: Path | None = None
    for n in args.sizes:
        folder = base / f"corpus-{n}" / "articles"
        if not (folder / "planted.json").exists():
            generate.write_corpus(folder, n, seed=args.seed)
        first_folder = first_folder or folder
        wall, stats, report = run_pipeline(folder, args.jobs)
        walls[n] = wall
        sc = score(folder, report)
        true_n, found_n, exact = story_purity(folder, stats["stories"])
        found, total = sum(sc["found"].values()), sum(sc["total"].values())
        rows.append(
            f"{n:>8} {wall:>7.1f} {n / wall:>6.0f} {stats['extract']:>7.1f} "
            f"{stats['group']:>6.1f} {stats['match']:>6.1f} {stats['render']:>6.1f} "
            f"{_mb(stats['rss_main_kb']):>9} {_mb(stats['rss_worker_kb']):>7} "
            f"{found_n:>5}/{true_n:<5} {found:>5}/{total:<4} {found / max(total, 1):>4.0%} "
            f"{len(sc['crossing']):>5}"
        )
        details.append((n, sc, exact, true_n))
        print(header if len(rows) == 1 else "", end="\n" if len(rows) == 1 else "")
        print(rows[-1], flush=True)
    print()
    for n, sc, exact, true_n in details:
        kinds = ", ".join(f"{k} {sc['found'][k]}/{sc['total'][k]}" for k in sorted(sc["total"]))
        print(f"{n}: planted found by kind: {kinds}; {sc['conflicts']} conflicts reported; "
              f"{exact}/{true_n} stories recovered exactly")
        for p in sc["missed"][:5]:
            print(f"   missed: {p['story']} {p['kind']} {p['fact']} {p['values']} "
                  f"(outlier {p['outlier']})")
    sizes = sorted(walls)
    for a, b in zip(sizes, sizes[1:], strict=False):
        print(f"time {a} -> {b}: x{walls[b] / walls[a]:.2f} for x{b / a:.1f} the articles")
    if not args.no_dateparser and first_folder is not None:
        dp = compare_dateparser(first_folder, args.sample)
        print(f"\ndates alone, one process, {dp['articles']} articles of the first corpus:")
        print(f"  dateparser.search_dates (languages=['en']): {dp['dateparser_rate']:.1f} "
              f"articles/s ({dp['dates_found']} dates)")
        print(f"  dateparser.search_dates (its defaults, {dp['default_articles']} articles): "
              f"{dp['dateparser_default_rate']:.2f} articles/s")
        print(f"  factcheck, dates alone:                     "
              f"{dp['factcheck_dates_rate']:.1f} articles/s ({dp['factcheck_dates_found']} "
              f"date claims)")
        print(f"  factcheck extraction (every claim kind):    {dp['factcheck_rate']:.1f} "
              f"articles/s ({dp['claims_found']} claims)")
        ratio = dp["factcheck_dates_rate"] / dp["dateparser_rate"]
        print(f"  dates alone, factcheck is {ratio:.1f}x faster than search_dates in English, "
              f"{dp['factcheck_dates_rate'] / dp['dateparser_default_rate']:.0f}x than with its "
              f"defaults")
        print(f"  every claim kind, factcheck is "
              f"{dp['factcheck_rate'] / dp['dateparser_rate']:.1f}x faster than search_dates in "
              f"English, {dp['factcheck_rate'] / dp['dateparser_default_rate']:.0f}x than with "
              f"its defaults")
    if args.profile and first_folder is not None:
        print("\n" + profile_extraction(first_folder))
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
