import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """Tests never read the developer's settings, keys or model cache."""
    for name in list(os.environ):
        if name.startswith("SUMMARIZER_") or name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUMMARIZER_BACKOFF_MAX", "0.05")


@pytest.fixture
def fault_server():
    from tests.support.fault_server import FaultServer

    with FaultServer() as server:
        yield server
