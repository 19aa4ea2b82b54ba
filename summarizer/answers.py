"""What the model answers: small decisions, built per article so that only valid choices can be written.

A sentence must be one of the article's numbered sentences, a date one of the date expressions code found, a
party one of the parties the first call found: each is an enum of the response schema, which llama-server turns
into a grammar. Free text is short, and its limit is told in the prompt, never enforced by cutting.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

ROLES = ("negotiator", "mediator", "host", "guarantor", "other")
STATUSES = ("held", "scheduled", "postponed", "cancelled", "unknown")
TYPES = ("demand", "proposal", "rejection", "agreement")
MAX_PARTIES, MAX_PEOPLE, MAX_VENUES = 10, 12, 6
MAX_EVENTS, MAX_DEMANDS, MAX_ISSUES, MAX_SUMMARY = 8, 8, 5, 2


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


def _choice(values: tuple) -> Any:
    """A Literal type over `values` (an enum in the JSON schema)."""
    return Literal[values] if values else Literal[""]


@lru_cache(maxsize=256)
def events_answer(dates: tuple[str, ...], venues: tuple[str, ...]) -> type[Answer]:
    """One entry per date expression code found, in order: {"when": <the words>, "kind": "other"} or {"when": ...,
    "kind": "event", "status": ..., "venue": <a venue or "">, "what": ...}. The model decides each one; it cannot skip
    one or invent another."""
    entries = []
    for i, words in enumerate(dates):
        when = _choice((words,))
        other = create_model(f"Other{i}", __base__=Answer, when=(when, ...), kind=(_choice(("other",)), ...))
        event = create_model(f"Event{i}", __base__=Answer, when=(when, ...), kind=(_choice(("event",)), ...),
                             status=(_choice(STATUSES), ...), venue=(_choice((*venues, "")), ...), what=(str, ...))
        entries.append(Union[other, event])
    entries_type: Any = tuple[tuple(entries)]  # type: ignore[misc]
    return create_model("EventsAnswer", __base__=Answer, dates=(entries_type, ...))


@lru_cache(maxsize=256)
def demands_answer(first: int, last: int, parties: tuple[str, ...]) -> type[Answer]:
    """Demands and other moves: the sentence, the text, who holds it, who must act, and which kind it is."""
    demand = create_model("DemandAnswer", __base__=Answer, sentence=(_choice(tuple(range(first, last + 1))), ...),
                          what=(str, ...), by=(_choice(parties), ...), to=(_choice((*parties, "")), ...),
                          type=(_choice(TYPES), ...))
    return create_model("DemandsAnswer", __base__=Answer, demands=(list[demand], Field(max_length=MAX_DEMANDS)))  # type: ignore[valid-type]


@lru_cache(maxsize=256)
def issues_answer(first: int, last: int) -> type[Answer]:
    """Open issues (the sentence and the question), and the summary's sentence numbers (first..last). Each party's
    stance is not asked: code takes it from that party's own demands and moves on the question."""
    sentence = _choice(tuple(range(first, last + 1)))
    issue = create_model("IssueAnswer", __base__=Answer, sentence=(sentence, ...), issue=(str, ...))
    return create_model("IssuesAnswer", __base__=Answer,
                        issues=(list[issue], Field(max_length=MAX_ISSUES)),  # type: ignore[valid-type]
                        summary=(list[sentence], Field(max_length=MAX_SUMMARY)))  # type: ignore[valid-type]
