"""`summarize eval` offline from cassettes: table, three reports, and a gate that fails on a worse run."""

import json

import pytest
import yaml
from click.testing import CliRunner

from summarizer.cli import main
from summarizer.errors import EvalError
from summarizer.evals.cases import load_case, load_cases
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def eval_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval")
    result = CliRunner().invoke(main, ["eval", "--out", str(out)])
    return out, result


def test_eval_replays_offline_prints_the_table_and_writes_three_reports(eval_out):
    out, result = eval_out
    assert result.exit_code == 0, result.output
    assert "micro-F1" in result.output and "grounding" in result.output
    report = json.loads((out / "report.json").read_text())
    for key in ("micro_f1", "macro_f1", "grounding", "fields", "cases"):
        assert key in report
    assert len(report["cases"]) == len(load_cases()) >= 15
    assert set(report["fields"]) >= {"parties", "people", "venues", "dates", "demands", "open_issues"}
    assert "| field |" in (out / "report.md").read_text()
    html = (out / "report.html").read_text()
    assert "<details" in html and "expected" in html and "actual" in html


def test_gate_fails_on_a_regression_beyond_tolerance(eval_out, tmp_path):
    out, _ = eval_out
    report = json.loads((out / "report.json").read_text())
    better = {"tolerance": 0.05, "micro_f1": min(1.0, report["micro_f1"] + 0.2), "grounding": report["grounding"],
              "fields": {f: min(1.0, v["f1"] + 0.2) for f, v in report["fields"].items()}}
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(better))
    result = CliRunner().invoke(main, ["eval", "--out", str(tmp_path / "o"), "--baseline", str(baseline)])
    assert result.exit_code == 1
    assert "fell from" in result.output


def test_committed_baseline_passes(eval_out):
    _, result = eval_out
    assert "gate:" not in result.output


def test_broken_case_names_its_file_and_field(tmp_path):
    case = yaml.safe_load((ROOT / "evals/cases/seed-000.yaml").read_text())
    case["article"] = str(ROOT / "seeds/000_d8faa5ea9ed09322.txt")
    case["expected"]["dates"][0]["status"] = "maybe"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(case))
    with pytest.raises(EvalError, match=r"broken.yaml: field expected/dates/0/status"):
        load_case(path)


def test_cases_cover_what_the_seeds_do_not():
    cases = load_cases()
    tags = {t for c in cases for t in c.tags}
    assert {"postponed", "cancelled", "no-negotiation", "prompt-injection", "non-english", "long",
            "relative-dates", "no-anchor"} <= tags
    assert sum(c.self_written for c in cases) >= 10
