"""Sort articles into stories: the articles that report one event.

A wire desk's folder mixes hundreds of events; claims must only ever be compared inside
one story. Each article is reduced to the features a reader would use to tell stories
apart: the people and places it names, the numbers and years it gives, its distinctive
words, read from the headline and body only (teasers and page chrome speak of other
events). Features are weighted by how rare they are in the corpus (IDF), so that
"said" or "officials" count for nothing and a name, a figure or a date shared by few
articles counts for a lot.

Clustering never compares every article with every other: each article's few rarest
shared features (its signature) point to its candidate neighbours through an inverted
index, and only those pairs are scored. Pairs are merged from the most similar down,
average-link: two groups join only if their articles are similar on average, so one
shared name (a president at a summit, then at a rally) cannot chain two events.

Everything is deterministic: articles are sorted by id, ties are broken by id, and
stories are numbered by their first article.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from .document import Document

Features = dict[str, int]
"""An article's features and how often each occurs. Keys are prefixed by type:
``w:`` a word, ``n:`` a capitalized name or place (token or whole name), ``#:`` a figure,
``y:`` a year."""

# Weights of the feature types: a name or figure says more about the event than a word.
_TYPE_WEIGHT = {"w": 1.0, "n": 1.5, "#": 1.2, "y": 0.6}
# Scored pairs below this similarity are not linked at all.
LINK_THRESHOLD = 0.22
# Two groups merge when the mean similarity of their articles reaches this.
MERGE_THRESHOLD = 0.16
# Features an article offers as its signature (its rarest shared ones).
SIGNATURE_SIZE = 12
# A signature feature shared by more articles than this says little about the event.
_MAX_POSTING = 60
# Largest cross product of members scored when two groups may merge (sampled beyond).
_MAX_SAMPLE = 16
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
_NAME = re.compile(r"[A-Z][\w'-]*(?:[ ](?:of[ ]|de[ ]|la[ ]|al-)?[A-Z][\w'-]*){0,3}")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


class Story(BaseModel):
    """Articles that report one event, and the terms they share."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="'story-N', numbered by the story's first article")
    sources: list[str] = Field(description="ids of the member articles, sorted")
    terms: list[str] = Field(default_factory=list,
                             description="the most distinctive features the members share")


def article_features(doc: Document) -> Features:
    """The features of one article, from its headline and body (never teasers or page
    chrome, which speak of other events)."""
    feats: dict[str, int] = defaultdict(int)
    text = doc.text
    for sent in doc.sentences:
        if sent.zone not in ("headline", "body"):
            continue
        s = text[sent.start : sent.end]
        for m in _WORD.finditer(s):
            w = m.group().lower().removesuffix("'s").strip("'-")
            if len(w) > 2 and w not in _STOPWORDS:
                feats["w:" + w] += 1
        # a headline in title case capitalizes every word: its names are read in the body
        if sent.zone == "body":
            for m in _NAME.finditer(s):
                name = m.group().removesuffix("'s").strip("'-")
                words = name.split()
                if m.start() == 0 and len(words) == 1 and name.lower() in _STOPWORDS:
                    continue  # "The", "But": a capital that only starts the sentence
                low = name.lower()
                if low in _STOPWORDS or len(low) < 2:
                    continue
                feats["n:" + low] += 1
                if len(words) > 1:
                    for w in words:
                        lw = w.lower()
                        if lw not in _STOPWORDS and len(lw) > 1:
                            feats["n:" + lw] += 1
        for m in _FIGURE.finditer(s):
            raw = m.group().replace(",", "").rstrip(".")
            if len(raw) < 2:
                continue
            if len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit():
                feats["y:" + raw] += 1
            else:
                feats["#:" + raw] += 1
    return dict(feats)


@dataclass
class _Corpus:
    """Sparse unit vectors of the articles, and the inverted index of their features."""

    ids: list[str]
    vectors: list[dict[int, float]]
    names: list[str]  # feature id -> feature
    df: list[int]
    postings: dict[int, list[int]] = field(default_factory=dict)


def _vectorize(ids: list[str], features: list[Mapping[str, int]]) -> _Corpus:
    index: dict[str, int] = {}
    names: list[str] = []
    df: list[int] = []
    coded: list[list[tuple[int, int]]] = []
    for feats in features:
        row = []
        for f, n in feats.items():
            fid = index.get(f)
            if fid is None:
                fid = index[f] = len(names)
                names.append(f)
                df.append(0)
            df[fid] += 1
            row.append((fid, n))
        coded.append(row)
    total = len(features)
    idf = [math.log(1.0 + total / d) * _TYPE_WEIGHT[names[i][0]] for i, d in enumerate(df)]
    vectors: list[dict[int, float]] = []
    for row in coded:
        vec = {fid: (1.0 + math.log(n)) * idf[fid] for fid, n in row}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({fid: v / norm for fid, v in vec.items()})
    return _Corpus(ids, vectors, names, df)


