"""Demands, other moves (proposals, rejections, agreements) and open issues from the model's choices."""

from __future__ import annotations

from rapidfuzz import fuzz

from .. import names, thresholds
from ..answers import Answer
from ..contract import Demand, OpenIssue, Statement
from ..evidence import Span, find_mention, sentence, supporting_sentence
from .actors import party_forms
from .checks import short_text
from .state import Collected, Context


def _names_party(ctx: Context, party: str, span: Span, out: Collected) -> bool:
    """The sentence names the party, or one of the people who act for it."""
    forms = party_forms(ctx, party, party)
    people = [p.name.split()[-1] for p in out.people if p.affiliation == party]
    quote = span.quote.lower()
    return any(f.lower() in quote for f in [*forms, *people] if len(f) > 1)


def _keep_one_owner(ctx: Context, out: Collected) -> None:
    """One text copied to several parties is one party's demand: the one the sentence names (else the first)."""
    kept: list[Demand] = []
    for d in out.demands:
        twin = next((k for k in kept if k.demand == d.demand and k.party != d.party), None)
        if twin is None:
            kept.append(d)
            continue
        span = Span(d.evidence[0].start, d.evidence[0].end, d.evidence[0].quote)
        if not _names_party(ctx, twin.party, span, out) and _names_party(ctx, d.party, span, out):
            kept[kept.index(twin)] = d
            out.drop("demands", f"{twin.party}: {twin.demand}", "the same text given to another party, named in the sentence")
        else:
            out.drop("demands", f"{d.party}: {d.demand}", "the same text given to another party")
    out.demands = kept


def add_positions(ctx: Context, x: Answer, out: Collected) -> None:
    for d in getattr(x, "demands", []):
        what, reason = short_text(d.what, thresholds.MAX_WORDS["demand"], ctx.article)
        if what is None:
            out.drop("demands", d.what, reason)
            continue
        span = supporting_sentence(ctx.article, d.sentence, what)
        if span is None:
            out.drop("demands", what, "no sentence of the article supports it")
            continue
        to = d.to if d.to != d.by else ""
        if d.type != "demand":
            if not any(s.party == d.by and fuzz.token_set_ratio(s.text, what) >= thresholds.SAME_DEMAND
                       for s in out.statements):
                out.statements.append(Statement(party=d.by, addressed_to=to, mode=d.type, text=what,
                                                evidence=span.evidence()))
            continue
        if any(q.party == d.by and fuzz.token_set_ratio(q.demand, what) >= thresholds.SAME_DEMAND for q in out.demands):
            continue
        out.demands.append(Demand(party=d.by, addressed_to=to, demand=what, evidence=span.evidence()))
    _keep_one_owner(ctx, out)
    for i in getattr(x, "issues", []):
        issue, reason = short_text(i.issue, thresholds.MAX_WORDS["issue"], ctx.article)
        if issue is None:
            out.drop("open_issues", i.issue, reason)
            continue
        stances = {}
        for s in i.stances:
            stance, why = short_text(s.stance, thresholds.MAX_WORDS["stance"], ctx.article)
            if stance is None:
                out.drop("open_issues", f"{issue}: {s.party}: {s.stance}", f"stance {why}")
            elif s.party not in stances:
                stances[s.party] = stance
        span = supporting_sentence(ctx.article, i.sentence, f"{issue} {' '.join(stances.values())}")
        if span is None:
            out.drop("open_issues", issue, "no sentence of the article supports it")
            continue
        if any(fuzz.token_set_ratio(q.issue, issue) >= thresholds.SAME_ISSUE for q in out.open_issues):
            continue
        out.open_issues.append(OpenIssue(issue=issue, positions=stances, evidence=span.evidence()))
    for n in getattr(x, "summary", []):
        if n not in out.summary:
            out.summary.append(n)


def raw_positions(ctx: Context, x: Answer, out: Collected) -> None:
    """The model's choices mapped without checks: its texts and sentences as given."""
    for d in getattr(x, "demands", []):
        span = sentence(ctx.article, d.sentence)
        evidence = span.evidence() if span else []
        if d.type == "demand":
            out.demands.append(Demand(party=d.by, addressed_to=d.to, demand=d.what, evidence=evidence))
        else:
            out.statements.append(Statement(party=d.by, addressed_to=d.to, mode=d.type, text=d.what, evidence=evidence))
    for i in getattr(x, "issues", []):
        span = sentence(ctx.article, i.sentence)
        out.open_issues.append(OpenIssue(issue=i.issue, positions={s.party: s.stance for s in i.stances},
                                         evidence=span.evidence() if span else []))
    out.summary.extend(getattr(x, "summary", []))


def summary_text(ctx: Context, out: Collected) -> str:
    """The sentences the model chose, copied in the article's order; else the first sentence naming a party."""
    numbers = sorted(set(out.summary))
    spans = [s for n in numbers if (s := sentence(ctx.article, n))]
    if not spans and out.parties:
        first = find_mention(ctx.article, [f for p in out.parties for f in names.mention_forms(p.name)])
        spans = [first] if first else []
    return " ".join(s.quote for s in spans)
