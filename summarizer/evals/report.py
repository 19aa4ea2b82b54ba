"""report.json, report.md (a table for CI summaries) and report.html (each case side by side)."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from ..runner import write_atomic
from .runner import ALL_FIELDS, LIST_FIELDS


def _short(item) -> str:
    if isinstance(item, dict):
        item = {k: v for k, v in item.items() if k != "evidence"}
    return json.dumps(item, ensure_ascii=False)


def table(report: dict) -> str:
    lines = ["| field | precision | recall | F1 |", "|---|---:|---:|---:|"]
    for f in ALL_FIELDS:
        v = report["fields"][f]
        lines.append(f"| {f} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |")
    lines.append(f"| **micro-F1** | | | **{report['micro_f1']:.3f}** |")
    lines.append(f"| macro-F1 | | | {report['macro_f1']:.3f} |")
    lines.append(f"| grounding | | | {report['grounding']:.3f} |")
    return "\n".join(lines)


def markdown(report: dict, problems: list[str] | None = None) -> str:
    out = [f"# Eval: {report['model']} ({report['mode']}, {len(report['cases'])} cases)", "", table(report), "",
           "| case | F1 | grounded | calls | tokens in/out | error |", "|---|---:|---:|---:|---:|---|"]
    for c in report["cases"]:
        out.append(f"| {c['case']} | {c['f1']:.3f} | {c['grounded']}/{c['items']} | {c['llm_calls']} | "
                   f"{c['input_tokens']}/{c['output_tokens']} | {c['error'] or ''} |")
    if problems:
        out += ["", "## Gate failed", *[f"- {p}" for p in problems]]
    return "\n".join(out) + "\n"


def html(report: dict) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarizer", "templates"), autoescape=True)
    env.filters["short"] = _short
    return env.get_template("report.html.j2").render(r=report, fields=LIST_FIELDS)


def compact(report: dict) -> str:
    head = f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6}"
    rows = [head] + [f"{f:<12} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}" for f, v in report["fields"].items()]
    rows.append(f"micro-F1 {report['micro_f1']:.3f}  macro-F1 {report['macro_f1']:.3f}  grounding {report['grounding']:.3f}  "
                f"inventions {report['inventions']}  failures {report['failure_rate']:.0%}")
    return "\n".join(rows)


def write(report: dict, out_dir: Path, problems: list[str] | None = None) -> None:
    write_atomic(out_dir / "report.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    write_atomic(out_dir / "report.md", markdown(report, problems))
    write_atomic(out_dir / "report.html", html(report))
