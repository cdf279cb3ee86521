"""Turn aligned groups into conflicts and agreements.

A conflict is two or more incompatible values for one aligned claim. Values are
intervals: an exact value is a point, "over 200" is (200, inf), a date range is its
days. Two values conflict only when their intervals cannot overlap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from .extract.roles import compatible_roles
from .match import DEFAULTS, Group
from .models import Agreement, Claim, Conflict, Severity, ValueReport

SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
_STRONG_ZONES = frozenset({"headline", "body"})
_HIGH_KINDS = frozenset({"count", "quantity", "date", "year"})
# Scope fields left out of a conflict's id: they grow as sources are added ("who"), or
# number the stories of one run ("story").
_UNSTABLE_SCOPE = frozenset({"who", "story"})

_WHY = {
    "count": "A wrong count is the most common correction; it is checkable against the "
    "official list.",
    "quantity": "Figures are quoted and re-quoted; a wrong amount spreads.",
    "date": "A wrong date misplaces the event for every reader.",
    "year": "The 'first since' framing is the news hook; a wrong year changes the story.",
    "duration": "Lengths are easy to check and embarrassing to get wrong.",
    "role": "A wrong title misidentifies a person: a correction, and possibly a complaint.",
    "weekday": "The weekday and the date cannot both be right.",
    "action": "Sources attach the same commitment to different people; check who it binds.",
}


def _bounds(c: Claim) -> tuple[float, float]:
    low = c.low if c.low is not None else float("-inf")
    high = c.high if c.high is not None else float("inf")
    return low, high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when the intervals share a value. Two ranges that only touch do not: "6%"
    is [5.5, 6.5] and "7 percent" [6.5, 7.5], but a figure that rounds to both would be
    written 6.5 (a point, which still fits either)."""
    if a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9:
        if a[1] > a[0] and b[1] > b[0] and (_close(a[1], b[0]) or _close(b[1], a[0])):
            return False
        return True
    return False


def _close(x: float, y: float) -> bool:
    return math.isfinite(x) and abs(x - y) <= 1e-9 * max(1.0, abs(x))


def fingerprint(group: Group) -> str:
    """A stable id for what a group is about, whatever its values or sources.

    Built from the kind, the key and the scope most of the group's sources agree on: a
    scope field counts only when more than half of the sources fill it, with the value
    most of them give (ties: the smallest). So neither the order the files are read in
    (which decides the group's own merged scope) nor one more article that names a place
    the others leave open changes the id of a conflict an editor has reviewed.
    """
    # plain dicts of counts, not Counters: this runs for every aligned group, and most
    # sources give one claim (one value per field) to a group
    by_source: dict[str, dict[str, dict[str, int]]] = {}
    for c in group.claims:
        fields = by_source.setdefault(c.evidence.source, {})
        for k, v in {**DEFAULTS, **c.scope}.items():
            if k not in _UNSTABLE_SCOPE:
                counts = fields.setdefault(k, {})
                counts[v] = counts.get(v, 0) + 1
    votes: dict[str, dict[str, int]] = {}
    for fields in by_source.values():
        for k, counts in fields.items():
            v = _most_common(counts)
            field_votes = votes.setdefault(k, {})
            field_votes[v] = field_votes.get(v, 0) + 1
    n = len(by_source)
    scope = ",".join(f"{k}={_most_common(votes[k])}" for k in sorted(votes)
                     if 2 * sum(votes[k].values()) > n)
    return hashlib.sha1(f"{group.kind}|{group.key}|{scope}".encode()).hexdigest()[:12]


