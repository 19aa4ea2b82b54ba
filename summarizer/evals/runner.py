"""Run the cases through the pipeline, score them, summarise each split with bootstrap intervals."""

from __future__ import annotations

import hashlib
import json
import random
import statistics
from pathlib import Path

from ..runner import run
from ..settings import Settings
from .cases import EVALS, Case
from .models import CaseResult, EvalReport, FieldScore, GroupSummary, Interval, Noise
from .scorers import LIST_FIELDS, SCORED_FIELDS, Score, score_case
from .support import summary_support, support

SPLITS = ("dev", "test", "seed")
BOOTSTRAP_SAMPLES = 1000  # resamples of the cases for the 95% intervals
BOOTSTRAP_SEED = 20260101  # fixed, so a replayed report is identical run after run


def field_score(s: Score) -> FieldScore:
    r = lambda v: None if v is None else round(v, 4)  # noqa: E731
    return FieldScore(tp=round(s.tp, 3), expected=s.n_expected, actual=s.n_actual, precision=r(s.precision),
                      recall=r(s.recall), f1=r(s.f1), reason=s.reason)


def _label(item) -> str:
    if not isinstance(item, dict):
        return str(item)
    return json.dumps({k: v for k, v in item.items() if k != "evidence"}, ensure_ascii=False)


def score_one(case: Case, state: dict | None, raw: dict | None, error: str | None) -> CaseResult:
    actual = state or {}
    scores = score_case(case.expected, actual)
    text = case.article_path.read_text(encoding="utf-8", errors="replace")
    good_support, items, unsupported = support(actual)
    grounded = sum(1 for f in LIST_FIELDS for item in actual.get(f, [])
                   if item.get("evidence") and all(text[e["start"]:e["end"]] == e["quote"] for e in item["evidence"]))
    facts_ok, facts, facts_missing = summary_support(actual.get("summary", ""), text)
    run_info = actual.get("run", {})
    return CaseResult(
        case=case.name, split=case.split, article=_relative(case.article_path), self_written=case.self_written,
        ok=state is not None, error=error,
        scores={k: field_score(v) for k, v in scores.items()},
        # a failed case has no raw answer either: it scores as empty on both sides, so the two stay comparable
        raw_scores={k: field_score(v) for k, v in score_case(case.expected, raw if raw is not None else {}).items()},
        published_expected=case.expected.get("published"), published_actual=actual.get("article", {}).get("published"),
        grounded=grounded, supported=good_support, items=items, unsupported=unsupported,
        summary_facts=facts, summary_supported=facts_ok, summary_unsupported=facts_missing,
        dropped=run_info.get("dropped", 0), input_tokens=run_info.get("input_tokens", 0),
        output_tokens=run_info.get("output_tokens", 0), llm_calls=run_info.get("llm_calls", 0),
        seconds=run_info.get("seconds", 0.0),
        expected={k: case.expected.get(k, []) for k in LIST_FIELDS},
        actual={k: actual.get(k, []) for k in LIST_FIELDS},
        misses={k: [_label(m) for m in v.misses] for k, v in scores.items() if v.misses},
        extras={k: [_label(x) for x in v.extras] for k, v in scores.items() if v.extras},
    )


def _relative(path: Path) -> str:
    root = EVALS.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def run_cases(cases: list[Case], settings: Settings, live: bool = False) -> list[CaseResult]:
    """Summarize every case's article once (replayed from cassettes unless `live`) and score it."""
    paths = [str(c.article_path) for c in cases]
    result = run(paths, settings, None, replay=not live, keep_raw=True, say=lambda _m: None)
    failures = {f.path: f.error for f in result.failures}
    out = []
    for case, path in zip(cases, paths):
        state = result.states.get(path)
        raw = result.raw.get(path)
        out.append(score_one(case, json.loads(state.model_dump_json()) if state else None,
                             json.loads(raw.model_dump_json()) if raw else None, failures.get(path)))
    return out


# ---------------------------------------------------------------- aggregation

def _sum(results: list[CaseResult], field: str, raw: bool = False) -> Score:
    total = Score(0, 0, 0)
    for r in results:
        scores = r.raw_scores if raw else r.scores
        if scores is None:
            continue
        f = scores[field]
        total = total + Score(f.tp, f.expected, f.actual)
    return total


def _micro(results: list[CaseResult], raw: bool = False) -> Score:
    total = Score(0, 0, 0)
    for f in LIST_FIELDS:
        total = total + _sum(results, f, raw)
    return total


def _share(good: int, total: int) -> float | None:
    return round(good / total, 4) if total else None


