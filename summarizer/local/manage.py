"""`summarize model prepare|status`: make local models ready and report on them."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ModelError
from . import build, weights
from .registry import MODELS, LocalModel, get_model


def prepare(name: str, progress_factory=None, say=print) -> dict:
    """Make weights and server ready for `name`; idempotent. Returns the model's status record."""
    model = get_model(name)
    if os.environ.get("SUMMARIZER_GGUF"):
        say(f"weights: using SUMMARIZER_GGUF={os.environ['SUMMARIZER_GGUF']}")
    else:
        weights.prepare_weights(model, progress_factory=progress_factory, say=say)
    build.build_server(say=say)
    return status_of(model)


def gguf_for(model: LocalModel) -> Path:
    """The GGUF to serve: `SUMMARIZER_GGUF`, else the verified cached file."""
    override = os.environ.get("SUMMARIZER_GGUF")
    if override:
        path = Path(override).expanduser()
        if not path.is_file():
            raise ModelError(f"SUMMARIZER_GGUF={override} does not exist; fix the path or unset it")
        return path
    path = weights.gguf_path(model)
    if not weights.is_verified(model):
        raise ModelError(f"local/{model.name} is not prepared; run `summarize model prepare local/{model.name}`")
    return path


def server_binary() -> Path:
    path = build.configured_server()
    if path is None:
        raise ModelError("llama-server is not built; run `summarize model prepare` (or set SUMMARIZER_LLAMA_SERVER)")
    return path


def status_of(model: LocalModel) -> dict:
    path = weights.gguf_path(model)
    present = path.is_file()
    server = build.configured_server()
    info = build.build_info()
    return {
        "model": f"local/{model.name}",
        "path": str(path) if present else None,
        "size": path.stat().st_size if present else None,
        "sha256": model.sha256 if weights.is_verified(model) else None,
        "verified": weights.is_verified(model),
        "server": str(server) if server else None,
        "build_flags": (info or {}).get("flags") if server and not os.environ.get("SUMMARIZER_LLAMA_SERVER") else None,
    }


def status() -> list[dict]:
    return [status_of(m) for m in MODELS.values()]