def _most_common(counts: Mapping[str, int]) -> str:
    if len(counts) == 1:  # the usual case: one value
        return next(iter(counts))
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _content_key(group: Group) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Orders groups that share a fingerprint by what they say, not by who says it."""
    values = tuple(sorted({f"{c.value!r}{'~' if c.approx else ''}" for c in group.claims}))
    return values, tuple(sorted((k, v) for k, v in group.scope.items()
                                if k not in _UNSTABLE_SCOPE))


def _evidence_key(c: Claim) -> tuple[str, int, int]:
    """Where a claim was read: its source, line and column."""
    e = c.evidence
    return (e.source, e.line, e.column)


def _value_reports(group: Group) -> tuple[list[ValueReport], list[tuple[float, float]]]:
    by_value: dict[tuple[str, bool], list[Claim]] = defaultdict(list)
    for c in group.claims:
        by_value[(repr(c.value), c.approx)].append(c)
    entries = []
    for claims in by_value.values():
        claims.sort(key=_evidence_key)
        first = claims[0]
        entries.append((
            ValueReport(
                value=first.value,
                text=first.evidence.text,
                approx=first.approx,
                sources=sorted({c.evidence.source for c in claims}),
                qualifiers=sorted({c.qualifier for c in claims if c.qualifier}),
                evidence=[c.evidence for c in claims],
            ),
            _bounds(first),
        ))
    # most sources first; then exact before approximate; then by value
    entries.sort(key=lambda e: (-len(e[0].sources), e[0].approx, str(e[0].value)))
    return [e[0] for e in entries], [e[1] for e in entries]


def reconcile(groups: Iterable[Group], dates: Mapping[str, str | None] | None = None,
              ) -> tuple[list[Conflict], list[Agreement]]:
    """Conflicts and agreements among groups that two or more sources speak to.

    `dates` gives each source's publication date (ISO): a toll that rises from one day's
    reports to the next (or a number missing that changes) is a low-severity conflict,
    with a note that the later figure may be an update."""
    dates = dates or {}
    groups = list(groups)
    across = latest_tolls_by_source(groups)
    conflicts: list[Conflict] = []
    agreements: list[Agreement] = []
    by_id: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        if group.several_sources:
            by_id[fingerprint(group)].append(group)
    ided: list[tuple[str, Group]] = []
    for fp, same in by_id.items():
        # groups sharing a fingerprint are told apart by content, never by file order
        ordered = sorted(same, key=_content_key) if len(same) > 1 else same
        for n, group in enumerate(ordered, start=1):
            ided.append((fp if n == 1 else f"{fp}-{n}", group))
    for gid, group in ided:
        group = _latest_tolls(group, across)
        values, bounds = _value_reports(group)
        # a clash needs two sources: one article giving two values (a subtotal and a
        # total, a first estimate and a revision) is not a conflict between outlets
        clashes = [
            (i, j) for i in range(len(values)) for j in range(i + 1, len(values))
            if not _fits(group.kind, values, bounds, i, j)
            and any(a != b for a in values[i].sources for b in values[j].sources)
            # sources that all give both values ("raised to 950 euros from 880 euros")
            # describe two figures, not a disagreement
            and set(values[i].sources) != set(values[j].sources)
            # a source giving one person both titles tells of a move ("Finance minister:
            # Sigrid Aasen (until today health minister)"), not of two readings
            and not (group.kind == "role" and set(values[i].sources) & set(values[j].sources))
        ]
        if not clashes:
            agreements.append(Agreement(id=gid, kind=group.kind, claim=group.label,
                                        values=values))
            continue
        conflict = _conflict(group, gid, values, bounds, clashes)
        if all(_updated(group, values, bounds, i, j, dates) for i, j in clashes):
            # a running count on different days: perhaps an update, perhaps an error
            days = sorted({d for v in values for src in v.sources if (d := dates.get(src))})
            conflict = conflict.model_copy(update={
                "severity": "low",
                "why": f"{conflict.why} The figures were published on different days "
                       f"({days[0]} to {days[-1]}): the later one may be an update."})
        conflicts.append(conflict)
    conflicts = sort_conflicts(conflicts)
    agreements.sort(key=lambda a: (a.kind, a.claim, a.id))
    return conflicts, agreements


# Counts that are revised as a story unfolds: tolls only rise; the missing are found (or
# more are reported missing).
_RISING = frozenset({"killed", "injured", "evacuated", "rescued", "arrested", "displaced",
                     "destroyed", "damaged", "acre", "hectare"})
_EITHER_WAY = frozenset({"missing"})


def _updated(group: Group, values: list[ValueReport], bounds: list[tuple[float, float]],
             i: int, j: int, dates: Mapping[str, str | None]) -> bool:
    """True when values i and j may be one running count reported on different days:
    all the sources of one are dated before all the sources of the other, and the count
    moved the way such a count moves ("20 missing" on the 17th, 14 on the 19th)."""
    if group.kind != "count":
        return False
    pred = group.key.rpartition("|")[2]
    if pred not in _RISING and pred not in _EITHER_WAY:
        pred = group.scope.get("what", "")  # what happened to things: "homes destroyed"
    if pred not in _RISING and pred not in _EITHER_WAY:
        return False
    days_i = [dates.get(src) or "" for src in values[i].sources]
    days_j = [dates.get(src) or "" for src in values[j].sources]
    if not days_i or not days_j or "" in days_i or "" in days_j:
        return False  # an undated source: no telling which figure came first
    if max(days_i) < min(days_j):
        early, late = i, j
    elif max(days_j) < min(days_i):
        early, late = j, i
    else:
        return False  # one day holds both figures: a real disagreement
    return pred in _EITHER_WAY or bounds[early][0] <= bounds[late][1]


# Kinds whose values are words, not numbers: compatible only when equal.
STRING_KINDS = frozenset({"action"})


def _fits(kind: str, values: list[ValueReport], bounds: list[tuple[float, float]],
          i: int, j: int) -> bool:
    """True when values i and j can both be right."""
    if kind in STRING_KINDS:
        return values[i].value == values[j].value
    if kind == "role":  # titles: see compatible_roles for when two of them clash
        return compatible_roles(str(values[i].value), str(values[j].value))
    return _overlap(bounds[i], bounds[j])


def sort_conflicts(conflicts: list[Conflict]) -> list[Conflict]:
    """Most severe first, then by kind and claim: the order every renderer shows."""
    return sorted(conflicts, key=lambda c: (SEVERITY_RANK[c.severity], c.kind, c.claim, c.id))


def _conflict(
    group: Group,
    gid: str,
    values: list[ValueReport],
    bounds: list[tuple[float, float]],
    clashes: list[tuple[int, int]],
) -> Conflict:
    majority_i = _majority(group.kind, values, bounds)
    outliers: list[str] = []
    if majority_i is not None:
        majority_sources = set(values[majority_i].sources)
        against = {
            s
            for i, v in enumerate(values)
            if not _fits(group.kind, values, bounds, i, majority_i)
            for s in v.sources
        }
        outliers = sorted(against - majority_sources)
    severity = _severity(group.kind, values, clashes)
    qualifiers = sorted({q for v in values for q in v.qualifiers})
    return Conflict(
        id=gid,
        kind=group.kind,
        claim=group.label,
        severity=severity,
        values=values,
        majority=values[majority_i].value if majority_i is not None else None,
        outliers=outliers,
        why=_why(group.kind, values, majority_i, outliers, qualifiers),
        qualifiers=qualifiers if len(qualifiers) > 1 or _split_by_qualifier(values) else [],
    )


def _majority(kind: str, values: list[ValueReport],
              bounds: list[tuple[float, float]]) -> int | None:
    """The value most sources support; None on a tie.

    An approximation supports the one exact value it fits ("at least 37" backs 37), so
    "37" and "at least 37" are one side, not a tie.
    """
    exact = [i for i, v in enumerate(values) if not v.approx] or list(range(len(values)))
    support = {i: set(values[i].sources) for i in exact}
    for k, v in enumerate(values):
        if k in support:
            continue
        fits = [i for i in exact if _fits(kind, values, bounds, i, k)]
        if len(fits) == 1:
            support[fits[0]] |= set(v.sources)
    ranked = sorted(support, key=lambda i: -len(support[i]))
    if len(ranked) > 1 and len(support[ranked[0]]) == len(support[ranked[1]]):
        return None
    return ranked[0]


_TIMESTAMP = re.compile(r"^\W*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\b", re.IGNORECASE)


def _stamp(quote: str) -> int | None:
    """Minutes into the day of a live-blog entry ("**16:40** - ..."), if it has one."""
    m = _TIMESTAMP.match(quote)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) and m.group(3).lower().startswith("p") and hour < 12:
        hour += 12
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def _claim_stamp(c: Claim) -> int | None:
    """Minutes into the day of the live-blog entry a claim is in (any of its sentences)."""
    if c.as_of is not None:
        day, _, clock = c.as_of.rpartition("T")
        hour, minute = clock.split(":")
        days = dt.date.fromisoformat(day).toordinal() if day else 0
        return days * 1440 + int(hour) * 60 + int(minute)
    return _stamp(c.evidence.quote)


_Latest = dict[tuple[str, str], tuple[int, tuple[float, float]]]


def latest_tolls_by_source(groups: Iterable[Group]) -> _Latest:
    """(source, predicate) -> the time stamp and bounds of the latest live-blog figure of
    that predicate ("killed"), whoever it counts: "Toll rises to 11" at 10:05 is
    superseded by "all 14 miners who died" the next morning."""
    latest: _Latest = {}
    for group in groups:
        if group.kind != "count" or "|" not in group.key:
            continue
        pred = group.key.rpartition("|")[2]
        for c in group.claims:
            stamp = _claim_stamp(c)
            if stamp is None or c.evidence.zone not in _STRONG_ZONES:
                continue
            k = (c.evidence.source, pred)
            if k not in latest or stamp > latest[k][0]:
                latest[k] = (stamp, _bounds(c))
    return latest


def _latest_tolls(group: Group, across: _Latest | None = None) -> Group:
    """A toll that a live blog revises (09:15: 29 dead; 16:40: 37) counts once per
    article, at its latest time-stamped figure (live blogs run newest first or last).
    For people in general ("person|killed"), the latest figure of the same predicate
    for any group of people (`across`) counts too."""
    if group.kind != "count" or ("|" not in group.key and group.key not in _RISING):
        return group  # a toll ("person|killed"), or a running area ("acre")
    latest: dict[str, int] = {}
    for c in group.claims:
        stamp = _claim_stamp(c)
        if stamp is not None and c.evidence.zone in _STRONG_ZONES:
            latest[c.evidence.source] = max(latest.get(c.evidence.source, stamp), stamp)
    if not latest:
        return group
    # a source without time stamps keeps what fits its last figure (its body's, after a
    # headline's)
    last = {
        c.evidence.source: _bounds(c) for c in group.claims
        if _claim_stamp(c) == latest.get(c.evidence.source)
    }
    noun, _, pred = group.key.rpartition("|")
    if across and noun == "person":
        for source, own in latest.items():
            later = across.get((source, pred))
            if later is not None and later[0] > own:
                last[source] = later[1]
    # keep what fits the latest figure ("132" beside "at least 132"), drop the rest
    kept = [c for c in group.claims
            if c.evidence.source not in last
            or _overlap(_bounds(c), last[c.evidence.source])
            or c.evidence.zone not in _STRONG_ZONES]
    if len(kept) == len(group.claims):
        return group
    return Group(group.kind, group.key, dict(group.scope), kept)


def _strong(v: ValueReport) -> bool:
    return any(e.zone in _STRONG_ZONES for e in v.evidence)


def _split_by_qualifier(values: list[ValueReport]) -> bool:
    """True when the sides use different qualifiers ("state" vs "official" visit)."""
    sets = [frozenset(v.qualifiers) for v in values if v.qualifiers]
    return len(set(sets)) > 1


def _vague(value: ValueReport) -> bool:
    """A count said in words of no figure ("hundreds", "several", "dozens")."""
    return isinstance(value.value, str) and not any(ch.isdigit() for ch in value.value)


def _severity(kind: str, values: list[ValueReport], clashes: list[tuple[int, int]]) -> Severity:
    """High: body text splits on a number or date. Medium: on a length or a title.
    Low: one side only in teasers, or a difference in wording may explain the split."""
    if kind == "action":
        return "low"  # who meets whom is often blurred by wording, not a hard error
    if not any(_strong(values[i]) and _strong(values[j]) for i, j in clashes):
        return "low"
    if kind == "count" and all(_vague(values[i]) or _vague(values[j]) for i, j in clashes):
        return "low"  # "hundreds" against "nearly 1,400": loose wording, not a figure
    if _split_by_qualifier(values):
        return "low"
    return "high" if kind in _HIGH_KINDS else "medium"


def _why(kind: str, values: list[ValueReport], majority_i: int | None,
         outliers: list[str], qualifiers: list[str]) -> str:
    parts = []
    if majority_i is not None and outliers:
        maj = values[majority_i]
        n = len(maj.sources)
        parts.append(
            f"{', '.join(outliers)} {'disagrees' if len(outliers) == 1 else 'disagree'} "
            f"with {n} source{'s' if n != 1 else ''} that give {maj.text!r}."
        )
    elif majority_i is not None:
        maj = values[majority_i]
        others = sorted({s for i, v in enumerate(values) if i != majority_i for s in v.sources})
        parts.append(
            f"Most sources give {maj.text!r}; {', '.join(others)} also "
            f"{'gives' if len(others) == 1 else 'give'} another value elsewhere in the text."
        )
    else:
        parts.append("Sources split evenly; no majority to lean on.")
    parts.append(_WHY.get(kind, "Sources state incompatible values."))
    if len(qualifiers) > 1:
        parts.append(f"The wording differs ({' / '.join(qualifiers)}), which may explain it.")
    return " ".join(parts)
