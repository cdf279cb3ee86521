"""Align the same claim across sources, and keep apart claims that only look alike.

Claims are blocked by kind and key (the counted noun, the event), with near-identical
keys merged by rapidfuzz ("cease-fire" / "ceasefire"). Inside a block, claims are grouped
by scope: two claims align only if no scope field contradicts (another place, companies
rather than governments, another country's leader, other people at the meeting). A
field one claim leaves open is a wildcard. The most specific claims are grouped first;
a vague claim joins a group only if exactly one group fits it best.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .models import Claim

# Fields compared as sets (any shared member is enough) rather than as single values.
SET_FIELDS = frozenset({"who", "of"})
# Fields holding names ("people hope coalition|maria nikolaidis"): compared as names, see
# `same_holder`.
NAME_FIELDS = frozenset({"of"})
# Words of party and group names that do not tell one from another: "Democratic Renewal
# Front" and "Democratic Justice Movement" are two parties.
GENERIC_NAME_WORDS = frozenset(
    """the of and for a an party parties coalition front movement alliance union bloc league
    congress democratic democrats democrat social socialist socialists national nationalist
    people peoples popular unity united progressive progressives liberal liberals
    conservative conservatives republican republicans citizens civic justice freedom renewal
    hope new green greens independent independents labour labor workers forward reform
    change solidarity action list council federation association group""".split()
)
# Fields that must be present on both sides and equal: claims about another event.
STRICT_FIELDS = frozenset({"event", "where", "period"})
# Fields whose absence means a default, not "unknown": a count that names no subject is
# about the principals of the story, not possibly about the companies.
DEFAULTS = {"subject": "principal"}
KEY_SIMILARITY = 90.0
PLACE_SIMILARITY = 88.0


@dataclass
class Group:
    """Claims from any number of sources that state the same fact."""

    kind: str
    key: str
    scope: dict[str, str] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> set[str]:
        return {c.evidence.source for c in self.claims}

    @property
    def several_sources(self) -> bool:
        """True when two or more sources state it. Most groups hold a single claim: those
        are told without building the set of sources."""
        return len(self.claims) > 1 and len(self.sources) > 1

    @property
    def label(self) -> str:
        """The reader's name of the claim: the label most members use."""
        labels: dict[str, int] = defaultdict(int)
        for c in self.claims:
            labels[c.claim] += 1
        return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _scope(claim: Claim) -> dict[str, str]:
    return {**DEFAULTS, **claim.scope}


def _distinctive(phrase: str) -> set[str]:
    """The words of a name that tell it apart: not generic party words. A person's full
    name has none: "Ma Yifan" and "Yang Yifan" are two people whichever of their names
    is the family name; a surname alone ("Nikolaidis") meets the full name through
    `_contains`."""
    words = phrase.split()
    if len(words) > 1 and not any(w in GENERIC_NAME_WORDS for w in words):
        return set()  # a person
    return {w for w in words if w not in GENERIC_NAME_WORDS}


def _contains(whole: str, part: str) -> bool:
    return f" {part} " in f" {whole} " and bool(_distinctive(part) or " " in part)


def same_holder(a: str, b: str) -> bool:
    """Two holders are one when a name of one is a name of the other or contains it as a
    phrase ("labour unity coalition" in "the labour unity coalition"), or when they share a
    distinctive word (a surname, a party's own word); a shared generic word
    ("democratic") or given name ("maria") is not enough."""
    pa, pb = a.split("|"), b.split("|")
    if any(x == y or _contains(x, y) or _contains(y, x) for x in pa for y in pb):
        return True
    da = set().union(*(_distinctive(x) for x in pa))
    db = set().union(*(_distinctive(y) for y in pb))
    return bool(da & db)


def _same_value(name: str, a: str, b: str) -> bool:
    if name in NAME_FIELDS:
        return same_holder(a, b)
    if name in SET_FIELDS:
        return bool(set(a.split("|")) & set(b.split("|")))
    if name == "place":
        la, lb = a.lower(), b.lower()
        return la == lb or fuzz.ratio(la, lb) >= PLACE_SIMILARITY
    return a == b


def compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    """True when no field that both scopes fill contradicts, and both are about the
    same event (a strict field is never a wildcard)."""
    for k in STRICT_FIELDS:
        if a.get(k) != b.get(k):
            return False
    for k in a.keys() & b.keys():
        # equal values are the same under every field's rule; the rules are for the rest
        if a[k] != b[k] and not _same_value(k, a[k], b[k]):
            return False
    return True


def _merge_scope(group: Group, scope: dict[str, str]) -> None:
    for k, v in scope.items():
        if k not in group.scope:
            group.scope[k] = v
        elif k in SET_FIELDS:
            group.scope[k] = "|".join(sorted(set(group.scope[k].split("|")) | set(v.split("|"))))


