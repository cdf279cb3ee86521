"""Words of the news trade: synonyms of counted things, events, roles and demonyms.

A new phrasing found in the wild usually needs one line here, not a new rule.
"""

from __future__ import annotations

import re

# Counted nouns that name the same kind of thing. The canonical form is the key.
NOUN_SYNONYMS: dict[str, str] = {}
for canonical, forms in {
    "agreement": """agreement agreements memorandum memorandums memoranda mou mous mou's
        memorandum-of-understanding memorandums-of-understanding memoranda-of-understanding
        deal deals accord accords pact pacts""",
    "person": "people person persons individuals individual",
    "crew": "crew crews crewmembers crewmen",
    "death": "deaths dead fatalities fatality lives bodies",
    "soldier": "soldiers troops servicemembers",
    "home": "homes houses dwellings buildings",
    "seat": "seats",
    "vote": "votes ballots",
    "job": "jobs positions roles",
    "employee": "employees workers staff staffers",
    "executive": "executives business-leaders ceos",
    "aftershock": "aftershocks tremors",
    "missile": "missiles rockets projectiles",
    "country": "countries nations states",
    "village": "villages",
    "flight": "flights",
    "vehicle": "vehicles cars",
    "child": "children kids",
    "student": "students pupils",
    "resident": "residents inhabitants",
}.items():
    for form in forms.split():
        NOUN_SYNONYMS[form] = canonical

# Nouns counted as people: a number of them needs the predicate to be a claim
# ("126 people were killed" and "300 people were injured" are different facts).
PEOPLE_NOUNS = frozenset(
    """person child student resident civilian villager passenger tourist migrant refugee
    worker employee soldier officer firefighter journalist protester fan visitor patient
    victim survivor miner sailor pilot crew member adult woman man teenager customer
    client investor user shareholder voter subscriber official lawmaker executive
    rescuer volunteer prisoner inmate hostage detainee teacher pupil doctor nurse
    farmer firefighter police engineer worker participant adult inhabitant individual
    driver""".split()
)
IRREGULAR_SINGULAR = {
    "people": "person", "children": "child", "women": "woman", "men": "man",
    "police": "police", "staff": "staff", "personnel": "personnel", "crew": "crew",
    "media": "media", "data": "data", "memoranda": "memorandum", "criteria": "criterion",
    "series": "series", "species": "species", "news": "news", "analysis": "analysis",
    "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "fish": "fish",
}

# What happened to the people counted, keyed by the words that say it.
PREDICATES: dict[str, str] = {}
for canonical, forms in {
    "killed": """killed killing kills dead died die dies death deaths toll fatalities
        perished lives drowned""",
    "injured": """injured injuring wounded wounding hurt injuries hospitalized
        hospitalised""",
    "missing": "missing unaccounted",
    "evacuated": "evacuated displaced homeless relocated fled",
    "arrested": "arrested detained jailed",
    "abducted": "abducted abducting kidnapped kidnapping seized seizing captured",
    "released": """released freed free frees releasing freeing handed exchange exchanged
        swap swapped traded""",
    "held": "held captive hostage",
    "destroyed": "destroyed flattened razed collapsed buried lost",
    "damaged": "damaged",
    "threatened": "threatened endangered",
    "rescued": "rescued saved winched airlifted",
    "cancelled": "cancelled canceled scrapped grounded",
    "hired": "hired employs employed hiring",
    "cut": """cut cuts cutting laid fired layoffs redundant eliminate eliminated eliminating
        shed axed slashed""",
    "attended": "attended attending gathered joined",
    "accompanied": "accompanied accompanying travelled traveled traveling travelling",
    "aboard": "aboard onboard board carrying carried",
    "survived": "survived survivors survivor",
    "deployed": "deployed dispatched stationed fought battled tackled",
    "enrolled": "enrolled enrolling recruited participants participated study studies",
    "striking": "striking",
    "stolen": "stolen stole looted snatched",
    "treated": "treated",
    "sickened": "sickened sickening sickens sick ill infected",
    "distributed": "shipped distributed",
}.items():
    for form in forms.split():
        PREDICATES[form] = canonical

# Words for "the claim is about companies", as against the governments or principals
# the story is about (nine MoUs between firms are not the summit's 14 agreements).
COMPANY_WORDS = re.compile(
    r"\b(?:firms?|compan(?:y|ies)|businesses|business\s+forum|corporations?|corporate|"
    r"private\s+sector|enterprises|conglomerates|chaebol|industry\s+groups?)\b",
    re.IGNORECASE,
)

