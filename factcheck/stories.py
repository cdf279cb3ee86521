"""Sort articles into stories: the articles that report one event.

A wire desk's folder mixes hundreds of events; claims must only ever be compared inside
one story. Each article is reduced to what a reader tells stories apart by: the people,
places and organisations it names, the figures and dates it gives (its claims' values,
however written: "29" or "twenty-nine"), its distinctive words, all read from the
headline and body only (teasers and page chrome speak of other events). Features are
weighted by how rare they are in the corpus (squared IDF), so that "said" or
"officials" count for nothing and a name or a figure few articles share counts for a
lot.

Clustering never compares every article with every other: pairs are proposed through
an inverted index of the rare features only, and only those pairs are scored (cosine).
Groups then merge from the most similar down, average-link: two groups join only if
their articles are similar on average, so that one shared name (a president at a
summit, then at a rally) cannot chain two events. Three more rules keep apart what
words alone would join: articles must share a name and more than one feature; articles
published weeks apart count half; and two groups that give other values for most of
the facts they both state (tolls, dates, amounts) stay two stories.

Everything is deterministic: articles are sorted by id, ties are broken by id, and
stories are numbered by their first article.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_
from typing import TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

from .document import Document
from .models import Claim

Features = str
"""An article's features, sorted, one a line (one string rather than a tuple: 20,000
articles' features then cost a few megabytes, not hundreds). Each is prefixed by its
type: ``w:`` a word, ``n:`` a name or place, ``#:`` a figure, ``y:`` a year, ``c:`` the
value of a claim that is not a number (a date, a length). Two are limits, not features:
``@:`` the publication date, ``=`` a claim with its key ("=count|person|killed|126|126").
"""

# Weights of the feature types: a year ("since 2019") is shared by many events.
_TYPE_WEIGHT = {"w": 1.0, "n": 1.0, "#": 1.0, "y": 0.6, "c": 1.0}
# Scored pairs below this similarity are not linked at all.
LINK_THRESHOLD = 0.25
# Two groups merge when the mean similarity of their articles reaches this.
MERGE_THRESHOLD = 0.22
# Features in more than this share of the articles (and more than COMMON_FLOOR) are
# ignored: they are shared by many stories.
COMMON_SHARE = 0.1
COMMON_FLOOR = 20
# Two groups that contradict each other on this many facts (and on more than they
# agree on) are two stories, however alike their words.
CONTRADICTIONS = 3
# Two articles that share fewer features than this are not similar at all.
MIN_SHARED = 2
# Features shared by more articles than this do not propose pairs (they still count
# in the similarity of the pairs proposed).
_MAX_POSTING = 60
# A pair is scored when its rare features alone reach this share of the link threshold.
_CANDIDATE_SHARE = 0.5
# Largest cross product of members scored when two groups may merge (sampled beyond).
_MAX_SAMPLE = 16
# Articles published further apart than this (days) are less likely one story.
DATE_WINDOW = 10
# `auto` keeps an input of at most this many articles whole unless the split is clear.
HANDFUL = 12
# ...and a split is clear when no two articles of different stories are this similar.
CLEAR_SPLIT = 0.10

_STOPWORDS = frozenset(
    """a about above after again against all also although am among an and another any
    are around as at back be because been before being below between both but by can
    could did do does doing done down during each either even ever every few first for
    from further get gets got had has have having he her here hers herself him himself
    his how however i if in including into is it its itself just last later least less
    like made make many may me might more most much must my near nearly new next no nor
    not now of off on once one only or other others our ours out over own part per put
    rather said same says see seen several she should since so some still such than that
    the their theirs them then there these they this those though three through thus to
    told too two under until up upon us use used very via was way we well were what when
    where whether which while who whom whose why will with within without would year years
    yet you your
    mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow week weeks month months day days time times according added statement
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_NAME = re.compile(r"[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,5}")
# Titles before a name: the person is the same whatever title an outlet gives.
_TITLES = frozenset(
    """president prime minister premier chancellor king queen prince princess mr mrs ms dr
    sir dame secretary general governor mayor senator minister foreign finance defence
    defense interior chief executive ceo chairman chairwoman chair director spokesman
    spokeswoman spokesperson ambassador judge justice professor prof lt col gen adm
    captain capt sgt officer inspector commissioner mayor-elect president-elect
    leader""".split()
)
# A capital after a space that follows a word or a mark: the capital comes first and the
# look behind it second, so that `re` skips from capital to capital on its own (a
# pattern that opens with a look-behind is tried at every offset).
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[\w,;:'\"-] [A-Z])[\w'-]*")
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|trillion|bn|mn)\b)?")
# Claims whose values are the facts of an event (a role is a name again, counted above).
_FACT_KINDS = frozenset({"count", "quantity", "date", "year", "duration"})
_SCALE = {"million": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}


