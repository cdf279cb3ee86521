"""People's titles and affiliations: "Finance Minister Ana Ruiz", "Ruiz, the finance
minister", "a senior Spanish official, Ana Ruiz", "Brightwater CEO Daniel Okafor",
"Xi, China's president".

A role is keyed by the person: the name folded to lowercase, accents and hyphens
dropped ("Lee Jae-myung" = "Lee Jae Myung" -> "lee jae myung"); a surname alone
("President Lee") is the full name the same article gives, and is dropped when the
article gives none or several. Spellings that differ only in spacing or name order
("Kim Minjae", "Takaichi Sanae") are joined when claims are aligned (`match`).

The value is the title, normalized ("CEO" = "chief executive officer" = "chief
executive", "advisor" = "adviser", "outgoing" dropped), followed by the affiliation in
parentheses when one is known: a country ("president (china)") or an organization
("chief executive (brightwater)"). The affiliation is read from the title itself
("Chinese President", "China's president", "Brightwater's chief executive"), else from
another mention of the same person in the article. A cabinet title with no country at
all ("National Security Adviser Wi Sung-lac") takes the article's home country when the
article has one: newsrooms name their own country's leaders with a bare title
("President Lee") and foreign ones with their country ("Chinese President Xi"), so the
country whose leaders get bare titles most often is the article's own.

When two values conflict is decided by `compatible_roles`: see there.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..lexicon import DEMONYMS, MONTHS, WEEKDAYS
from ..models import Claim
from ..numbers import Interval
from .common import Context, make_claim
from .scan import anchored_finditer, folded_text

COUNTRIES = frozenset(DEMONYMS.values())

# Head words of titles, longest first so that "chief executive officer" wins over "chief".
# Police ranks (the UK's), longest first: one person holds one of them at a time.
_POLICE_RANKS = """detective chief superintendent|detective superintendent|
detective chief inspector|detective inspector|detective sergeant|detective constable|
chief superintendent|superintendent|chief inspector|chief constable|inspector|sergeant|
constable"""
_HEADS = _POLICE_RANKS + """|fire chief|police chief|police commissioner|fire commissioner|
chief executive officer|chief financial officer|chief operating officer|chief economist|
chief technology officer|chief [a-z]+ officer|chief executive|prime minister|attorney general|
secretary general|secretary-general|director general|director-general|president-elect|
president|minister|premier|chancellor|secretary|adviser|advisor|ceo|cfo|coo|cto|chairman|chairwoman|
chairperson|chair|chief|executive|official|spokesman|spokeswoman|spokesperson|ambassador|
envoy|governor|mayor|director|leader|king|queen|pm|commissioner|diplomat|aide|senator"""
_HEAD_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(h.strip().replace(" ", r"\s+") for h in _HEADS.split("|"))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# Where a title can start: one of the heads' first words, in any case, after a character
# no word is made of. Read from the folded text with a pattern that is plain, case-
# sensitive and begins with a class, which `re` skips to in C; `_HEAD_RE` is then tried
# only there, not at every offset (that scan cost more than the rest of the module).
# (The words go longest first, so that `tries.compact` writes them as a trie.)
_HEAD_START = re.compile(r"[^0-9A-Za-z_](?:" + "|".join(
    sorted({h.split()[0].lower() for h in _HEADS.split("|")}, key=lambda w: (-len(w), w)))
    + ")")
# Words that may stand before a head as part of the title ("national security adviser").
MODIFIERS = frozenset(
    """finance foreign defense defence interior home trade commerce economy economic
    economics health education justice labor labour energy environment agriculture
    transport transportation culture industry science technology unification security
    national vice deputy acting interim former outgoing incoming incumbent senior top press
    ministry government regional provincial state federal presidential military
    intelligence treasury digital climate tourism housing infrastructure planning
    development affairs public safety communications information cabinet then
    then-president mines mining petroleum oil gas water resources fisheries sports youth
    women family tourism""".split()
)
# Modifiers that say nothing about the title itself.
_DROP = frozenset("outgoing incumbent current sitting new newly".split())
_WORD_CANON = {"defence": "defense", "labour": "labor", "advisor": "adviser", "top": "senior",
               "spokesman": "spokesperson", "spokeswoman": "spokesperson",
               "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
               "secretary-general": "secretary general", "director-general": "director general",
               "ceo": "chief executive", "cfo": "chief financial officer",
               "coo": "chief operating officer", "cto": "chief technology officer",
               "pm": "prime minister"}
_PHRASE_CANON = {
    "chief executive officer": "chief executive",
    "finance chief": "chief financial officer",
    "financial chief": "chief financial officer",
    "foreign affairs minister": "foreign minister",
    "then-president": "former president",
}
# Words that may follow "minister of" / "secretary of" ("Minister of Foreign Affairs").
_PORTFOLIO = MODIFIERS | frozenset("state affairs and the".split())

HEAD_OF = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                     "emperor"})
CSUITE = frozenset({"chief executive", "chief financial officer", "chief operating officer",
                    "chief technology officer"})
GENERIC = frozenset({"official", "senior official", "government official", "aide",
                     "diplomat", "executive", "senior executive", "chief", "leader", "director",
                     "head", "minister", "secretary", "adviser", "senior adviser", "chair",
                     "spokesperson", "envoy", "commissioner", "senator"})
# Cabinet titles that take the article's home country when none is given.
_HOME_TITLES = re.compile(r"(?:minister|secretary|adviser|attorney general)$")

_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*")
_PARTICLES = frozenset("da de del der di du la le van von bin al".split())
_STOP = frozenset(
    {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    | set("""The A An This That These Those It Its In On At For With By From And But As
    After Before Since While When If Then Now Today Meanwhile However Also According Under
    Over His Her Their Our We They He She I Mr Mrs Ms Dr Sir Madam Lord Lady Father""".split())
)
_HONORIFICS = frozenset("mr mrs ms dr sir".split())
# Written between a title and the name it belongs to: "Chief Executive Dr Helena Marsh".
_NAME_HONORIFICS = frozenset("Dr Mr Mrs Ms Prof Professor".split())
_TITLE_TOKENS = frozenset(w for h in _HEADS.split("|") for w in h.split()) | MODIFIERS
_ORG_WORDS = re.compile(r"\b(?:Agency|News|Ministry|Party|Group|Inc|Corp|Bank|Council|"
                        r"Committee|Commission|University|Times|Post|Wire|Institute|Company|"
                        r"Co|Ltd|Foundation|Association|Office|Department|Service)\b\.?$")
_BOUNDARY = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:said|says|told|who|and|has|had|is|was|will|"
                       r"would|at|in|on|for|to|also|added|warned|noted)\b")
_PREPOSITIONS = frozenset("in at on from to of by near for with into across".split())

# The patterns the name and title readers run many times an article, compiled once.
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_SEPARATORS = re.compile(r"[\s\-‐‑]+")
_SPACES = re.compile(r"[ ]+")
# in a fixed order (longest first), so that the pattern's text is the same in every run
_PARTICLE_WORDS = "|".join(sorted(_PARTICLES, key=lambda w: (-len(w), w)))
_PARTICLE_AFTER = re.compile(r"(?:" + _PARTICLE_WORDS + r")[ ]+(?=[A-Z])")
_PARTICLE_BEFORE = re.compile(r"(?:^|[ ])(" + _PARTICLE_WORDS + r")[ ]+$")
_CAPITAL_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ ]*$")
# The last word before the trailing spaces. The lookbehind changes no match (the first
# place a match can start is where the word starts) but spares `re` from running to
# the end of the text from inside every other word.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([\w'’.-]+)[ ]+$")
# the word `_WORD_BEFORE` finds and the one before it: "South Korean", "s Foreign" (of
# "Korea's Foreign"); its lookbehind is there for the same reason
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w.])([\w.]+[ ]+[\w'’.-]+)[ ]+$")
_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_COMPLEMENT_WORD = re.compile(r"[\w'’-]+")
_ONLY_SPACES = re.compile(r"[ ]*")
_CLOSES = re.compile(r"\s*[,.;:)]")
_COMMA = re.compile(r",[ ]+")
_NAME_AND_COMMA_BEFORE = re.compile(
    r"([A-Za-z'’.-]+),[ ]+(?:who\s+is\s+)?(?:(?:the|a|an)[ ]+)?$")


@dataclass
class _Mention:
    start: int
    end: int
    name: str  # as written
    title: list[str]  # title words, lowercase, as written
    country: str | None
    org: str | None
    explicit_country: bool = False


# ---------------------------------------------------------------------------
# Values and their compatibility
# ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)  # an article names its people again and again
def person_key(name: str) -> str:
    """A person's name in machine form: lowercase, accents, honorifics and hyphens dropped
    ("Lee Jae-myung" -> "lee jae myung", "Elena Chávez" -> "elena chavez")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _POSSESSIVE.sub("", folded.strip()).lower()
    words = [w for w in _NAME_SEPARATORS.split(folded.replace(".", " ")) if w]
    return " ".join(w for w in words if w not in _HONORIFICS)


