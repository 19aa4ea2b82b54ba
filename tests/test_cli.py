import json

import pytest
from click.testing import CliRunner

from summarizer.cli import main
from tests.conftest import SEEDS


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env)


def test_no_paths_is_a_usage_error():
    assert run("run").exit_code == 2


def test_unknown_provider_is_a_one_line_usage_error(tmp_path):
    result = run(str(SEEDS[0]), "--model", "nosuch/model", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "unknown provider" in result.output


@pytest.mark.parametrize("args", [["--timeout", "0"], ["--concurrency", "0"], ["--run-timeout", "-1"],
                                  ["--timeout", "abc"]])
def test_invalid_numbers_are_usage_errors(tmp_path, args):
    result = run(str(SEEDS[0]), "--replay", "--out", str(tmp_path), *args)
    assert result.exit_code == 2


@pytest.mark.parametrize("name,value", [("SUMMARIZER_TIMEOUT", "0"), ("SUMMARIZER_CONCURRENCY", "many"),
                                        ("SUMMARIZER_MAX_TOKENS", "-5")])
def test_invalid_settings_from_the_environment_are_one_line_usage_errors(tmp_path, name, value):
    result = run(str(SEEDS[0]), "--replay", "--out", str(tmp_path), env={name: value})
    assert result.exit_code == 2 and name in result.output and result.output.strip().count("\n") == 0


def test_replay_writes_article_records_and_the_merged_outputs(tmp_path):
    result = run(*map(str, SEEDS), "--replay", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == {"articles", "state.json", "brief.md", "brief.html"}
    assert len(list((tmp_path / "articles").glob("*.json"))) == len(SEEDS)


def test_some_failed_exits_one_and_lists_them(tmp_path):
    result = run(str(SEEDS[0]), str(tmp_path / "missing.txt"), "--replay", "--out", str(tmp_path / "o"), "--format", "json")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.output
    assert len(list((tmp_path / "o" / "articles").glob("*.json"))) == 1
    assert not (tmp_path / "o" / "brief.md").exists()
    errors = json.loads((tmp_path / "o" / "errors.json").read_text())
    assert [e["path"] for e in errors] == [str(tmp_path / "missing.txt")]


def test_jsonl_writes_records_to_standard_output_for_piping(tmp_path):
    result = CliRunner().invoke(main, [*map(str, SEEDS[:2]), "--replay", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["article"]["path"] for d in lines) == sorted(map(str, SEEDS[:2]))


def test_a_dash_reads_the_article_from_standard_input(tmp_path, fault_server):
    text = SEEDS[0].read_text(encoding="utf-8")
    result = run("-", "--model", "fault-model", "--base-url", fault_server.base_url, "--out", str(tmp_path), input=text)
    assert result.exit_code == 0, result.output
    (record,) = (tmp_path / "articles").glob("*.json")
    assert json.loads(record.read_text())["article"]["path"] == "<stdin>"


def test_schema_prints_the_merged_and_article_schemas():
    merged = json.loads(run("schema").output)
    article = json.loads(run("schema", "article").output)
    assert merged["title"] == "MergedState" and "timeline" in merged["properties"]
    assert article["title"] == "ArticleState" and "demands" in article["properties"]


def test_model_status_json_has_the_documented_keys():
    result = run("model", "status", "--json")
    assert result.exit_code == 0
    records = json.loads(result.output)
    assert {"model", "path", "size", "sha256", "verified", "server", "build_flags"} <= set(records[0])