class Story(BaseModel):
    """Articles that report one event, and the terms they share."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="'story-N', numbered by the story's first article")
    sources: list[str] = Field(description="ids of the member articles, sorted")
    terms: list[str] = Field(default_factory=list,
                             description="the most distinctive features the members share")


def article_features(doc: Document, claims: Iterable[Claim] = ()) -> Features:
    """The features of one article, from its headline and body (never teasers or page
    chrome, which speak of other events), and the values of its claims there: the
    facts of a story, however each outlet writes them ("29" or "twenty-nine")."""
    text = doc.text
    # one string per zone, a sentence a line: a name never runs across two sentences
    sentences = doc.sentences
    body = "\n".join([text[s.start : s.end] for s in sentences if s.zone == "body"])
    headline = "\n".join([text[s.start : s.end] for s in sentences if s.zone == "headline"])
    # the words that do not open with a capital: each piece of text between spaces is
    # looked at once in a run (`_learn`), not once in every article
    if len(_TOKEN_WORD) > _CACHE_LIMIT:
        _TOKEN_WORD.clear()
        _SEVERAL_WORDS.clear()
        _WORD_FEATURE.clear()
    tokens = body.split()
    got = list(map(_TOKEN_WORD.get, tokens))
    found = set(got)
    if None in found:  # pieces not met before: only they are looked at
        new = list(compress(tokens, map(is_, got, repeat(None))))
        _learn(new)
        found.discard(None)
        found.update(map(_TOKEN_WORD.__getitem__, new))
    lower = cast("set[str]", found)
    if _SEVERAL in lower:
        for several in _SEVERAL_WORDS.keys() & tokens:
            lower.update(_SEVERAL_WORDS[several])
        lower.discard(_SEVERAL)
    lower.discard("")
    # words written with a capital inside a sentence: names, not sentence openers
    inner = set(map(str.lower, _INNER_CAPITAL.findall(body)))
    feats = set(map(_WORD_FEATURE.__getitem__, lower))
    names: set[tuple[str, ...]] = set()  # each once: what follows does not count them
    for m in _NAME.finditer(body):
        start = m.start()
        if start == 0 or body[start - 1] == "\n":
            # "Residents of...", "Neighbouring countries": a capital that only starts
            # a sentence is no name, unless the article capitalizes it elsewhere too
            first, whole, rest = _memo(_OPENINGS, m.group(), _opening)
            name, solo = rest if first in lower else whole
            if solo is not None and solo not in inner:
                continue
        else:  # inside a sentence, the name is the same in every article: worked out once
            name = _memo(_NAME_TAILS, m.group(), _inner_name)
        if name:
            names.add(name)
    # one entity, one feature: "Braun" after "Julia Braun" is her (when no other name in
    # the article has the word), so that a shared name counts once, not three times
    full: dict[str, set[str]] = defaultdict(set)
    for words in names:
        if len(words) > 1:
            joined = " ".join(words)
            for w in words:
                full[w].add(joined)
    for words in names:
        joined = " ".join(words)
        if len(words) == 1 and len(full.get(joined, ())) == 1:
            joined = next(iter(full[joined]))
        if len(joined) > 2:
            feats.add("n:" + joined)
    # a headline in title case capitalizes every word: a word is a name if the body says so
    for words in names:
        if len(words) == 1 and words[0] not in full:
            full[words[0]].add(words[0])
    for w in map(_plain, _WORD.findall(headline)):
        known = full.get(w)
        if known:
            feats.add("n:" + (next(iter(known)) if len(known) == 1 else w))
        elif len(w) > 2 and w not in _STOPWORDS:
            feats.add("w:" + w)
    for figure in set(_FIGURE.findall(body + "\n" + headline)):
        feats.add(_memo(_FIGURES, figure, _figure_feature))
    for c in claims:
        if c.evidence.zone in ("headline", "body") and c.kind in _FACT_KINDS:
            feats.add(_claim_feature(c))
            feats.add(_fact(c))
    if doc.date is not None:
        feats.add(f"@:{doc.date.isoformat()}")
    feats.discard("")
    return "\n".join(sorted(feats))


# What `article_features` has worked out about the words, names and figures it has met:
# every article of a run shares most of them. Each is cleared when it grows past
# _CACHE_LIMIT entries, so that a long run's memory stays bounded.
_CACHE_LIMIT = 200_000
# A piece of text between spaces -> its `_WORD` that does not open with a capital ("" for
# none, _SEVERAL for more than one: "a.m.", "and/or"). A word never holds a space: an
# article's words are its pieces' words.
_TOKEN_WORD: dict[str, str] = {}
_SEVERAL = "\n"  # no piece of text between spaces is this
_SEVERAL_WORDS: dict[str, tuple[str, ...]] = {}  # a piece with more than one such word
_WORD_FEATURE: dict[str, str] = {}  # such a word -> its "w:" feature, or "" for none
_NAME_TAILS: dict[str, tuple[str, ...]] = {}  # a name inside a sentence -> its words
# The same at a sentence's start, where it depends on the article (`_opening`): the name
# and the word that is all of it (None when there are more), which is a name only if the
# article capitalizes it inside a sentence too.
_Opening = tuple[tuple[str, ...], str | None]
_OPENINGS: dict[str, tuple[str, _Opening, _Opening]] = {}
_FIGURES: dict[tuple[str, str], str] = {}  # a `_FIGURE`'s (number, scale) -> its feature


K = TypeVar("K")
V = TypeVar("V")


def _memo(cache: dict[K, V], key: K, work: Callable[[K], V]) -> V:
    """`work(key)`, kept in `cache` (cleared when it grows past _CACHE_LIMIT)."""
    got = cache.get(key)
    if got is None:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        got = cache[key] = work(key)
    return got


def _inner_name(group: str) -> tuple[str, ...]:
    """The name a `_NAME` match inside a sentence gives."""
    return _name_tail(_name_words(group))


def _figure_feature(figure: tuple[str, str]) -> str:
    """The feature of a `_FIGURE` match's (number, scale)."""
    number, scale = figure
    raw = number.replace(",", "")
    if scale:  # "$4.2 billion" is the 4200000000 of a claim's value
        raw = str(round(float(raw) * _SCALE[scale]))
    return _figure(raw)