def normalize_title(words: list[str]) -> str:
    """A title in canonical words: "Chief Executive Officer" -> "chief executive",
    "Minister of Foreign Affairs" -> "foreign minister", "outgoing PM" -> "prime minister"."""
    text = " ".join(w.lower() for w in words)
    text = re.sub(r"\s+", " ", text).strip()
    m = re.fullmatch(r"(?P<pre>.*?)\b(?P<head>minister|secretary)\s+(?:of|for)\s+(?:the\s+)?"
                     r"(?P<port>.+)", text)
    if m and m.group("port") != "state":
        text = f"{m.group('pre')}{m.group('port')} {m.group('head')}".strip()
    out = []
    for w in text.split():
        w = _WORD_CANON.get(w, w)
        if w not in _DROP:
            out.append(w)
    text = " ".join(out)
    text = text.replace("foreign affairs minister", "foreign minister")
    # A portfolio's secretary is its minister under another name: Mexico's Economy
    # Secretary, Kenya's Transport Cabinet Secretary (not a secretary of state,
    # general secretary or press secretary).
    text = re.sub(r"\bcabinet secretary$", "secretary", text)
    text = re.sub(r"^(?P<port>(?!press\b|general\b|executive\b|permanent\b|private\b)"
                  r"[a-z]+(?: [a-z]+)?) secretary$", r"\g<port> minister", text)
    text = re.sub(r"^cabinet secretary$", "minister", text)
    for phrase, canon in _PHRASE_CANON.items():
        text = re.sub(rf"\b{re.escape(phrase)}\b", canon, text)
    return text


