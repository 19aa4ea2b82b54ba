"""The output directory is a store that accumulates, against the fault server on 127.0.0.1."""

import json
import os
import stat

import pytest

from summarizer import api
from summarizer.errors import UsageError
from summarizer.settings import Settings
from summarizer.store import Store
from tests.conftest import SEEDS


def settings_for(server) -> Settings:
    return Settings.load(model="fault-model", base_url=server.base_url, timeout=5.0)


def article_paths(out) -> set[str]:
    return {json.loads(p.read_text())["article"]["path"] for p in (out / "articles").glob("*.json")}


def test_a_later_run_adds_to_the_state_instead_of_replacing_it(fault_server, tmp_path):
    out = tmp_path / "out"
    api.summarize_files([str(p) for p in SEEDS], settings_for(fault_server), out_dir=out)
    api.summarize_files([str(SEEDS[1])], settings_for(fault_server), out_dir=out)
    state = json.loads((out / "state.json").read_text())
    assert len(state["articles"]) == len(SEEDS)
    assert f"Built from {len(SEEDS)} article(s)" in (out / "brief.md").read_text()


def test_a_run_whose_only_file_is_missing_keeps_the_good_brief(fault_server, tmp_path):
    out = tmp_path / "out"
    api.summarize_files([str(p) for p in SEEDS[:2]], settings_for(fault_server), out_dir=out)
    result = api.summarize_files([str(tmp_path / "missing.txt")], settings_for(fault_server), out_dir=out)
    assert not result.ok
    assert "Built from 2 article(s)" in (out / "brief.md").read_text()
    assert json.loads((out / "errors.json").read_text())[0]["path"].endswith("missing.txt")


def test_same_file_names_in_different_folders_and_run_file_names_do_not_collide(fault_server, tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    paths = []
    for folder, name in (("a", "news.txt"), ("b", "news.txt"), ("c", "state.txt"), ("d", "errors.txt")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / name
        path.write_text(text + f"\n{folder}", encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out"
    api.summarize_files(paths, settings_for(fault_server), out_dir=out)
    assert article_paths(out) == set(paths)
    assert json.loads((out / "state.json").read_text())["articles"], "state.json is the merged state, not an article"


def test_a_new_version_of_a_file_replaces_its_old_record(fault_server, tmp_path):
    article = tmp_path / "live.txt"
    article.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    api.summarize_files([str(article)], settings_for(fault_server), out_dir=out)
    article.write_text(SEEDS[0].read_text(encoding="utf-8") + "\nUpdate: talks resumed.", encoding="utf-8")
    api.summarize_files([str(article)], settings_for(fault_server), out_dir=out)
    assert len(list((out / "articles").glob("*.json"))) == 1


def test_outputs_honour_the_umask(fault_server, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        api.summarize_files([str(SEEDS[0])], settings_for(fault_server), out_dir=out)
    finally:
        os.umask(old)
    for path in [out / "state.json", out / "brief.html", *(out / "articles").glob("*.json")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


def test_an_unwritable_out_is_refused_before_any_model_call(fault_server, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        api.summarize_files([str(SEEDS[0])], settings_for(fault_server), out_dir=blocker)
    with pytest.raises(UsageError, match="not writable"):
        api.summarize_files([str(SEEDS[0])], settings_for(fault_server), out_dir=blocker / "sub")
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        with pytest.raises(UsageError, match="not writable"):
            api.summarize_files([str(SEEDS[0])], settings_for(fault_server), out_dir=ro)
    assert fault_server.requests == []


def test_the_store_lists_one_record_per_content(tmp_path, fault_server):
    out = tmp_path / "out"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEEDS[0].read_bytes())
    api.summarize_files([str(SEEDS[0]), str(copy)], settings_for(fault_server), out_dir=out)
    assert len(Store(out).states()) == 1, "the same text under two names is one article in the merged state"
