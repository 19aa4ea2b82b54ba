"""The pipeline end to end, replayed from the committed cassettes of the embedded models."""

import json
import re
import shutil

import pytest
import yaml

from summarizer import api, cassettes, language
from summarizer.errors import CassetteError
from summarizer.evals.cases import load_cases
from summarizer.evals.record import known_articles, targets, unused_cassettes
from summarizer.secrets import KEY_SHAPES
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
        (path,) = (out / "articles").glob(f"{seed.stem}-*.json")
        data = json.loads(path.read_text())
        text = seed.read_text(encoding="utf-8")
        assert data["article"]["sha256"] and data["run"]["llm_calls"] >= 1
        for field in ("parties", "people", "venues", "dates", "demands", "statements", "open_issues"):
            for item in data[field]:
                for ev in item["evidence"]:
                    assert text[ev["start"]:ev["end"]] == ev["quote"], (seed.name, field, ev)
        for d in data["dates"]:
            assert d["date"] is None or ISO.match(d["date"])
        assert data["article"]["published"] is None or ISO.match(data["article"]["published"])


def test_consolidated_state_and_briefs_cover_all_seeds(replayed):
    out, _ = replayed
    state = json.loads((out / "state.json").read_text())
    assert {a["path"] for a in state["articles"]} == {str(p) for p in SEEDS}
    assert state["timeline"] and state["parties"]
    names = [p["name"] for p in state["people"]]
    assert len([n for n in names if "Zelensk" in n]) == 1, "one spelling of Zelensky across articles"
    md = (out / "brief.md").read_text()
    for heading in ("What happened", "What is scheduled", "Who demands what", "What is unresolved", "Where sources disagree"):
        assert heading in md
    html = (out / "brief.html").read_text()
    assert 'class="axis"' in html and 'href="#q-' in html and 'id="q-' in html


def test_an_article_without_a_cassette_fails_clearly(tmp_path):
    article = tmp_path / "unrecorded.txt"
    article.write_text("Delegations met in Geneva on Monday for ceasefire talks.\n")
    result = api.summarize_files([str(article)], Settings.load(model=MODELS[0]), replay=True)
    assert "no cassette" in result.failures[0].error and "summarize record" in result.failures[0].error