def split_value(value: str) -> tuple[str, str | None]:
    """('president', 'china') from 'president (china)'."""
    m = re.fullmatch(r"(.*?)(?: \(([^()]*)\))?", value.strip())
    assert m is not None
    return m.group(1), m.group(2)


_CHIEF_OFFICER = re.compile(r"chief [a-z]+ officer")


def _slot(title: str) -> str | None:
    """Titles one person does not hold at once: head of state or government; a cabinet
    post; a chief officer of a company; a local office."""
    core = re.sub(r"^(?:former|acting|interim|senior)\s+", "", title)
    core = re.sub(r"^(?:deputy|vice)\s+", "", core)
    if core in HEAD_OF:
        return "head"
    if (core.endswith(" minister") and core != "prime minister") or core in (
        "secretary of state", "attorney general", "national security adviser"
    ) or (core.endswith(" secretary") and core != "secretary"):
        return "cabinet"
    if core in CSUITE or _CHIEF_OFFICER.fullmatch(core):
        return "csuite"  # "chief scientific officer", "chief medical officer" too
    if core.endswith(("governor", "mayor")):
        return "local"
    if core in POLICE_RANKS:
        return "police rank"  # a Detective Chief Inspector is no Detective Superintendent
    if core in SERVICE_HEADS:
        return "service head"
    return None