# Event nouns that anchor dates and durations, mapped to one name per kind of event.
EVENTS: dict[str, str] = {}
for canonical, forms in {
    "summit": """summit summits meeting meetings talks met meet meets sit-down
        bilateral conversation negotiations""",
    "visit": "visit visits visited visiting trip trips tour stay",
    "forum": "forum conference congress convention",
    "earthquake": "earthquake quake tremor temblor struck jolted",
    "aftershock": "aftershock aftershocks",
    "election": "election elections vote voted voting poll polls ballot referendum",
    "runoff": "runoff run-off second-round",
    "ruling": "ruling verdict judgment judgement sentenced sentencing ruled",
    "trial": "trial study",
    "hearing": "hearing hearings",
    "deal": "deal acquisition merger takeover buyout",
    "closing": "close closing closed completion completed",
    "launch": "launch launches launched fired fires firing test-fired liftoff lift-off",
    "attack": """attack attacks airstrike airstrikes bombing raid cyberattack cyberattacks
        cyber-attack cyber-attacks hack intrusion""",
    "strike": "strike strikes walkout stoppage",
    "storm": "storm hurricane typhoon cyclone",
    "landfall": "landfall",
    "flood": "flood floods flooding",
    "fire": "fire wildfire blaze",
    "crash": "crash collision derailment",
    "accident": "accident accidents disaster",
    "sinking": "sinking sank capsized capsizing capsizes sunk",
    "explosion": "explosion blast",
    "protest": "protest protests demonstration demonstrations rally rallies",
    "ceremony": "ceremony inauguration parade funeral",
    "took office": "inaugurated sworn office presidency",
    "announcement": "announced announcement unveiled",
    "speech": "speech address remarks",

    "dinner": "dinner banquet",
    "flight": "flight",
    "match": "match game final",
    "crush": "crush stampede",
    "collapse": "collapse collapsed",
    "shooting": "shooting",
    "landslide": "landslide mudslide",
    "eruption": "eruption erupted",
    "avalanche": "avalanche avalanches",
    "tornado": "tornado tornadoes twister",
    "approval": "approval approved approves authorised authorized",
    "grounding": "grounding aground",
}.items():
    for form in forms.split():
        EVENTS[form] = canonical
EVENT_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in EVENTS), key=len, reverse=True)) + r")\b"
    # "the closing price", "the closing bell": market words, not the deal's closing;
    # "avalanche danger", "a tornado warning", "fire crews", "election officials": the
    # event word names something else (a risk, a service, people) that has its own days
    r"(?!\s+(?:price|prices|bell|level|levels|session|quote|stages|danger|warnings?|risks?|"
    r"alerts?|watch|sirens?|forecasts?|dogs?|commission|services?|beacons?|shelters?|"
    r"brigades?|crews?|stations?|chiefs?|department|engines?|alarms?|exits?|safety|"
    r"fighters|trucks?|defences|defenses|barriers?|officials|organi[sz]ers|spokes(?:man|"
    r"woman|person)|season)\b)",
    re.IGNORECASE,
)

# Nouns that name a bounded period ("a 72-hour ceasefire", "a 90-day state of emergency",
# "a 3-hour trading halt"), read by durations only: in EVENTS they would also anchor
# dates. Phrases of several words are matched word by word.
PERIOD_EVENTS: dict[str, str] = {}
for canonical, forms in {
    "emergency": "emergency|state of emergency|states of emergency|emergency rule|martial law",
    "curfew": "curfew|curfews",
    "lockdown": "lockdown|lockdowns",
    "blackout": "blackout|blackouts",
    "outage": "outage|outages",
    "shutdown": "shutdown|shutdowns",
    "ceasefire": "ceasefire|ceasefires|cease-fire|truce|truces",
    "trading halt": "trading halt|trading halts|trading suspension",
    "rain": "deluge|downpour|downpours|cloudburst",
    "mourning": "mourning",
    "earthquake": "shaking",
    "search": "search|searched|search operation|rescue operation|manhunt",
    # no heatwaves: copy counts them while they last ("a nine-day heatwave", in its ninth
    # day, that will end "after 12 days")
}.items():
    for form in forms.split("|"):
        PERIOD_EVENTS[form] = canonical

