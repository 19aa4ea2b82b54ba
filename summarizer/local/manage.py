"""`summarize model prepare|status`: make local models ready and report on them."""

from __future__ import annotations

from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from . import build, weights
from .cache import Cache
from .registry import MODELS, LocalModel, get_model


def prepare(name: str, settings: Settings, progress_factory=None, say=print) -> dict:
    """Make weights and server ready for `name`; idempotent. Returns the model's status record."""
    model = get_model(name)
    if settings.gguf:
        say(f"weights: using SUMMARIZER_GGUF={settings.gguf}")
    else:
        weights.prepare_weights(model, Cache(settings.cache_dir), progress_factory=progress_factory, say=say)
    build.build_server(settings, say=say)
    return status_of(model, settings)


def gguf_for(model: LocalModel, settings: Settings) -> Path:
    """The GGUF to serve: `SUMMARIZER_GGUF`, else the verified cached file."""
    if settings.gguf:
        path = Path(settings.gguf).expanduser()
        if not path.is_file():
            raise ModelError(f"SUMMARIZER_GGUF={settings.gguf} does not exist; fix the path or unset it")
        return path
    cache = Cache(settings.cache_dir)
    if not weights.is_verified(model, cache):
        raise ModelError(f"local/{model.name} is not prepared; run `summarize model prepare local/{model.name}`")
    return weights.gguf_path(model, cache)


def server_binary(settings: Settings) -> Path:
    path = build.configured_server(settings)
    if path is None:
        raise ModelError("llama-server is not built; run `summarize model prepare` (or set SUMMARIZER_LLAMA_SERVER)")
    return path


def status_of(model: LocalModel, settings: Settings) -> dict:
    cache = Cache(settings.cache_dir)
    path = weights.gguf_path(model, cache)
    present = path.is_file()
    server = build.configured_server(settings)
    info = build.build_info(cache)
    verified = weights.is_verified(model, cache)
    return {
        "model": f"local/{model.name}",
        "path": str(path) if present else None,
        "size": path.stat().st_size if present else None,
        "sha256": model.sha256 if verified else None,
        "verified": verified,
        "server": str(server) if server else None,
        "build_flags": (info or {}).get("flags") if server and not settings.llama_server else None,
    }


def status(settings: Settings) -> list[dict]:
    return [status_of(m, settings) for m in MODELS.values()]
