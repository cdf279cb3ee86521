"""The models every stage shares; they also define the JSON contract.

Data flows one way: `Source` (ingest) -> `Claim` (extract) -> aligned groups (match)
-> `Conflict` / `Agreement` (reconcile) -> `Report` (render). The published JSON Schema
(`factcheck schema`) is generated from `Report`, never written by hand.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

CanonicalValue = int | float | str
"""A claim's value: a number, an ISO date `YYYY-MM-DD` (or `YYYY-MM`), a year, or a
normalized string such as "90 minutes" or "finance minister"."""

Zone = Literal["headline", "body", "teaser", "boilerplate"]
Severity = Literal["high", "medium", "low"]

KINDS: dict[str, str] = {
    "count": "a number of things or people (agreements signed, people killed)",
    "quantity": "an amount with a unit: money, a percentage, a measurement",
    "date": "the date of an event",
    "year": "when something last happened ('the first visit since 2019'), or was built or "
            "founded ('built in 1968')",
    "duration": "how long something lasted ('90-minute talks', 'a four-day visit')",
    "role": "a person's title or affiliation",
    "weekday": "a weekday that does not fit the date it is attached to",
    "ordinal": "which occurrence an event is ('their second summit')",
    "action": "who keeps a commitment ('the leaders will meet every year')",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Model):
    """Where a claim was read: the file position and the sentence behind it."""

    source: str = Field(description="id of the source (the file stem)")
    path: str = Field(description="path of the source as given on the command line")
    line: int = Field(description="1-based line of the claim's first character")
    column: int = Field(description="1-based column of the claim's first character")
    end_line: int
    end_column: int = Field(description="1-based column just past the claim's last character")
    text: str = Field(description="the claim's words, exactly as written")
    quote: str = Field(description="the sentence the claim was read from, as written")
    zone: Zone = Field(description="the part of the page: headline, body, teaser, boilerplate")


class Claim(_Model):
    """One atomic fact read from one source."""

    kind: str = Field(description="one of: " + ", ".join(KINDS))
    key: str = Field(description="what the claim is about, in machine form; equal keys align")
    claim: str = Field(description="what the claim is about, for a reader")
    value: CanonicalValue
    low: float | None = Field(None, description="lower bound of the value's interval")
    high: float | None = Field(None, description="upper bound of the value's interval")
    approx: bool = Field(False, description="the source gave an approximation ('over 200')")
    unit: str | None = None
    qualifier: str | None = Field(
        None, description="wording that may explain a difference ('state visit')"
    )
    scope: dict[str, str] = Field(
        default_factory=dict,
        description="what bounds the claim: place, subject (e.g. companies), person, event",
    )
    as_of: str | None = Field(
        None, description="time stamp of the live-blog entry it is in: HH:MM (24-hour), "
        "after the day (YYYY-MM-DDTHH:MM) when the blog heads its days"
    )
    evidence: Evidence


class Source(_Model):
    """One article as read."""

    id: str = Field(description="the file stem, or 'stdin'")
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = Field(None, description="the article's own date, ISO")
    date_source: str | None = Field(None, description="how the article's date was found")
    format: Literal["txt", "md", "html"] = "txt"
    claims: int = Field(0, description="how many claims were read from it")


class Resolution(_Model):
    """An editor's decision on a conflict, recorded in the configuration."""

    correct: CanonicalValue | None = None
    note: str | None = None
    by: str | None = None
    date: str | None = None


class ValueReport(_Model):
    """One value of an aligned claim, with every source that gives it."""

    value: CanonicalValue
    text: str = Field(description="how the first source wrote it")
    approx: bool = False
    sources: list[str]
    qualifiers: list[str] = Field(default_factory=list)
    evidence: list[Evidence]


class Agreement(_Model):
    """A claim that two or more sources state compatibly."""

    id: str = Field(description="stable fingerprint of what the claim is about")
    kind: str
    claim: str
    values: list[ValueReport]


class Conflict(_Model):
    """Two or more incompatible values for one aligned claim."""

    id: str = Field(description="stable fingerprint of what the claim is about")
    kind: str
    claim: str
    severity: Severity
    values: list[ValueReport]
    majority: CanonicalValue | None = Field(
        None, description="the value most sources give; null on a tie"
    )
    outliers: list[str] = Field(default_factory=list, description="sources against the majority")
    why: str = Field(description="why an editor should care")
    qualifiers: list[str] = Field(
        default_factory=list, description="differences in wording that may explain the split"
    )
    status: Literal["open", "resolved", "baselined"] = "open"
    resolution: Resolution | None = None


class Summary(_Model):
    sources: int
    claims: int
    aligned: int = Field(description="claims that were aligned with a claim of another source")
    conflicts: int
    agreements: int


class Report(_Model):
    """Everything `factcheck report` found, in the JSON contract's shape."""

    schema_version: int = SCHEMA_VERSION
    sources: list[Source]
    conflicts: list[Conflict]
    agreements: list[Agreement]
    summary: Summary
