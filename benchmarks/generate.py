"""Synthetic wire-copy corpus generator for factcheck benchmarks.

Writes many short "stories" (an earthquake, a summit, an election, a takeover, a
storm, a strike), each covered by several articles from different fictional
outlets.  Every outlet phrases the same facts differently (digits or words,
several date formats, "on Monday", "since 2019" / "in seven years",
"90-minute" with an ASCII or a non-breaking hyphen, approximations such as
"more than 120" when the true value is 126) and pads the copy to ~600 words
with claim-free prose, quotes, boilerplate and a "Related Articles" section
whose teasers quote the (true) facts of OTHER stories.

In roughly a third of the stories exactly one conflict is planted: one article
(the outlier) states a different value for one fact, while all other articles
of the story agree with each other (at least two of them state the consensus
value exactly).  Planted conflicts are returned in ``Corpus.planted``.

Everything is driven by ``random.Random`` instances seeded from ``seed`` (one
per story), so the same arguments always give byte-identical output.

Python API::

    from benchmarks.generate import generate
    corpus = generate(1000, seed=0)           # -> Corpus
    corpus.articles[0].name, .story, .text    # "s0000_a0.txt", "s0000", "..."
    corpus.planted[0]                         # PlantedConflict(story, kind, values, outlier, fact)
    corpus.stories[0].facts                   # canonical truth of every fact of the story

``PlantedConflict.values`` is ``(consensus_value, outlier_value)`` in canonical
form: count -> int; quantity -> number (money in plain units, e.g. 4200000000;
percent as a number, e.g. 67.3; magnitude 6.4; km, mm, km/h as numbers);
date -> "YYYY-MM-DD"; year -> int; duration -> "90 minutes" / "2 hours" /
"4 days" / "40 seconds" (whole hours are expressed in hours).

CLI::

    python benchmarks/generate.py N OUTDIR [--seed S] [--min-per-story 3]
                                  [--max-per-story 6] [--force]

writes ``OUTDIR/<name>.txt`` for every article, ``OUTDIR/planted.json`` (the
planted conflicts) and ``OUTDIR/stories.json`` (per-story truth and article
list).  It refuses to write into a non-empty OUTDIR unless ``--force`` is given;
``--force`` overwrites same-named files and never deletes anything.

Known traps that are deliberate (real pages have them): the dateline date is
the publication date (0-3 days after the event), a few outlets print "N min
read", and teasers in "Related Articles" carry numbers of other events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Article",
    "Corpus",
    "PlantedConflict",
    "StoryInfo",
    "KINDS",
    "generate",
    "iter_corpus",
    "write_corpus",
    "main",
]

KINDS = ("count", "quantity", "date", "year", "duration")
PLANT_RATE = 0.35

# --------------------------------------------------------------------------- data model


@dataclass
class Article:
    name: str
    story: str
    text: str
    published: str = ""  # ISO date of publication (the dateline date)
    outlet: str = ""
    # fact name -> the first phrase in ``text`` that states it (e.g. "more than 120")
    claims: dict[str, str] = field(default_factory=dict, repr=False)
    related: tuple[str, ...] = ()  # story ids teased in the Related Articles section


@dataclass(frozen=True)
class PlantedConflict:
    story: str
    kind: str  # count | quantity | date | year | duration
    values: tuple  # (consensus value, outlier value), canonical
    outlier: str  # name of the outlier article
    fact: str = ""  # fact name inside the story, e.g. "agreements"


@dataclass
class StoryInfo:
    id: str
    event: str
    title: str
    facts: dict[str, object]  # fact name -> canonical consensus value
    kinds: dict[str, str]  # fact name -> kind
    articles: list[str]


@dataclass
class Corpus:
    articles: list[Article]
    planted: list[PlantedConflict]
    stories: list[StoryInfo] = field(default_factory=list)


# --------------------------------------------------------------------------- names & places

_NAMES: dict[str, tuple[str, str, bool]] = {
    # culture: (given names, family names, family-name-first)
    "ko": ("Min-jae Seo-yeon Ji-hoon Hye-jin Dong-hyun Su-bin Jae-won Eun-ji Sung-min Ha-eun "
           "Young-ho Ji-woo Tae-yang Na-rae", "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim "
           "Han Oh Seo Shin Kwon", True),
    "zh": ("Wei Jing Hao Xiaoming Lihua Jun Yan Fang Lei Qiang Min Jie Yifan Zihan Yuting",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin", True),
    "ja": ("Haruto Yui Sota Aoi Ren Hina Takeshi Yuki Kenji Akiko Hiroshi Naomi Daichi Mei",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
           "Yoshida Yamada Matsumoto Inoue", False),
    "vi": ("Minh Lan Duc Thu Hoang Mai Quang Linh Tuan Huong", "Nguyen Tran Le Pham Hoang Vu "
           "Dang Bui Do Ngo", True),
    "en": ("James Emma Oliver Sarah Daniel Grace Thomas Hannah Michael Laura Peter Rachel "
           "David Claire Andrew Megan", "Smith Walker Bennett Hughes Carter Mitchell Turner "
           "Collins Reed Foster Hayes Porter Sullivan Graham Ellis", False),
    "fr": ("Camille Louis Chloé Julien Manon Antoine Léa Hugo Claire Mathieu Amélie Pierre",
           "Martin Bernard Dubois Moreau Laurent Lefèvre Girard Fontaine Rousseau Mercier "
           "Lambert Faure", False),
    "de": ("Lukas Anna Jonas Lena Felix Marie Maximilian Sophie Tobias Katrin Stefan Julia",
           "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner Keller Richter "
           "Braun Vogel", False),
    "es": ("Ana Carlos Lucía Javier María Diego Sofía Mateo Valentina Andrés Camila Pablo "
           "Elena Raúl", "Ruiz García Fernández López Martínez Torres Ramírez Castillo Morales "
           "Ortega Vargas Herrera Navarro Rojas", False),
    "pt": ("João Beatriz Lucas Mariana Rafael Gabriela Thiago Larissa Pedro Inês",
           "Silva Santos Oliveira Souza Costa Pereira Almeida Ferreira Carvalho Ribeiro", False),
    "it": ("Giulia Marco Francesca Luca Chiara Alessandro Elena Matteo Sara Davide",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Bruno", False),
    "el": ("Nikos Eleni Giorgos Maria Dimitris Katerina Yannis Sofia",
           "Papadopoulos Georgiou Nikolaidis Konstantinou Vlachos Ioannou Karalis", False),
    "ee": ("Piotr Anna Tomasz Ewa Marek Irina Andrei Natalia Pavel Olena Dmitro Jana",
           "Kowalski Nowak Horvat Popescu Novák Petrov Kovalenko Wiśniewski Dvořák Ionescu "
           "Shevchenko Kovač", False),
    "no": ("Lars Ingrid Erik Astrid Mikkel Sanne Jesper Freja Pieter Eva Mikko Aino",
           "Johansson Larsen Nielsen Berg Lindqvist de Vries Jansen Virtanen Hansen Andersen "
           "Korhonen Bakker", False),
    "tr": ("Mehmet Ayşe Emre Elif Burak Zeynep Can Selin Murat Deniz",
           "Yılmaz Kaya Demir Şahin Çelik Aydın Arslan Doğan Koç Kurt", False),
    "ar": ("Ahmed Fatima Omar Layla Youssef Mariam Khalid Noor Hassan Amina Tariq Salma",
           "Al-Sayed Haddad Mansour Nasser Khalil Farouk Saleh Hamdan Aziz Rahman Bakri", False),
    "fa": ("Reza Maryam Ali Zahra Hossein Parisa Dariush Shirin",
           "Hosseini Karimi Rahimi Moradi Ahmadi Jafari Tehrani Sadeghi", False),
    "in": ("Arjun Priya Rahul Ananya Vikram Kavya Rohan Meera Sanjay Divya Nikhil Pooja",
           "Sharma Patel Gupta Iyer Reddy Nair Singh Mehta Rao Kapoor Das Banerjee", False),
    "pk": ("Imran Ayesha Bilal Sana Usman Hina Farhan Nadia", "Khan Qureshi Malik Butt "
           "Chaudhry Siddiqui Sheikh Abbasi", False),
    "id": ("Budi Siti Agus Dewi Rizky Putri Joko Ayu Hendra Rina", "Santoso Wijaya Saputra "
           "Hidayat Kusuma Pratama Setiawan Nugroho Rahman Halim", False),
    "ph": ("Jose Maricel Paolo Angelica Ramon Kristine Miguel Joy", "Reyes Santos Cruz "
           "Bautista Mendoza Villanueva Aquino Dela Cruz Ramos Garcia", False),
    "th": ("Somchai Niran Kanya Arthit Siriporn Pranee Chaiwat Malee",
           "Srisai Wongsakul Chaiyaporn Rattanakorn Boonmee Suksawat Thongchai", False),
    "af": ("Chinedu Amaka Tunde Ngozi Emeka Folake Kwame Ama Tendai Zanele Wanjiru Kofi",
           "Okafor Adeyemi Mensah Nwosu Balogun Osei Moyo Dlamini Abubakar Eze Kamau Otieno",
           False),
}
_NAMES_SPLIT = {
    k: (g.split(), f.replace("de Vries", "de_Vries").replace("Dela Cruz", "Dela_Cruz").split(), o)
    for k, (g, f, o) in _NAMES.items()
}

# City|Country|culture|capital(C)
_PLACES_RAW = """\
Seoul|South Korea|ko|C;Busan|South Korea|ko;Incheon|South Korea|ko;Daegu|South Korea|ko;\
Beijing|China|zh|C;Shanghai|China|zh;Chengdu|China|zh;Guangzhou|China|zh;Wuhan|China|zh;\
Xi'an|China|zh;Tokyo|Japan|ja|C;Osaka|Japan|ja;Kyoto|Japan|ja;Sapporo|Japan|ja;\
Fukuoka|Japan|ja;Sendai|Japan|ja;Kobe|Japan|ja;Hanoi|Vietnam|vi|C;Ho Chi Minh City|Vietnam|vi;\
Da Nang|Vietnam|vi;Washington|United States|en|C;New York|United States|en;\
Los Angeles|United States|en;Chicago|United States|en;Houston|United States|en;\
San Francisco|United States|en;Seattle|United States|en;Miami|United States|en;\
London|United Kingdom|en|C;Manchester|United Kingdom|en;Birmingham|United Kingdom|en;\
Glasgow|United Kingdom|en;Edinburgh|United Kingdom|en;Ottawa|Canada|en|C;Toronto|Canada|en;\
Vancouver|Canada|en;Montreal|Canada|fr;Canberra|Australia|en|C;Sydney|Australia|en;\
Melbourne|Australia|en;Brisbane|Australia|en;Perth|Australia|en;Wellington|New Zealand|en|C;\
Auckland|New Zealand|en;Christchurch|New Zealand|en;Dublin|Ireland|en|C;Cork|Ireland|en;\
Paris|France|fr|C;Lyon|France|fr;Marseille|France|fr;Toulouse|France|fr;Nice|France|fr;\
Brussels|Belgium|fr|C;Antwerp|Belgium|no;Dakar|Senegal|fr|C;Abidjan|Ivory Coast|fr;\
Berlin|Germany|de|C;Munich|Germany|de;Hamburg|Germany|de;Frankfurt|Germany|de;\
Cologne|Germany|de;Vienna|Austria|de|C;Salzburg|Austria|de;Bern|Switzerland|de|C;\
Zurich|Switzerland|de;Geneva|Switzerland|fr;Madrid|Spain|es|C;Barcelona|Spain|es;\
Valencia|Spain|es;Seville|Spain|es;Mexico City|Mexico|es|C;Guadalajara|Mexico|es;\
Monterrey|Mexico|es;Bogotá|Colombia|es|C;Medellín|Colombia|es;Lima|Peru|es|C;\
Arequipa|Peru|es;Santiago|Chile|es|C;Valparaíso|Chile|es;Buenos Aires|Argentina|es|C;\
Córdoba|Argentina|es;Quito|Ecuador|es|C;Guayaquil|Ecuador|es;Caracas|Venezuela|es|C;\
Montevideo|Uruguay|es|C;La Paz|Bolivia|es|C;Havana|Cuba|es|C;\
Santo Domingo|Dominican Republic|es|C;Panama City|Panama|es|C;San José|Costa Rica|es|C;\
Guatemala City|Guatemala|es|C;Brasília|Brazil|pt|C;São Paulo|Brazil|pt;\
Rio de Janeiro|Brazil|pt;Salvador|Brazil|pt;Recife|Brazil|pt;Porto Alegre|Brazil|pt;\
Lisbon|Portugal|pt|C;Porto|Portugal|pt;Luanda|Angola|pt|C;Maputo|Mozambique|pt|C;\
Rome|Italy|it|C;Milan|Italy|it;Naples|Italy|it;Turin|Italy|it;Florence|Italy|it;\
Athens|Greece|el|C;Thessaloniki|Greece|el;Warsaw|Poland|ee|C;Krakow|Poland|ee;\
Prague|Czech Republic|ee|C;Budapest|Hungary|ee|C;Bucharest|Romania|ee|C;Kyiv|Ukraine|ee|C;\
Lviv|Ukraine|ee;Odesa|Ukraine|ee;Belgrade|Serbia|ee|C;Zagreb|Croatia|ee|C;Sofia|Bulgaria|ee|C;\
Stockholm|Sweden|no|C;Gothenburg|Sweden|no;Oslo|Norway|no|C;Bergen|Norway|no;\
Copenhagen|Denmark|no|C;Helsinki|Finland|no|C;Amsterdam|Netherlands|no|C;\
Rotterdam|Netherlands|no;Reykjavik|Iceland|no|C;Ankara|Turkey|tr|C;Istanbul|Turkey|tr;\
Izmir|Turkey|tr;Cairo|Egypt|ar|C;Alexandria|Egypt|ar;Riyadh|Saudi Arabia|ar|C;\
Jeddah|Saudi Arabia|ar;Abu Dhabi|United Arab Emirates|ar|C;Dubai|United Arab Emirates|ar;\
Doha|Qatar|ar|C;Amman|Jordan|ar|C;Beirut|Lebanon|ar|C;Baghdad|Iraq|ar|C;Muscat|Oman|ar|C;\
Kuwait City|Kuwait|ar|C;Rabat|Morocco|ar|C;Casablanca|Morocco|ar;Tunis|Tunisia|ar|C;\
Algiers|Algeria|ar|C;Tehran|Iran|fa|C;Isfahan|Iran|fa;New Delhi|India|in|C;Mumbai|India|in;\
Bengaluru|India|in;Chennai|India|in;Kolkata|India|in;Hyderabad|India|in;\
Dhaka|Bangladesh|in|C;Colombo|Sri Lanka|in|C;Kathmandu|Nepal|in|C;Islamabad|Pakistan|pk|C;\
Karachi|Pakistan|pk;Lahore|Pakistan|pk;Jakarta|Indonesia|id|C;Surabaya|Indonesia|id;\
Denpasar|Indonesia|id;Kuala Lumpur|Malaysia|id|C;Penang|Malaysia|id;Singapore|Singapore|zh|C;\
Manila|Philippines|ph|C;Cebu|Philippines|ph;Davao|Philippines|ph;Bangkok|Thailand|th|C;\
Chiang Mai|Thailand|th;Phuket|Thailand|th;Lagos|Nigeria|af;Abuja|Nigeria|af|C;\
Accra|Ghana|af|C;Nairobi|Kenya|af|C;Mombasa|Kenya|af;Addis Ababa|Ethiopia|af|C;\
Kampala|Uganda|af|C;Dar es Salaam|Tanzania|af;Dodoma|Tanzania|af|C;Kigali|Rwanda|af|C;\
Johannesburg|South Africa|af;Cape Town|South Africa|af;Pretoria|South Africa|af|C;\
Durban|South Africa|af;Harare|Zimbabwe|af|C;Lusaka|Zambia|af|C;Tbilisi|Georgia|ee|C;\
Yerevan|Armenia|ee|C;Astana|Kazakhstan|ee|C;Almaty|Kazakhstan|ee;Ulaanbaatar|Mongolia|zh|C;\
Kingston|Jamaica|en|C"""