def _learn(tokens: list[str]) -> None:
    """Find the words of the pieces of text not seen before, and their features."""
    for token in tokens:
        if token not in _TOKEN_WORD:
            words = [w for w in _WORD.findall(token) if not w[0].isupper()]
            if len(words) > 1:
                _TOKEN_WORD[token] = _SEVERAL
                _SEVERAL_WORDS[token] = tuple(words)
            else:
                _TOKEN_WORD[token] = words[0] if words else ""
            for word in words:
                w = _plain(word)
                _WORD_FEATURE[word] = "w:" + w if len(w) > 2 and w not in _STOPWORDS else ""


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name as `_NAME` finds it, in lower case, without "'s"."""
    return tuple([w.removesuffix("'s").rstrip("'") for w in name.lower().split()])


def _opening(group: str) -> tuple[str, _Opening, _Opening]:
    """The first word of a `_NAME` match at a sentence's start, and what the match gives
    with that word and without it (when the article writes the word in lower case)."""
    words = _name_words(group)
    rest = words[1:]
    return (words[0], (_name_tail(words), words[0] if len(words) == 1 else None),
            (_name_tail(rest), rest[0] if len(rest) == 1 else None))


def _name_tail(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name in `words` without the titles and words before it ("South Korean
    President Lee Jae-myung" is Lee Jae-myung), at most four words; () for none."""
    titles = [k for k, w in enumerate(words) if w in _TITLES or w in _STOPWORDS]
    if titles:
        words = words[titles[-1] + 1 :]
    words = words[-4:]
    return words if words and " ".join(words) not in _STOPWORDS else ()


def _plain(word: str) -> str:
    return word.lower().removesuffix("'s").strip("'-")


