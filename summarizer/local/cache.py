"""The one cache directory that holds weights, the server build and server logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def cache_dir() -> Path:
    """`SUMMARIZER_CACHE_DIR`, else the platform's user cache dir (~/.cache/summarizer on Linux)."""
    override = os.environ.get("SUMMARIZER_CACHE_DIR")
    path = Path(override).expanduser() if override else Path(platformdirs.user_cache_dir("summarizer"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    return _sub("models")


def downloads_dir() -> Path:
    return _sub("downloads")


def builds_dir() -> Path:
    return _sub("llama-server")


def logs_dir() -> Path:
    return _sub("logs")


def _sub(name: str) -> Path:
    path = cache_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path
