"""Sort the lines of an article into zones: headline, body, teaser, boilerplate.

Saved pages carry more than the story: "Related articles" teasers about other events,
cookie banners (often in the site's own language), AI disclaimers, share prompts.
Claims from teasers are kept but compared only with claims about the same event;
boilerplate yields no claims at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Zone

# searched in a line stripped of its white space: "^" is where the line's text begins
_BOILERPLATE = re.compile(
    r"""(?ix)
    ai[- ]generated | generated\ (?:by|with)\ ai | errors\ may\ occur
    | \bcookies?\b | privacy\ (?:policy|notice) | terms\ of\ (?:use|service)
    | accept\ all | all\ rights\ reserved | ©|\bcopyright\b
    | \b\d+\s*min(?:ute)?s?\ read | ^(?:share|tweet|email|print|advertisement|subscribe)\b
    | sign\ up\ for | newsletter | \(\d+\ articles?\)
    | ^(?:photo|image|file\ photo|credit)\s*: | ^\[\d+\](?:\[\d+\])*$
    """
)
# The words that every `_BOILERPLATE` alternative not tied to the line's start needs, in
# lower case, each with the alternatives that need it: None where the word is a whole
# alternative, so that a line with it is boilerplate. Tried at every offset, the pattern
# is the dearest part of zoning: a line without any of these words can only match where
# the line begins (most lines are that), and in a line with one only its alternatives
# are searched for.
_BOILERPLATE_WORDS: list[tuple[str, re.Pattern[str] | None]] = [
    ("generated", re.compile(r"(?i)ai[- ]generated|generated (?:by|with) ai")),
    ("errors may occur", None),
    ("cookie", re.compile(r"(?i)\bcookies?\b")),
    ("privacy ", re.compile(r"(?i)privacy (?:policy|notice)")),
    ("terms of ", re.compile(r"(?i)terms of (?:use|service)")),
    ("accept all", None),
    ("all rights reserved", None),
    ("©", None),
    ("copyright", re.compile(r"(?i)\bcopyright\b")),
    ("sign up for", None),
    ("newsletter", None),
    (" article", re.compile(r"(?i)\(\d+ articles?\)")),
]
# ...and the one alternative that needs two: "min" and " read", for "5 min read"
_MINUTES_READ = re.compile(r"(?i)\b\d+\s*min(?:ute)?s?\ read")
# The only characters beyond ASCII that `re` takes for an ASCII letter when it ignores
# case: in a line without them, str.lower() finds the words wherever the pattern does,
# and a word found there is found by the pattern (no other character's lower case holds
# an ASCII letter, or "©").
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K (Kelvin)


def _is_boilerplate(line: str) -> bool:
    """True when `_BOILERPLATE` finds page chrome in a stripped line."""
    if line.isascii() or not any(c in line for c in _FOLDS_TO_ASCII):
        low = line.lower()
        for word, alternatives in _BOILERPLATE_WORDS:
            if word in low and (alternatives is None or alternatives.search(line)):
                return True
        if "min" in low and " read" in low and _MINUTES_READ.search(line):
            return True
        return _BOILERPLATE.match(line) is not None
    return _BOILERPLATE.search(line) is not None


_TEASER_HEADING = re.compile(
    r"""(?ix)^\s*(?:\d{1,2}[.)]\s*)?(?:
      related(?:\ (?:articles?|stories|news|coverage|content|reading|links|posts))?
    | read\ (?:more|next|also)(?:\ .{0,30})? | also\ read | further\ reading | see\ also
    | more\ (?:on\ this(?:\ (?:story|topic))?|from\ .{1,30}|stories|news|coverage|headlines)
    | you\ (?:may|might)\ (?:also\ )?(?:like|be\ interested\ in)
    | recommended(?:\ for\ you)? | most\ (?:read|popular|viewed) | trending(?:\ now)?
    | latest\ (?:news|stories|headlines) | what\ to\ read\ next | top\ stories
    | also\ (?:today|in\ (?:the\ )?[a-z]+|on\ our\ radar|trending|making\ news|on\ [\w\ ]{1,25})
    | elsewhere(?:\ (?:today|in\ [\w\ ]{1,25}))?
    | (?:in\ )?other\ news | in\ brief | news\ in\ brief | around\ the\ (?:world|region)
    | more\ headlines | catch\ up(?:\ on\ .{0,30})? | editor'?s\ picks | popular\ now
    )\s*[:.]?\s*$"""
)

# "Related: Malta says it rescued 57 people | Spain's arrivals up 12%": a teaser heading
# with its links on the same line, in the middle of the story
_INLINE_TEASER = re.compile(
    r"(?i)^\s*(?:related(?:\s+(?:articles?|stories|news|coverage|reading))?|read\s+(?:more|"
    r"also|next)|see\s+also|also\s+read|more\s+on\s+this(?:\s+(?:story|topic))?)\s*[:|>»]\s*\S")

# "In brief:" above the story's own bullets is its summary; after the story, a roundup of
# other news.
_OWN_SUMMARY = re.compile(r"(?i)\s*in\s+brief\s*[:.]?\s*$")
# A paper's name above the headline: up to four capitalized words, perhaps a short tail
# after a dash ("THE GORKHA TIMES", "EL SUR DIARIO - English edition").
_MASTHEAD = re.compile(r"[A-Z][A-Z'’&.]*(?:\s+[A-Z][A-Z'’&.]*){0,3}(?:\s+[-–—|]\s+[\w ]{1,30})?")
_SITE_NAV = re.compile(r"^[^|.!?]{1,40}(?:\s*\|\s*[^|.!?]{1,40})+$")

# Function words common enough that any English line of a few words has one.
_ENGLISH = frozenset(
    """a an the of to in on at for with by from and or but as is are was were be been
    has have had it its this that these those he she they we you i his her their our
    not no will would can could after before over into about than which who what when
    where how said says more most new two one up out""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def is_foreign(line: str) -> bool:
    """True for a line that reads as another language (a localized site banner)."""
    if line.isascii() or not any(c.isalpha() for c in _NOT_ASCII.findall(line)):
        return False
    words = _WORD.findall(line.lower())
    if not words:
        return False
    english = sum(w in _ENGLISH for w in words)
    return english / len(words) < 0.1


