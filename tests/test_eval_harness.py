"""`summarize eval`: splits, intervals, raw vs final, and a gate that cannot be fooled."""

import json

import pytest
import yaml
from click.testing import CliRunner

from summarizer.cli import main
from summarizer.errors import EvalError
from summarizer.evals.cases import load_case, load_cases
from summarizer.evals.gate import baseline_from, gate
from summarizer.evals.models import CaseResult, EvalReport, FieldScore
from summarizer.evals.runner import bootstrap, groups
from summarizer.evals.scorers import SCORED_FIELDS
from tests.conftest import ROOT


def case(name, split, tp, expected, actual, ok=True):
    scores = {f: FieldScore(tp=tp, expected=expected, actual=actual) for f in SCORED_FIELDS}
    return CaseResult(case=name, split=split, article=f"{name}.txt", self_written=True, ok=ok,
                      error=None if ok else "no cassette", scores=scores, items=4, grounded=4, supported=3)


def report(results, mode="replay", scorer="s-1", outputs="o-1"):
    return EvalReport(model="local/m", mode=mode, scorer_version=scorer, outputs_version=outputs,
                      groups=groups(results), cases=results)


RESULTS = [case("a", "dev", 2, 4, 3), case("b", "dev", 1, 2, 2), case("c", "test", 0, 3, 1), case("d", "seed", 3, 3, 3)]


def test_every_split_is_summarised_with_an_interval():
    r = report(RESULTS)
    assert set(r.groups) == {"dev", "test", "seed", "all"}
    dev = r.groups["dev"]
    assert dev.fields["parties"].tp == 3 and dev.fields["parties"].expected == 6
    assert dev.micro_ci is not None and dev.micro_ci.low <= dev.micro_f1 <= dev.micro_ci.high
    assert r.groups["test"].micro_f1 == 0.0


def test_the_bootstrap_is_deterministic():
    assert bootstrap(RESULTS) == bootstrap(RESULTS)


def test_a_failed_case_fails_the_gate_even_with_a_matching_baseline():
    results = [*RESULTS, case("e", "test", 0, 1, 0, ok=False)]
    r = report(results)
    problems = gate(r, baseline_from(r))
    assert problems == ["case e failed: no cassette"]


def test_replay_figures_must_equal_the_baseline_exactly():
    base = baseline_from(report(RESULTS))
    better = [case("a", "dev", 3, 4, 3), *RESULTS[1:]]
    problems = gate(report(better, outputs="o-2"), base)
    assert problems and "outputs changed" in problems[0]
    assert any("dev parties f1" in p for p in problems), "a rise fails too: re-baseline on purpose"


def test_a_run_of_one_split_is_gated_on_that_split_only():
    base = baseline_from(report(RESULTS))
    dev = [r for r in RESULTS if r.split == "dev"]
    assert gate(report(dev, outputs="o-dev"), base) == []
    worse = [case("a", "dev", 1, 4, 3), dev[1]]
    problems = gate(report(worse, outputs="o-dev"), base)
    assert any("dev parties f1" in p for p in problems) and not any("test " in p or "all " in p for p in problems)


def test_a_baseline_is_not_written_from_some_splits_only(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--split", "dev", "--update-baseline", "--baseline", str(tmp_path),
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "without --split" in result.output and not list(tmp_path.glob("*.json"))


def test_a_changed_scorer_shows_old_and_new_scores_of_the_same_outputs():
    base = baseline_from(report(RESULTS, scorer="s-old"))
    looser = [case("c", "test", 1, 3, 1) if r.case == "c" else r for r in RESULTS]
    problems = gate(report(looser, scorer="s-new"), base)
    assert "scorer or the cases changed" in problems[0] and "same outputs" in problems[0]
    assert any("test parties f1: 0.0000 -> " in p for p in problems)


def test_no_baseline_for_the_model_fails_and_says_how_to_write_one():
    problems = gate(report(RESULTS), None)
    assert "no baseline for local/m" in problems[0] and "--update-baseline" in problems[0]


def test_live_runs_are_gated_with_a_tolerance():
    base = baseline_from(report([case("a", "dev", 40, 50, 50), case("b", "test", 40, 50, 50)]))
    slightly_worse = [case("a", "dev", 39, 50, 50), case("b", "test", 40, 50, 50)]
    much_worse = [case("a", "dev", 30, 50, 50), case("b", "test", 40, 50, 50)]
    assert gate(report(slightly_worse, mode="live", outputs="o-2"), base) == []
    assert "below the baseline" in gate(report(much_worse, mode="live", outputs="o-2"), base)[0]


def test_eval_exits_non_zero_when_a_case_fails(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    article = tmp_path / "unrecorded.txt"
    article.write_text("Delegations met in Geneva on Monday for ceasefire talks between the two sides.\n")
    data = yaml.safe_load((ROOT / "evals/cases/sw03-no-negotiation.yaml").read_text())
    data["article"] = str(article)
    (cases / "x.yaml").write_text(yaml.safe_dump(data))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["eval", "--cases", str(cases), "--out", str(out), "--no-baseline"])
    assert result.exit_code == 1
    assert "failed" in result.output and "no cassette" in result.output
    html = (out / "report.html").read_text()
    assert "built-in method" not in html and "grounded 0/0" in html and 'name="viewport"' in html


def test_broken_case_names_its_file_and_field(tmp_path):
    data = yaml.safe_load((ROOT / "evals/cases/seed-000.yaml").read_text())
    data["article"] = str(ROOT / "seeds/000_d8faa5ea9ed09322.txt")
    data["expected"]["dates"][0]["status"] = "maybe"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(EvalError, match=r"broken.yaml: field expected/dates/0/status"):
        load_case(path)


def test_cases_cover_the_styles_the_real_world_has():
    cases = load_cases()
    tags = {t for c in cases for t in c.tags}
    assert {"postponed", "cancelled", "no-negotiation", "prompt-injection", "non-english", "long", "relative-dates",
            "no-anchor", "live-blog", "wire", "aggregator", "chrome", "reported-speech", "several-negotiations",
            "numbers", "german", "spanish", "french", "russian", "cjk", "range"} <= tags
    new = [c for c in cases if c.self_written and c.name[:3] in ("dev", "tes")]
    assert len(new) >= 25
    for c in new:
        words = c.article_path.read_text(encoding="utf-8")
        count = len(words.split()) + sum(1 for ch in words if "\u4e00" <= ch <= "\u9fff") / 2
        assert 400 <= count <= 1300, (c.name, count)
    assert sum(c.split == "test" for c in cases) >= 15 and sum(c.split == "dev" for c in cases) >= 15


def test_every_case_expects_complete_lists():
    for c in load_cases():
        raw = yaml.safe_load(c.file.read_text(encoding="utf-8"))["expected"]
        assert {"published", "parties", "people", "venues", "dates", "demands", "open_issues"} <= set(raw), c.name


def test_the_committed_baselines_are_one_per_model():
    names = {p.stem for p in (ROOT / "evals/baselines").glob("*.json")}
    assert {"local-qwen2.5-coder-1.5b", "local-qwen2.5-coder-0.5b"} <= names
    for p in (ROOT / "evals/baselines").glob("*.json"):
        base = json.loads(p.read_text())
        assert base["model"].replace("/", "-") == p.stem and {"dev", "test", "seed"} <= set(base["figures"])
