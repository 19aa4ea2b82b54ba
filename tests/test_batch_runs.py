"""Batch runs against the fault server: good articles are always written, failures listed accurately."""

import json
import os

import pytest

from summarizer import api, store
from summarizer.settings import Settings
from tests.conftest import SEEDS


def settings_for(server, **kw) -> Settings:
    kw.setdefault("timeout", 5.0)
    return Settings.load(model="fault-model", base_url=server.base_url, **kw)


@pytest.fixture
def bad_inputs(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text("   \n\n ")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "a-directory").mkdir()
    return [str(bad / "empty.txt"), str(bad / "blank.txt"), str(bad / "binary.txt"), str(bad / "a-directory"),
            str(bad / "missing.txt")]


def test_seeds_and_bad_inputs_write_every_good_article_and_an_accurate_errors_json(fault_server, bad_inputs, tmp_path):
    out = tmp_path / "out"
    # one seed meets a 401 (non-transient): it fails, the others go on (an article about talks takes four calls)
    fault_server.script("ok", "ok", "ok", "ok", "401")
    paths = [str(p) for p in SEEDS] + bad_inputs
    result = api.summarize_files(paths, settings_for(fault_server), out_dir=out)
    written = sorted(p.name for p in (out / "articles").glob("0*.json"))
    assert len(written) == 4
    errors = json.loads((out / "errors.json").read_text())
    assert sorted(e["path"] for e in errors) == sorted(bad_inputs + [str(SEEDS[1])])
    reasons = {os.path.basename(e["path"]): e["error"] for e in errors}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "directory" in reasons["a-directory"] and "no such file" in reasons["missing.txt"]
    assert "API key" in reasons[SEEDS[1].name]
    assert not result.ok
    for name in ("state.json", "brief.md", "brief.html"):
        assert (out / name).is_file()


def test_resume_skips_finished_articles_with_zero_llm_calls(fault_server, tmp_path):
    out = tmp_path / "out"
    paths = [str(p) for p in SEEDS[:2]]
    api.summarize_files(paths, settings_for(fault_server), out_dir=out)
    calls = len(fault_server.requests)
    assert calls == sum(json.loads(f.read_text())["run"]["llm_calls"] for f in (out / "articles").glob("0*.json")) > 2
    result = api.summarize_files(paths, settings_for(fault_server), out_dir=out, resume=True)
    assert len(fault_server.requests) == calls
    assert sorted(result.skipped) == sorted(paths) and len(result.states) == 2


def test_resume_redoes_an_article_whose_text_changed(fault_server, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Delegations from Sudan met in Geneva on Monday to discuss a ceasefire.\n")
    out = tmp_path / "out"
    api.summarize_files([str(article)], settings_for(fault_server), out_dir=out)
    first = len(fault_server.requests)
    article.write_text("Delegations from Sudan met in Vienna on Tuesday to discuss a ceasefire.\n")
    api.summarize_files([str(article)], settings_for(fault_server), out_dir=out, resume=True)
    assert first >= 2 and len(fault_server.requests) == 2 * first


def test_atomic_write_leaves_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "x.json"

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(store.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        store.write_atomic(target, "{}")
    assert list(tmp_path.iterdir()) == []


def test_one_megabyte_article_is_split_into_chunks_not_cut(fault_server, tmp_path):
    paragraph = ("Negotiators from Sudan and its neighbours met again on Monday and discussed the ceasefire line, "
                 "prisoner exchanges and the monitoring mission in detail. ")
    big = tmp_path / "big.txt"
    big.write_text("\n".join(f"{paragraph} Paragraph {i}." for i in range(6500)))
    assert big.stat().st_size > 1_000_000
    result = api.summarize_files([str(big)], settings_for(fault_server, chunk_chars=100_000), out_dir=tmp_path / "out")
    state = result.states[str(big)]
    assert state.run.chunks >= 10
    assert state.run.llm_calls == 2 * state.run.chunks, "actors and events per chunk; no sentence asks or disputes"
    seen = " ".join(r["body"]["messages"][1]["content"] for r in fault_server.requests)
    assert "Paragraph 0." in seen and "Paragraph 6499." in seen, "the first and last paragraphs both reach the model"


def test_chunks_cover_every_sentence_once():
    from summarizer.pipeline import chunks

    spans = [(i * 10, i * 10 + 9) for i in range(100)]
    pieces = chunks(spans, 95)
    covered = [n for first, last in pieces for n in range(first, last + 1)]
    assert covered == list(range(1, 101))


def test_run_timeout_fails_articles_that_run_past_it(fault_server, tmp_path):
    fault_server.script("hang:2", "hang:2")
    result = api.summarize_files([str(SEEDS[0])], settings_for(fault_server, run_timeout=0.5, timeout=10.0),
                                 out_dir=tmp_path / "out")
    assert result.failures and "--run-timeout" in result.failures[0].error
