"""Live tests on the embedded model: `pytest -m live`. They need `summarize model prepare local/qwen2.5-coder-0.5b`."""

import json
import urllib.request

import platformdirs
import pytest
from pydantic import BaseModel, ConfigDict

from summarizer import api
from summarizer.local import manage
from summarizer.local.cache import Cache
from summarizer.local.registry import get_model
from summarizer.local.server import LlamaServer
from summarizer.settings import Settings
from tests.conftest import SEEDS

pytestmark = pytest.mark.live
SMALL = "local/qwen2.5-coder-0.5b"


@pytest.fixture(autouse=True)
def real_cache(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", platformdirs.user_cache_dir("summarizer"))


class City(BaseModel):
    model_config = ConfigDict(extra="forbid")
    city: str
    country: str


def test_real_server_answers_a_json_schema_completion():
    settings = Settings.load()
    status = manage.prepare(SMALL, settings, say=lambda _m: None)
    assert status["verified"] and status["server"]
    with LlamaServer(manage.server_binary(settings), manage.gguf_for(get_model(SMALL), settings),
                     logs=Cache(settings.cache_dir).logs, context=2048) as server:
        body = {"model": "x", "temperature": 0, "max_tokens": 64,
                "messages": [{"role": "user", "content": "Talks were held in Abu Dhabi. Give the city and country as JSON."}],
                "response_format": {"type": "json_schema",
                                    "json_schema": {"name": "City", "schema": City.model_json_schema(), "strict": True}}}
        req = urllib.request.Request(f"{server.base_url}/chat/completions", json.dumps(body).encode(),
                                     {"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=300) as resp:
            content = json.loads(resp.read())["choices"][0]["message"]["content"]
    city = City.model_validate_json(content)
    assert city.city


def test_summarize_one_seed_end_to_end_on_the_small_model(tmp_path):
    seed = SEEDS[1]
    result = api.summarize_files([str(seed)], Settings.load(model=SMALL), out_dir=tmp_path)
    assert result.ok, result.failures
    (record,) = (tmp_path / "articles").glob(f"{seed.stem}-*.json")
    data = json.loads(record.read_text())
    text = seed.read_text(encoding="utf-8")
    for field in ("parties", "people", "venues", "dates", "demands", "statements", "open_issues"):
        for item in data[field]:
            for ev in item["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["quote"]
    assert data["run"]["llm_calls"] >= 1 and data["run"]["model"] == SMALL
    assert data["parties"] or data["people"], "the small model finds who takes part in talks a seed reports"
    assert (tmp_path / "brief.html").is_file()


def test_the_compact_grammar_is_accepted_and_answers_validate(tmp_path):
    """The grammar sent in place of the JSON schema parses in llama-server and yields JSON with no whitespace."""
    from summarizer.answers import ActorsAnswer
    from summarizer.local.grammar import compact_request

    settings = Settings.load()
    manage.prepare(SMALL, settings, say=lambda _m: None)
    with LlamaServer(manage.server_binary(settings), manage.gguf_for(get_model(SMALL), settings),
                     logs=Cache(settings.cache_dir).logs, context=2048) as server:
        body = {"model": "x", "temperature": 0, "max_tokens": 128, "messages": [
            {"role": "user", "content": "Iran and the United States met in Muscat with Oman mediating. "
                                        'Answer with JSON on one line, e.g. {"list":[{"key":"value"}]}'}],
                "response_format": {"type": "json_schema",
                                    "json_schema": {"name": "A", "schema": ActorsAnswer.model_json_schema()}}}
        req = urllib.request.Request(f"{server.base_url}/chat/completions", json.dumps(compact_request(body)).encode(),
                                     {"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=300) as resp:
            content = json.loads(resp.read())["choices"][0]["message"]["content"]
    assert "\n" not in content and ": " not in content
    ActorsAnswer.model_validate_json(content)
