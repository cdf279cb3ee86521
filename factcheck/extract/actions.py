"""Who does what: the actor a source attaches to a recurring commitment.

"The leaders agreed to meet every year" and "their trade ministers will meet every
year" agree on the commitment and disagree on who keeps it. The claim is keyed by the
commitment (how often, what kind of meeting) and its value is the actor, normalized
("defense authorities" = "defense establishments" = "defense officials"). Conflicts of
this kind are shown at low severity: wording often blurs who meets whom.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Claim
from ..numbers import Interval
from .common import Context, make_claim, story_scope, usable_sentence
from .scan import anchored_finditer, contains_any, occurrences

_FREQ = {
    "annual": "yearly", "annually": "yearly", "yearly": "yearly", "every year": "yearly",
    "each year": "yearly", "once a year": "yearly", "regular": "regular",
    "regularly": "regular", "quarterly": "quarterly", "monthly": "monthly",
    "every month": "monthly", "biannual": "twice-yearly", "twice a year": "twice-yearly",
}
_FREQ_RE = "|".join(sorted((re.escape(k) for k in _FREQ), key=len, reverse=True))
# The words every match of _FREQ_RE starts with ("annual" also starts "annually"): a
# NOUN_FORM match is tried only where one of them stands.
_FREQ_FIRST_WORDS = tuple(sorted({k.split()[0] for k in _FREQ} - {"annually", "regularly"}))
_MEETING = r"(?P<what>summits?|meetings?|talks|dialogues?|consultations?)"
# Words one of which every match of _MEETING (and so of NOUN_FORM), or of VERB_FORM, holds.
_MEETING_WORDS = ("summit", "meeting", "talks", "dialogue", "consultation")
_VERB_WORDS = ("meet", "convene", "gather")

# "annual (high-level) (defense) meetings (between their defense establishments)"
NOUN_FORM = re.compile(
    rf"\b(?P<freq>{_FREQ_RE})\s+(?P<mods>(?:[\w-]+\s+){{0,2}}?){_MEETING}"
    rf"(?P<between>\s+(?:between|among|of)\s+(?:their|the|its|both)?\s*(?:respective\s+)?"
    rf"(?P<pair>[a-z][\w-]*(?:\s+(?!and\b|to\b|for\b|in\b|on\b)[a-z][\w-]*){{0,2}}))?",
    re.IGNORECASE,
)
# "will meet every year", "to meet annually"
VERB_FORM = re.compile(rf"\b(?:meet|convene|gather)\s+(?P<freq>{_FREQ_RE})\b", re.IGNORECASE)

_ACTOR_WORDS = {
    "leaders": "leaders", "leader": "leaders", "presidents": "leaders", "heads": "leaders",
    "summits": "leaders", "summit": "leaders",
    "defense": "defense officials", "defence": "defense officials",
    "military": "defense officials", "militaries": "defense officials",
    "trade": "trade ministers", "commerce": "trade ministers",
    "foreign": "foreign ministers", "diplomats": "foreign ministers",
    "finance": "finance ministers", "economy": "finance ministers",
    "business": "business leaders", "companies": "business leaders", "firms": "business leaders",
    "ministries": "ministers", "armies": "defense officials", "forces": "defense officials",
}
# The subject of the sentence before the commitment: "Both leaders agreed to ..."
_SUBJECT = re.compile(
    r"\b(?:the|both|their|two)?\s*(?:two\s+)?((?:business\s+)?leaders|presidents|heads of state|"
    r"(?:trade|foreign|finance|defen[cs]e)\s+(?:ministers?|ministries)|ministers|officials|"
    r"militaries|armies|armed\s+forces)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def _actor(words: str) -> str | None:
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in _ACTOR_WORDS:
            return _ACTOR_WORDS[w]
    return None


def extract(ctx: Context) -> Iterator[Claim]:
    """Recurring meetings a source says were agreed, with who is to hold them."""
    doc = ctx.doc
    text = doc.text
    if not contains_any(doc, _FREQ):
        return  # no "annual", "every year", "regular"...: no commitment to meet again
    found: list[tuple[re.Match[str], str]] = []
    if contains_any(doc, _MEETING_WORDS):
        found += [(m, "noun") for m in anchored_finditer(
            NOUN_FORM, text, occurrences(doc, _FREQ_FIRST_WORDS), 0)]
    if contains_any(doc, _VERB_WORDS):
        found += [(m, "verb") for m in VERB_FORM.finditer(text)]
    for m, form in sorted(found, key=lambda f: f[0].start()):
        start, end = m.span()
        sent = usable_sentence(ctx, start, end)
        if sent is None:
            continue
        freq = _FREQ[" ".join(m.group("freq").lower().split())]
        actor = None
        if form == "noun":
            # who meets: "between their defense establishments", "defense meetings",
            # "annual summits" (leaders), else the sentence's subject
            actor = (_actor(m.group("pair") or "") or _actor(m.group("mods") or "")
                     or ("leaders" if m.group("what").lower().startswith("summit") else None))
        if actor is None:
            subject = _SUBJECT.search(text, sent.start, start)
            actor = _actor(subject.group(1)) if subject else None
            if actor is None and subject:
                actor = " ".join(subject.group(1).lower().split())
        if actor is None:
            continue
        yield make_claim(
            ctx, start, end, kind="action", key=f"{freq} meetings",
            claim=f"who holds the {freq} meetings", value=actor,
            interval=Interval(0.0, 0.0, False),  # compared by value, see reconcile
            scope=story_scope(ctx, sent, start, end),
        )