_RULE = re.compile(r"^([-*_])(?:\s*\1){2,}$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+\S")


def _list_follows(lines: list[str], start: int) -> bool:
    """True when most of the next few non-blank lines are list items."""
    items = [ln for ln in lines[start : start + 12] if ln.strip()][:5]
    return bool(items) and sum(bool(_LIST_ITEM.match(ln)) for ln in items) * 2 > len(items)


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return _WORD.findall(s.lower())

    return words(a.lstrip("# ")) == words(b)


def classify_lines(
    lines: list[str],
    boilerplate: Iterable[int] = (),
    teaser: Iterable[int] = (),
    headline: str | None = None,
) -> list[Zone]:
    """Give each line a zone. `boilerplate` and `teaser` are lines a parser already knows;
    `headline` is the title a parser found in metadata: the first line is the headline
    only if it is that title (without one, the first line is taken as the headline)."""
    known_boiler = set(boilerplate)
    known_teaser = set(teaser)
    zones: list[Zone] = []
    seen_headline = False
    body_lines = 0  # substantial body lines seen, so that chrome after the story is known
    in_teasers = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i in known_boiler:
            zones.append("boilerplate")
            continue
        if i in known_teaser:
            zones.append("teaser")
            continue
        if not stripped:
            zones.append("teaser" if in_teasers else "body")
            continue
        if _RULE.match(stripped) and body_lines >= 2 and _list_follows(lines, i + 1):
            # a horizontal rule, then a list of short items: links to other stories
            in_teasers = True
            zones.append("boilerplate")
            continue
        if _TEASER_HEADING.match(stripped) and not (
                body_lines < 2 and _OWN_SUMMARY.match(stripped)):
            in_teasers = True
            zones.append("boilerplate")
            continue
        if _INLINE_TEASER.match(stripped):
            zones.append("teaser")
            continue
        if "|" in stripped and _SITE_NAV.match(stripped) and len(stripped.split()) <= 6:
            zones.append("boilerplate")  # "Liabooks Home|PRISM News": site navigation
            continue
        foreign = not stripped.isascii() and is_foreign(stripped)  # an ASCII line is not
        if foreign or _is_boilerplate(stripped):
            # A heading in the site's own language after the story marks page chrome:
            # what follows are asides ("related news", "what people say").
            if foreign and body_lines >= 2 and len(stripped.split()) <= 8:
                in_teasers = True
            zones.append("boilerplate")
            continue
        if in_teasers:
            zones.append("teaser")
            continue
        if not seen_headline and headline is None and _MASTHEAD.fullmatch(stripped) \
                and any(rest.strip() for rest in lines[i + 1 : i + 4]):
            zones.append("boilerplate")  # "EL SUR DIARIO - English edition": the paper's name
            continue
        if not seen_headline:
            seen_headline = True
            if headline is None or _same_words(stripped, headline):
                zones.append("headline")
                continue
        if len(stripped.split(None, 11)) == 12:  # twelve words or more
            body_lines += 1
        zones.append("body")
    return zones