def _parse_places() -> list[tuple[str, str, str, bool]]:
    out = []
    for rec in _PLACES_RAW.split(";"):
        parts = rec.split("|")
        out.append((parts[0], parts[1], parts[2], len(parts) > 3))
    return out


PLACES = _parse_places()
CAPITALS = [p for p in PLACES if p[3]]
_COUNTRY_CULTURE: dict[str, str] = {}
_COUNTRY_CAPITAL: dict[str, str] = {}
for _c, _k, _cu, _cap in PLACES:
    _COUNTRY_CULTURE.setdefault(_k, _cu)
    if _cap:
        _COUNTRY_CAPITAL[_k] = _c
COUNTRIES = sorted(_COUNTRY_CAPITAL)
_AMERICAS = {"United States", "Canada", "Mexico", "Colombia", "Peru", "Chile", "Argentina",
             "Ecuador", "Venezuela", "Uruguay", "Bolivia", "Cuba", "Dominican Republic", "Panama",
             "Costa Rica", "Guatemala", "Brazil", "Jamaica"}
_THE = {"United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines",
        "Czech Republic", "Dominican Republic"}


def _cn(country: str) -> str:
    """Country name as used in running text ("the Philippines")."""
    return "the " + country if country in _THE else country


_EAST_ASIA = {"ko", "zh", "ja", "vi", "ph", "th"}

_CO_ROOTS = ("Kestrel Meridian Halcyon Orion Tessel Granite Silverline Northwind Bluepeak Cobalt "
             "Ironbridge Lumen Vantage Crescent Pinnacle Aster Brightwater Redwood Sable Vireo "
             "Helix Solace Quarry Atlas Harbor Falcon Juniper Larkspur Nimbus Onyx Polaris "
             "Quill Rampart Sterling Talon Umbra Verdant Westmark Zephyr Arbor Basalt Cinder "
             "Delta Ember Fjord Glacier Horizon").split()
_CO_KINDS = ("Holdings Group Systems Technologies Energy Pharma Logistics Capital Networks "
             "Materials Foods Motors Semiconductor Industries Biotech Telecom Chemicals").split()
_SECTORS = {  # sector -> company-name suffixes that fit it
    "semiconductor": ("Semiconductor", "Technologies", "Microsystems"),
    "logistics": ("Logistics", "Freight", "Group"),
    "pharmaceutical": ("Pharma", "Biotech", "Therapeutics"),
    "telecommunications": ("Telecom", "Networks", "Communications"),
    "renewable-energy": ("Energy", "Power", "Renewables"),
    "food-processing": ("Foods", "Nutrition", "Brands"),
    "steel": ("Steel", "Metals", "Industries"),
    "shipping": ("Shipping", "Maritime", "Lines"),
    "software": ("Software", "Systems", "Technologies"),
    "payments": ("Payments", "Pay", "Financial"),
    "chemicals": ("Chemicals", "Materials", "Industries"),
    "auto-parts": ("Automotive", "Motors", "Components"),
    "media": ("Media", "Entertainment", "Studios"),
    "insurance": ("Insurance", "Assurance", "Re"),
}
_PARTY_ADJ = ("Democratic National People's Social Liberal Progressive Conservative Green "
              "Civic Republican United Reform Labour Citizens'").split()
_PARTY_NOUN = "Renewal Unity Future Progress Solidarity Freedom Justice Action Hope Dignity".split()
_PARTY_TYPE = "Party Alliance Movement Union Front Congress Coalition".split()
_STORM_NAMES = ("Amara Bertil Calla Dorian Elsa Fabian Gaia Hector Ines Jova Kalani Lorenzo "
                "Mawar Nadine Oscar Pilar Quinn Rosa Soren Talia Ulric Vera Wren Yara Zeke "
                "Haikui Koinu Bolaven Sanba Jelawat Ewiniar Maliksi Gaemi Prapiroon Bebinca "
                "Mitag Rumbia Sagar Vayu Asani Biparjoy Freddy Gombe Idai Kenneth").split()
_STRIKE_SECTORS = (
    ("rail", "rail workers", "train services"),
    ("airport", "airport staff", "flights"),
    ("port", "dockworkers", "vessel departures"),
    ("metro", "metro workers", "metro services"),
    ("bus", "bus drivers", "bus services"),
    ("postal", "postal workers", "delivery rounds"),
    ("hospital", "nurses", "non-urgent operations"),
    ("airline", "pilots", "flights"),
)

# --------------------------------------------------------------------------- outlets

_OUTLET_NAMES = ("Meridian Wire|Pacific Ledger|The Daily Courier|Global Dispatch|Northstar News|"
                 "Harbor Times|Continental Post|The Atlas Review|Capital Bulletin|"
                 "Riverside Gazette|Eastern Monitor|World Brief|PRISM Digest|Liberty Tribune|"
                 "Summit Observer|Coastal Chronicle|Metro Signal|Frontline Report|Public Record|"
                 "Crossroads Journal|Beacon Press Agency|Civic Telegraph|Horizon Newsroom|"
                 "Lantern Media|Keystone Times|Open Wire|Union Herald|Sentinel Online|"
                 "Compass Daily|The Morning Ledger|Inkwell News|Parallax Post").split("|")


@dataclass(frozen=True)
class _Outlet:
    name: str
    dateline: int  # 0 prefix "CITY, Jan 5, 2026 (Outlet) — ", 1 Published, 2 "Outlet | date",
    #                3 byline, 4 Updated, 5 ISO "Posted"
    date_style: int  # preferred explicit date format (see _fmt_date)
    words: float  # probability of spelling out 10..99
    nbh: float  # probability of U+2011 in number compounds
    money: int
    pct: int
    cookie: int  # 0 none, 1 after headline, 2 footer
    ai: bool
    related: str
    min_read: bool
    title_case: bool
    dash: str


def _make_outlets() -> list[_Outlet]:
    r = random.Random("factcheck-bench-outlets")
    heads = ["Related Articles"] * 7 + ["Related coverage", "More on this topic", "Read next"]
    out = []
    for i, name in enumerate(_OUTLET_NAMES):
        out.append(_Outlet(
            name=name,
            dateline=i % 6,
            date_style=r.choice([0, 0, 1, 2, 2, 3, 5]),
            words=r.choice([0.1, 0.25, 0.4, 0.6]),
            nbh=r.choice([0.0, 0.0, 0.0, 0.7, 1.0]),
            money=r.randrange(4),
            pct=r.choice([0, 0, 1, 1, 2]),
            cookie=r.choice([0, 1, 2, 2]),
            ai=r.random() < 0.4,
            related=r.choice(heads),
            min_read=r.random() < 0.15,
            title_case=r.random() < 0.5,
            dash=r.choice(["\u2014", "\u2014", "-", "--", "\u2013"]),
        ))
    return out


OUTLETS = _make_outlets()

# --------------------------------------------------------------------------- formatting helpers

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_MON_AP = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "as", "at", "by", "with"}


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    h, r = divmod(n, 100)
    return _ONES[h] + " hundred" + (" " + _words(r) if r else "")


def _num(n: int, rng: random.Random | None = None) -> str:
    if n >= 1_000_000 and n % 10_000 == 0 and (rng is None or rng.random() < 0.8):
        return f"{n / 1_000_000:.2f}".rstrip("0").rstrip(".") + " million"
    if 1000 <= n < 10000 and rng is not None and rng.random() < 0.1:
        return str(n)
    return f"{n:,}"


def _a_an(s: str) -> str:
    c = s[:1].lower()
    if c.isdigit():
        head = ""
        for ch in s.replace(",", ""):
            if not ch.isdigit():
                break
            head += ch
        if head.startswith("8") or head in ("11", "18") or (
            len(head) == 5 and head[:2] in ("11", "18")
        ):
            return "an"
        return "a"
    return "an" if c in "aeio" else "a"


def _fmt_date(d: dt.date, style: int) -> str:
    m = d.month - 1
    if style == 0:
        return f"{_MON3[m]} {d.day}, {d.year}"
    if style == 1:
        return f"{_MON_AP[m]} {d.day}, {d.year}"
    if style == 2:
        return f"{_MONTHS[m]} {d.day}, {d.year}"
    if style == 3:
        return f"{d.day} {_MONTHS[m]} {d.year}"
    if style == 4:
        return f"{_MONTHS[m]} {d.day}"
    return f"{_WEEKDAYS[d.weekday()]}, {_MONTHS[m]} {d.day}, {d.year}"