# Generic nouns ("a 20-hour session", "a 9-hour window", "a 3-hour halt") name no event
# of their own: they take the one their clause names with one of these words, and say
# nothing when it names none ("a 72-hour window to find survivors").
PERIOD_CONTEXT: dict[str, str] = {}
for canonical, forms in {
    "voting": "voting vote polling polls ballot",
    "talks": "talks negotiations negotiators negotiating bargaining",
    "trading halt": "trading shares stock stocks",
}.items():
    for form in forms.split():
        PERIOD_CONTEXT[form] = canonical
GENERIC_PERIODS: dict[str, frozenset[str]] = {
    "window": frozenset({"voting"}),
    "session": frozenset({"talks"}),
    "halt": frozenset({"trading halt"}),
    "suspension": frozenset({"trading halt"}),
}

# Words before a visit or meeting that qualify it; a split between them may explain a
# conflict ("first state visit since 2017" vs "first official visit since 2019").
QUALIFIERS = re.compile(
    r"\b(state|official|working|private|formal|informal|bilateral|first|solo|full|"
    r"emergency|extraordinary|virtual|in-person|trilateral)\s+(?=visit|trip|summit|meeting|talks)",
    re.IGNORECASE,
)

DEMONYMS: dict[str, str] = {}
for country, forms in {
    "south korea": "south korean|south koreans|seoul",
    "north korea": "north korean|north koreans|pyongyang",
    "china": "chinese|beijing",
    "japan": "japanese|tokyo",
    "united states": "american|americans|u.s.|us|washington",
    "united kingdom": "british|britain|u.k.|uk|london",
    "france": "french|paris",
    "germany": "german|berlin",
    "russia": "russian|moscow|kremlin",
    "india": "indian|new delhi",
    "taiwan": "taiwanese|taipei",
    "turkey": "turkish|ankara|turkiye",
    "italy": "italian|rome",
    "spain": "spanish|madrid",
    "brazil": "brazilian|brasilia",
    "mexico": "mexican",
    "canada": "canadian|ottawa",
    "australia": "australian|canberra",
    "indonesia": "indonesian|jakarta",
    "vietnam": "vietnamese|hanoi",
    "philippines": "philippine|filipino|manila",
    "pakistan": "pakistani|islamabad",
    "iran": "iranian|tehran",
    "israel": "israeli",
    "egypt": "egyptian|cairo",
    "saudi arabia": "saudi|riyadh",
    "ukraine": "ukrainian|kyiv",
    "poland": "polish|warsaw",
    "nigeria": "nigerian|abuja",
    "south africa": "south african|pretoria",
    "kenya": "kenyan|nairobi",
    "argentina": "argentine|argentinian|buenos aires",
    "chile": "chilean|santiago",
    "peru": "peruvian|lima",
    "colombia": "colombian|bogota",
    "greece": "greek|athens",
    "portugal": "portuguese|lisbon",
    "netherlands": "dutch|the hague",
    "sweden": "swedish|stockholm",
    "norway": "norwegian|oslo",
    "nepal": "nepalese|nepali|kathmandu",
    "thailand": "thai|bangkok",
    "malaysia": "malaysian|kuala lumpur",
    "singapore": "singaporean",
    "morocco": "moroccan|rabat",
    "new zealand": "new zealander|wellington",
    "ireland": "irish|dublin",
    "austria": "austrian|vienna",
    "switzerland": "swiss|bern",
    "belgium": "belgian|brussels",
    "mongolia": "mongolian|ulaanbaatar",
    "venezuela": "venezuelan|caracas",
}.items():
    DEMONYMS[country] = country
    for form in forms.split("|"):
        DEMONYMS[form] = country
LEADER_WORDS = re.compile(
    r"\b(?:president|leader|head of state|prime minister|premier|chancellor|king|queen|"
    r"monarch|emperor|pm|foreign minister|secretary of state)\b",
    re.IGNORECASE,
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}


def singular(word: str) -> str:
    """A plain English singular, good enough for keying counted nouns."""
    w = word.lower().strip("'’")
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def canonical_noun(word: str) -> str:
    """The key of a counted noun: synonyms folded, then singular."""
    w = word.lower()
    if ":" in w:
        return w  # already a key ("national:belarusian")
    if w in NOUN_SYNONYMS:
        return NOUN_SYNONYMS[w]
    s = singular(w)
    return NOUN_SYNONYMS.get(s, s)
