"""The one cache directory that holds weights, the server build and server logs (Settings.cache_dir)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cache:
    root: Path

    def _sub(self, name: str) -> Path:
        path = Path(self.root).expanduser() / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def models(self) -> Path:
        return self._sub("models")

    @property
    def downloads(self) -> Path:
        return self._sub("downloads")

    @property
    def builds(self) -> Path:
        return self._sub("llama-server")

    @property
    def logs(self) -> Path:
        return self._sub("logs")