def _figure(raw: str) -> str:
    """"#:29", "#:7.2", "y:2019": a figure, one feature however it is written."""
    if len(raw) < 2:
        return ""
    if len(raw) == 4 and raw.isdigit() and raw[:2] in ("19", "20"):
        return "y:" + raw
    if "." in raw:
        raw = raw.rstrip("0").rstrip(".")
    return "#:" + raw


def _fact(c: Claim) -> str:
    """"=count|person|killed|126|126": what a claim says, to tell two events apart."""
    low = "" if c.low is None else f"{c.low:g}"
    high = "" if c.high is None else f"{c.high:g}"
    return f"={c.kind}|{c.key}|{low}|{high}".replace("\n", " ")


def _claim_feature(c: Claim) -> str:
    if c.kind == "year" and isinstance(c.value, int):
        return f"y:{c.value}"
    if isinstance(c.value, bool):
        return ""
    if isinstance(c.value, int | float):
        return _figure(f"{c.value:f}" if isinstance(c.value, float) else str(c.value))
    return f"c:{c.kind} {c.value}"


@dataclass
class _Corpus:
    """The articles as sparse unit vectors, with what else decides if two are one story:
    when each was published and what its claims say."""

    ids: list[str]
    vectors: list[dict[int, float]]
    names: list[str]  # feature id -> feature
    df: list[int]
    days: list[int | None] = field(default_factory=list)  # publication date, as an ordinal
    # what each article's claims say: (kind, key) -> the intervals it gives
    facts: list[dict[str, list[tuple[float, float]]]] = field(default_factory=list)

    def similarity(self, i: int, j: int) -> float:
        """Cosine of two articles; nothing when they share a single feature (one name
        makes no story) or no name at all (a date and a toll in common make no story
        either), halved when they were published far apart (the same union's strike in
        May and in September are two stories)."""
        s, shared = _cosine(self.vectors[i], self.vectors[j])
        if shared < MIN_SHARED:
            return 0.0
        if not self._share_a_name(i, j):
            return 0.0  # a date and a count in common, no person or place: two events
        di, dj = self.days[i], self.days[j]
        if di is not None and dj is not None and abs(di - dj) > DATE_WINDOW:
            s *= 0.5
        return s

    def _share_a_name(self, i: int, j: int) -> bool:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        names = self.names
        return any(f in b and names[f][0] == "n" for f in a)


def _vectorize(ids: list[str], features: Sequence[Features]) -> _Corpus:
    """Unit tf-idf vectors (presence, not counts: a place named ten times is still one
    place). IDF is squared, so that a feature few articles share outweighs many that a
    few hundred share."""
    index: dict[str, int] = {}
    names: list[str] = []
    coded: list[list[int]] = []
    days: list[int | None] = []
    facts: list[dict[str, list[tuple[float, float]]]] = []
    for feats in features:
        row = []
        day = None
        said: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for f in feats.split("\n") if feats else ():
            if f.startswith("@:"):
                day = _ordinal(f[2:])
                continue
            if f.startswith("="):
                key, low, high = f[1:].rsplit("|", 2)
                said[key].append((float(low) if low else -math.inf,
                                  float(high) if high else math.inf))
                continue
            fid = index.get(f)
            if fid is None:
                fid = index[f] = len(names)
                names.append(f)
            row.append(fid)
        coded.append(row)
        days.append(day)
        facts.append(dict(said))
    df = [0] * len(names)
    for row in coded:
        for fid in row:
            df[fid] += 1
    total = len(coded)
    # A feature most stories share (a template phrase, a common word) says nothing about
    # which story an article is in; left in, hundreds of them outweigh a shared name.
    # A feature only one article has links it to nothing.
    max_df = max(COMMON_FLOOR, int(total * COMMON_SHARE))
    idf = [math.log(1.0 + total / d) ** 2 * _TYPE_WEIGHT[names[i][0]] if 1 < d <= max_df
           else 0.0 for i, d in enumerate(df)]
    vectors: list[dict[int, float]] = []
    for row in coded:
        vec = {fid: idf[fid] for fid in row if idf[fid]}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({fid: v / norm for fid, v in vec.items()})
    return _Corpus(ids, vectors, names, df, days, facts)


def _ordinal(iso: str) -> int | None:
    try:
        return dt.date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def _cosine(a: dict[int, float], b: dict[int, float]) -> tuple[float, int]:
    """The cosine of two unit vectors, and how many features they share."""
    if len(a) > len(b):
        a, b = b, a
    total, shared = 0.0, 0
    for f, v in a.items():
        w = b.get(f)
        if w is not None:
            total += v * w
            shared += 1
    return total, shared