def _cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(v * get(f, 0.0) for f, v in a.items())


def _candidate_pairs(corpus: _Corpus) -> set[tuple[int, int]]:
    """Pairs of articles that share one of their rarest features: the only pairs scored."""
    df = corpus.df
    limit = max(_MAX_POSTING, int(math.sqrt(len(corpus.ids))) * 4)
    postings: dict[int, list[int]] = defaultdict(list)
    for i, vec in enumerate(corpus.vectors):
        shared = sorted((f for f in vec if 1 < df[f] <= limit),
                        key=lambda f: (df[f], corpus.names[f]))
        for f in shared[:SIGNATURE_SIZE]:
            postings[f].append(i)
    pairs: set[tuple[int, int]] = set()
    for docs in postings.values():
        for x, i in enumerate(docs):
            for j in docs[x + 1 :]:
                pairs.add((i, j))
    corpus.postings = postings
    return pairs


class _Groups:
    """Union-find over articles, with each group's members and a similarity cache."""

    def __init__(self, corpus: _Corpus) -> None:
        self.corpus = corpus
        self.parent = list(range(len(corpus.ids)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(corpus.ids))}
        self.sims: dict[tuple[int, int], float] = {}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def sim(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        s = self.sims.get(key)
        if s is None:
            s = self.sims[key] = _cosine(self.corpus.vectors[i], self.corpus.vectors[j])
        return s

    def mean_link(self, a: int, b: int) -> float:
        xs, ys = _sample(self.members[a]), _sample(self.members[b])
        return sum(self.sim(i, j) for i in xs for j in ys) / (len(xs) * len(ys))

    def union(self, a: int, b: int) -> None:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))
        self.members[a].sort()


def _sample(members: list[int]) -> list[int]:
    """At most `_MAX_SAMPLE` members, evenly spread: a large story's mean is estimated."""
    if len(members) <= _MAX_SAMPLE:
        return members
    step = len(members) / _MAX_SAMPLE
    return [members[int(k * step)] for k in range(_MAX_SAMPLE)]


def cluster(
    features: Mapping[str, Mapping[str, int]],
    *,
    link: float = LINK_THRESHOLD,
    merge: float = MERGE_THRESHOLD,
) -> list[Story]:
    """Group articles (source id -> features) into stories, numbered by first article."""
    ids = sorted(features)
    if not ids:
        return []
    corpus = _vectorize(ids, [features[i] for i in ids])
    groups = _Groups(corpus)
    edges = []
    for i, j in _candidate_pairs(corpus):
        s = groups.sim(i, j)
        if s >= link:
            edges.append((-s, i, j))
    edges.sort()
    for _neg, i, j in edges:
        a, b = groups.find(i), groups.find(j)
        if a != b and groups.mean_link(a, b) >= merge:
            groups.union(a, b)
    clusters = sorted(sorted(m) for m in groups.members.values())
    width = len(str(len(clusters)))
    return [
        Story(id=f"story-{n:0{width}d}", sources=[ids[i] for i in members],
              terms=_shared_terms(corpus, members))
        for n, members in enumerate(clusters, 1)
    ]


def max_cross_similarity(features: Mapping[str, Mapping[str, int]],
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
                best = max(best, _cosine(corpus.vectors[i], corpus.vectors[j]))
    return best


def _shared_terms(corpus: _Corpus, members: list[int], n: int = 6) -> list[str]:
    """The features that most members share, the rarest first: what the story is about."""
    if len(members) == 1:
        vec = corpus.vectors[members[0]]
        scored = sorted(vec, key=lambda f: (-vec[f], corpus.names[f]))
        return _readable(corpus.names[f] for f in scored)[:n]
    weight: dict[int, float] = defaultdict(float)
    count: dict[int, int] = defaultdict(int)
    for i in members:
        for f, v in corpus.vectors[i].items():
            weight[f] += v
            count[f] += 1
    scored = sorted((f for f in weight if count[f] > 1),
                    key=lambda f: (-weight[f], corpus.names[f]))
    return _readable(corpus.names[f] for f in scored)[:n]


def _readable(names: Iterable[str]) -> list[str]:
    """Features as a reader would write them, without repeats ("n:bern" and "w:bern")."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        term = name[2:]
        if term not in seen:
            seen.add(term)
            out.append(term)
        if len(out) >= 12:
            break
    return out


def one_story(ids: Iterable[str]) -> list[Story]:
    """Every article in one story: what a single-event input is."""
    return [Story(id="story-1", sources=sorted(ids))]


def group_stories(features: Mapping[str, Mapping[str, int]], mode: str = "auto") -> list[Story]:
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