def _merge(keys: Iterable[str], same: Callable[[str, str], bool]) -> dict[str, str]:
    """Map each key to a representative: the first key (in sorted order) it is `same` as."""
    ordered = sorted(set(keys))
    rep = {k: k for k in ordered}
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if rep[b] == b and same(a, b):
                rep[b] = rep[a]
    return rep


def merge_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map each key to a representative, joining keys rapidfuzz finds near-identical."""
    return _merge(keys, lambda a, b: fuzz.ratio(a, b) >= KEY_SIMILARITY)


def _fold_name(key: str) -> str:
    return key.replace(" ", "")


def merge_person_keys(keys: Iterable[str]) -> dict[str, str]:
    """Like `merge_keys`, for people's names: join only spellings of one name ("kim min
    jae" / "kim minjae", "takaichi sanae" / "sanae takaichi", "zelensky" / "zelenskyy").

    The general 90% similarity would join "john smith" and "joan smith": two people. So
    names join when they are equal without spaces, have the same words in another
    order, or are at least 95% alike without spaces (one letter in a long name).
    """
    def same(a: str, b: str) -> bool:
        fa, fb = _fold_name(a), _fold_name(b)
        return fa == fb or sorted(a.split()) == sorted(b.split()) or fuzz.ratio(fa, fb) >= 95

    return _merge(keys, same)


def _sort_key(c: Claim) -> tuple[bool, int, str, int, int, str]:
    # Body claims first, so that teasers join the groups the story's own text forms.
    return (c.evidence.zone == "teaser", -len(c.scope), c.evidence.source, c.evidence.line,
            c.evidence.column, str(c.value))


def align(claims: Iterable[Claim], story_of: Mapping[str, str] | None = None) -> list[Group]:
    """Group claims that state the same fact. The result does not depend on input order.

    Claims are compared only inside a block: one story, one kind, one key. A claim's
    story is its source's in `story_of` when given, else its "story" scope (see
    `api.story_claims`), if any. Keys are merged inside a story too, so the work grows
    with the size of the blocks, never with the square of the corpus.
    """
    by_block: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        story = story_of[c.evidence.source] if story_of else c.scope.get("story", "")
        by_block[(story, c.kind)].append(c)
    groups: list[Group] = []
    for story, kind in sorted(by_block):
        block_claims = by_block[(story, kind)]
        merge = merge_person_keys if kind == "role" else merge_keys
        rep = merge(c.key for c in block_claims)
        blocks: dict[str, list[Claim]] = defaultdict(list)
        for c in block_claims:
            blocks[rep[c.key]].append(c)
        for key in sorted(blocks):
            groups.extend(_group_block(kind, key, blocks[key]))
    return groups


def _bridge(fits: list[Group], groups: list[Group], scope: dict[str, str]) -> Group | None:
    """The groups a date fits, merged into one, when they differ only in who took part:
    one outlet names one leader of a summit, another the other, and a third both. None
    when two of them differ in anything else (they are two facts). Dates only: the
    "who" of a sum or a share names companies and analysts, whose figures differ. The
    date must name everyone the groups name: a date of one of several meetings does not
    join the others."""
    named = set(scope.get("who", "").split("|"))
    if not all(set(g.scope.get("who", "").split("|")) <= named for g in fits):
        return None
    bare = [{k: v for k, v in g.scope.items() if k != "who"} for g in fits]
    if not all(compatible(a, b) for i, a in enumerate(bare) for b in bare[i + 1 :]):
        return None
    target = fits[0]
    for g in fits[1:]:
        target.claims.extend(g.claims)
        _merge_scope(target, g.scope)
        groups.remove(g)
    return target


def _group_block(kind: str, key: str, claims: list[Claim]) -> list[Group]:
    groups: list[Group] = []
    # most blocks hold a single claim: nothing to order
    for claim in sorted(claims, key=_sort_key) if len(claims) > 1 else claims:
        scope = _scope(claim)
        fits = [g for g in groups if compatible(g.scope, scope)]
        target: Group | None = None
        if len(fits) == 1:
            target = fits[0]
        elif fits:
            scored = sorted(
                ((sum(1 for k in scope.keys() & g.scope.keys()), len(g.sources), -i), g)
                for i, g in enumerate(fits)
            )
            best, runner_up = scored[-1], scored[-2]
            if best[0][:2] != runner_up[0][:2]:
                target = best[1]
            elif kind == "date":
                target = _bridge(fits, groups, scope)
        if target is None:
            target = Group(kind, key)
            groups.append(target)
        target.claims.append(claim)
        _merge_scope(target, scope)
    return groups
