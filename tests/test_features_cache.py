"""`article_features` remembers what it worked out about each piece of text, name and
figure it met, across articles. What it gives must be what working everything out
afresh gives: checked against a plain copy of the function, on the sample texts, with
the caches empty, full, and cleared on the way."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import pytest

from factcheck import stories
from factcheck.document import Document
from factcheck.extract import EXTRACTORS, build_context
from factcheck.models import Claim
from factcheck.stories import (
    _FACT_KINDS,
    _SCALE,
    _STOPWORDS,
    _TITLES,
    _claim_feature,
    _fact,
    _figure,
    _plain,
    article_features,
)

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

# the patterns as written (the module's own may be rewritten for speed)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_NAME = re.compile(r"[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,5}")
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[\w,;:'\"-] [A-Z])[\w'-]*")
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|trillion|bn|mn)\b)?")


def plain_features(doc: Document, claims: Iterable[Claim] = ()) -> str:
    """`article_features` as it was before its caches: every word, every article."""
    text = doc.text
    body = "\n".join(text[s.start : s.end] for s in doc.sentences if s.zone == "body")
    headline = "\n".join(text[s.start : s.end] for s in doc.sentences if s.zone == "headline")
    lower = {w for w in _WORD.findall(body) if not w[0].isupper()}
    inner = {w.lower() for w in _INNER_CAPITAL.findall(body)}
    feats = {"w:" + w for w in map(_plain, lower) if len(w) > 2 and w not in _STOPWORDS}
    names: list[list[str]] = []
    for m in _NAME.finditer(body):
        words = [w.removesuffix("'s").rstrip("'") for w in m.group().lower().split()]
        if m.start() == 0 or body[m.start() - 1] == "\n":
            if words[0] in lower:
                words = words[1:]
            if len(words) == 1 and words[0] not in inner:
                words = []
        titles = [k for k, w in enumerate(words) if w in _TITLES or w in _STOPWORDS]
        if titles:
            words = words[titles[-1] + 1 :]
        words = words[-4:]
        if words and " ".join(words) not in _STOPWORDS:
            names.append(words)
    full: dict[str, set[str]] = defaultdict(set)
    for words in names:
        if len(words) > 1:
            for w in words:
                full[w].add(" ".join(words))
    for words in names:
        name = " ".join(words)
        if len(words) == 1 and len(full.get(name, ())) == 1:
            name = next(iter(full[name]))
        if len(name) > 2:
            feats.add("n:" + name)
    for words in names:
        if len(words) == 1 and words[0] not in full:
            full[words[0]].add(words[0])
    for w in map(_plain, _WORD.findall(headline)):
        known = full.get(w)
        if known:
            feats.add("n:" + (next(iter(known)) if len(known) == 1 else w))
        elif len(w) > 2 and w not in _STOPWORDS:
            feats.add("w:" + w)
    for m in _FIGURE.finditer(body + "\n" + headline):
        raw = m.group(1).replace(",", "")
        if m.group(2):
            raw = str(round(float(raw) * _SCALE[m.group(2)]))
        feats.add(_figure(raw))
    for c in claims:
        if c.evidence.zone in ("headline", "body") and c.kind in _FACT_KINDS:
            feats.add(_claim_feature(c))
            feats.add(_fact(c))
    if doc.date is not None:
        feats.add(f"@:{doc.date.isoformat()}")
    feats.discard("")
    return "\n".join(sorted(feats))


# Pieces of text with more than one word, or none in lower case; openers that are and
# are not names; figures with scales, written twice.
TRICKY = """\
Storm Hits Coast, Kills 12
Residents of the coast said the storm hit at 4 a.m. and/or 5 p.m., e.g. before dawn.
Neighbouring countries sent help. The U.S.-based Red Cross gave $4.2 billion and 4.2bn.
Braun said Julia Braun's team was there. Braun agreed with President Lee Jae-myung.
Coast guards searched 1,200 homes; 1,200 more were empty, the Mayor's office said.
"""


def _clear() -> None:
    for cache in (stories._TOKEN_WORD, stories._SEVERAL_WORDS, stories._WORD_FEATURE,
                  stories._NAME_TAILS, stories._OPENINGS, stories._FIGURES):
        cache.clear()


@pytest.fixture(scope="module")
def articles() -> list[tuple[Document, list[Claim]]]:
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()]
    out = []
    for text in texts:
        doc = make_document(text)
        ctx = build_context(doc)
        out.append((doc, [c for _, run in EXTRACTORS for c in run(ctx)]))
    return out


def test_several_words_in_one_piece_of_text() -> None:
    _clear()
    doc = make_document(TRICKY)
    assert article_features(doc) == plain_features(doc)
    assert stories._SEVERAL_WORDS  # "a.m.", "and/or", "e.g."
    assert "n:julia braun" in article_features(doc).split("\n")


@pytest.mark.parametrize("limit", [stories._CACHE_LIMIT, 50, 0])
def test_cached_features_are_the_plain_ones(articles: list[tuple[Document, list[Claim]]],
                                            limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_CACHE_LIMIT", limit)
    _clear()
    for _ in range(2):  # the caches empty, then full (or cleared on the way)
        for doc, claims in articles:
            assert article_features(doc, claims) == plain_features(doc, claims)
