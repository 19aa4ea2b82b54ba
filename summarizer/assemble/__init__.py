"""Turn the model's choices into the output contract: code copies, resolves and checks every string.

Split by concern: `actors` (canonical names of parties, people and places), `events` (dates and their status),
`positions` (demands and other moves, and who holds them), `issues` (open questions and the stances on them).
Whatever fails a check is dropped and listed in the run record with the reason, never kept silently.
"""

from __future__ import annotations

from ..contract import ArticleInfo, ArticleState, RunRecord
from .actors import (add_actors, add_bodies_that_move, add_parties_given_a_role, add_parties_of_people,
                     add_places_of_events, add_states_that_move,
                     complete_the_sides, drop_venues_of_no_event, raw_actors, settle_hosts,
                     sides_by_exchange, sides_named_no_mediator)
from .events import add_events, fold_months_into_days, raw_events
from .issues import add_contested_issues, add_said_stances, finish_issues
from .positions import add_positions, fold_a_side_named_by_a_noun, raw_positions, summary_text
from .state import Collected, Context

__all__ = ["Collected", "Context", "add_actors", "add_bodies_that_move", "add_events", "add_parties_given_a_role",
           "add_parties_of_people", "add_states_that_move",
           "add_places_of_events", "complete_the_sides",
           "add_positions", "drop_venues_of_no_event", "raw_actors", "raw_events", "raw_positions", "settle_hosts",
           "sides_by_exchange", "sides_named_no_mediator", "add_contested_issues", "add_said_stances",
           "fold_a_side_named_by_a_noun",
           "build"]


def build(ctx: Context, out: Collected, info: ArticleInfo, run: RunRecord) -> ArticleState:
    fold_months_into_days(out)
    finish_issues(out, ctx)
    run.dropped, run.dropped_items = len(out.dropped), list(out.dropped)
    return ArticleState(
        article=info, parties=out.parties, people=out.people, venues=out.venues,
        dates=sorted(out.dates, key=lambda d: (d.date is None, d.date or "", d.end or "")),
        demands=out.demands, statements=out.statements, open_issues=out.open_issues,
        summary=summary_text(ctx, out), run=run)