def test_changing_one_word_of_a_prompt_misses_the_cassette_with_the_rerecord_hint(tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    task = prompts / "actors.md"
    task.write_text(task.read_text().replace("TASK: list", "TASK: name", 1))
    result = api.summarize_files([str(SEEDS[0])], Settings.load(model=MODELS[0], prompts_dir=prompts), replay=True)
    assert result.failures and "re-record" in result.failures[0].error
    assert result.failures[0].kind == CassetteError.__name__


@pytest.mark.parametrize("model", MODELS)
def test_every_case_and_seed_has_a_cassette_for_both_local_models(model):
    slug = model.replace("/", "-")
    settings = Settings.load(model=model)
    missing = sorted(p.stem for p in known_articles() if not cassettes.cassette_path(settings, slug, p).is_file())
    assert not missing, f"record them with `summarize record --model {model}`"


def test_recording_a_case_file_records_its_article_not_the_case():
    case = load_cases()[0]
    article = SEEDS[0]
    assert targets([str(case.file), str(article)]) == [str(case.article_path), str(article)]
    assert case.file.suffix == ".yaml" and case.article_path.suffix == ".txt"


def test_no_cassette_is_unused():
    assert unused_cassettes(Settings.load()) == []


SECRET_HEADERS = {"authorization", "cookie", "set-cookie", "openai-organization", "openai-project", "x-api-key", "api-key"}


@pytest.mark.parametrize("path", sorted((ROOT / "cassettes").glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cassettes_hold_no_secrets_and_readable_json_bodies(path):
    text = path.read_text()
    assert not KEY_SHAPES.search(text), "something shaped like a key"
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
    resp = cassettes.before_record_response({"headers": {"Set-Cookie": ["a=b"], "content-type": ["json"],
                                                         "x-echo": ["Bearer " + fake_key]}, "body": {"string": b"ok"}})
    assert set(resp["headers"]) == {"content-type", "x-echo"} and fake_key not in str(resp["headers"])


def test_json_body_matcher_ignores_key_order_but_not_content():
    from vcr.request import Request

    a = Request("POST", "http://x/", b'{"a": 1, "b": [1, 2]}', {})
    b = Request("POST", "http://y/", b'{"b": [1, 2],   "a": 1}', {})
    c = Request("POST", "http://x/", b'{"a": 2, "b": [1, 2]}', {})
    cassettes.json_body(a, b)
    with pytest.raises(AssertionError):
        cassettes.json_body(a, c)


ARTICLES = ROOT / "evals" / "articles"


def replay_one(name: str, model: str = MODELS[0]) -> tuple[dict, str]:
    path = ARTICLES / name
    result = api.summarize_files([str(path)], Settings.load(model=model), replay=True)
    assert result.ok, result.failures
    return json.loads(result.states[str(path)].model_dump_json()), path.read_text(encoding="utf-8")


def test_an_article_with_no_negotiation_gives_empty_lists():
    data, _ = replay_one("sw03_no_negotiation.txt")
    assert all(data[f] == [] for f in ("parties", "people", "venues", "dates", "demands", "open_issues"))


def test_a_call_that_runs_out_of_tokens_costs_its_own_items_not_the_article():
    # recorded: the 0.5B model repeats itself in the demands call of this long article until max_tokens
    with pytest.warns(UserWarning, match="demands call gave no usable answer"):
        data, _ = replay_one("test13_tigray_long.txt", MODELS[1])
    assert any("the demands call gave no usable answer" in w and "max_tokens" in w for w in data["run"]["warnings"])
    assert data["parties"] and data["demands"] == [], "the other calls' items are kept"


def test_instructions_inside_the_article_do_not_steer_the_output():
    data, text = replay_one("sw04_injection.txt")
    assert "Atlantis" not in {p["name"] for p in data["parties"]}
    assert "Paris" not in {v["name"] for v in data["venues"]}
    assert "poem" not in data["summary"].lower()


# ---------------------------------------------------------------- every output of every case

def _strings(item, skip=("evidence",)):
    if isinstance(item, dict):
        for k, v in item.items():
            if k not in skip:
                yield from _strings(v, skip)
    elif isinstance(item, list):
        for v in item:
            yield from _strings(v, skip)
    elif isinstance(item, str):
        yield item


def looks_truncated(s: str, article: str) -> bool:
    """The last word is a cut-off piece of a longer word of the article ('inva' of 'invasion')."""
    words = re.findall(r"[^\W\d_]+", s)
    # one word is a name or a label ('mediator', 'Egypt'); scripts without spaces have no word ends to cut at
    if len(words) < 2 or re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", s):
        return False
    last = words[-1]
    if len(last) < 2 or re.search(rf"(?<![^\W\d_]){re.escape(last)}(?![^\W\d_])", article):
        return False
    # a whole word in another form ('damage' of 'damaged', 'sein' of 'seiner') is not a cut one ('inva' of 'invasion')
    longer = re.findall(rf"(?<![^\W\d_]){re.escape(last)}([^\W\d_]+)", article)
    return any(rest.lower() not in _INFLECTIONS for rest in longer)


_INFLECTIONS = {"s", "es", "d", "ed", "ing", "e", "en", "er", "em", "es", "n", "ern", "ly"}


@pytest.fixture(scope="module")
def every_output():
    out = {}
    for model in MODELS:
        cases = load_cases()
        result = api.summarize_files([str(c.article_path) for c in cases] + [str(p) for p in SEEDS],
                                     Settings.load(model=model), replay=True)
        for path, state in result.states.items():
            out[(model, path)] = json.loads(state.model_dump_json())
    return out


def test_no_output_of_any_case_holds_a_cut_or_mixed_script_string(every_output):
    problems = []
    for (model, path), data in every_output.items():
        article = open(path, encoding="utf-8").read()
        # names are canonical ('Egypt' from 'Egyptian', 'Volodymyr Zelensky' from 'Zelenskyy'), not copied text
        canonical = ({p["name"] for p in data["parties"]} | {p["name"] for p in data["people"]}
                     | {v.get("country") or "" for v in data["venues"]})
        for s in _strings({k: v for k, v in data.items() if k not in ("article", "run")}):
            if s not in canonical and looks_truncated(s, article):
                problems.append((model, path, "cut", s))
            if language.mixed_script(s, article):
                problems.append((model, path, "mixed script", s))
    assert not problems, problems[:10]


def test_the_cut_and_mixed_script_detectors_catch_what_they_are_for():
    article = SEEDS[1].read_text(encoding="utf-8") + " Russia's four-year-old invasion, a concession Ukrainian President"
    assert looks_truncated("a concession Ukrainian Pres", article)
    assert looks_truncated("Russia's four-year-old inva", article)
    assert not looks_truncated("security guarantees signed before other documents", article)
    assert not looks_truncated("the roofs were damage", "the balloons had damaged roofs")  # another form, not a cut
    assert language.mixed_script("they should be signed before any其他", article)
    assert not language.mixed_script("они требуют вступления в NATO", "... в NATO ...")


def test_the_python_api_works_inside_a_running_event_loop(tmp_path):
    """As in Jupyter: the synchronous calls run in a thread of their own; the async form is awaited."""
    import asyncio

    seed = SEEDS[3]
    text = seed.read_text(encoding="utf-8")

    async def inside():
        one = api.summarize_article(text, model=MODELS[0], replay=True, path=str(seed))
        two = await api.asummarize_article(text, model=MODELS[0], replay=True, path=str(seed))
        files = api.summarize_files([str(seed)], Settings.load(model=MODELS[0]), out_dir=tmp_path, replay=True)
        return one, two, files

    one, two, files = asyncio.run(inside())
    assert one.parties and one.model_dump(exclude={"run", "article"}) == two.model_dump(exclude={"run", "article"})
    assert files.ok and (tmp_path / "state.json").is_file()
