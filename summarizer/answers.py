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
EVENT_KINDS = ("talks", "call", "signing", "deadline", "takes effect")  # what code writes: see assemble.events
TYPES = ("demand", "proposal", "rejection", "agreement")
MAX_PARTIES, MAX_PEOPLE, MAX_VENUES = 10, 12, 6
MAX_DEMANDS, MAX_ISSUES = 8, 5


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
def events_answer(dates: tuple[str, ...]) -> type[Answer]:
    """One entry per date expression code found, in order: {"when": <the words>, "kind": "other"} or {"when": ...,
    "kind": <an event kind>, "status": ...}. The model decides each one; it cannot skip one or invent another, and
    writes no text: code words the event from its sentence and takes its venue from the venue the sentence names
    (measured: more often right than the model's choice among the venues, and fewer tokens to write)."""
    entries = []
    for i, words in enumerate(dates):
        when = _choice((words,))
        other = create_model(f"Other{i}", __base__=Answer, when=(when, ...), kind=(_choice(("other",)), ...))
        event = create_model(f"Event{i}", __base__=Answer, when=(when, ...), kind=(_choice(EVENT_KINDS), ...),
                             status=(_choice(STATUSES), ...))
        entries.append(Union[other, event])
    entries_type: Any = tuple[tuple(entries)]  # type: ignore[misc]
    return create_model("EventsAnswer", __base__=Answer, dates=(entries_type, ...))


@lru_cache(maxsize=256)
def demands_answer(sentences: tuple[int, ...], parties: tuple[str, ...]) -> type[Answer]:
    """Demands and other moves: the sentence (one of those code found stating a move), the text, who holds it, who
    must act, which kind it is, and the question it is about (what code lists as an open issue)."""
    demand = create_model("DemandAnswer", __base__=Answer, sentence=(_choice(sentences), ...),
                          what=(str, ...), by=(_choice(parties), ...), to=(_choice((*parties, "")), ...),
                          type=(_choice(TYPES), ...), about=(str, ...))
    return create_model("DemandsAnswer", __base__=Answer, demands=(list[demand], Field(max_length=MAX_DEMANDS)))  # type: ignore[valid-type]


@lru_cache(maxsize=256)
def issues_answer(sentences: tuple[int, ...]) -> type[Answer]:
    """Open issues: the sentence (one of those code found saying a question is open) and the question. Each party's
    stance is not asked: code takes it from that party's own demands and moves on the question."""
    issue = create_model("IssueAnswer", __base__=Answer, sentence=(_choice(sentences), ...), issue=(str, ...))
    return create_model("IssuesAnswer", __base__=Answer,
                        issues=(list[issue], Field(max_length=MAX_ISSUES)))  # type: ignore[valid-type]
