"""The negotiation-state contract.

Two families of models live here:
- the *extraction* models the LLM fills (small, one per focused call, every description an instruction);
- the *output* models written to disk, which add evidence spans, resolved dates and the run record.
"""

from __future__ import annotations

import copy
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["negotiating party", "mediator", "host", "guarantor", "other"]
Status = Literal["held", "scheduled", "postponed", "cancelled", "unknown"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def model_json_schema(cls, *args, **kwargs) -> dict:
        """The JSON schema, generated once per class and arguments (callers get their own copy)."""
        key = (cls, args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = super().model_json_schema(*args, **kwargs)
        return copy.deepcopy(_SCHEMAS[key])


_SCHEMAS: dict = {}


# ---------------------------------------------------------------- extraction (what the LLM fills)

class PartyX(Strict):
    name: str = Field(description="Country, government, alliance or organisation taking part in or brokering the talks, as named in the article (e.g. 'Ukraine', 'United States').", max_length=60)
    role: Role = Field(description="'negotiating party' if it negotiates for itself; 'mediator' if it brokers talks between others; 'host' if the talks take place on its soil; 'guarantor' if it would guarantee a deal; else 'other'.")


class PersonX(Strict):
    name: str = Field(description="Full name of a person who speaks, negotiates or is quoted, without titles (e.g. 'Dmitry Peskov'). Never a journalist or an author of the article.", max_length=50)
    title: str = Field(description="Their job title as given in the article (e.g. 'Kremlin spokesperson'); empty string if none is given.", max_length=60)
    affiliation: str = Field(description="The country or organisation they represent (e.g. 'Russia'); empty string if unknown.", max_length=40)


class VenueX(Strict):
    name: str = Field(description="City where talks or meetings took place or will take place (e.g. 'Abu Dhabi'). Not a place merely mentioned.", max_length=40)
    country: str = Field(description="Country of that city (e.g. 'United Arab Emirates'); empty string if not stated or obvious.", max_length=40)


class ActorsX(Strict):
    """Who takes part in the negotiations and where they meet."""

    parties: list[PartyX] = Field(description="Every party to the negotiations named in the article; empty list if the article is not about negotiations.", max_length=8)
    people: list[PersonX] = Field(description="Every negotiator, leader, envoy or official quoted or named as acting in the talks.", max_length=10)
    venues: list[VenueX] = Field(description="Cities where negotiation meetings were held or are planned.", max_length=5)


class EventX(Strict):
    when: str = Field(description="The date expression exactly as written in the article (e.g. 'Sunday (1 February)', 'last week', 'February 5', 'on Tuesday'). Copy it verbatim; do not compute a date.", max_length=40)
    event: str = Field(description="What happens then: a round of talks, a meeting, a signing (at most 8 words).", max_length=80)
    venue: str = Field(description="City where this event takes place, if the article says; else empty string.", max_length=40)
    status: Status = Field(description="'held' if it already happened; 'scheduled' if it is planned; 'postponed' if it was delayed; 'cancelled' if called off; else 'unknown'.")


class EventsX(Strict):
    """Dated events of the negotiation: meetings, rounds of talks, signings, deadlines."""

    events: list[EventX] = Field(description="Every negotiation event the article ties to a date or a day; empty list if none.", max_length=6)


class DemandX(Strict):
    party: str = Field(description="Who makes the demand (a country or organisation, e.g. 'Russia'), not who must fulfil it.", max_length=40)
    demand: str = Field(description="What they demand, in at most 12 words.", max_length=120)
    addressed_to: str = Field(description="Who the demand is addressed to (e.g. 'Ukraine'); empty string if unclear.", max_length=40)
    sentence: int = Field(description="The number in [brackets] of the article sentence that states this demand.", ge=0, le=100000)


class PositionX(Strict):
    party: str = Field(description="A party to the dispute.", max_length=40)
    stance: str = Field(description="Its stance on the issue, in at most 8 words.", max_length=80)


class IssueX(Strict):
    issue: str = Field(description="An unresolved question of the negotiation (e.g. 'territory in Donbas'), in at most 8 words.", max_length=80)
    positions: list[PositionX] = Field(description="Each party's stance on this issue, as stated in the article.", max_length=3)
    sentence: int = Field(description="The number in [brackets] of the article sentence that shows this issue is open.", ge=0, le=100000)


class PositionsX(Strict):
    """What each side demands, what remains unresolved, and a short summary."""

    demands: list[DemandX] = Field(description="Demands or conditions a party sets in the negotiations; empty list if none.", max_length=6)
    open_issues: list[IssueX] = Field(description="Issues still disputed or unresolved; empty list if none.", max_length=5)
    summary: str = Field(description="Two or three sentences on the state of the negotiations, using only facts from the article.", max_length=600)


# ---------------------------------------------------------------- output (what is written to disk)

class Evidence(Strict):
    quote: str = Field(description="Verbatim text of the article.")
    start: int = Field(description="Offset of the quote's first character in the article's text.")
    end: int = Field(description="Offset just past the quote's last character.")


class Party(Strict):
    name: str
    role: Role
    evidence: list[Evidence]


class Person(Strict):
    name: str
    title: str
    affiliation: str
    evidence: list[Evidence]


class Venue(Strict):
    name: str
    country: str
    evidence: list[Evidence]


class DateItem(Strict):
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM, or null when the text cannot be resolved to a date.",
                             pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    text: str
    event: str
    status: Status
    venue: str = ""
    evidence: list[Evidence]


class Demand(Strict):
    party: str
    demand: str
    addressed_to: str
    evidence: list[Evidence]


class OpenIssue(Strict):
    issue: str
    positions: dict[str, str]
    evidence: list[Evidence]


class ArticleInfo(Strict):
    path: str
    sha256: str
    title: str
    published: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class Dropped(Strict):
    field: str
    item: str
    reason: str


class RunRecord(Strict):
    model: str
    prompt_version: str
    input_tokens: int = 0
    output_tokens: int = 0
    llm_calls: int = 0
    seconds: float = 0.0
    dropped: int = 0
    dropped_items: list[Dropped] = []
    chunks: int = 1
    warnings: list[str] = []


class ArticleState(Strict):
    article: ArticleInfo
    parties: list[Party] = []
    people: list[Person] = []
    venues: list[Venue] = []
    dates: list[DateItem] = []
    demands: list[Demand] = []
    open_issues: list[OpenIssue] = []
    summary: str = ""
    run: RunRecord

    def evidence_items(self):
        """Yield (field, item) for every list item that carries evidence."""
        for name in ("parties", "people", "venues", "dates", "demands", "open_issues"):
            for item in getattr(self, name):
                yield name, item
