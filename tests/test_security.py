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
        api_key(resolve("openai/gpt-4o-mini"))


def test_key_file_must_be_private(tmp_path, monkeypatch):
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    key_file.chmod(0o644)
    monkeypatch.setenv("SUMMARIZER_API_KEY_FILE", str(key_file))
    with pytest.raises(UsageError, match="chmod 600"):
        api_key(resolve("openai/gpt-4o-mini"))
    key_file.chmod(0o600)
    assert api_key(resolve("openai/gpt-4o-mini")) == KEY


@pytest.mark.parametrize("model,match", [
    ("gpt-4o", "has no provider"), ("nosuch/model", "unknown provider"), ("openai/", "names no model"),
])
def test_bad_model_strings_are_usage_errors(model, match):
    with pytest.raises(UsageError, match=match):
        resolve(model)


def test_key_reaches_the_server_but_no_output_or_error_file(fault_server, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_API_KEY", KEY)
    fault_server.script("ok", "ok", "ok", "401")
    out = tmp_path / "out"
    api.summarize_files([str(SEEDS[0]), str(SEEDS[1])],
                        Settings.load(model="any-model", base_url=fault_server.base_url, timeout=5.0), out_dir=out)
    headers = {k.lower(): v for k, v in fault_server.requests[0]["headers"].items()}
    assert headers["authorization"] == f"Bearer {KEY}"
    for path in out.iterdir():
        assert KEY not in path.read_text(), path.name
    assert json.loads((out / "errors.json").read_text())[0]["error"].count("API key") == 1
