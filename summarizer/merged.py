"""The cross-article state, typed: what state.json holds and the briefs render (`summarize schema merged`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .contract import Mode, Role, Status


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Strict):
    """Where a merged item comes from: an article and the quote that states it there."""

    article: str
    record: str = Field("", description="The article's record in the store (articles/<name>.json).")
    quote: str | None = None
    start: int | None = None
    end: int | None = None


class EventSource(Source):
    text: str
    status: Status
    venue: str = ""
    event: str = ""
    date: str | None = None


class ArticleRef(Strict):
    path: str
    record: str
    title: str
    published: str | None


class MergedParty(Strict):
    name: str
    role: Role
    sources: list[Source]


class MergedPerson(Strict):
    name: str
    titles: list[str]
    affiliation: str
    aliases: list[str]
    sources: list[Source]


class MergedVenue(Strict):
    name: str
    country: str
    sources: list[Source]


class TimelineEvent(Strict):
    date: str | None
    end: str | None = None
    text: str
    event: str
    status: Status
    venue: str
    date_inferred: bool = Field(False, description="A yearless date placed in the year the other sources report.")
    sources: list[EventSource]


class MergedDemand(Strict):
    party: str
    demand: str
    addressed_to: str
    sources: list[Source]


class MergedStatement(Strict):
    party: str
    mode: Mode
    text: str
    addressed_to: str
    sources: list[Source]


class MergedIssue(Strict):
    issue: str
    positions: dict[str, str]
    sources: list[Source]


class Claim(Strict):
    article: str
    value: str
    quote: str | None = None


class Contradiction(Strict):
    kind: Literal["status", "venue"]
    date: str | None
    event: str
    summary: str
    claims: list[Claim]


class MergedState(Strict):
    """Every article in the store merged: parties, people, a deduplicated timeline, demands by party, open issues,
    and the places where sources disagree."""

    articles: list[ArticleRef]
    parties: list[MergedParty]
    people: list[MergedPerson]
    venues: list[MergedVenue]
    timeline: list[TimelineEvent]
    demands: dict[str, list[MergedDemand]]
    statements: list[MergedStatement]
    open_issues: list[MergedIssue]
    contradictions: list[Contradiction]

    def sources(self):
        """Every source of every item, for the brief's quote list."""
        for group in (self.parties, self.people, self.venues, self.timeline, self.statements, self.open_issues):
            for item in group:
                yield from item.sources
        for items in self.demands.values():
            for d in items:
                yield from d.sources