def _candidate_pairs(corpus: _Corpus, link: float) -> list[tuple[int, int]]:
    """Pairs of articles worth scoring: those whose rare features alone (shared by at
    most `_MAX_POSTING` articles) already make up part of the link threshold. Found
    through the inverted index, so the work grows with the rare features' postings, not
    with the square of the corpus; an input smaller than the limit is scored in full."""
    df, vectors = corpus.df, corpus.vectors
    n = len(vectors)
    postings: dict[int, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f in vec:
            if df[f] <= _MAX_POSTING:
                postings[f].append(i)
    partial: dict[int, float] = defaultdict(float)
    for f, docs in postings.items():
        weights = [vectors[i][f] for i in docs]
        for x in range(len(docs) - 1):
            base, wx = docs[x] * n, weights[x]
            for y in range(x + 1, len(docs)):
                partial[base + docs[y]] += wx * weights[y]
    floor = link * _CANDIDATE_SHARE
    return sorted(divmod(key, n) for key, s in partial.items() if s >= floor)


class _Linkage:
    """Average-link clustering over the scored pairs: the two groups with the highest
    mean similarity merge first, until no two linked groups reach the threshold."""

    def __init__(self, corpus: _Corpus) -> None:
        self.corpus = corpus
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(corpus.ids))}
        self.neighbours: dict[int, set[int]] = defaultdict(set)
        self.version: dict[int, int] = defaultdict(int)
        self.sims: dict[tuple[int, int], float] = {}
        self.group_facts: dict[int, dict[str, list[tuple[float, float]]]] = {}

    def sim(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        s = self.sims.get(key)
        if s is None:
            s = self.sims[key] = self.corpus.similarity(i, j)
        return s

    def mean(self, a: int, b: int) -> float:
        xs, ys = _sample(self.members[a]), _sample(self.members[b])
        return sum(self.sim(i, j) for i in xs for j in ys) / (len(xs) * len(ys))

    def run(self, edges: Iterable[tuple[int, int]], threshold: float) -> list[list[int]]:
        heap: list[tuple[float, int, int, int, int]] = []
        for i, j in edges:
            self.neighbours[i].add(j)
            self.neighbours[j].add(i)
            heap.append((-self.sim(i, j), i, j, 0, 0))
        heapq.heapify(heap)
        while heap:
            neg, a, b, va, vb = heapq.heappop(heap)
            if -neg < threshold:
                break
            if a not in self.members or b not in self.members:
                continue
            if self.version[a] != va or self.version[b] != vb:
                continue  # an entry from before one of the groups grew
            if self._contradict(a, b):
                continue
            self._merge(a, b, heap)
        return sorted(self.members.values())

    def _facts(self, a: int) -> dict[str, list[tuple[float, float]]]:
        said = self.group_facts.get(a)
        if said is None:
            said = defaultdict(list)
            for i in self.members[a]:
                for key, values in self.corpus.facts[i].items():
                    said[key].extend(values)
            self.group_facts[a] = said
        return said

    def _contradict(self, a: int, b: int) -> bool:
        """True when two groups give incompatible values for more of the facts they
        both state than they agree on, and for at least `CONTRADICTIONS` of them: two
        earthquakes on one day in one country, with other tolls, are two stories. One
        outlet's wrong figure (the conflict factcheck is there to find) is not enough."""
        fa, fb = self._facts(a), self._facts(b)
        agree = disagree = 0
        for key in fa.keys() & fb.keys():
            if any(x[0] <= y[1] + 1e-9 and y[0] <= x[1] + 1e-9 for x in fa[key] for y in fb[key]):
                agree += 1
            else:
                disagree += 1
        return disagree >= CONTRADICTIONS and disagree > agree

    def _merge(self, a: int, b: int, heap: list[tuple[float, int, int, int, int]]) -> None:
        keep, gone = min(a, b), max(a, b)
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone))
        self.group_facts.pop(keep, None)
        self.group_facts.pop(gone, None)
        self.version[keep] += 1
        around = (self.neighbours[keep] | self.neighbours.pop(gone)) - {keep, gone}
        self.neighbours[keep] = around
        for c in sorted(around):
            self.neighbours[c].discard(gone)
            self.neighbours[c].add(keep)
            x, y = min(keep, c), max(keep, c)
            heapq.heappush(heap, (-self.mean(x, y), x, y, self.version[x], self.version[y]))