def _interval(values: list[float]) -> Interval | None:
    if not values:
        return None
    values = sorted(values)
    lo = values[int(0.025 * (len(values) - 1))]
    hi = values[int(round(0.975 * (len(values) - 1)))]
    return Interval(low=round(lo, 4), high=round(hi, 4))


def bootstrap(results: list[CaseResult], samples: int = BOOTSTRAP_SAMPLES) -> tuple[Interval | None, dict[str, Interval]]:
    """95% percentile intervals of micro-F1 and of each field's F1, resampling cases with replacement."""
    if not results:
        return None, {}
    rng = random.Random(BOOTSTRAP_SEED)
    micro: list[float] = []
    per_field: dict[str, list[float]] = {f: [] for f in SCORED_FIELDS}
    for _ in range(samples):
        pick = [results[rng.randrange(len(results))] for _ in results]
        if (m := _micro(pick).f1) is not None:
            micro.append(m)
        for f in SCORED_FIELDS:
            if (v := _sum(pick, f).f1) is not None:
                per_field[f].append(v)
    return _interval(micro), {f: i for f, v in per_field.items() if (i := _interval(v))}


def summarise(name: str, results: list[CaseResult]) -> GroupSummary:
    micro_ci, field_ci = bootstrap(results)
    has_raw = any(r.raw_scores is not None for r in results)
    published = [r.published_ok for r in results if r.ok]
    return GroupSummary(
        name=name, cases=len(results), failed=sum(not r.ok for r in results),
        micro_f1=None if (m := _micro(results).f1) is None else round(m, 4), micro_ci=micro_ci,
        fields={f: field_score(_sum(results, f)) for f in SCORED_FIELDS}, field_ci=field_ci,
        raw_micro_f1=(None if (m := _micro(results, raw=True).f1) is None else round(m, 4)) if has_raw else None,
        raw_fields={f: field_score(_sum(results, f, raw=True)) for f in SCORED_FIELDS} if has_raw else {},
        published_accuracy=_share(sum(published), len(published)),
        grounding=_share(sum(r.grounded for r in results), sum(r.items for r in results)),
        support=_share(sum(r.supported for r in results), sum(r.items for r in results)),
        summary_support=_share(sum(r.summary_supported for r in results), sum(r.summary_facts for r in results)),
        output_tokens=sum(r.output_tokens for r in results), llm_calls=sum(r.llm_calls for r in results),
    )


def groups(results: list[CaseResult]) -> dict[str, GroupSummary]:
    out = {s: summarise(s, [r for r in results if r.split == s]) for s in SPLITS if any(r.split == s for r in results)}
    out["all"] = summarise("all", results)
    return out


# ---------------------------------------------------------------- versions

SCORER_FILES = ("scorers.py", "names.py", "support.py", "runner.py")


def scorer_version(cases: list[Case]) -> str:
    """Changes whenever the scoring code, the case schema or any case does."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in SCORER_FILES:
        digest.update((here / name).read_bytes())
    for case in sorted(cases, key=lambda c: c.name):
        digest.update(case.file.read_bytes())
    return "s-" + digest.hexdigest()[:12]


def outputs_version(results: list[CaseResult]) -> str:
    """Changes whenever any output (or failure) changes; timings are left out."""
    digest = hashlib.sha256()
    for r in sorted(results, key=lambda r: r.case):
        digest.update(json.dumps([r.case, r.ok, r.error, r.actual, r.published_actual, r.output_tokens],
                                 sort_keys=True, ensure_ascii=False).encode())
    return "o-" + digest.hexdigest()[:12]


def evaluate(cases: list[Case], settings: Settings, live: bool = False, repeat: int = 1) -> EvalReport:
    """Score the cases `repeat` times; the report holds the first run and, with repeats, the spread."""
    runs = [run_cases(cases, settings, live=live) for _ in range(max(1, repeat))]
    report = EvalReport(model=settings.model, mode="live" if live else "replay", repeat=len(runs),
                        scorer_version=scorer_version(cases), outputs_version=outputs_version(runs[0]),
                        groups=groups(runs[0]), cases=runs[0])
    if len(runs) > 1:
        alls = [summarise("all", r) for r in runs]
        report.noise = Noise(
            micro_f1=round(statistics.pstdev(a.micro_f1 or 0.0 for a in alls), 4),
            fields={f: round(statistics.pstdev(a.fields[f].f1 or 0.0 for a in alls), 4) for f in SCORED_FIELDS})
    return report


def load_report(path: Path) -> EvalReport:
    return EvalReport.model_validate_json(Path(path).read_text(encoding="utf-8"))
