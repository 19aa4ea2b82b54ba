"""What assembling one article works with (Context) and what it builds (Collected)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import names
from ..articles import Article
from ..contract import DateItem, Demand, Dropped, OpenIssue, Party, Person, Statement, Venue
from ..dates import Anchor, Mention


@dataclass
class Context:
    """One article and what code found in it before the model was asked."""

    article: Article
    published: dt.date | None
    anchor: Anchor
    mentions: list[Mention]  # date expressions offered to the model, numbered from 1
    acronyms: dict[str, str] = field(default_factory=dict)  # defined in the article: RSF -> Rapid Support Forces
    dateline: tuple[int, int] | None = None  # where the publication date stands: not an event

    def acronym_forms(self, canonical: str) -> list[str]:
        return [short for short, long in self.acronyms.items() if names.party(long) == canonical or long == canonical]


@dataclass
class Collected:
    """Items of one article (merged across chunks), and what was dropped, with the reason."""

    parties: list[Party] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    open_issues: list[OpenIssue] = field(default_factory=list)
    contested: list[OpenIssue] = field(default_factory=list)  # questions only moves show disputed: join them last
    dropped: list[Dropped] = field(default_factory=list)
    spellings: dict[str, set[str]] = field(default_factory=dict)  # a place's name -> as the article writes it ('Стамбул')

    def drop(self, field_name: str, item: str, reason: str) -> None:
        self.dropped.append(Dropped(field=field_name, item=item, reason=reason))

    def clear(self, reason: str) -> None:
        """Nothing can belong to a negotiation when no party to one was found."""
        for name in ("people", "venues", "dates", "demands", "statements", "open_issues"):
            for item in getattr(self, name):
                label = str(getattr(item, "name", None) or getattr(item, "text", None) or getattr(item, "demand", None)
                            or getattr(item, "issue", ""))
                self.drop(name, label, reason)
            setattr(self, name, [])
