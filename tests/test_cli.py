import json

from click.testing import CliRunner

from summarizer.cli import main
from tests.conftest import SEEDS


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_no_paths_is_a_usage_error():
    result = run("run")
    assert result.exit_code == 2


def test_unknown_provider_is_a_one_line_usage_error(tmp_path):
    result = run(str(SEEDS[0]), "--model", "nosuch/model", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "unknown provider" in result.output


def test_replay_writes_every_output_and_exits_zero(tmp_path):
    result = run(*map(str, SEEDS), "--replay", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == {f"{s.stem}.json" for s in SEEDS} | {"state.json", "brief.md", "brief.html"}


def test_some_failed_exits_one_and_lists_them(tmp_path):
    result = run(str(SEEDS[0]), str(tmp_path / "missing.txt"), "--replay", "--out", str(tmp_path / "o"), "--format", "json")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.output
    assert (tmp_path / "o" / f"{SEEDS[0].stem}.json").is_file()
    assert not (tmp_path / "o" / "brief.md").exists()
    errors = json.loads((tmp_path / "o" / "errors.json").read_text())
    assert [e["path"] for e in errors] == [str(tmp_path / "missing.txt")]


def test_model_status_json_has_the_documented_keys():
    result = run("model", "status", "--json")
    assert result.exit_code == 0
    records = json.loads(result.output)
    assert {"model", "path", "size", "sha256", "verified", "server", "build_flags"} <= set(records[0])
