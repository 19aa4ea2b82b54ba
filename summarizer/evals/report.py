"""report.json, report.md (tables for CI summaries) and report.html (each case, expected beside actual)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from ..runner import write_atomic
from .models import CaseResult, EvalReport, FieldScore, GroupSummary, Interval
from .scorers import ATTRIBUTE_FIELDS, LIST_FIELDS, SCORED_FIELDS, Score

GROUP_ORDER = ("dev", "test", "seed", "all")


def _num(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _ci(i: Interval | None) -> str:
    return f" [{i.low:.2f}, {i.high:.2f}]" if i else ""


def _groups(report: EvalReport) -> list[GroupSummary]:
    return [report.groups[g] for g in GROUP_ORDER if g in report.groups]


def case_micro(c: CaseResult) -> float | None:
    total = Score(0, 0, 0)
    for f in LIST_FIELDS:
        s = c.scores[f]
        total = total + Score(s.tp, s.expected, s.actual)
    return total.f1


def split_table(report: EvalReport) -> str:
    gs = _groups(report)
    head = "| field | " + " | ".join(f"{g.name} ({g.cases})" for g in gs) + " |"
    lines = [head, "|---|" + "---:|" * len(gs)]
    for f in SCORED_FIELDS:
        label = f if f in LIST_FIELDS else f"{f} (of matched)"
        lines.append(f"| {label} | " + " | ".join(_num(g.fields[f].f1) + _ci(g.field_ci.get(f)) for g in gs) + " |")
    lines.append("| **micro-F1 (list fields)** | " + " | ".join(f"**{_num(g.micro_f1)}**{_ci(g.micro_ci)}" for g in gs) + " |")
    for key, label in (("published_accuracy", "published date accuracy"), ("grounding", "grounding (quote slices the article)"),
                       ("support", "support (quote states the item)"), ("summary_support", "summary support")):
        lines.append(f"| {label} | " + " | ".join(_num(getattr(g, key)) for g in gs) + " |")
    lines.append("| output tokens per case | " + " | ".join(f"{g.output_tokens / g.cases:.0f}" if g.cases else "n/a" for g in gs) + " |")
    lines.append("| failed cases | " + " | ".join(str(g.failed) for g in gs) + " |")
    return "\n".join(lines)


def precision_recall_table(group: GroupSummary) -> str:
    lines = [f"| field ({group.name}) | P | R | F1 | expected | predicted |", "|---|---:|---:|---:|---:|---:|"]
    for f in SCORED_FIELDS:
        v: FieldScore = group.fields[f]
        lines.append(f"| {f} | {_num(v.precision)} | {_num(v.recall)} | {_num(v.f1)} | {v.expected} | {v.actual} |")
    return "\n".join(lines)


def raw_table(report: EvalReport) -> str:
    gs = [g for g in _groups(report) if g.raw_fields]
    if not gs:
        return "_No raw answers were kept for this run._"
    head = "| field | " + " | ".join(f"{g.name} raw | {g.name} final" for g in gs) + " |"
    lines = [head, "|---|" + "---:|---:|" * len(gs)]
    for f in LIST_FIELDS + ATTRIBUTE_FIELDS:
        lines.append(f"| {f} | " + " | ".join(f"{_num(g.raw_fields[f].f1)} | {_num(g.fields[f].f1)}" for g in gs) + " |")
    lines.append("| **micro-F1** | " + " | ".join(f"{_num(g.raw_micro_f1)} | {_num(g.micro_f1)}" for g in gs) + " |")
    return "\n".join(lines)


def cases_table(report: EvalReport) -> str:
    lines = ["| case | split | micro-F1 | demands F1 | dates F1 | issues F1 | supported | tokens out | error |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for c in report.cases:
        lines.append(f"| {c.case} | {c.split} | {_num(case_micro(c))} | {_num(c.scores['demands'].f1)} | "
                     f"{_num(c.scores['dates'].f1)} | {_num(c.scores['open_issues'].f1)} | {c.supported}/{c.items} | "
                     f"{c.output_tokens} | {c.error or ''} |")
    return "\n".join(lines)


def markdown(report: EvalReport) -> str:
    out = [f"# Eval: {report.model} ({report.mode}, {len(report.cases)} cases)", "",
           f"Scorer `{report.scorer_version}`, outputs `{report.outputs_version}`. F1 with a bootstrap 95% interval "
           "over cases; n/a where nothing was expected and nothing predicted. The test split is frozen: its failures "
           "are not read while changing code (evals/README.md).", "",
           "## By split", "", split_table(report), ""]
    for g in _groups(report):
        if g.name in ("dev", "test"):
            out += [precision_recall_table(g), ""]
    out += ["## Raw model answer vs final output (F1)", "",
            "The raw answer is the model's output mapped to the contract without post-processing; the difference is "
            "what the rules in code add or take away.", "", raw_table(report), "", "## Cases", "", cases_table(report)]
    if report.problems:
        out += ["", "## Gate failed", "", *[f"- {p.strip()}" for p in report.problems]]
    return "\n".join(out) + "\n"


def compact(report: EvalReport) -> str:
    """The table printed by `summarize eval`."""
    gs = _groups(report)
    width = 26
    rows = [f"{'field':<18}" + "".join(f"{g.name + f' ({g.cases})':>{width}}" for g in gs)]
    for f in SCORED_FIELDS:
        rows.append(f"{f:<18}" + "".join(f"{_num(g.fields[f].f1) + _ci(g.field_ci.get(f)):>{width}}" for g in gs))
    rows.append(f"{'micro-F1':<18}" + "".join(f"{_num(g.micro_f1) + _ci(g.micro_ci):>{width}}" for g in gs))
    if any(g.raw_micro_f1 is not None for g in gs):
        rows.append(f"{'raw micro-F1':<18}" + "".join(f"{_num(g.raw_micro_f1):>{width}}" for g in gs))
    for key, label in (("published_accuracy", "published"), ("grounding", "grounding"), ("support", "support"),
                       ("summary_support", "summary support")):
        rows.append(f"{label:<18}" + "".join(f"{_num(getattr(g, key)):>{width}}" for g in gs))
    rows.append(f"{'failed cases':<18}" + "".join(f"{g.failed:>{width}}" for g in gs))
    return "\n".join(rows)


def html(report: EvalReport) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarizer", "templates"), autoescape=True)
    env.filters["num"] = _num
    env.filters["ci"] = _ci
    return env.get_template("report.html.j2").render(r=report, groups=_groups(report), fields=SCORED_FIELDS,
                                                     list_fields=LIST_FIELDS, case_micro=case_micro)


def write(report: EvalReport, out_dir: Path) -> None:
    write_atomic(out_dir / "report.json", report.model_dump_json(indent=2) + "\n")
    write_atomic(out_dir / "report.md", markdown(report))
    write_atomic(out_dir / "report.html", html(report))
