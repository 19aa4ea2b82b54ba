import json
import warnings

import pytest

from summarizer import api
from summarizer.errors import UsageError
from summarizer.providers import InsecureTransportWarning, api_key, check_transport, resolve
from summarizer.settings import Settings
from tests.conftest import SEEDS

KEY = "sk-" + "test-0123456789abcdefghijklmnop"  # built at run time: no key-shaped literal in the tree


def test_plain_http_to_another_host_warns_and_loopback_does_not():
    with pytest.warns(InsecureTransportWarning, match="plain http"):
        check_transport("http://llm.example.org/v1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_transport("http://127.0.0.1:8080/v1")
        check_transport("http://localhost:8080/v1")
        check_transport("https://llm.example.org/v1")


def test_missing_key_says_which_variable_to_set():
    with pytest.raises(UsageError, match="OPENAI_API_KEY"):
        api_key(resolve("openai/gpt-4o-mini"), Settings.load())


def test_key_file_must_be_private(tmp_path, monkeypatch):
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    key_file.chmod(0o644)
    monkeypatch.setenv("SUMMARIZER_API_KEY_FILE", str(key_file))
    with pytest.raises(UsageError, match="chmod 600"):
        api_key(resolve("openai/gpt-4o-mini"), Settings.load())
    key_file.chmod(0o600)
    assert api_key(resolve("openai/gpt-4o-mini"), Settings.load()) == KEY


@pytest.mark.parametrize("model,match", [
    ("gpt-4o", "has no provider"), ("nosuch/model", "unknown provider"), ("openai/", "names no model"),
])
def test_bad_model_strings_are_usage_errors(model, match):
    with pytest.raises(UsageError, match=match):
        resolve(model)


def test_key_reaches_the_server_but_no_output_or_error_file(fault_server, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_API_KEY", KEY)
    fault_server.script("ok", "ok", "ok", "ok", "401")
    out = tmp_path / "out"
    api.summarize_files([str(SEEDS[0]), str(SEEDS[1])],
                        Settings.load(model="any-model", base_url=fault_server.base_url, timeout=5.0), out_dir=out)
    headers = {k.lower(): v for k, v in fault_server.requests[0]["headers"].items()}
    assert headers["authorization"] == f"Bearer {KEY}"
    for path in out.rglob("*"):
        if path.is_file():
            assert KEY not in path.read_text(), path.name
    assert json.loads((out / "errors.json").read_text())[0]["error"].count("API key") == 1


def test_a_key_echoed_by_the_provider_reaches_no_message_file_or_cassette(fault_server, tmp_path, monkeypatch, capsys):
    """The provider puts the caller's key in its 400 error body and in a response header."""
    from click.testing import CliRunner

    from summarizer.cli import main
    from summarizer.runner import run

    monkeypatch.setenv("SUMMARIZER_API_KEY", KEY)
    fault_server.script("echo-key")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(SEEDS[0]), "--model", "any-model", "--base-url", fault_server.base_url,
                                       "--out", str(out)])
    assert result.exit_code == 1 and "rejected the request" in result.output
    assert KEY not in result.output and "<scrubbed>" in result.output
    assert KEY not in (out / "errors.json").read_text()
    fault_server.script("echo-key")
    cassettes = tmp_path / "cassettes"
    run([str(SEEDS[0])], Settings.load(model="any-model", base_url=fault_server.base_url, timeout=5.0,
                                       cassettes_dir=cassettes), record=True, say=lambda _m: None)
    recorded = next(cassettes.rglob("*.yaml")).read_text()
    assert "echo" in recorded.lower() and KEY not in recorded, "the echoed header and body are scrubbed"
    assert KEY not in capsys.readouterr().err