POLICE_RANKS = frozenset(r.strip() for r in _POLICE_RANKS.split("|"))
# The heads of a city's services: its fire chief is not its police chief.
SERVICE_HEADS = frozenset({"fire chief", "police chief", "fire commissioner",
                           "police commissioner"})


def _same_affiliation(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if (a in COUNTRIES) != (b in COUNTRIES):
        return True  # a country and a company: nothing to compare
    if a in COUNTRIES:
        return a == b
    return (bool(set(a.split()) & set(b.split())) or a.startswith(b) or b.startswith(a)
            or _abbreviates(a.split(), b.split()) or _abbreviates(b.split(), a.split())
            or _initials(a.split(), b.split()) or _initials(b.split(), a.split()))


_INITIALS_SKIP = frozenset({"and", "of", "the", "for", "&"})


def _initials(short: list[str], long: list[str]) -> bool:
    """'ema' for 'emergency management agency', 'dalton county ema' for 'county emergency
    management agency': a word of one is the initials of words in a row of the other
    ("and", "of", "the" and "for" need not be written)."""
    words = [w for w in long if w not in _INITIALS_SKIP]
    letters = "".join(w[0] for w in words)
    return any(len(w) >= 2 and w.isalpha() and w in letters for w in short
               if w not in words and w not in _INITIALS_SKIP)


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """'lib dem' for 'liberal democrat': each word the start of the other's word."""
    return len(short) == len(long) and all(
        len(s) >= 3 and w.startswith(s) for s, w in zip(short, long, strict=True))


_SECOND = frozenset({"deputy", "vice"})


def compatible_roles(a: str, b: str) -> bool:
    """True when two role values can both be right about one person.

    The rule: two titles conflict when their affiliations differ (both countries, or
    both organizations, and not the same: "senior official (china)" against "national
    security adviser (south korea)"), or when both are specific titles of the same kind
    that one person does not hold at once ("finance minister" against "foreign
    minister", "president" against "prime minister", "chief executive" against "chief
    financial officer"). A vague title ("official", "minister", "adviser", "leader")
    fits any specific one; titles of different kinds (a party leader who is also finance
    minister, a chair who is also chief executive) fit each other; "former" and
    "outgoing" say when, not what, and do not make a conflict.
    """
    ta, aff_a = split_value(a)
    tb, aff_b = split_value(b)
    if not _same_affiliation(aff_a, aff_b):
        return False
    ta = re.sub(r"^former\s+", "", ta)
    tb = re.sub(r"^former\s+", "", tb)
    if ta == tb or {ta, tb} <= {"premier", "prime minister"}:
        return True
    if ta in GENERIC or tb in GENERIC:
        return True
    wa, wb = set(ta.split()), set(tb.split())
    if (wa ^ wb) & _SECOND and wa - _SECOND == wb - _SECOND:
        return False  # "state deputy police commissioner" is not the commissioner
    extra = (wa ^ wb) & {"deputy", "vice", "acting", "interim"}
    if (wa <= wb or wb <= wa) and not extra:
        return True  # "adviser" and "national security adviser"
    sa, sb = _slot(ta), _slot(tb)
    return not (sa is not None and sa == sb)


# ---------------------------------------------------------------------------
# Reading mentions
# ---------------------------------------------------------------------------


def _tokens_after(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """A person's name starting right after `pos` (one space): 1-4 capitalized words,
    particles allowed inside ("Lula da Silva"); title words and stop words end it."""
    m = _SPACES.match(text[pos:limit])
    if not m:
        return None
    i = pos + m.end()
    start = i
    words: list[tuple[int, int]] = []
    while i < limit and len(words) < 4:
        t = _NAME_TOKEN.match(text, i)
        if t is None:
            p = _PARTICLE_AFTER.match(text[i:limit])
            if p and words:
                i += p.end()
                continue
            break
        word = t.group().rstrip(".")
        bare = _POSSESSIVE.sub("", word)
        if not words and bare in _NAME_HONORIFICS:
            # "Chief Executive Dr Helena Marsh": the name starts after the honorific
            sp = _SPACES.match(text[t.end() : limit])
            if not sp:
                break
            i = start = t.end() + sp.end()
            continue
        if bare in _STOP or bare.lower() in _TITLE_TOKENS or bare.lower() in DEMONYMS:
            break
        words.append((t.start(), t.start() + len(word)))
        i = t.end()
        if word != bare:  # a possessive ends the name
            break
        sp = _SPACES.match(text[i:limit])
        if not sp:
            break
        i += sp.end()
    if not words:
        return None
    end = words[-1][1]
    name = _POSSESSIVE.sub("", text[start:end])
    if _ORG_WORDS.search(name) or name.isupper() and len(name) > 4:
        return None
    return start, start + len(name), name


def _name_before(text: str, pos: int, lo: int) -> tuple[int, int, str] | None:
    """A person's name ending at `pos` (just before a comma)."""
    words: list[int] = []
    i = pos
    while len(words) < 4:
        m = _CAPITAL_WORD_BEFORE.search(text[lo:i])
        if not m:
            break
        word = m.group(1)
        if word in _STOP or word.lower() in _TITLE_TOKENS or word.lower() in DEMONYMS:
            break
        words.append(lo + m.start(1))
        i = lo + m.start(1)
        p = _PARTICLE_BEFORE.search(text[lo:i])
        if p and words:
            i = lo + p.start(1)
    if not words:
        return None
    start = words[-1]
    before = text[lo:start].split()
    if before and before[-1].lower() in _PREPOSITIONS:
        return None  # "In New York, the mayor said"
    name = text[start:pos].strip()
    if _ORG_WORDS.search(name):
        return None
    return start, start + len(name), name


def _country_of(word: str) -> str | None:
    return DEMONYMS.get(_POSSESSIVE.sub("", word).lower())


def _walk_back(text: str, head_start: int, lo: int) -> tuple[int, list[str], str | None,
                                                              str | None]:
    """Modifiers, country and organization before a title's head word, right to left
    ("senior Chinese official", "Brightwater Chief Executive", "Japan's PM")."""
    mods: list[str] = []
    country = org = None
    org_words: list[str] = []
    start = head_start
    while True:
        m = _WORD_BEFORE.search(text[lo:start])
        if not m:
            break
        word = m.group(1)
        bare = _POSSESSIVE.sub("", word)
        low = bare.lower()
        s = lo + m.start(1)
        if word.endswith(".") and low not in DEMONYMS:
            break  # the end of the previous sentence ("U.S." is not one)
        two = _TWO_WORDS_BEFORE.search(text[lo:start])
        two_country = _country_of(two.group(1)) if two else None
        if low in MODIFIERS and not org_words and word == bare:
            mods.insert(0, low)
        elif low == "and" and mods and not org_words and two is not None and \
                two.group(1).split()[0].lower() in MODIFIERS:
            mods.insert(0, low)  # "Mines and Energy Minister": one portfolio of two
        elif two_country and country is None and two is not None:
            country = two_country
            start = lo + two.start(1)
            if word != bare:
                break
            continue
        elif _country_of(word) and country is None:
            country = _country_of(word)
            if word != bare:
                start = s
                break
        elif word != bare and bare.islower():
            start = s  # "the company's finance chief": an affiliation that names nobody
            break
        elif word != bare and bare[:1].isupper() and bare not in _STOP:
            org = org or bare.lower()  # "Brightwater's chief executive"
            start = s
            break
        elif bare[:1].isupper() and bare not in _STOP and word == bare and country is None \
                and len(org_words) < 3 and not mods:
            org_words.insert(0, bare)
        else:
            break
        start = s
    if org_words and org is None:
        org = " ".join(org_words).lower()
    return start, mods, country, org


def _complement(text: str, pos: int, limit: int, *, portfolio_only: bool) -> tuple[int, list[str],
                                                                                  str | None]:
    """'of Foreign Affairs' after a title; for a title after a name, any organization
    ('chairman of China's National People's Congress Standing Committee')."""
    m = _OF.match(text[pos:limit])
    if not m:
        return pos, [], None
    i = pos + m.end()
    words: list[str] = []
    country = None
    end = pos
    prev = i
    for t in _COMPLEMENT_WORD.finditer(text[i:limit]):
        w = t.group()
        if not _ONLY_SPACES.fullmatch(text[prev : i + t.start()]):
            break  # only spaces between the words of a complement
        prev = i + t.end()
        if portfolio_only:
            if w.lower() not in _PORTFOLIO or not (w[0].isupper() or w == "and"):
                break
        elif not (w[0].isupper() or w.lower() in ("and", "of")):
            break
        c = _country_of(w)
        if c and w.endswith(("'s", "’s")) and country is None:
            country = c
        else:
            words.append(w.lower())
        end = i + t.end()
        if _CLOSES.match(text[end:limit]):
            break
    while words and words[-1] in ("and", "of"):
        words.pop()
    if not words:
        return pos, [], None
    return end, ["of", *words], country


def _head_matches(doc: Document) -> Iterator[re.Match[str]]:
    """`_HEAD_RE.finditer(doc.text)`. A match follows no word character (nor "-"), and a
    character that is none folds to none, so each match starts one character after a
    match of `_HEAD_START` in the folded text (a space put in front stands for the
    start of the text)."""
    starts = [m.start() for m in _HEAD_START.finditer(" " + folded_text(doc))]
    return anchored_finditer(_HEAD_RE, doc.text, starts, 0)


def _mentions(ctx: Context) -> list[_Mention]:
    doc = ctx.doc
    text = doc.text
    found: list[_Mention] = []
    for m in _head_matches(doc):
        sent = doc.sentence_at(m.start())
        if sent.zone == "boilerplate":
            continue
        head = m.group().split()
        # "Minister of Foreign Affairs Wang Yi": a portfolio, then the name
        c_end, c_words, _ = _complement(text, m.end(), sent.end, portfolio_only=True)
        after = _tokens_after(text, c_end, sent.end)
        if after is None and c_words:
            c_end, c_words = m.end(), []
            after = _tokens_after(text, m.end(), sent.end)
        # from the line start: the sentence splitter may cut "U.S. President" after "U.S."
        line_start = text.rfind("\n", 0, m.start()) + 1
        t_start, mods, country, org = _walk_back(text, m.start(), line_start)
        title = [*mods, *head, *c_words]
        if after is not None:  # "Finance Minister Ana Ruiz"
            if m.group()[0].isupper() or not text[m.start() - 1 : m.start()].isalpha():
                found.append(_Mention(t_start, after[1], after[2], title, country, org,
                                      country is not None))
            continue
        # "the finance chief, Maria Lind" / "Ruiz, the finance minister"
        c_end, c_words, c_country = _complement(text, m.end(), sent.end, portfolio_only=False)
        title = [*mods, *head]
        country = country or c_country
        if c_words:  # "President of France", "Chief Executive Officer of Tesla"
            of = " ".join(c_words[1:])
            country = country or DEMONYMS.get(of)
            org = org or (None if of in DEMONYMS else of)
        comma = _COMMA.match(text[c_end : sent.end])
        if comma:
            name = _tokens_after(text, c_end + comma.end() - 1, sent.end)
            if name and _BOUNDARY.match(text, name[1]):
                found.append(_Mention(t_start, name[1], name[2], title, country, org,
                                      country is not None))
                continue
        if not _BOUNDARY.match(text, c_end):
            continue
        lead = _NAME_AND_COMMA_BEFORE.search(text[sent.start : t_start])
        if lead:
            name = _name_before(text, sent.start + lead.end(1), sent.start)
            if name:
                found.append(_Mention(name[0], c_end, name[2], title, country, org,
                                      country is not None))
    return found


# ---------------------------------------------------------------------------
# Resolution within the article
# ---------------------------------------------------------------------------

# Two to five capitalized words not glued to a word before them. Written to begin with
# the capital itself, the lookbehind after it, so that `re` skips straight from capital
# to capital instead of trying the pattern at every offset.
_FULL_NAME_RUN = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[\w'’-]+(?:[ ]+|$)(?:[A-Z][\w'’-]+(?:[ ]+|$)){1,4}")


def _known_names(ctx: Context, mentions: list[_Mention]) -> dict[str, str]:
    """Full names (two or more words) the article gives: key -> as first written."""
    known: dict[str, str] = {}
    for mention in mentions:
        if len(person_key(mention.name).split()) >= 2:
            known.setdefault(person_key(mention.name), mention.name)
    text = ctx.doc.text
    for m in _FULL_NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w]
        while words and (words[0] in _STOP or words[0].lower() in _TITLE_TOKENS
                         or words[0].lower() in DEMONYMS):
            words.pop(0)
        if 2 <= len(words) <= 3 and not any(
            w.lower() in _TITLE_TOKENS or w in _STOP or w.lower() in DEMONYMS for w in words
        ):
            name = _POSSESSIVE.sub("", " ".join(words))
            if not _ORG_WORDS.search(name):
                known.setdefault(person_key(name), name)
    return known


