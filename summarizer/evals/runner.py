"""Run the cases (replaying cassettes by default), score them, aggregate, and gate against a baseline."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from ..runner import run
from ..settings import Settings
from .cases import Case
from .scorers import Score, grounding, score_case

LIST_FIELDS = ("parties", "people", "venues", "dates", "demands", "open_issues")
ALL_FIELDS = LIST_FIELDS + ("status", "published")


def run_cases(cases: list[Case], settings: Settings, live: bool = False) -> list[dict]:
    """Summarize every case's article once; return per-case records with scores."""
    paths = [str(c.article_path) for c in cases]
    result = run(paths, settings, None, replay=not live, say=lambda _m: None)
    failures = {f.path: f for f in result.failures}
    records = []
    for case, path in zip(cases, paths):
        state = result.states.get(path)
        actual = json.loads(state.model_dump_json()) if state else {}
        scores = score_case(case.expected, actual)
        text = case.article_path.read_text(encoding="utf-8", errors="replace")
        good, total, inventions = grounding(actual, text) if state else (0, 0, [])
        run_info = actual.get("run", {})
        records.append({
            "case": case.name, "article": str(case.article_path.relative_to(case.file.parent.parent.parent))
            if case.article_path.is_relative_to(case.file.parent.parent.parent) else str(case.article_path),
            "self_written": case.self_written, "ok": state is not None,
            "error": failures[path].error if path in failures else None,
            "scores": {k: v.as_dict() for k, v in scores.items()},
            "f1": round(_micro([scores[f] for f in LIST_FIELDS]), 4),
            "grounded": good, "items": total, "inventions": inventions,
            "dropped": run_info.get("dropped", 0),
            "input_tokens": run_info.get("input_tokens", 0), "output_tokens": run_info.get("output_tokens", 0),
            "llm_calls": run_info.get("llm_calls", 0), "seconds": run_info.get("seconds", 0.0),
            "expected": case.expected, "actual": {k: actual.get(k, []) for k in LIST_FIELDS} | {"published": actual.get("article", {}).get("published")},
            "misses": {k: v.misses for k, v in scores.items() if v.misses},
            "extras": {k: v.extras for k, v in scores.items() if v.extras},
        })
    return records


def _micro(scores: list[Score]) -> float:
    tp = sum(s.tp for s in scores)
    ne = sum(s.n_expected for s in scores)
    na = sum(s.n_actual for s in scores)
    p = tp / na if na else (1.0 if not ne else 0.0)
    r = tp / ne if ne else (1.0 if not na else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(records: list[dict]) -> dict:
    fields = {}
    for f in ALL_FIELDS:
        tp = sum(r["scores"][f]["tp"] for r in records)
        ne = sum(r["scores"][f]["expected"] for r in records)
        na = sum(r["scores"][f]["actual"] for r in records)
        s = Score(tp, ne, na)
        fields[f] = {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
    tp = sum(r["scores"][f]["tp"] for r in records for f in LIST_FIELDS)
    ne = sum(r["scores"][f]["expected"] for r in records for f in LIST_FIELDS)
    na = sum(r["scores"][f]["actual"] for r in records for f in LIST_FIELDS)
    micro = Score(tp, ne, na).f1
    items = sum(r["items"] for r in records)
    n = len(records) or 1
    return {
        "micro_f1": round(micro, 4),
        "macro_f1": round(statistics.mean(fields[f]["f1"] for f in LIST_FIELDS), 4),
        "grounding": round(sum(r["grounded"] for r in records) / items, 4) if items else 1.0,
        "inventions": sum(len(r["inventions"]) for r in records),
        "schema_validity": round(sum(r["ok"] for r in records) / n, 4),
        "failure_rate": round(1 - sum(r["ok"] for r in records) / n, 4),
        "fields": fields,
        "tokens": {"input": sum(r["input_tokens"] for r in records), "output": sum(r["output_tokens"] for r in records)},
        "llm_calls": sum(r["llm_calls"] for r in records),
        "seconds": round(sum(r["seconds"] for r in records), 2),
    }


def evaluate(cases: list[Case], settings: Settings, live: bool = False, repeat: int = 1) -> dict:
    """Score the cases `repeat` times; the report holds the first run's cases and the spread across runs."""
    runs = [run_cases(cases, settings, live=live) for _ in range(max(1, repeat))]
    report = {"model": settings.model, "mode": "live" if live else "replay", "repeat": len(runs),
              **aggregate(runs[0]), "cases": runs[0]}
    if len(runs) > 1:
        per_run = [aggregate(r) for r in runs]
        report["noise"] = {
            "micro_f1": round(statistics.pstdev(a["micro_f1"] for a in per_run), 4),
            "fields": {f: round(statistics.pstdev(a["fields"][f]["f1"] for a in per_run), 4) for f in ALL_FIELDS},
        }
    return report


def gate(report: dict, baseline: dict | None, fail_under: float | None) -> list[str]:
    """Reasons the gate fails: micro-F1 under the floor, or a field that dropped beyond the baseline's tolerance."""
    problems = []
    if fail_under is not None and report["micro_f1"] < fail_under:
        problems.append(f"micro-F1 {report['micro_f1']:.3f} is under --fail-under {fail_under:.3f}")
    if baseline:
        tol = baseline.get("tolerance", 0.05)
        for f, base in baseline.get("fields", {}).items():
            now = report["fields"].get(f, {}).get("f1")
            if now is not None and now < base - tol:
                problems.append(f"{f} F1 fell from {base:.3f} to {now:.3f} (tolerance {tol:.3f})")
        for key in ("micro_f1", "grounding"):
            if key in baseline and report[key] < baseline[key] - tol:
                problems.append(f"{key} fell from {baseline[key]:.3f} to {report[key]:.3f} (tolerance {tol:.3f})")
    return problems


def baseline_from(report: dict, tolerance: float = 0.05) -> dict:
    return {"model": report["model"], "tolerance": tolerance, "micro_f1": report["micro_f1"],
            "grounding": report["grounding"], "fields": {f: v["f1"] for f, v in report["fields"].items()}}


def compare(a: dict, b: dict) -> list[dict]:
    """Per-field difference b - a, flagged when it exceeds run-to-run noise (2 std, at least 0.01)."""
    rows = []
    for f in ["micro_f1", *ALL_FIELDS]:
        va = a["micro_f1"] if f == "micro_f1" else a["fields"][f]["f1"]
        vb = b["micro_f1"] if f == "micro_f1" else b["fields"][f]["f1"]
        na = (a.get("noise", {}).get("micro_f1") if f == "micro_f1" else a.get("noise", {}).get("fields", {}).get(f)) or 0.0
        nb = (b.get("noise", {}).get("micro_f1") if f == "micro_f1" else b.get("noise", {}).get("fields", {}).get(f)) or 0.0
        noise = max(2 * max(na, nb), 0.01)
        diff = vb - va
        rows.append({"field": f, "a": va, "b": vb, "diff": round(diff, 4), "noise": round(noise, 4),
                     "significant": abs(diff) > noise})
    return rows


def load_report(path: Path) -> dict:
    return json.loads(Path(path).read_text())
