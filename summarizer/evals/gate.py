"""The quality gate: no failed case, and (replaying) exactly the figures of the model's committed baseline.

Replay is deterministic, so any change of a figure is a change of prompt, code, cassette, scorer or case, and
the baseline is rewritten on purpose (`summarize eval --update-baseline`). When only the scorer or the cases
changed, the old and new scores of the very same outputs are shown side by side: a looser scorer cannot pass
unnoticed. Live runs are noisy and are compared with a tolerance instead.
"""

from __future__ import annotations

import json
from pathlib import Path

from .cases import EVALS
from .models import EvalReport

LIVE_TOLERANCE = 0.05  # a live run's F1 may fall this far below the baseline before the gate fails
SUMMARY_KEYS = ("micro_f1", "published_accuracy", "grounding", "support", "summary_support")


def baseline_path(model: str, directory: Path | None = None) -> Path:
    slug = model.replace("/", "-").replace(":", "-")
    return (directory or EVALS / "baselines") / f"{slug}.json"


def figures(report: EvalReport) -> dict:
    out = {}
    for name, g in report.groups.items():
        entry: dict = {k: getattr(g, k) for k in SUMMARY_KEYS}
        entry["fields"] = {f: {"precision": v.precision, "recall": v.recall, "f1": v.f1} for f, v in g.fields.items()}
        out[name] = entry
    return out


def baseline_from(report: EvalReport) -> dict:
    return {"model": report.model, "scorer_version": report.scorer_version, "outputs_version": report.outputs_version,
            "figures": figures(report)}


def load_baseline(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.4f}"


def differences(old: dict, new: dict, tolerance: float | None = None) -> list[str]:
    """Every figure that differs (exactly, or by falling more than `tolerance` when one is given)."""
    rows = []

    def check(label: str, a, b) -> None:
        if tolerance is None:
            if a != b:
                rows.append(f"{label}: {_fmt(a)} -> {_fmt(b)}")
        elif a is not None and (b is None or b < a - tolerance):
            rows.append(f"{label}: {_fmt(a)} -> {_fmt(b)} (tolerance {tolerance})")

    for group in sorted(set(old) | set(new)):
        o, n = old.get(group, {}), new.get(group, {})
        for key in SUMMARY_KEYS:
            check(f"{group} {key}", o.get(key), n.get(key))
        for field in sorted(set(o.get("fields", {})) | set(n.get("fields", {}))):
            of, nf = o.get("fields", {}).get(field, {}), n.get("fields", {}).get(field, {})
            keys = ("f1",) if tolerance is not None else ("precision", "recall", "f1")
            for k in keys:
                check(f"{group} {field} {k}", of.get(k), nf.get(k))
    return rows


def gate(report: EvalReport, baseline: dict | None, baseline_file: Path | None = None) -> list[str]:
    """Reasons the gate fails; empty when it passes."""
    problems = [f"case {c.case} failed: {c.error}" for c in report.cases if not c.ok]
    if baseline is None:
        where = f" at {baseline_file}" if baseline_file else ""
        problems.append(f"no baseline for {report.model}{where}; write one on purpose with "
                        f"`summarize eval --model {report.model} --update-baseline`")
        return problems
    live = report.mode == "live"
    old, new = baseline.get("figures", {}), figures(report)
    if set(new) - {"all"} < set(old) - {"all"}:  # a run of some splits (--split dev) is gated on those splits only
        old = {g: v for g, v in old.items() if g in new and g != "all"}
        new = {g: v for g, v in new.items() if g != "all"}
    diffs = differences(old, new, LIVE_TOLERANCE if live else None)
    if not diffs:
        return problems
    same_outputs = baseline.get("outputs_version") == report.outputs_version
    same_scorer = baseline.get("scorer_version") == report.scorer_version
    if live:
        head = "the live run scores below the baseline"
    elif same_outputs and not same_scorer:
        head = (f"the scorer or the cases changed ({baseline.get('scorer_version')} -> {report.scorer_version}) but the "
                "outputs did not: old and new scores of the same outputs")
    elif not same_outputs and same_scorer:
        head = (f"the outputs changed ({baseline.get('outputs_version')} -> {report.outputs_version}: prompt, model, "
                "code or cassettes) under the same scorer")
    else:
        head = "both the outputs and the scorer or cases changed"
    fix = "" if live else "; if this is intended, rewrite the baseline with `summarize eval --update-baseline`"
    problems.append(f"{head}{fix}:")
    problems.extend(f"  {d}" for d in diffs)
    return problems