def _resolve(name: str, known: dict[str, str], mentioned: set[str]) -> tuple[str, str] | None:
    """(key, display) of a mention's name; a lone surname becomes the article's full
    name when exactly one fits (names given with a title count first)."""
    key = person_key(name)
    if len(key.split()) >= 2:
        return key, name
    for pool in (mentioned, set(known)):
        fits = {k for k in pool if key in (k.split()[0], k.split()[-1])}
        if len(fits) == 1:
            full = fits.pop()
            return full, known.get(full, full)
        if len(fits) > 1:
            return None
    return None


def extract(ctx: Context) -> Iterator[Claim]:
    """Role claims: one per mention of a person with a title."""
    mentions = [m for m in _mentions(ctx) if not ctx.is_taken(m.start, m.end)]
    mentions.sort(key=lambda m: m.start)
    # the article's full names, read only when a mention gives a surname alone: a full
    # name resolves to itself without them
    known: dict[str, str] | None = None
    full_keys = {person_key(m.name) for m in mentions if len(person_key(m.name).split()) >= 2}
    resolved: list[tuple[_Mention, str, str, str]] = []
    for mention in mentions:
        if known is None and len(person_key(mention.name).split()) < 2:
            known = _known_names(ctx, mentions)
        r = _resolve(mention.name, known or {}, full_keys)
        title = normalize_title(mention.title)
        if r is None or not title:
            continue
        resolved.append((mention, r[0], r[1], title))
    # an affiliation said once holds for every mention of the person in the article
    countries: dict[str, set[str]] = defaultdict(set)
    orgs: dict[str, set[str]] = defaultdict(set)
    for mention, key, _d, _t in resolved:
        if mention.country:
            countries[key].add(mention.country)
        if mention.org:
            orgs[key].add(mention.org)
    home = _home_country(resolved, countries)
    seen: set[tuple[int, int]] = set()
    for mention, key, display, title in resolved:
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        country = mention.country
        if country is None and len(countries[key]) == 1:
            country = next(iter(countries[key]))
        if country is None and not countries[key] and home and _HOME_TITLES.search(title):
            country = home
        org = mention.org
        if org is None and len(orgs[key]) == 1:
            org = next(iter(orgs[key]))
        affiliation = country or org
        value = f"{title} ({affiliation})" if affiliation else title
        yield make_claim(
            ctx, mention.start, mention.end, kind="role", key=key,
            claim=f"title of {display}", value=value,
            interval=Interval(float("-inf"), float("inf"), False),
        )


def _home_country(resolved: list[tuple[_Mention, str, str, str]],
                  countries: dict[str, set[str]]) -> str | None:
    """The article's own country: whose leaders it names with a bare title ("President
    Lee") while their country is known from another mention; None unless one country
    leads."""
    votes: Counter[str] = Counter()
    for mention, key, _d, title in resolved:
        if title in HEAD_OF and not mention.explicit_country and len(countries[key]) == 1:
            votes[next(iter(countries[key]))] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
