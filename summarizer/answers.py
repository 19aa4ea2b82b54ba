"""What the model answers: small decisions, built per article so that only valid choices can be written.

A sentence must be one of the article's numbered sentences, a date one of the date expressions code found, a
party one of the parties the first call found: each is an enum of the response schema, which llama-server turns
into a grammar. Free text is short, and its limit is told in the prompt, never enforced by cutting.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

ROLES = ("negotiator", "mediator", "host", "guarantor", "other")
STATUSES = ("held", "scheduled", "postponed", "cancelled", "unknown")
TYPES = ("demand", "proposal", "rejection", "agreement")
MAX_PARTIES, MAX_PEOPLE, MAX_VENUES = 10, 12, 6
MAX_EVENTS, MAX_DEMANDS, MAX_ISSUES, MAX_STANCES, MAX_SUMMARY = 8, 8, 5, 3, 2


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PartyAnswer(Answer):
    name: str
    role: Literal["negotiator", "mediator", "host", "guarantor", "other"]


class PersonAnswer(Answer):
    name: str
    title: str
    party: str


class ActorsAnswer(Answer):
    parties: list[PartyAnswer] = Field(max_length=MAX_PARTIES)
    people: list[PersonAnswer] = Field(max_length=MAX_PEOPLE)
    venues: list[str] = Field(max_length=MAX_VENUES)


def _choice(values: tuple) -> object:
    """A Literal type over `values` (an enum in the JSON schema)."""
    return Literal[values] if values else Literal[""]  # type: ignore[valid-type]


@lru_cache(maxsize=256)
def events_answer(n_dates: int, venues: tuple[str, ...]) -> type[Answer]:
    """{"events": [{"date": <number of a date expression>, "what": ..., "status": ..., "venue": <a venue or "">}]}"""
    event = create_model("EventAnswer", __base__=Answer,
                         date=(_choice(tuple(range(1, n_dates + 1))), ...), what=(str, ...),
                         status=(_choice(STATUSES), ...), venue=(_choice((*venues, "")), ...))
    return create_model("EventsAnswer", __base__=Answer, events=(list[event], Field(max_length=MAX_EVENTS)))  # type: ignore[valid-type]


@lru_cache(maxsize=256)
def positions_answer(first: int, last: int, parties: tuple[str, ...]) -> type[Answer]:
    """Demands and other moves, open issues with stances, and the summary's sentence numbers (first..last)."""
    sentence = _choice(tuple(range(first, last + 1)))
    party = _choice(parties)
    demand = create_model("DemandAnswer", __base__=Answer, sentence=(sentence, ...), type=(_choice(TYPES), ...),
                          by=(party, ...), to=(_choice((*parties, "")), ...), what=(str, ...))
    stance = create_model("StanceAnswer", __base__=Answer, party=(party, ...), stance=(str, ...))
    issue = create_model("IssueAnswer", __base__=Answer, sentence=(sentence, ...), issue=(str, ...),
                         stances=(list[stance], Field(max_length=MAX_STANCES)))  # type: ignore[valid-type]
    return create_model("PositionsAnswer", __base__=Answer,
                        demands=(list[demand], Field(max_length=MAX_DEMANDS)),  # type: ignore[valid-type]
                        issues=(list[issue], Field(max_length=MAX_ISSUES)),  # type: ignore[valid-type]
                        summary=(list[sentence], Field(max_length=MAX_SUMMARY)))  # type: ignore[valid-type]
