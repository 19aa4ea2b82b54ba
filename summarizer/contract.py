"""The negotiation-state contract: what is written to disk for each article.

Every string a reader sees is either copied from the article (quotes, names, date words), resolved in code
(dates, canonical names, cities), or a short text the model wrote within a limit it was told and that passed
the checks of `assemble` (never cut). Every list item carries evidence: a quote with its offsets in the article.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["negotiating party", "mediator", "host", "guarantor", "other"]
Status = Literal["held", "scheduled", "postponed", "cancelled", "unknown"]
Mode = Literal["proposal", "rejection", "agreement"]
Alignment = Literal["exact", "folded", "fuzzy"]
LIST_FIELDS = ("parties", "people", "venues", "dates", "demands", "statements", "open_issues")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Strict):
    quote: str = Field(description="Verbatim text of the article.")
    start: int = Field(description="Offset of the quote's first character in the article's text.")
    end: int = Field(description="Offset just past the quote's last character.")
    alignment: Alignment = Field("exact", description="How the quote was found: exactly, after folding quotes, "
                                                      "dashes and spaces, or by fuzzy matching.")


class Party(Strict):
    name: str
    role: Role
    evidence: list[Evidence]


class Person(Strict):
    name: str
    title: str = Field(description="As the article gives it; empty when it gives none.")
    affiliation: str = Field(description="The party the person acts for; empty when unknown.")
    evidence: list[Evidence]


class Venue(Strict):
    name: str = Field(description="A city; a building is given as the city it stands in.")
    country: str
    evidence: list[Evidence]


class DateItem(Strict):
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM, or null when the words fix no day or month.",
                             pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    end: str | None = Field(None, description="Last day of a range ('Jan. 23-24').", pattern=r"^\d{4}-\d{2}-\d{2}$")
    text: str = Field(description="The date words as written in the article.")
    event: str = Field(description="What happens then, in a few words.")
    status: Status
    venue: str = ""
    evidence: list[Evidence]


class Demand(Strict):
    party: str = Field(description="Who demands.")
    addressed_to: str = Field(description="Who must act; empty when the article leaves it open.")
    demand: str
    evidence: list[Evidence]


class Statement(Strict):
    """A proposal, a rejection or an agreement: kept apart so none is mistaken for a demand."""

    party: str
    addressed_to: str
    mode: Mode
    text: str
    evidence: list[Evidence]


class OpenIssue(Strict):
    issue: str
    positions: dict[str, str] = Field(description="Each party's stance as the article states it.")
    evidence: list[Evidence]


class ArticleInfo(Strict):
    path: str
    sha256: str
    title: str
    published: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    published_from: str | None = Field(None, description="Where the publication date was found.")
    language: str = "en"


class Dropped(Strict):
    field: str
    item: str
    reason: str


class RunRecord(Strict):
    model: str
    prompt_version: str
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    llm_calls: int = 0
    seconds: float = 0.0
    dropped: int = 0
    dropped_items: list[Dropped] = []
    chunks: int = 1
    warnings: list[str] = []


class ArticleState(Strict):
    """One article's negotiation state."""

    article: ArticleInfo
    parties: list[Party] = []
    people: list[Person] = []
    venues: list[Venue] = []
    dates: list[DateItem] = []
    demands: list[Demand] = []
    statements: list[Statement] = []
    open_issues: list[OpenIssue] = []
    summary: str = Field("", description="The lede: the first sentences after the headline that name a party and "
                                         "the talks, copied.")
    run: RunRecord

    def evidence_items(self) -> Iterator[tuple[str, BaseModel]]:
        """Yield (field, item) for every list item that carries evidence."""
        for name in LIST_FIELDS:
            for item in getattr(self, name):
                yield name, item
