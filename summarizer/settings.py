"""One settings object: CLI flag, then SUMMARIZER_* environment variable, then default."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from .errors import UsageError

DEFAULT_MODEL = "local/qwen2.5-coder-1.5b"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    concurrency: int = 1  # articles in flight at once
    timeout: float = 600.0  # seconds per LLM request
    run_timeout: float | None = None  # seconds for a whole run; None = no limit
    reasks: int = 2  # re-asks when the output fails validation (instructor)
    transport_retries: int = 4  # retries of transient transport errors (tenacity)
    backoff_max: float = 30.0  # cap of one backoff wait, seconds
    max_tokens: int = 1024  # per LLM call
    temperature: float = 0.0
    seed: int = 0
    threads: int = 2  # llama-server threads
    context: int = 8192  # llama-server context
    chunk_chars: int = 12000  # longer articles are split into chunks of about this size

    _ENV = {
        "model": "SUMMARIZER_MODEL", "base_url": "SUMMARIZER_BASE_URL", "concurrency": "SUMMARIZER_CONCURRENCY",
        "timeout": "SUMMARIZER_TIMEOUT", "run_timeout": "SUMMARIZER_RUN_TIMEOUT", "reasks": "SUMMARIZER_REASKS",
        "transport_retries": "SUMMARIZER_RETRIES", "backoff_max": "SUMMARIZER_BACKOFF_MAX",
        "max_tokens": "SUMMARIZER_MAX_TOKENS", "threads": "SUMMARIZER_THREADS", "context": "SUMMARIZER_CTX",
        "chunk_chars": "SUMMARIZER_CHUNK_CHARS",
    }

    @classmethod
    def load(cls, **flags) -> "Settings":
        """Build settings from flags (None means 'not given'), the environment, and defaults."""
        values = {}
        for f in fields(cls):
            if f.name.startswith("_"):
                continue
            if flags.get(f.name) is not None:
                values[f.name] = flags[f.name]
                continue
            env = cls._ENV.get(f.name)
            raw = os.environ.get(env) if env else None
            if raw not in (None, ""):
                values[f.name] = _convert(f.name, raw, f.type, env)
        return replace(cls(), **values)


def _convert(name: str, raw: str, kind, env: str):
    kind = str(kind)
    try:
        if "int" in kind and "float" not in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
    except ValueError:
        raise UsageError(f"{env}={raw!r} is not a number; fix or unset it") from None
    return raw