def _title(s: str) -> str:
    out = []
    for i, w in enumerate(s.split(" ")):
        if w and (i == 0 or w not in _SMALL_WORDS) and w[0].islower():
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def _pct_str(t: int) -> str:
    return f"{t // 10}.{t % 10}" if t % 10 else str(t // 10)


def _money_str(m: int, style: int) -> str:
    """m in millions of US dollars."""
    if m >= 1000:
        s = f"{m / 1000:.2f}".rstrip("0").rstrip(".")
        return (f"${s} billion", f"${s}bn", f"US${s} billion", f"{s} billion dollars")[style]
    return (f"${m} million", f"${m}m", f"US${m} million", f"{m} million dollars")[style]


_UNIT_KIND = {
    "count": "count", "money": "quantity", "percent": "quantity", "magnitude": "quantity",
    "km": "quantity", "mm": "quantity", "kmh": "quantity", "date": "date", "year": "year",
    "minutes": "duration", "hours": "duration", "days": "duration", "seconds": "duration",
}


def canonical(unit: str, v: object) -> object:
    """Canonical form of an internal fact value (see module docstring)."""
    if unit == "money":
        return int(v) * 1_000_000  # type: ignore[call-overload]
    if unit in ("percent", "magnitude"):
        t = int(v)  # type: ignore[call-overload]
        return t // 10 if t % 10 == 0 else t / 10
    if unit == "date":
        return v.isoformat()  # type: ignore[attr-defined]
    if unit == "minutes":
        m = int(v)  # type: ignore[call-overload]
        if m % 60 == 0:
            h = m // 60
            return f"{h} hour" if h == 1 else f"{h} hours"
        return f"{m} minutes"
    if unit in ("hours", "days", "seconds"):
        return f"{v} {unit}"
    return v


def _step(v: int) -> int:
    for lim, st in ((300, 10), (1000, 50), (3000, 100), (10000, 500), (100000, 1000),
                    (1_000_000, 10000)):
        if v < lim:
            return st
    return 100000


# counts that outlets state exactly (nobody writes "about 20 agreements")
_NO_APPROX = frozenset({"agreements", "business_deals", "seats", "total_seats", "rival_seats",
                        "parties"})


def _approx_count(rng: random.Random, v: int) -> str | None:
    st = _step(v)
    opts = []
    lo = (v - 1) // st * st
    if lo > 0 and lo >= 0.75 * v:
        opts += [f"more than {_num(lo)}", f"over {_num(lo)}"]
        if lo >= 0.85 * v:
            opts.append(f"at least {_num(lo)}")
    hi = (v // st + 1) * st
    if hi <= 1.08 * v:
        opts += [f"nearly {_num(hi)}", f"almost {_num(hi)}"]
    r = round(v / st) * st
    if r and abs(r - v) <= 0.05 * v:
        opts += [f"about {_num(r)}", f"around {_num(r)}", f"some {_num(r)}"]
    return rng.choice(opts) if opts else None


# --------------------------------------------------------------------------- rendering context


class _Ctx(dict):
    """format_map mapping: entity keys are stored; fact keys are rendered on demand.

    Field syntax:  {f} nominal, {F} sentence-initial, {f_adj} adjectival ("90-minute"),
    {on_f} date with preposition (may be "on Monday"), {h_f} headline (digits),
    {a_f_adj} with indefinite article.
    """

    __slots__ = ("rng", "units", "vals", "exact", "out", "pub", "claims", "teaser", "year",
                 "rel_year")
    rng: random.Random
    units: dict[str, str]
    vals: dict[str, object]
    exact: set[str]
    out: _Outlet
    pub: dt.date
    claims: dict[str, str]
    teaser: bool
    year: int
    rel_year: bool

    def __missing__(self, key: str) -> str:
        art = key.startswith("a_")
        if art:
            key = key[2:]
        form = "n"
        if key.startswith("on_"):
            form, key = "on", key[3:]
        elif key.startswith("h_"):
            form, key = "h", key[2:]
        if key.endswith("_adj"):
            form, key = ("hadj" if form == "h" else "adj"), key[:-4]
        start = key[0].isupper()
        if start:
            key = key[0].lower() + key[1:]
        unit = self.units[key]  # KeyError for unknown placeholders -> template bug
        core = self._render(key, unit, self.vals[key], form)
        text = core
        if start:
            if core[0].isalpha():
                core = text = core[0].upper() + core[1:]
            else:
                text = "A total of " + core
        self.claims.setdefault(key, core)
        if art:
            text = _a_an(text) + " " + text
        return text

    # -- helpers
    def _hy(self) -> str:
        if self.teaser:
            return "-"
        return "\u2011" if self.out.nbh and self.rng.random() < self.out.nbh else "-"

    def _render(self, key: str, unit: str, v, form: str) -> str:
        rng = self.rng
        exact = self.teaser or key in self.exact
        if unit == "count":
            if form in ("adj", "hadj"):
                return f"{v}"
            if (not exact and v >= 20 and form != "h" and key not in _NO_APPROX
                    and rng.random() < 0.3):
                s = _approx_count(rng, v)
                if s:
                    return s
            if self.teaser or form == "h":
                return _num(v)
            if v < 10 and rng.random() < 0.8:
                return _words(v)
            if v < 100 and rng.random() < self.out.words:
                return _words(v)
            return _num(v, rng)
        if unit == "date":
            if self.teaser:
                return ("on " if form == "on" else "") + _fmt_date(v, 0)
            pub: dt.date = self.pub
            if (form == "on" and not exact and pub.isocalendar()[:2] == v.isocalendar()[:2]
                    and pub >= v and rng.random() < 0.35):
                return "on " + _WEEKDAYS[v.weekday()]
            style = self.out.date_style if rng.random() < 0.7 else rng.choice([0, 1, 2, 3, 4, 5])
            if style == 4 and v.year != pub.year:
                style = 2
            s = _fmt_date(v, style)
            return "on " + s if form == "on" else s
        if unit == "year":
            diff = self.year - v
            if not self.teaser and self.rel_year and rng.random() < 0.3:
                return f"in {_words(diff) if diff < 20 and rng.random() < 0.7 else diff} years"
            return f"since {v}"
        if unit == "money":
            style = 0 if self.teaser else self.out.money
            if not exact and rng.random() < 0.15:
                if v >= 1000 and v % 1000:
                    lo = v // 1000 * 1000
                    if rng.random() < 0.5 or abs(round(v / 1000) * 1000 - v) > 0.06 * v:
                        return "more than " + _money_str(lo, style)
                    return "about " + _money_str(round(v / 1000) * 1000, style)
                if 200 < v < 1000 and v % 100:
                    return "more than " + _money_str(v // 100 * 100, style)
            return _money_str(v, style)
        if unit == "percent":
            sfx = "%" if self.teaser else ("%", " percent", " per cent")[self.out.pct]
            if not exact and v % 10 and v >= 100 and rng.random() < 0.2:
                c = rng.random()
                if c < 0.4 and 10 - v % 10 <= 5:
                    return f"nearly {v // 10 + 1}{sfx}"
                if c < 0.7 or 3 < v % 10 < 7:
                    return f"more than {v // 10}{sfx}"
                return f"about {(v + 5) // 10}{sfx}"
            return _pct_str(v) + sfx
        if unit == "magnitude":
            s = _pct_str(v) if v % 10 else f"{v // 10}.0"
            if form in ("adj", "hadj"):
                c = rng.random()
                if c < 0.35:
                    return f"magnitude {s}"
                if c < 0.5:
                    return f"magnitude{self._hy()}{s}"
                if c < 0.85:
                    return f"{s}{self._hy()}magnitude"
                return f"{s} magnitude"
            return s
        if unit in ("km", "mm", "kmh"):
            names = {
                "km": (" kilometres", " km", " kilometers"),
                "mm": (" millimetres", " mm", " millimeters"),
                "kmh": (" km/h", " kilometres per hour", " kph", " kilometers per hour"),
            }[unit]
            return f"{v:,}{names[0] if self.teaser else rng.choice(names)}"
        # durations
        if unit == "minutes" and v % 60 == 0 and (self.teaser or rng.random() < 0.7):
            unit, v = "hours", v // 60
        if unit == "minutes" and v == 90 and form == "n" and not self.teaser \
                and rng.random() < 0.2:
            return "an hour and a half"
        sing = unit[:-1]
        if self.teaser:
            n = str(v)
        elif v < 13 and rng.random() < 0.75:
            n = _words(v)
        elif v < 100 and rng.random() < 0.08:
            n = _words(v)
        else:
            n = str(v)
        if form in ("adj", "hadj"):
            return f"{n}{self._hy()}{sing}"
        return f"{n} {unit if v != 1 else sing}"


def _render(tpl: str, ctx: _Ctx) -> str:
    s = tpl.format_map(ctx)
    if s[0].islower():
        s = s[0].upper() + s[1:]
    if "s's " in s:
        s = s.replace("s's ", "s' ")
    return s


# --------------------------------------------------------------------------- event types


@dataclass
class _Event:
    name: str
    build: Callable[[random.Random], tuple[dict, dict]]
    title: str
    headlines: list[str]
    ledes: list[str]
    blocks: list[tuple[tuple[str, ...], list[str]]]
    quotes: list[str]
    filler: list[str]
    teasers: list[str]


def _person(rng: random.Random, culture: str) -> tuple[str, str]:
    given, family, fam_first = _NAMES_SPLIT[culture]
    g = rng.choice(given)
    f = rng.choice(family).replace("_", " ")
    if fam_first:
        return f"{f} {g}", (g if culture == "vi" else f)
    return f"{g} {f}", f


def _company(rng: random.Random, avoid: str = "", kinds: tuple[str, ...] = ()) -> str:
    while True:
        name = f"{rng.choice(_CO_ROOTS)} {rng.choice(kinds or _CO_KINDS)}"
        if not avoid or name.split()[0] != avoid.split()[0]:
            return name


def _date(rng: random.Random) -> dt.date:
    while True:
        d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(1096))
        if not (d.month == 12 and d.day >= 28) and not (d.month == 1 and d.day <= 3):
            return d


def _round_to(v: int, st: int) -> int:
    return max(st, v // st * st)


def _distinct(vals: dict, key: str, gen: Callable[[], int]) -> int:
    used = {v for k, (u, v) in vals.items() if u == "count" and k != key}
    while True:
        x = gen()
        if x not in used:
            return x


def _new_person(rng: random.Random, e: dict, culture: str) -> tuple[str, str]:
    """A person whose short name differs from everybody's already in the story."""
    used = {v for k, v in e.items() if k.endswith("_last")}
    for _ in range(50):
        full, last = _person(rng, culture)
        if last not in used:
            break
    return full, last


def _place_people(rng: random.Random, e: dict, culture: str, *roles: str) -> None:
    for role in roles:
        full, last = _new_person(rng, e, culture)
        e[role] = full
        e[role + "_last"] = last


def _analyst(rng: random.Random, e: dict) -> None:
    city, country, cu, _ = rng.choice(PLACES)
    full, last = _new_person(rng, e, cu)
    e["analyst"], e["analyst_last"] = full, last
    e["analyst_role"] = rng.choice([
        f"a senior fellow at the {city} Institute for International Affairs",
        f"a professor of political science at the University of {city}",
        f"an analyst at {_company(rng).split()[0]} Research in {city}",
        f"a researcher at the {country} Policy Centre",
    ])


def _build_summit(rng: random.Random) -> tuple[dict, dict]:
    city, country, cu, _ = rng.choice(CAPITALS)
    while True:
        guest_country = rng.choice(COUNTRIES)
        if guest_country != country:
            break
    gcu = _COUNTRY_CULTURE[guest_country]
    e = {"city": city, "CITY": city.upper(), "host_country": _cn(country),
         "guest_country": _cn(guest_country), "country": _cn(country), "host_b": country,
         "guest_b": guest_country}
    _place_people(rng, e, cu, "host", "spox")
    _place_people(rng, e, gcu, "guest", "aide")
    e["host_title"] = rng.choice(["President", "President", "Prime Minister"])
    e["guest_title"] = rng.choice(["President", "President", "Prime Minister"])
    e["aide_role"] = rng.choice(["the national security adviser", "a senior presidential aide",
                                 "the deputy foreign minister", "the chief of staff"])
    e["spox_role"] = rng.choice(["a foreign ministry spokesperson",
                                 "a spokesperson for the presidential office",
                                 "a government spokesperson"])
    _analyst(rng, e)
    d = _date(rng)
    f: dict = {"date": ("date", d)}
    f["agreements"] = ("count", rng.randint(4, 24))
    f["business_deals"] = ("count", _distinct(f, "business_deals", lambda: rng.randint(3, 15)))
    f["delegation"] = ("count", _distinct(f, "delegation", lambda: rng.randint(40, 320)))
    f["since_year"] = ("year", d.year - rng.randint(3, 22))
    f["talks"] = ("minutes", rng.choice([45, 50, 75, 80, 90, 90, 100, 120, 150, 180]))
    f["visit"] = ("days", rng.randint(2, 6))
    f["trade"] = ("money", rng.randint(20, 4000) * 100)
    e["agr_nouns"] = ""  # marker: the article picks a noun for the agreements
    return e, f


def _build_quake(rng: random.Random) -> tuple[dict, dict]:
    city, country, cu, _ = rng.choice(PLACES)
    e = {"city": city, "CITY": city.upper(), "country": _cn(country), "country_b": country}
    _place_people(rng, e, cu, "official", "rescuer", "resident")
    _analyst(rng, e)
    e["official_role"] = rng.choice(["the head of the national disaster agency",
                                     "the interior minister", "the regional governor",
                                     "a civil protection spokesperson"])
    e["rescuer_role"] = rng.choice(["a rescue team leader", "a Red Crescent coordinator",
                                    "a fire brigade commander", "a volunteer rescuer"])
    e["agency"] = rng.choice([f"{_cn(country)}'s national seismological centre",
                              "the geological survey", "the national earthquake monitoring agency"])
    d = _date(rng)
    f: dict = {"date": ("date", d)}
    f["mag"] = ("magnitude", rng.randint(55, 81))
    f["killed"] = ("count", rng.choice([rng.randint(3, 60), rng.randint(20, 600)]))
    k = f["killed"][1]
    f["injured"] = ("count", _distinct(f, "injured", lambda: rng.randint(2 * k + 5, 8 * k + 60)))
    f["depth"] = ("km", rng.randint(6, 70))
    f["aftershocks"] = ("count", _distinct(f, "aftershocks", lambda: rng.randint(12, 300)))
    f["buildings"] = ("count", _distinct(f, "buildings",
                                         lambda: _round_to(rng.randint(30, 6000), 10)))
    f["since_year"] = ("year", d.year - rng.randint(5, 60))
    f["shaking"] = ("seconds", rng.randint(15, 90))
    f["emergency"] = ("days", rng.choice([7, 10, 14, 15, 30, 45, 60, 90]))
    return e, f


def _build_election(rng: random.Random) -> tuple[dict, dict]:
    country = rng.choice(COUNTRIES)
    city = _COUNTRY_CAPITAL[country]
    cu = _COUNTRY_CULTURE[country]
    e = {"city": city, "CITY": city.upper(), "country": _cn(country), "country_b": country}
    _place_people(rng, e, cu, "leader", "rival", "voter", "official")
    _analyst(rng, e)
    p1 = f"{rng.choice(_PARTY_ADJ)} {rng.choice(_PARTY_NOUN)} {rng.choice(_PARTY_TYPE)}"
    while True:
        p2 = f"{rng.choice(_PARTY_ADJ)} {rng.choice(_PARTY_NOUN)} {rng.choice(_PARTY_TYPE)}"
        if p2.split()[1] != p1.split()[1]:
            break
    e["party"], e["rival_party"] = p1, p2
    e["official_role"] = "the head of the election commission"
    d = _date(rng)
    total = rng.choice([150, 175, 200, 225, 250, 300, 350, 400, 450, 500])
    maj = total // 2 + 1
    f: dict = {"date": ("date", d), "total_seats": ("count", total)}
    f["seats"] = ("count", rng.randint(maj, maj + total // 6))
    s = f["seats"][1]
    f["rival_seats"] = ("count", _distinct(f, "rival_seats",
                                           lambda: rng.randint(total // 8, total - s - 5)))
    f["turnout"] = ("percent", rng.randint(380, 860))
    while True:
        vs = rng.randint(300, 560)
        if vs % 10 and vs != f["turnout"][1]:
            break
    f["vote_share"] = ("percent", vs)
    f["since_year"] = ("year", d.year - rng.randint(6, 40))
    f["polls_hours"] = ("hours", rng.randint(8, 14))
    f["parties"] = ("count", _distinct(f, "parties", lambda: rng.randint(6, 40)))
    return e, f


def _build_deal(rng: random.Random) -> tuple[dict, dict]:
    city, country, cu, _ = rng.choice(PLACES)
    sector = rng.choice(sorted(_SECTORS))
    acq = _company(rng, kinds=_SECTORS[sector])
    e = {"city": city, "CITY": city.upper(), "country": _cn(country), "acq": acq,
         "tgt": _company(rng, acq, _SECTORS[sector]), "sector": sector}
    e["sector_sp"] = e["sector"].replace("-", " ")
    _place_people(rng, e, cu, "ceo", "union")
    tcu = rng.choice(list(_NAMES))
    _place_people(rng, e, tcu, "tgt_ceo")
    _analyst(rng, e)
    d = _date(rng)
    f: dict = {"date": ("date", d)}
    m = rng.choice([rng.randint(30, 99) * 10, rng.randint(11, 600) * 100])
    f["price"] = ("money", m)
    f["premium"] = ("percent", rng.randint(12, 65) * 10)
    f["jobs"] = ("count", _round_to(rng.randint(150, 8000), 50))
    f["employees"] = ("count", _distinct(f, "employees",
                                         lambda: _round_to(rng.randint(1200, 90000), 100)))
    f["since_year"] = ("year", d.year - rng.randint(4, 25))
    f["halt_hours"] = ("hours", rng.randint(2, 5))
    f["revenue"] = ("money", _distinct(f, "revenue", lambda: rng.choice(
        [rng.randint(20, 99) * 10, rng.randint(11, 300) * 100])))
    return e, f


def _build_storm(rng: random.Random) -> tuple[dict, dict]:
    city, country, cu, _ = rng.choice(PLACES)
    if country in _AMERICAS:
        kind = "Hurricane"
    elif cu in _EAST_ASIA:
        kind = "Typhoon"
    elif cu in ("in", "pk", "af", "id") or country in ("Australia", "New Zealand"):
        kind = "Cyclone"
    else:
        kind = "Storm"
    nm = rng.choice(_STORM_NAMES)
    e = {"city": city, "CITY": city.upper(), "country": _cn(country), "storm": f"{kind} {nm}",
         "storm_short": nm}
    _place_people(rng, e, cu, "official", "resident", "aid")
    _analyst(rng, e)
    e["official_role"] = rng.choice(["the civil defence chief", "the regional governor",
                                     "a disaster management official", "the mayor of " + city])
    e["met"] = rng.choice(["national weather service", "meteorological agency",
                           "national hydrometeorological office"])
    d = _date(rng)
    f: dict = {"date": ("date", d)}
    f["killed"] = ("count", rng.choice([rng.randint(2, 40), rng.randint(10, 250)]))
    ev = rng.choice([_round_to(rng.randint(1500, 99000), 100),
                     _round_to(rng.randint(100000, 1500000), 10000)])
    f["evacuated"] = ("count", ev)
    f["homes"] = ("count", _distinct(f, "homes", lambda: _round_to(rng.randint(200, 60000), 10)))
    f["damage"] = ("money", rng.choice([rng.randint(5, 99) * 10, rng.randint(11, 120) * 100]))
    f["rainfall"] = ("mm", rng.randint(120, 650))
    f["wind"] = ("kmh", rng.randint(18, 52) * 5)
    f["since_year"] = ("year", d.year - rng.randint(5, 60))
    f["rain_hours"] = ("hours", rng.choice([12, 18, 24, 30, 36, 48, 72]))
    return e, f


def _build_strike(rng: random.Random) -> tuple[dict, dict]:
    country = rng.choice(COUNTRIES)
    city = _COUNTRY_CAPITAL[country]
    cu = _COUNTRY_CULTURE[country]
    sec, workers, services = rng.choice(_STRIKE_SECTORS)
    e = {"city": city, "CITY": city.upper(), "country": _cn(country), "country_b": country,
         "sector": sec,
         "workers_n": workers, "services": services}
    e["union"] = rng.choice([f"the National Union of {sec.capitalize()} Workers",
                             f"the {country} {sec.capitalize()} Workers' Federation",
                             f"the {sec.capitalize()} Employees' Union"])
    _place_people(rng, e, cu, "leader", "minister", "commuter")
    _analyst(rng, e)
    d = _date(rng)
    f: dict = {"date": ("date", d)}
    f["workers"] = ("count", rng.choice([_round_to(rng.randint(3000, 99000), 100),
                                         _round_to(rng.randint(2000, 20000), 50)]))
    f["cancelled"] = ("count", _distinct(f, "cancelled", lambda: rng.randint(150, 5000)))
    f["strike_days"] = ("days", rng.randint(2, 10))
    w = rng.randint(60, 250)
    f["wage"] = ("percent", w // 5 * 5 if rng.random() < 0.5 else w // 10 * 10)
    f["offer"] = ("percent", rng.randint(15, max(20, f["wage"][1] // 2)) // 5 * 5)
    f["talks_hours"] = ("hours", rng.randint(6, 20))
    f["since_year"] = ("year", d.year - rng.randint(4, 40))
    return e, f


_GENERIC_FILLER = [
    "Government officials did not immediately respond to requests for further comment.",
    "Local newspapers devoted much of their coverage to the story, and it dominated "
    "discussion on social media.",
    "Further details are expected as officials release more information.",
    "The story has drawn attention far beyond {country}, where it led evening news bulletins.",
    "Some observers cautioned against drawing firm conclusions until the full picture "
    "becomes clear.",
    "Editorial writers in the national press offered sharply different readings of what "
    "had happened and what it would mean.",
]

_MORE_FILLER: dict[str, list[str]] = {
    "summit": [
        "Officials from both governments had spent weeks negotiating the wording of the joint "
        "statement, according to people familiar with the preparations.",
        "The visit comes as both economies grapple with slowing growth and shifting supply "
        "chains.",
        "Foreign ministers from both sides held separate talks on the margins of the summit "
        "to prepare follow-up meetings.",
        "Human rights groups urged {guest_last} to raise concerns about press freedom and the "
        "treatment of activists during the visit.",
        "The leaders also visited a cultural heritage site together, a gesture aides said was "
        "meant to signal personal rapport.",
        "Diplomats cautioned that goodwill at the top would need to be matched by steady work "
        "at lower levels of government.",
        "Several agreements are framework documents that still require detailed "
        "implementation plans, officials acknowledged.",
        "Export controls on critical minerals and advanced technology remain a source of "
        "friction between the partners.",
        "Business leaders who travelled with {guest_last} said they hoped the summit would "
        "unlock stalled projects and licences.",
        "Commentators in {guest_country} were divided over whether the trip delivered enough "
        "to justify its political risks.",
    ],
    "earthquake": [
        "Residents of {city} said they were following the news closely on television and "
        "radio.",
        "Officials in {city} said they would provide regular updates through official "
        "channels.",
        "The quake was felt in neighbouring provinces, where residents rushed out of offices "
        "and apartment buildings.",
        "Emergency crews set up field kitchens and distributed drinking water to families "
        "sleeping in the open.",
        "Mobile phone networks were overwhelmed as people tried to reach relatives in the "
        "worst-hit areas.",
        "The national football stadium in {city} was turned into a temporary shelter.",
        "Geologists said the region is crossed by several active faults that have produced "
        "destructive quakes in the past.",
        "Rescue workers called for silence at collapse sites so they could listen for "
        "survivors trapped beneath the debris.",
        "Soldiers cleared rubble from main roads to allow ambulances and heavy equipment to "
        "reach damaged neighbourhoods.",
        "Local officials said older brick and adobe homes had suffered the most damage.",
        "Some residents criticised the pace of the response, saying help had been slow to "
        "reach outlying villages.",
    ],
    "election": [
        "The result marks a dramatic shift in a political landscape long dominated by "
        "shifting coalitions.",
        "Campaign rallies in {city} drew large crowds in the final days before the vote.",
        "The winning party ran on promises to tackle inflation, build affordable housing and "
        "cut red tape for small businesses.",
        "Turnout was highest in urban districts, while several rural constituencies reported "
        "lower participation.",
        "The defeated camp said it would reflect on the result and choose new leadership in "
        "due course.",
        "Political analysts said the opposition had struggled to offer a clear alternative "
        "on the economy.",
        "Television debates focused on healthcare, immigration and energy prices.",
        "The new government will face immediate pressure to pass a budget and tackle public "
        "debt.",
        "Celebrations spilled onto the streets of {city} as results came in.",
        "Independent candidates made gains in several districts, reflecting frustration with "
        "the established parties.",
    ],
    "deal": [
        "The transaction is expected to close after regulatory approvals in several "
        "jurisdictions.",
        "Executives said the combined company would invest in research and expand its "
        "presence in fast-growing markets.",
        "Analysts said competition regulators could demand the sale of some overlapping "
        "businesses.",
        "{acq} has pursued an aggressive expansion strategy, buying smaller rivals to build "
        "scale.",
        "Credit rating agencies said they were reviewing the impact of the deal on {acq}'s "
        "balance sheet.",
        "Some shareholders of {tgt} said the offer undervalued the company's long-term "
        "prospects.",
        "The companies said management teams from both sides would lead the integration.",
        "Investors will be watching closely for details on expected cost savings and the "
        "timeline for integration.",
        "Industry executives said the deal could trigger a wave of consolidation among "
        "smaller competitors.",
        "Employee representatives said they would seek guarantees on pay and working "
        "conditions.",
        "{acq} said the deal would add to earnings quickly, a claim some analysts questioned.",
        "The combined company will be led by {ceo}, the current chief executive of {acq}.",
        "{tgt} will continue to operate under its own brand for the time being, the companies "
        "said.",
        "The companies said they expected significant cost savings from combining "
        "procurement, research and distribution.",
        "Regulators in several markets have recently taken a tougher line on large mergers in "
        "the {sector_sp} sector.",
        "The founders of {tgt}, who still hold a significant stake, have backed the offer, "
        "according to people familiar with the matter.",
        "Some analysts said a rival bidder could still emerge, although none has so far "
        "declared an interest.",
        "The deal caps a period of intense speculation about the future of {tgt}, after "
        "reports of approaches from several suitors.",
        "Suppliers and customers of both companies are expected to seek assurances about "
        "pricing and continuity of service.",
        "Trade unions in {country} called for talks with management to discuss the impact on "
        "staff.",
        "{ceo_last} told analysts on a conference call that the companies shared a similar "
        "culture and long-term vision.",
    ],
    "storm": [
        "Officials in {city} said they would provide regular updates through official "
        "channels.",
        "Residents of {city} said they were following the news closely on television and "
        "radio.",
        "The storm weakened as it moved inland but continued to dump heavy rain on "
        "mountainous areas.",
        "Shelters in {city} were overcrowded, and officials appealed for donations of "
        "mattresses and food.",
        "Hospitals switched to backup generators after the main power grid failed.",
        "Rescuers in inflatable boats searched flooded neighbourhoods for residents who had "
        "refused to leave.",
        "The government released emergency funds and promised help for farmers and small "
        "businesses.",
        "Scientists say rising sea temperatures are making storms in the region wetter and "
        "more destructive.",
        "Ports and airports in the region were closed as the storm approached.",
        "Fallen trees and power lines blocked many roads, slowing the delivery of aid.",
        "Residents of low-lying districts said the warnings had come too late for them to "
        "save their belongings.",
        "Authorities warned of further flooding as swollen rivers continued to rise.",
    ],
    "strike": [
        "Officials in {city} said they would provide regular updates on transport and public "
        "services.",
        "The dispute centres on pay, staffing levels and changes to working hours.",
        "Talks between the union and management collapsed after a marathon session late in "
        "the week.",
        "Employers said the union's demands were unaffordable given rising operating costs.",
        "Some commuters said they supported the strikers despite the disruption.",
        "Business groups urged the government to intervene and bring both sides back to the "
        "negotiating table.",
        "The union said it would escalate its action if no improved offer was made.",
        "Stations and terminals in {city} were largely deserted as the strike took hold.",
        "Opinion polls suggest the public is divided over the strike.",
        "The labour ministry said it was monitoring the situation closely and urged "
        "restraint.",
        "Union leaders accused management of refusing to negotiate in good faith.",
    ],
}

_EVENTS: list[_Event] = [
    _Event(
        "summit", _build_summit, "{guest_b}-{host_b} summit in {city}",
        headlines=[
            "{host_last} and {guest_last} sign {h_agreements} agreements at {city} summit",
            "{guest_country}'s {guest_last} wraps up {h_visit_adj} visit to {host_country}",
            "{host_country} and {guest_country} pledge closer ties after {h_talks_adj} talks",
            "{guest_last} visit to {city} yields {h_agreements} accords and a pledge on dialogue",
            "{host_b}-{guest_b} summit: leaders agree to regular meetings",
            "What {host_last} and {guest_last} agreed in {city}",
            "{guest_last} in {city}: a reset in {host_b}-{guest_b} relations",
        ],
        ledes=[
            "{guest_title} {guest} of {guest_country} and {host_title} {host} of {host_country} "
            "held a summit in {city} {on_date}, agreeing to expand cooperation on trade, "
            "technology and regional security as both governments try to put a strained "
            "relationship on firmer footing.",
            "{host_title} {host} welcomed {guest_country}'s {guest_title} {guest} to {city} "
            "{on_date} for talks that officials on both sides described as candid and "
            "forward-looking, capped by the signing of {agreements} {agr_noun}.",
            "Leaders of {host_country} and {guest_country} met in {city} {on_date}, with "
            "{guest_title} {guest} telling reporters that the visit marked a turning point "
            "after a long period of mistrust.",
            "{guest_title} {guest} sat down with {host_title} {host} in {city} {on_date}, in the "
            "first state visit to {host_country} by a leader of {guest_country} {since_year}.",
            "Can a single meeting repair a difficult relationship? {host} and {guest} put that "
            "question to the test in {city} {on_date}, emerging with {agreements} {agr_noun} "
            "and a promise to keep talking.",
        ],
        blocks=[
            (("agreements",), [
                "The {agreements} {agr_noun} signed after the talks cover trade, technology, the "
                "environment and intellectual property, according to a joint statement.",
                "Officials said {agreements} {agr_noun} were signed at a ceremony in the "
                "presidential palace, spanning supply chains, customs cooperation, scientific "
                "research and cultural exchanges.",
                "{Agreements} {agr_noun} were signed at the end of the summit, covering areas "
                "from clean energy and digital trade to tourism and public health.",
                "At the close of the meeting, ministers from both sides signed {agreements} "
                "{agr_noun}, a package that diplomats said had been negotiated over several "
                "months.",
            ]),
            (("talks",), [
                "During the {talks_adj} talks, {guest_last} urged {host_last} to use the "
                "government's influence to ease regional tensions and keep channels of "
                "communication open.",
                "The leaders' meeting ran for {talks}, longer than scheduled, according to an "
                "official briefed on the discussions.",
                "In {a_talks_adj} meeting at the presidential residence, the leaders discussed "
                "maritime disputes, export controls and the security situation in the region.",
            ]),
            (("visit",), [
                "The {visit_adj} visit also includes stops at a technology park and a port "
                "facility, as well as a state banquet hosted by {host_last}.",
                "{guest_last} is spending {visit} in {host_country}, with meetings planned with "
                "the parliament speaker and business leaders.",
                "It is {a_visit_adj} trip that aides framed as an effort to rebuild trust at the "
                "highest level.",
            ]),
            (("since_year",), [
                "The trip is the first state visit to {host_country} by a leader of "
                "{guest_country} {since_year}, a gap that reflected lingering friction over "
                "security and trade.",
                "No leader of {guest_country} had made a formal visit to {city} {since_year}, "
                "and officials on both sides described the trip as overdue.",
            ]),
            (("delegation",), [
                "{guest_last} was accompanied by a delegation of {delegation} business "
                "executives, including the heads of several of the country's largest "
                "conglomerates.",
                "A business delegation of {delegation} executives travelled with {guest_last}, "
                "hoping to revive deals that stalled during the diplomatic chill.",
            ]),
            (("business_deals",), [
                "Separately, companies from both countries signed {business_deals} commercial "
                "contracts at a business forum on the sidelines of the summit, covering "
                "consumer goods, logistics and cultural content.",
                "At a parallel business forum, firms inked {business_deals} supply-chain and "
                "investment contracts, according to the trade ministry.",
            ]),
            (("trade",), [
                "{host_country} is among {guest_country}'s largest trading partners, with "
                "bilateral trade valued at {trade} in the most recent annual figures.",
                "Trade between the partners totalled {trade} in the latest annual customs data, "
                "a figure both sides said they hoped to raise.",
            ]),
        ],
        quotes=[
            "\"We have opened a new chapter, and we intend to keep it open,\" {guest_last} told "
            "reporters after the meeting.",
            "\"Neighbours and partners must talk more often, not less,\" {host_last} said at a "
            "joint news conference.",
            "\"The tone was warm, but the hard questions are still on the table,\" said "
            "{analyst}, {analyst_role}.",
            "\"This visit is about restoring trust step by step,\" said {aide}, {aide_role}.",
            "\"Both sides wanted a deliverable, and they got it,\" said {analyst}, "
            "{analyst_role}. \"The test is whether the commitments survive the next crisis.\"",
            "\"Our doors are open, and our hands are extended,\" said {spox}, {spox_role}.",
        ],
        filler=[
            "Relations between {host_country} and {guest_country} have been strained by "
            "disputes over security, trade barriers and historical grievances.",
            "Diplomats said preparations for the summit had been underway for months, with "
            "working-level teams meeting quietly to narrow differences.",
            "Both leaders reaffirmed their commitment to dialogue and agreed that stability in "
            "the region serves their shared interests.",
            "The leaders agreed to hold regular meetings and to expand exchanges between their "
            "defence ministries to build mutual trust.",
            "Officials said thorny issues, including maritime boundaries and restrictions on "
            "cultural content, saw little concrete progress.",
            "Business groups in {guest_country} welcomed the outcome, saying clearer rules "
            "would help companies plan investments.",
            "Opposition lawmakers in {guest_country} criticised the trip, arguing that the "
            "government had offered concessions without securing guarantees.",
            "Security was tight in central {city}, where police closed several roads around "
            "the venue.",
            "The leaders also discussed cooperation on artificial intelligence, batteries and "
            "semiconductors, sectors where both economies compete and depend on each other.",
            "Analysts said the summit reflected a broader effort by {guest_country} to balance "
            "its relationships with larger powers.",
            "A joint statement stressed respect for sovereignty and territorial integrity and "
            "called for restraint in the region.",
            "State media in {host_country} gave the visit prominent coverage, showing the "
            "leaders shaking hands in front of a row of flags.",
            "Talks between senior officials on the maritime dispute are expected to resume "
            "later, officials said, without giving a date.",
            "Cultural exchanges were another focus, with both sides pledging to ease informal "
            "restrictions on films, music and television dramas.",
            "{guest_last} was greeted at the airport by a senior cabinet minister, an upgrade in "
            "protocol that diplomats read as a goodwill gesture.",
            "At a state dinner, the leaders exchanged gifts and toasted what {host_last} called "
            "a partnership of equals.",
        ],
        teasers=[
            "{host} and {guest} signed {agreements} agreements during {a_visit_adj} visit to "
            "{city}.",
            "{guest_country}'s {guest_title} {guest} held {talks_adj} talks with {host} in "
            "{city} {on_date}.",
            "{guest} becomes the first leader of {guest_country} to visit {host_country} "
            "{since_year}; trade between the partners stands at {trade}.",
        ],
    ),
    _Event(
        "earthquake", _build_quake, "Earthquake near {city}, {country}",
        headlines=[
            "Magnitude {h_mag} earthquake near {city} kills {h_killed}",
            "{country_b} earthquake: {h_killed} dead, {h_injured} injured",
            "Rescuers search rubble after {h_mag_adj} quake strikes {country}",
            "Strong earthquake hits {city}, toppling buildings",
            "{country} declares {h_emergency_adj} emergency after deadly quake",
            "Deadly quake near {city} leaves families without shelter",
        ],
        ledes=[
            "{a_mag_adj} earthquake struck near {city} {on_date}, killing {killed} people and "
            "injuring {injured}, according to {country}'s disaster management agency.",
            "{Killed} people were killed and {injured} injured when a powerful earthquake "
            "struck near {city} {on_date}, officials said.",
            "A powerful earthquake with a magnitude of {mag} shook {city} and surrounding towns "
            "{on_date}, bringing down homes and cutting power to large parts of the region.",
            "Rescue teams in {country} were digging through rubble after an earthquake of "
            "magnitude {mag} struck near {city} {on_date}.",
            "The ground began to shake just before dawn. By the time it stopped, {a_mag_adj} "
            "earthquake had flattened parts of {city}, and the quake that struck {on_date} had "
            "killed {killed} people.",
        ],
        blocks=[
            (("killed", "injured"), [
                "The death toll stood at {killed}, with {injured} people injured, {official}, "
                "{official_role}, told reporters.",
                "Authorities said {killed} people had died and {injured} were being treated in "
                "hospitals, many of them for fractures and crush injuries.",
            ]),
            (("mag", "depth"), [
                "According to {agency}, the quake had a magnitude of {mag} and struck at a depth "
                "of {depth}, shallow enough to cause severe shaking at the surface.",
                "The quake measured {mag} and its epicentre lay at a depth of {depth}, according "
                "to {agency}.",
            ]),
            (("aftershocks",), [
                "Seismologists recorded {aftershocks} aftershocks in the hours that followed, the "
                "strongest of them rattling buildings already weakened by the main shock.",
                "{Aftershocks} aftershocks had been recorded by nightfall, keeping frightened "
                "residents out of their homes.",
            ]),
            (("buildings",), [
                "Officials said {buildings} buildings had collapsed, including homes, shops and "
                "a hospital wing.",
                "{Buildings} buildings were destroyed or left uninhabitable, according to a "
                "preliminary assessment by engineers.",
            ]),
            (("since_year",), [
                "It was the strongest earthquake to hit the area {since_year}, according to "
                "{agency}.",
                "Seismologists said the region had not experienced such a powerful tremor "
                "{since_year}.",
            ]),
            (("shaking",), [
                "Residents described shaking that lasted about {shaking}, sending furniture "
                "crashing to the floor.",
                "The {shaking_adj} tremor sent people running into the streets in their "
                "nightclothes.",
            ]),
            (("emergency",), [
                "The government declared {a_emergency_adj} state of emergency in the worst-hit "
                "districts and deployed troops to help with rescue work.",
                "A state of emergency covering the affected provinces will remain in force for "
                "{emergency}, the interior ministry said.",
            ]),
        ],
        quotes=[
            "\"We are working around the clock, but every hour counts,\" said {rescuer}, "
            "{rescuer_role}.",
            "\"The house just folded in on itself,\" said {resident}, a resident of {city}. "
            "\"We got out with nothing.\"",
            "\"This fault has been building up stress for a long time,\" said {analyst}, "
            "{analyst_role}.",
            "\"Our priority is to reach everyone who is still trapped,\" {official} said.",
            "\"We heard a roar, and then everything was moving,\" said {resident}, who "
            "spent the night in a park with neighbours.",
        ],
        filler=[
            "Television footage showed collapsed apartment blocks, cracked roads and rescuers "
            "using their bare hands to pull away concrete and bricks.",
            "Hospitals in {city} set up tents in car parks to treat the injured as aftershocks "
            "continued to rattle the region.",
            "The area sits on an active fault zone, and experts have long warned that many "
            "older buildings were not designed to withstand strong shaking.",
            "Aid agencies said families who had lost their homes urgently needed tents, "
            "blankets, clean water and medicine.",
            "Power and telephone lines were down in several villages, making it difficult for "
            "authorities to assess the full extent of the damage.",
            "Neighbouring countries offered search-and-rescue teams and sniffer dogs, and the "
            "United Nations said it was ready to help.",
            "Many residents spent the night outdoors, wrapped in blankets and huddled around "
            "fires, too afraid to return to damaged homes.",
            "Engineers were inspecting schools, bridges and dams for structural damage before "
            "allowing them to reopen.",
            "The government promised compensation for families of the victims and said it would "
            "review building codes.",
            "Roads leading into the mountains were blocked by landslides, forcing rescuers to "
            "reach some communities on foot.",
            "Volunteers lined up outside blood banks in {city} after hospitals appealed for "
            "donations.",
            "Officials warned that remote communities had yet to be reached by rescue teams.",
            "Schools in the affected districts were closed until further notice, and classes "
            "were moved online where possible.",
        ],
        teasers=[
            "A magnitude {mag} earthquake near {city} killed {killed} people and injured "
            "{injured}, officials said.",
            "{country} declared {a_emergency_adj} emergency after a quake killed {killed} near "
            "{city}.",
            "Rescuers in {city} searched {buildings} collapsed buildings after the earthquake "
            "{on_date}.",
        ],
    ),
    _Event(
        "election", _build_election, "{country_b} general election",
        headlines=[
            "{party} wins {h_seats} seats in {country_b} election",
            "{leader_last}'s {party} secures majority as turnout hits {h_turnout}",
            "{country} votes: {party} claims victory",
            "Turnout of {h_turnout} as {country} hands {leader_last} a majority",
            "{leader_last} sweeps to power in {country} with {h_seats} seats",
        ],
        ledes=[
            "The {party} won {seats} of the {total_seats} seats in {country}'s parliamentary "
            "election held {on_date}, giving {leader} a clear mandate to form a government, "
            "according to official results.",
            "Voters in {country} went to the polls {on_date}, handing {leader}'s {party} an "
            "outright majority in parliament and dealing a heavy blow to the governing camp.",
            "{leader} claimed victory in {country}'s general election {on_date} after results "
            "showed the {party} winning a majority of seats in the legislature.",
            "It was a landslide. The {party} led by {leader} captured {seats} seats in the "
            "election held {on_date}, official results showed.",
        ],
        blocks=[
            (("seats", "total_seats"), [
                "With all ballots counted, the {party} had won {seats} seats in the "
                "{total_seats_adj}-member chamber, comfortably above the threshold needed to "
                "govern alone.",
                "Final figures from the election commission gave the {party} {seats} seats out "
                "of {total_seats}.",
            ]),
            (("rival_seats",), [
                "The {rival_party}, led by {rival}, slumped to {rival_seats} seats, its weakest "
                "showing in a generation.",
                "{rival}'s {rival_party} took {rival_seats} seats and conceded defeat late on "
                "election night.",
            ]),
            (("turnout",), [
                "Turnout was {turnout}, according to the election commission, as long queues "
                "formed outside polling stations in {city}.",
                "The commission put turnout at {turnout}, reflecting strong interest in a "
                "campaign dominated by the cost of living.",
            ]),
            (("vote_share",), [
                "The {party} took {vote_share} of the national vote, according to the "
                "commission's tally.",
                "The party's share of the popular vote reached {vote_share}, results showed.",
            ]),
            (("since_year",), [
                "It is the first time a single party has won an outright majority "
                "{since_year}, ending a long run of fragile coalition governments.",
                "No party had secured a majority on its own {since_year}, analysts noted.",
            ]),
            (("parties",), [
                "Candidates from {parties} parties competed for seats, though most of them failed "
                "to clear the threshold for representation.",
                "In all, {parties} parties took part in the vote, the election commission said, "
                "reflecting a fragmented political landscape.",
            ]),
            (("polls_hours",), [
                "Polling stations were open for {polls_hours}, and officials reported only minor "
                "irregularities.",
                "Voting took place over {a_polls_hours_adj} window, with international observers "
                "describing the process as orderly.",
            ]),
        ],
        quotes=[
            "\"Tonight the people have chosen change,\" {leader_last} told cheering supporters "
            "in {city}.",
            "\"We accept the verdict of the voters and we will be a constructive opposition,\" "
            "{rival_last} said.",
            "\"The result reflects deep frustration with the cost of living,\" said {analyst}, "
            "{analyst_role}.",
            "\"I voted for stability,\" said {voter}, a shopkeeper in {city}. \"We need a "
            "government that lasts.\"",
            "\"The vote was conducted in a calm and orderly manner,\" said {official}, "
            "{official_role}.",
        ],
        filler=[
            "The campaign was dominated by rising prices, housing costs and concerns about "
            "public services.",
            "Supporters of the winning party gathered outside its headquarters in {city}, "
            "waving flags and chanting slogans late into the night.",
            "Coalition talks had been expected before polling day, but the scale of the victory "
            "makes them unnecessary.",
            "The new parliament is expected to convene shortly, when lawmakers will formally "
            "elect the prime minister.",
            "Election observers praised the smooth conduct of the vote, though they noted "
            "isolated complaints about voter lists.",
            "Markets reacted calmly to the result, with investors betting on policy continuity.",
            "The outgoing government conceded defeat and pledged an orderly transfer of power.",
            "Young voters turned out in larger numbers than in previous elections, according to "
            "exit polls.",
            "Smaller parties struggled to win representation under the electoral system.",
            "Foreign governments congratulated the winner and said they looked forward to "
            "working with the new administration.",
            "The winning party has promised tax relief for families, investment in hospitals "
            "and tougher rules on corruption.",
            "Critics warned that a large majority could weaken checks and balances in "
            "parliament.",
        ],
        teasers=[
            "The {party} won {seats} of {total_seats} seats in {country}'s election, with "
            "turnout at {turnout}.",
            "{leader} claimed a majority after the vote in {country} {on_date}.",
            "{country}'s {party} took {vote_share} of the vote, its best result {since_year}.",
        ],
    ),
    _Event(
        "deal", _build_deal, "{acq} acquisition of {tgt}",
        headlines=[
            "{acq} to buy {tgt} for {h_price}",
            "{acq} agrees {h_price} takeover of {tgt}",
            "{acq}-{tgt} deal: what the {h_price} acquisition means for jobs",
            "{tgt} shares jump on {acq} takeover deal",
            "{acq} bets big on {sector_sp} sector with {tgt} purchase",
        ],
        ledes=[
            "{acq} said {on_date} it had agreed to acquire {tgt} for {price} in cash, a deal "
            "that would make the combined company a leading player in the {sector_sp} industry.",
            "{acq} has agreed to buy rival {tgt} in a deal valued at {price}, the companies "
            "announced {on_date}, in the biggest shake-up of the {sector_sp} sector in recent "
            "memory.",
            "In a move that surprised analysts, {acq} announced {on_date} that it would take "
            "over {tgt}, paying {price} for the company.",
        ],
        blocks=[
            (("premium",), [
                "The offer represents a premium of {premium} to {tgt}'s closing share price "
                "before reports of the talks emerged.",
                "Shareholders of {tgt} will receive {a_premium} premium over the undisturbed "
                "share price, the companies said.",
            ]),
            (("jobs",), [
                "{acq} said the combination would lead to {jobs} job cuts, mostly in "
                "overlapping administrative and sales functions.",
                "Unions said they had been told that {jobs} positions would be eliminated as "
                "part of the integration.",
            ]),
            (("employees",), [
                "{tgt} employs {employees} people across its factories and offices.",
                "The target company has a workforce of {employees}, according to its annual "
                "report.",
            ]),
            (("since_year",), [
                "Bankers said it was the largest acquisition in the {sector_sp} industry "
                "{since_year}.",
                "The {sector_sp} sector has not seen a takeover of this size {since_year}, "
                "according to deal data.",
            ]),
            (("revenue",), [
                "{tgt} reported annual revenue of {revenue} in its most recent financial year, "
                "with most of its sales coming from overseas markets.",
                "The target generated revenue of {revenue} in its latest fiscal year, according "
                "to company filings, though margins have come under pressure.",
            ]),
            (("halt_hours",), [
                "Trading in {tgt} shares was suspended for {halt_hours} pending the "
                "announcement.",
                "After {a_halt_hours_adj} trading halt, {tgt} shares surged when they resumed "
                "trading.",
            ]),
        ],
        quotes=[
            "\"This is a transformative combination for our customers and our shareholders,\" "
            "said {ceo}, chief executive of {acq}.",
            "\"We believe this is the right partner at the right time,\" said {tgt_ceo}, who "
            "leads {tgt}.",
            "\"The strategic logic is clear, but integration will be the hard part,\" said "
            "{analyst}, {analyst_role}.",
            "\"Our members will not pay the price for this merger,\" said {union}, a union "
            "representative.",
            "\"We will keep investing in the products our customers rely on,\" {ceo_last} told "
            "analysts.",
            "\"Regulators will want to look very carefully at the overlap in key markets,\" said "
            "{analyst}, {analyst_role}.",
        ],
        filler=[
            "The deal is subject to approval by regulators and shareholders, and competition "
            "authorities are expected to scrutinise it closely.",
            "The companies said the combined group would keep its headquarters in {city}.",
            "Consolidation has accelerated across the {sector_sp} industry as companies seek "
            "scale to cope with rising costs.",
            "Advisers on the transaction included several large investment banks and law "
            "firms.",
            "Analysts said the price looked full but could be justified if cost savings "
            "materialise.",
            "Shares of {acq} fell in early trading as some investors questioned the cost of "
            "the deal.",
            "{tgt} had been exploring strategic options after a period of weak earnings and "
            "pressure from activist shareholders.",
            "Both boards unanimously recommended the transaction, the companies said in a joint "
            "statement.",
            "Customers were told that existing contracts and service agreements would not be "
            "affected.",
            "The acquisition will be financed through a combination of cash on hand and new "
            "debt.",
            "Rivals are expected to respond, and bankers said further deals in the sector are "
            "likely.",
        ],
        teasers=[
            "{acq} agreed to buy {tgt} for {price} {on_date}.",
            "{acq}'s takeover of {tgt} will cut {jobs} jobs, the company said.",
            "{tgt} shareholders get {a_premium} premium in the {price} deal with {acq}.",
        ],
    ),
    _Event(
        "storm", _build_storm, "{storm} in {country}",
        headlines=[
            "{storm} slams {country}, killing {h_killed}",
            "{h_evacuated} evacuated as {storm} lashes {city}",
            "Floods after {storm} leave {h_killed} dead in {country}",
            "{storm}: {country} counts the cost of worst floods {h_since_year}",
            "{storm_short} batters {city} with winds of {h_wind}",
        ],
        ledes=[
            "{storm} made landfall near {city} {on_date}, killing {killed} people and forcing "
            "{evacuated} residents from their homes, officials said.",
            "{Killed} people died as {storm} tore through {country} {on_date}, flattening "
            "homes and flooding entire neighbourhoods of {city}.",
            "{storm} swept ashore near {city} {on_date}, bringing torrential rain and "
            "destructive winds, and leaving {killed} people dead, according to authorities.",
            "The water rose faster than anyone expected. When {storm} reached {city} {on_date}, "
            "it killed {killed} people in a matter of hours.",
        ],
        blocks=[
            (("evacuated",), [
                "Authorities evacuated {evacuated} people from low-lying coastal areas ahead of "
                "the storm.",
                "{Evacuated} residents were moved to shelters in schools and sports halls, the "
                "civil defence agency said.",
            ]),
            (("damage",), [
                "Early estimates put the damage at {damage}, with farms, roads and power lines "
                "among the worst affected.",
                "Insurers estimated losses from the storm at {damage}.",
            ]),
            (("rainfall", "rain_hours"), [
                "Some districts received {rainfall} of rain in {rain_hours}, overwhelming "
                "drainage systems and sending rivers over their banks.",
                "The {met} said {rainfall} of rain fell during {a_rain_hours_adj} deluge.",
            ]),
            (("wind",), [
                "Winds of up to {wind} tore roofs off houses and uprooted trees.",
                "The storm packed maximum sustained winds of {wind} as it came ashore, according "
                "to the {met}.",
            ]),
            (("since_year",), [
                "Officials said it was the worst flooding in the region {since_year}.",
                "The {met} said no storm this powerful had struck the area {since_year}.",
            ]),
            (("homes",), [
                "{Homes} homes were damaged or flooded, according to the disaster agency.",
                "The disaster agency said {homes} houses had been flooded or damaged.",
            ]),
        ],
        quotes=[
            "\"The water came up to the roof in minutes,\" said {resident}, who was rescued "
            "by boat.",
            "\"We are doing everything possible to reach isolated communities,\" said "
            "{official}, {official_role}.",
            "\"Families have lost everything, and the needs are enormous,\" said {aid}, an "
            "aid worker with a relief agency.",
            "\"Warmer seas are making storms like this more intense,\" said {analyst}, "
            "{analyst_role}.",
        ],
        filler=[
            "Rescue workers used boats and helicopters to pluck people from rooftops as "
            "floodwaters rose.",
            "Power was cut to large parts of {city}, and mobile phone networks were "
            "intermittent.",
            "Schools and government offices were closed, and flights in and out of {city} were "
            "suspended.",
            "Landslides blocked mountain roads, cutting off villages that rescuers could reach "
            "only on foot.",
            "Aid agencies warned of the risk of waterborne diseases in crowded evacuation "
            "centres.",
            "Farmers said crops had been wiped out just weeks before harvest.",
            "Forecasters warned that heavy rain would continue and urged residents to stay away "
            "from rivers.",
            "The army was deployed to distribute food, drinking water and blankets.",
            "Images on social media showed cars swept along flooded streets and trees toppled "
            "across roads.",
            "Officials said the full extent of the damage would only become clear as the water "
            "receded.",
            "Residents returning to their homes found mud, debris and ruined furniture.",
        ],
        teasers=[
            "{storm} killed {killed} people in {country} and forced {evacuated} to evacuate.",
            "Damage from {storm} near {city} is estimated at {damage}.",
            "{storm} dumped {rainfall} of rain on {city} {on_date}.",
        ],
    ),
    _Event(
        "strike", _build_strike, "{sector} strike in {country}",
        headlines=[
            "{country_b} {sector} workers begin {h_strike_days_adj} strike over pay",
            "{h_workers} {workers_n} walk out in {country}",
            "{country_b} {sector} strike: {h_cancelled} {services} cancelled",
            "Travel chaos in {city} as {sector} strike begins",
            "{country_b} {sector} unions demand {h_wage} pay rise",
        ],
        ledes=[
            "{Workers} {workers_n} in {country} walked off the job {on_date}, launching "
            "{a_strike_days_adj} strike over pay that has disrupted services across the country.",
            "Commuters across {country} faced disruption {on_date} as {workers_n} in "
            "{country} began {a_strike_days_adj} walkout called by {union}.",
            "{union} began a nationwide strike {on_date}, with {workers} {workers_n} "
            "taking part, according to organisers.",
        ],
        blocks=[
            (("wage", "offer"), [
                "The union is demanding a pay rise of {wage}, while the government has offered "
                "{offer}.",
                "{leader_last}'s union wants wages raised by {wage}; the latest offer from "
                "employers stood at {offer}.",
            ]),
            (("cancelled",), [
                "Operators said {cancelled} {services} had been cancelled on the opening day of "
                "the action.",
                "{Cancelled} {services} were cancelled, according to the transport ministry.",
            ]),
            (("since_year",), [
                "It is the first nationwide strike in the sector {since_year}.",
                "Workers in the sector have not staged a national walkout {since_year}.",
            ]),
            (("strike_days",), [
                "The walkout is scheduled to last {strike_days}, though union leaders said it "
                "could be extended.",
                "The union has called {a_strike_days_adj} stoppage and warned of further action "
                "if talks fail.",
            ]),
            (("talks_hours",), [
                "The strike was called after {talks_hours} of talks with employers ended without "
                "agreement late in the week.",
                "Negotiators walked away from the table after {a_talks_hours_adj} session that "
                "failed to bridge the gap on pay.",
            ]),
            (("workers",), [
                "The union said {workers} members had joined the action.",
                "Organisers said {workers} {workers_n} were taking part.",
            ]),
        ],
        quotes=[
            "\"Our members cannot keep absorbing rising prices with stagnant wages,\" said "
            "{leader}, who heads the union.",
            "\"The offer on the table is fair and affordable,\" said {minister}, the labour "
            "minister.",
            "\"I have no idea how I am getting to work,\" said {commuter}, waiting at a "
            "station in {city}.",
            "\"Both sides are dug in, and the public is caught in the middle,\" said "
            "{analyst}, {analyst_role}.",
        ],
        filler=[
            "Picket lines formed outside depots and terminals in {city} before dawn.",
            "Employers warned that the strike would cost the economy dearly and urged the union "
            "to return to talks.",
            "Commuters crowded onto the few services that were running, and roads into {city} "
            "were jammed.",
            "The government said it was open to further negotiations but would not be "
            "pressured by industrial action.",
            "Union leaders said members had voted overwhelmingly in favour of the walkout.",
            "Businesses in {city} reported falling footfall as workers stayed at home.",
            "Previous rounds of talks broke down over pay and working conditions.",
            "Opposition politicians blamed the government for letting the dispute escalate.",
            "Some employers hired temporary staff to keep essential services running.",
            "Mediators have offered to help both sides find a compromise.",
        ],
        teasers=[
            "{workers} {workers_n} in {country} began {a_strike_days_adj} strike {on_date}.",
            "The {country_b} {sector} strike cancelled {cancelled} {services}; the union wants "
            "{wage} more pay.",
        ],
    ),
]

for _ev in _EVENTS:
    _ev.filler.extend(_MORE_FILLER[_ev.name])

_AGR_NOUNS = ["agreements", "memorandums of understanding", "memoranda of understanding",
              "MOUs", "accords", "cooperation agreements"]
_COOKIE = ("We use cookies to personalise content and ads, to provide social media features "
           "and to analyse our traffic. By continuing to use this site, you consent to our use "
           "of cookies. Manage preferences | Accept all")
_AI_NOTE = ("This content is AI-generated based on source articles. While we strive for "
            "accuracy, errors may occur. We recommend verifying with the original source.")
_FOOTERS = [
    "Sign up for our morning briefing to get the top stories in your inbox.",
    "Share this article: Facebook | X | LinkedIn | Email | Copy link",
    "Have a news tip? Contact our newsroom.",
    "Follow us for more coverage from around the world.",
]


# --------------------------------------------------------------------------- stories


class _Story:
    __slots__ = ("idx", "sid", "event", "ent", "facts", "size", "outlets", "plant", "rng",
                 "title", "names")

    def __init__(self, idx: int, sid: str, rng: random.Random, size: int,
                 allow_plant: bool = True) -> None:
        self.idx, self.sid, self.rng, self.size = idx, sid, rng, size
        self.event = _EVENTS[rng.randrange(len(_EVENTS))]
        self.ent, self.facts = self.event.build(rng)
        self.title = self.event.title.format_map(self.ent)
        if size <= len(OUTLETS):
            self.outlets = rng.sample(OUTLETS, size)
        else:
            self.outlets = [rng.choice(OUTLETS) for _ in range(size)]
        self.names = [f"{sid}_a{k}.txt" for k in range(size)]
        self.plant: tuple | None = None  # (fact, outlier value, outlier k, exact ks)
        if allow_plant and size >= 3 and rng.random() < PLANT_RATE:
            kind = rng.choice(KINDS)
            cands = [k for k, (u, _v) in self.facts.items() if _UNIT_KIND[u] == kind]
            fact = rng.choice(cands)
            bad = _perturb(rng, fact, self.facts)
            k_out = rng.randrange(size)
            others = [k for k in range(size) if k != k_out]
            n_exact = rng.randint(2, len(others))
            self.plant = (fact, bad, k_out, frozenset(rng.sample(others, n_exact)))

    def info(self) -> StoryInfo:
        return StoryInfo(
            id=self.sid, event=self.event.name, title=self.title,
            facts={k: canonical(u, v) for k, (u, v) in self.facts.items()},
            kinds={k: _UNIT_KIND[u] for k, (u, _v) in self.facts.items()},
            articles=list(self.names),
        )

    def planted(self) -> PlantedConflict | None:
        if self.plant is None:
            return None
        fact, bad, k_out, _ = self.plant
        unit, v = self.facts[fact]
        return PlantedConflict(
            story=self.sid, kind=_UNIT_KIND[unit],
            values=(canonical(unit, v), canonical(unit, bad)),
            outlier=self.names[k_out], fact=fact,
        )


def _perturb(rng: random.Random, fact: str, facts: dict):
    unit, v = facts[fact]
    same = {x for k, (u, x) in facts.items() if u == unit and k != fact}
    for _ in range(100):
        if unit == "count":
            if v < 30:
                d = rng.choice([1, 1, 1, 2, 2, 3])
            elif v < 1000:
                d = rng.randint(2, max(3, v // 10))
            else:
                d = _round_to(rng.randint(v // 20, v // 4), _step(v) // 2 or 1)
            nv = v + d if (rng.random() < 0.5 or v - d <= 1) else v - d
            if fact == "seats" and facts.get("total_seats"):
                nv = min(nv, facts["total_seats"][1] - 1)
            if fact == "total_seats":
                nv = v + rng.choice([-50, -25, 25, 50])
        elif unit == "money":
            if v >= 1000:
                s = str(v // 100)
                if len(s) == 2 and s[0] != s[1] and s[1] != "0" and rng.random() < 0.4:
                    nv = int(s[::-1]) * 100  # 4.2 -> 2.4 billion
                else:
                    nv = v + rng.choice([-1, 1]) * rng.randint(1, 5) * (100 if v < 20000 else 1000)
            else:
                nv = v + rng.choice([-1, 1]) * rng.randint(1, 3) * (10 if v < 300 else 50)
        elif unit == "percent":
            if v % 10:
                nv = v + rng.choice([-1, 1]) * rng.randint(4, 40)
            else:
                nv = v + rng.choice([-1, 1]) * rng.randint(1, 4) * 10
        elif unit == "magnitude":
            nv = v + rng.choice([-3, -2, -1, 1, 2, 3])
        elif unit in ("km", "mm", "kmh"):
            nv = v + rng.choice([-1, 1]) * max(2, int(v * rng.uniform(0.1, 0.3)))
            if unit == "kmh":
                nv = nv // 5 * 5
        elif unit == "date":
            nv = v + dt.timedelta(days=rng.choice([-1, 1]))
        elif unit == "year":
            nv = v + rng.choice([-4, -3, -2, -1, 1, 2])
            if nv >= facts["date"][1].year - 1:
                continue
        elif unit == "minutes":
            nv = rng.choice([45, 50, 60, 75, 80, 90, 100, 120, 150, 180])
            if abs(nv - v) < 15:
                continue
        elif unit == "days":
            nv = v + rng.choice([-2, -1, 1, 1, 2])
        elif unit == "hours":
            if v >= 12:
                nv = v + rng.choice([-1, 1]) * 6 * rng.randint(1, 3)
            else:
                nv = v + rng.choice([-1, 1]) * max(1, int(v * rng.uniform(0.15, 0.5)))
        else:  # seconds
            nv = v + rng.choice([-1, 1]) * rng.randint(5, 20)
        if unit in ("count", "money", "percent", "magnitude", "km", "mm", "kmh", "days",
                    "hours", "seconds") and nv < 2:
            continue
        if nv != v and nv not in same:
            return nv
    raise RuntimeError(f"cannot perturb {fact}={v!r}")  # pragma: no cover


def _plan_sizes(n: int, lo: int, hi: int, rngs: Callable[[int], random.Random]) -> list[int]:
    sizes: list[int] = []
    total = 0
    i = 0
    while total < n:
        s = rngs(i).randint(lo, hi)
        s = min(s, n - total)
        sizes.append(s)
        total += s
        i += 1
    return sizes


# --------------------------------------------------------------------------- articles


def _wc(s: str) -> int:
    return len(s.split())


def _render_article(st: _Story, k: int, stories: list[_Story]) -> Article:
    rng = st.rng
    out = st.outlets[k]
    ev = st.event
    vals = {f: v for f, (_u, v) in st.facts.items()}
    units = {f: u for f, (u, _v) in st.facts.items()}
    exact: set[str] = set()
    forced: set[str] = set()
    rel_year = True
    if st.plant is not None:
        fact, bad, k_out, exact_ks = st.plant
        forced.add(fact)
        if k == k_out:
            vals[fact] = bad
            exact.add(fact)
            if units[fact] == "date":
                rel_year = False
        elif k in exact_ks:
            exact.add(fact)
    event_date: dt.date = st.facts["date"][1]
    pub = max(event_date, vals["date"]) + dt.timedelta(days=rng.choice([0, 0, 1, 1, 1, 2, 3]))

    ctx = _Ctx(st.ent)
    ctx.rng, ctx.units, ctx.vals, ctx.exact, ctx.out, ctx.pub = rng, units, vals, exact, out, pub
    ctx.claims, ctx.teaser, ctx.year, ctx.rel_year = {}, False, event_date.year, rel_year
    if "agr_nouns" in ctx:
        ctx["agr_noun"] = rng.choice(_AGR_NOUNS)

    # --- headline & dateline
    headline = _render(rng.choice(ev.headlines), ctx)
    ctx.claims = {}  # claims are recorded from the body only (headlines get re-cased)
    headline = headline[0].upper() + headline[1:]
    if out.title_case:
        headline = _title(headline)
    head_lines = [headline]
    if out.cookie == 1:
        head_lines.append(_COOKIE)
    ds = out.date_style if out.date_style != 4 else 2
    pubs = _fmt_date(pub, 2 if ds == 5 else ds)
    prefix = ""
    if out.dateline == 0:
        prefix = f"{st.ent['CITY']}, {pubs} ({out.name}) {out.dash} "
    elif out.dateline == 1:
        head_lines.append(f"Published {pubs}")
    elif out.dateline == 2:
        head_lines.append(f"{out.name} | {pubs}")
    elif out.dateline == 3:
        head_lines.append(f"By {_person(rng, rng.choice(list(_NAMES)))[0]} \u00b7 {pubs}")
    elif out.dateline == 4:
        head_lines.append(f"Updated {pubs}")
    else:
        head_lines.append(f"Posted {pub.isoformat()}")
        prefix = f"{st.ent['CITY']} ({out.name}) {out.dash} "

    lede = prefix + _render(rng.choice(ev.ledes), ctx)

    # --- fact blocks
    blocks = []
    in_lede = set(ctx.claims)
    for facts, tpls in ev.blocks:
        if in_lede.issuperset(facts):
            continue  # the lede already stated it
        if forced.intersection(facts) or rng.random() < 0.8:
            blocks.append((bool(forced.intersection(facts)), _render(rng.choice(tpls), ctx)))
    rng.shuffle(blocks)
    quotes = [_render(q, ctx) for q in rng.sample(ev.quotes, min(len(ev.quotes),
                                                                   rng.choice([2, 2, 3])))]

    # --- boilerplate & related
    tail: list[str] = []
    related_ids: list[str] = []
    teasers: list[str] = []
    n_tease = rng.choice([3, 3, 4])
    pool = len(stories)
    for _ in range(n_tease):
        if pool > 1:
            j = rng.randrange(pool - 1)
            other = stories[j + 1 if j >= st.idx else j]
        else:
            other = _phantom(st, len(related_ids))
        if other.sid in related_ids:
            continue
        related_ids.append(other.sid)
        teasers.append(_teaser(other, rng))
    if out.ai:
        tail.append(_AI_NOTE)
    if rng.random() < 0.5:
        tail.append(rng.choice(_FOOTERS))
    related = [out.related] + teasers
    footer = [f"\u00a9 {out.name}. All rights reserved."]
    if out.cookie == 2:
        footer.append(_COOKIE)

    fixed = (sum(map(_wc, head_lines)) + _wc(lede) + sum(_wc(b) for _f, b in blocks)
             + sum(map(_wc, quotes)) + sum(map(_wc, tail)) + sum(map(_wc, related))
             + sum(map(_wc, footer)))
    if out.min_read:
        head_lines.append("")  # placeholder, filled below
        fixed += 3
    target = rng.randint(560, 650)
    # drop optional blocks if the copy is already too long
    while fixed > 680:
        opt = [i for i, (f, _b) in enumerate(blocks) if not f]
        if not opt:
            break
        i = opt[-1]
        fixed -= _wc(blocks[i][1])
        del blocks[i]

    # --- filler: first attach context sentences to fact paragraphs, then build
    # background paragraphs (event-specific sentences first, generic ones last)
    queue = rng.sample(ev.filler, len(ev.filler)) + rng.sample(_GENERIC_FILLER,
                                                                 len(_GENERIC_FILLER))
    qi = 0
    budget = target - fixed
    for bi in range(len(blocks)):
        if budget <= 25 or qi >= len(queue):
            break
        if rng.random() < 0.5:
            extra = _render(queue[qi], ctx)
            qi += 1
            budget -= _wc(extra)
            blocks[bi] = (blocks[bi][0], blocks[bi][1] + " " + extra)
    paras: list[str] = []
    cur: list[str] = []
    want = rng.randint(2, 3)
    while budget > 8 and qi < len(queue):
        sent = _render(queue[qi], ctx)
        qi += 1
        w = _wc(sent)
        if w > budget + 12:
            continue
        cur.append(sent)
        budget -= w
        if len(cur) >= want:
            paras.append(" ".join(cur))
            cur, want = [], rng.randint(2, 3)
    if cur:
        paras.append(" ".join(cur))
    if budget > 30:  # pool exhausted: use the remaining quotes
        for q in ev.quotes:
            rq = _render(q, ctx)
            if rq not in quotes and budget > 15:
                quotes.append(rq)
                budget -= _wc(rq)
    fixed = target - budget  # words so far (filler included)

    # --- assemble body: lede, then blocks / quotes / filler interleaved
    body = [b for _f, b in blocks]
    for q in quotes:
        body.insert(rng.randint(min(1, len(body)), len(body)), q)
    for p in paras:
        body.insert(rng.randint(0, len(body)), p)
    paragraphs = [lede] + body
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    if out.min_read:
        head_lines[-1] = f"{max(2, round(fixed / 220))} min read"
    text = (sep.join(head_lines) + sep + sep.join(paragraphs) + sep
            + (sep.join(tail) + sep if tail else "") + "\n".join(related) + sep
            + sep.join(footer) + "\n")
    return Article(
        name=st.names[k], story=st.sid, text=text, published=pub.isoformat(), outlet=out.name,
        claims=ctx.claims, related=tuple(related_ids),
    )


def _phantom(st: _Story, j: int) -> _Story:
    """Teaser source when the corpus has a single story (not part of the corpus)."""
    rng = random.Random(f"factcheck-bench-phantom:{st.sid}:{j}")
    return _Story(-1, f"x{j:03d}", rng, 1, allow_plant=False)


def _teaser(other: _Story, rng: random.Random) -> str:
    ctx = _Ctx(other.ent)
    ctx.rng = rng
    ctx.units = {f: u for f, (u, _v) in other.facts.items()}
    ctx.vals = {f: v for f, (_u, v) in other.facts.items()}
    ctx.exact = set(ctx.vals)
    ctx.out = OUTLETS[0]
    ctx.pub = other.facts["date"][1]
    ctx.claims, ctx.teaser, ctx.year, ctx.rel_year = {}, True, ctx.pub.year, False
    return _render(rng.choice(other.event.teasers), ctx)


# --------------------------------------------------------------------------- public API


def _check_args(n_articles: int, articles_per_story: tuple[int, int]) -> tuple[int, int]:
    if n_articles < 0:
        raise ValueError("n_articles must be >= 0")
    lo, hi = articles_per_story
    if lo < 1 or hi < lo:
        raise ValueError("articles_per_story must be (lo, hi) with 1 <= lo <= hi")
    return lo, hi


def _build_stories(n_articles: int, seed: int, lo: int, hi: int) -> list[_Story]:
    rng_cache: dict[int, random.Random] = {}

    def rngs(i: int) -> random.Random:
        r = rng_cache.get(i)
        if r is None:
            r = rng_cache[i] = random.Random(f"factcheck-bench:{seed}:{i}")
        return r

    sizes = _plan_sizes(n_articles, lo, hi, rngs)
    width = max(4, len(str(len(sizes) - 1)))
    return [_Story(i, f"s{i:0{width}d}", rngs(i), s) for i, s in enumerate(sizes)]


def iter_corpus(
    n_articles: int, seed: int = 0, articles_per_story: tuple[int, int] = (3, 6)
) -> tuple[list[StoryInfo], list[PlantedConflict], Iterator[Article]]:
    """Streaming variant of :func:`generate`: (stories, planted, lazy article iterator)."""
    lo, hi = _check_args(n_articles, articles_per_story)
    stories = _build_stories(n_articles, seed, lo, hi)
    planted = [p for p in (s.planted() for s in stories) if p is not None]

    def arts() -> Iterator[Article]:
        for st in stories:
            for k in range(st.size):
                yield _render_article(st, k, stories)

    return [s.info() for s in stories], planted, arts()


def generate(
    n_articles: int, seed: int = 0, articles_per_story: tuple[int, int] = (3, 6)
) -> Corpus:
    """Generate exactly ``n_articles`` articles; deterministic in all arguments."""
    infos, planted, arts = iter_corpus(n_articles, seed, articles_per_story)
    return Corpus(articles=list(arts), planted=planted, stories=infos)


def _planted_json(p: PlantedConflict) -> dict:
    return {"story": p.story, "kind": p.kind, "fact": p.fact, "values": list(p.values),
            "outlier": p.outlier}


def write_corpus(
    outdir: str | Path, n_articles: int, seed: int = 0,
    articles_per_story: tuple[int, int] = (3, 6), force: bool = False,
) -> tuple[int, int]:
    """Write a corpus to ``outdir``; returns (n_articles, n_planted).

    Refuses (FileExistsError) to write into a non-empty directory unless ``force``;
    never deletes anything.
    """
    out = Path(outdir)
    if out.exists():
        if not out.is_dir():
            raise NotADirectoryError(str(out))
        if not force and any(out.iterdir()):
            raise FileExistsError(f"{out} is not empty (use --force to write into it anyway)")
    out.mkdir(parents=True, exist_ok=True)
    infos, planted, arts = iter_corpus(n_articles, seed, articles_per_story)
    n = 0
    for a in arts:
        with open(out / a.name, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(a.text)
        n += 1
    with open(out / "planted.json", "w", encoding="utf-8") as fh:
        json.dump([_planted_json(p) for p in planted], fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(out / "stories.json", "w", encoding="utf-8") as fh:
        json.dump([{"id": s.id, "event": s.event, "title": s.title, "articles": s.articles,
                    "facts": s.facts, "kinds": s.kinds} for s in infos],
                  fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return n, len(planted)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="generate.py",
        description="Generate a synthetic news corpus with planted fact conflicts.")
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", help="output directory (must be empty or absent)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-per-story", type=int, default=3)
    ap.add_argument("--max-per-story", type=int, default=6)
    ap.add_argument("--force", action="store_true",
                    help="write into a non-empty directory (overwrites same-named files, "
                         "deletes nothing)")
    args = ap.parse_args(argv)
    try:
        n, p = write_corpus(args.outdir, args.n, args.seed,
                            (args.min_per_story, args.max_per_story), force=args.force)
    except (FileExistsError, NotADirectoryError, ValueError) as exc:
        print(f"generate.py: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {n} articles and {p} planted conflicts to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