def _sample(members: list[int]) -> list[int]:
    """At most `_MAX_SAMPLE` members, evenly spread: a large story's mean is estimated."""
    if len(members) <= _MAX_SAMPLE:
        return members
    step = len(members) / _MAX_SAMPLE
    return [members[int(k * step)] for k in range(_MAX_SAMPLE)]


def cluster(
    features: Mapping[str, Features],
    *,
    link: float = LINK_THRESHOLD,
    merge: float = MERGE_THRESHOLD,
) -> list[Story]:
    """Group articles (source id -> features) into stories, numbered by first article."""
    ids = sorted(features)
    if not ids:
        return []
    corpus = _vectorize(ids, [features[i] for i in ids])
    linkage = _Linkage(corpus)
    edges = [(i, j) for i, j in _candidate_pairs(corpus, link) if linkage.sim(i, j) >= link]
    clusters = linkage.run(edges, merge)
    width = len(str(len(clusters)))
    return [
        Story(id=f"story-{n:0{width}d}", sources=[ids[i] for i in members],
              terms=_shared_terms(corpus, members))
        for n, members in enumerate(clusters, 1)
    ]


def max_cross_similarity(features: Mapping[str, Features],
                         stories: Sequence[Story]) -> float:
    """The highest similarity of two articles filed in different stories (all pairs:
    meant for small inputs)."""
    ids = sorted(features)
    corpus = _vectorize(ids, [features[i] for i in ids])
    pos = {sid: k for k, sid in enumerate(ids)}
    story_of = {pos[s]: st.id for st in stories for s in st.sources}
    best = 0.0
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            if story_of[i] != story_of[j]:
                best = max(best, corpus.similarity(i, j))
    return best


def _shared_terms(corpus: _Corpus, members: list[int], n: int = 8) -> list[str]:
    """What the story is about: the features most of its articles share, names first,
    then figures and dates, then words; the rarer first."""
    count: dict[int, int] = defaultdict(int)
    weight: dict[int, float] = defaultdict(float)
    for i in members:
        for f, v in corpus.vectors[i].items():
            count[f] += 1
            weight[f] += v
    least = 2 if len(members) > 1 else 1
    ranked = sorted((f for f in count if count[f] >= least),
                    key=lambda f: (-count[f], _TERM_ORDER.get(corpus.names[f][0], 3),
                                   -weight[f], corpus.names[f]))
    out: list[str] = []
    for f in ranked:
        term = _readable(corpus.names[f])
        if term not in out:
            out.append(term)
        if len(out) == n:
            break
    return out


_TERM_ORDER = {"n": 0, "c": 1, "#": 1, "y": 1, "w": 2}


def _readable(feature: str) -> str:
    """A feature as a reader would write it: "4.2 billion", "2025-03-04", "Julia Braun"."""
    kind, value = feature[0], feature[2:]
    if kind == "n":
        return " ".join(w[:1].upper() + w[1:] for w in value.split())
    if kind == "c":
        return value.split(" ", 1)[-1]
    if kind == "#" and value.isdigit() and len(value) > 6:
        v = int(value)
        scale, word = (10**9, "billion") if v >= 10**9 else (10**6, "million")
        return f"{v / scale:g} {word}"
    return value


def one_story(ids: Iterable[str]) -> list[Story]:
    """Every article in one story: what a single-event input is."""
    return [Story(id="story-1", sources=sorted(ids))]


def group_stories(features: Mapping[str, Features], mode: str = "auto") -> list[Story]:
    """Stories for `mode`: "none" one story, "stories" always cluster, "auto" cluster a
    large or clearly mixed input and keep a small single-event one whole."""
    if mode not in ("auto", "none", "stories"):
        raise ValueError(f"unknown grouping {mode!r} (choose from auto, none, stories)")
    if mode == "none" or len(features) < 2:
        return one_story(features)
    stories = cluster(features)
    if mode == "auto" and len(stories) > 1 and len(features) <= HANDFUL:
        if max_cross_similarity(features, stories) >= CLEAR_SPLIT:
            return one_story(features)
    return stories
