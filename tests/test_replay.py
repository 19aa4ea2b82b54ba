"""The pipeline end to end, replayed from the committed cassettes of the embedded models."""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from summarizer import api, cassettes
from summarizer.errors import CassetteError
from summarizer.evals.cases import load_cases
from summarizer.settings import Settings
from tests.conftest import ROOT, SEEDS

MODELS = ["local/qwen2.5-coder-1.5b", "local/qwen2.5-coder-0.5b"]
ISO = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = api.summarize_files([str(p) for p in SEEDS], Settings.load(model=MODELS[0]), out_dir=out, replay=True)
    return out, result


def test_every_seed_replays_to_valid_grounded_json(replayed):
    out, result = replayed
    assert result.ok, result.failures
    for seed in SEEDS:
        data = json.loads((out / f"{seed.stem}.json").read_text())
        text = seed.read_text(encoding="utf-8")
        assert data["article"]["sha256"] and data["run"]["llm_calls"] >= 3
        for field in ("parties", "people", "venues", "dates", "demands", "open_issues"):
            for item in data[field]:
                for ev in item["evidence"]:
                    assert text[ev["start"]:ev["end"]] == ev["quote"], (seed.name, field, ev)
        for d in data["dates"]:
            assert d["date"] is None or ISO.match(d["date"])
        assert data["article"]["published"] is None or ISO.match(data["article"]["published"])


def test_consolidated_state_and_briefs_cover_all_seeds(replayed):
    out, _ = replayed
    state = json.loads((out / "state.json").read_text())
    assert {Path(a["path"]).name for a in state["articles"]} == {p.name for p in SEEDS}
    assert state["timeline"] and state["parties"]
    names = [p["name"] for p in state["people"]]
    assert len([n for n in names if "Zelensk" in n]) == 1, "one spelling of Zelensky across articles"
    md = (out / "brief.md").read_text()
    for heading in ("What happened", "What is scheduled", "Who demands what", "What is unresolved", "Where sources disagree"):
        assert heading in md
    html = (out / "brief.html").read_text()
    assert 'class="timeline"' in html and 'href="#q-' in html and 'id="q-' in html


def test_contradictions_name_the_articles_involved(replayed):
    out, _ = replayed
    state = json.loads((out / "state.json").read_text())
    assert state["contradictions"], "the seeds disagree on venue and on the 1 February round"
    for c in state["contradictions"]:
        assert c["kind"] in ("status", "venue")
        assert len({claim["article"] for claim in c["claims"]}) >= 2


def test_an_article_without_a_cassette_fails_clearly(tmp_path):
    article = tmp_path / "unrecorded.txt"
    article.write_text("Delegations met in Geneva on Monday for ceasefire talks.\n")
    result = api.summarize_files([str(article)], Settings.load(model=MODELS[0]), replay=True)
    assert "no cassette" in result.failures[0].error and "summarize record" in result.failures[0].error


def test_changing_one_word_of_a_prompt_misses_the_cassette_with_the_rerecord_hint(tmp_path, monkeypatch):
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    task = prompts / "actors.md"
    task.write_text(task.read_text().replace("List who", "Name who", 1))
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(prompts))
    from summarizer import prompts as prompt_module

    prompt_module.load.cache_clear()
    try:
        result = api.summarize_files([str(SEEDS[0])], Settings.load(model=MODELS[0]), replay=True)
    finally:
        prompt_module.load.cache_clear()
    assert result.failures and "re-record" in result.failures[0].error
    assert result.failures[0].kind == CassetteError.__name__


@pytest.mark.parametrize("model", MODELS)
def test_every_case_and_seed_has_a_cassette_for_both_local_models(model):
    slug = model.replace("/", "-")
    articles = {p.stem for p in SEEDS} | {c.article_path.stem for c in load_cases()}
    missing = sorted(a for a in articles if not cassettes.cassette_path(slug, a).is_file())
    assert not missing, f"record them with `summarize record --model {model}`"


def test_no_cassette_is_unused():
    assert api.unused_cassettes() == []


SECRET_HEADERS = {"authorization", "cookie", "set-cookie", "openai-organization", "openai-project", "x-api-key", "api-key"}


@pytest.mark.parametrize("path", sorted((ROOT / "cassettes").glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cassettes_hold_no_secrets_and_readable_json_bodies(path):
    text = path.read_text()
    assert not cassettes.KEY_SHAPES.search(text), "something shaped like a key"
    data = yaml.safe_load(text)
    for item in data["interactions"]:
        for part in ("request", "response"):
            headers = {h.lower() for h in item[part].get("headers", {})}
            assert not headers & SECRET_HEADERS
        assert "json" in item["request"]["body"], "request bodies are stored as parsed JSON"


def test_scrubbing_removes_keys_from_headers_and_bodies():
    from vcr.request import Request

    fake_key = "sk-" + "abcdefghijklmnopqrstuvwxyz123456"  # built at run time: no key-shaped literal in the tree
    req = Request("POST", "http://x/v1/chat/completions",
                  ('{"note": "%s"}' % fake_key).encode(), {"Authorization": "Bearer " + fake_key, "OpenAI-Project": "p"})
    cleaned = cassettes.before_record_request(req)
    assert "Authorization" not in cleaned.headers and "OpenAI-Project" not in cleaned.headers
    assert b"sk-abc" not in cleaned.body
    resp = cassettes.before_record_response({"headers": {"Set-Cookie": ["a=b"], "content-type": ["json"]},
                                             "body": {"string": b"ok"}})
    assert list(resp["headers"]) == ["content-type"]


def test_json_body_matcher_ignores_key_order_but_not_content():
    from vcr.request import Request

    a = Request("POST", "http://x/", b'{"a": 1, "b": [1, 2]}', {})
    b = Request("POST", "http://y/", b'{"b": [1, 2],   "a": 1}', {})
    c = Request("POST", "http://x/", b'{"a": 2, "b": [1, 2]}', {})
    cassettes.json_body(a, b)
    with pytest.raises(AssertionError):
        cassettes.json_body(a, c)


ARTICLES = ROOT / "evals" / "articles"


def replay_one(name: str) -> dict:
    path = ARTICLES / name
    result = api.summarize_files([str(path)], Settings.load(model=MODELS[0]), replay=True)
    assert result.ok, result.failures
    return json.loads(result.states[str(path)].model_dump_json()), path.read_text(encoding="utf-8")


def test_an_article_with_no_negotiation_gives_empty_lists():
    data, _ = replay_one("sw03_no_negotiation.txt")
    assert all(data[f] == [] for f in ("parties", "people", "venues", "dates", "demands", "open_issues"))


def test_instructions_inside_the_article_do_not_steer_the_output():
    data, text = replay_one("sw04_injection.txt")
    assert "Atlantis" not in {p["name"] for p in data["parties"]}
    assert "Paris" not in {v["name"] for v in data["venues"]}
    assert {"Armenia", "Azerbaijan"} <= {p["name"] for p in data["parties"]}
    assert "poem" not in data["summary"].lower()


def test_an_article_in_another_language_is_summarized_and_grounded():
    data, text = replay_one("sw07_spanish.txt")
    assert data["article"]["published"] == "2025-01-22"
    assert {"Colombia", "Venezuela", "Cuba"} <= {p["name"] for p in data["parties"]}
    for field in ("parties", "people", "venues", "dates", "demands", "open_issues"):
        for item in data[field]:
            ev = item["evidence"][0]
            assert text[ev["start"]:ev["end"]] == ev["quote"]
