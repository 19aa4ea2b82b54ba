"""One settings object, built in one place: CLI flag, then SUMMARIZER_* environment variable, then default.

Every SUMMARIZER_* variable the tool reads is a field here; nothing else reads the environment for settings
(API keys are the providers' own variables, read in `providers`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import UsageError

DEFAULT_MODEL = "local/qwen2.5-coder-1.5b"

# field -> (environment variable, CLI flag), for messages that say what to fix
ENV = {
    "model": ("SUMMARIZER_MODEL", "--model"), "base_url": ("SUMMARIZER_BASE_URL", "--base-url"),
    "concurrency": ("SUMMARIZER_CONCURRENCY", "--concurrency"), "timeout": ("SUMMARIZER_TIMEOUT", "--timeout"),
    "run_timeout": ("SUMMARIZER_RUN_TIMEOUT", "--run-timeout"), "reasks": ("SUMMARIZER_REASKS", None),
    "transport_retries": ("SUMMARIZER_RETRIES", None), "backoff_max": ("SUMMARIZER_BACKOFF_MAX", None),
    "max_tokens": ("SUMMARIZER_MAX_TOKENS", None), "threads": ("SUMMARIZER_THREADS", None),
    "context": ("SUMMARIZER_CTX", None), "chunk_chars": ("SUMMARIZER_CHUNK_CHARS", None),
    "cache_dir": ("SUMMARIZER_CACHE_DIR", None), "gguf": ("SUMMARIZER_GGUF", None),
    "llama_server": ("SUMMARIZER_LLAMA_SERVER", None), "server_start_timeout": ("SUMMARIZER_SERVER_START_TIMEOUT", None),
    "prompts_dir": ("SUMMARIZER_PROMPTS_DIR", None), "cassettes_dir": ("SUMMARIZER_CASSETTES_DIR", "--cassettes"),
    "api_key_file": ("SUMMARIZER_API_KEY_FILE", None), "compact_json": ("SUMMARIZER_COMPACT_JSON", None),
}


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    concurrency: int = Field(1, ge=1, le=256, description="articles in flight at once")
    timeout: float = Field(600.0, gt=0, description="seconds for one LLM request, its retries included")
    run_timeout: float | None = Field(None, gt=0, description="seconds for a whole run; None = no limit")
    reasks: int = Field(2, ge=0, le=10, description="re-asks when the output fails validation (instructor)")
    transport_retries: int = Field(4, ge=0, le=20, description="retries of transient transport errors (tenacity)")
    backoff_max: float = Field(30.0, ge=0, description="cap of one backoff wait, seconds")
    max_tokens: int = Field(1024, ge=16, description="per LLM call")
    temperature: float = Field(0.0, ge=0, le=2)
    seed: int = 0
    threads: int = Field(2, ge=1, description="llama-server threads")
    context: int = Field(8192, ge=512, description="llama-server context, tokens")
    chunk_chars: int = Field(12000, ge=500, description="longer articles are split into chunks of about this size")
    cache_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_cache_dir("summarizer")))
    gguf: Path | None = Field(None, description="serve this GGUF file instead of a prepared model")
    llama_server: Path | None = Field(None, description="use this llama-server binary instead of building one")
    server_start_timeout: float = Field(180.0, gt=0, description="seconds for llama-server to become healthy")
    prompts_dir: Path | None = Field(None, description="prompt files to use instead of the packaged ones")
    cassettes_dir: Path | None = Field(None, description="recorded answers [cassettes/ of the checkout]")
    api_key_file: Path | None = Field(None, description="a file holding the API key, readable by its owner only")
    compact_json: bool = Field(True, description="llama-server: constrain answers to compact JSON (fewer tokens)")

    @classmethod
    def load(cls, **flags: Any) -> "Settings":
        """Build settings from flags (None means 'not given'), the environment, and defaults.

        A value that is not a number, or out of range, is a usage error naming the flag or variable to fix.
        """
        values: dict[str, Any] = {}
        source: dict[str, str] = {}
        unknown = set(flags) - set(cls.model_fields)
        if unknown:
            raise UsageError(f"unknown setting(s): {', '.join(sorted(unknown))}; known: {', '.join(cls.model_fields)}")
        for name in cls.model_fields:
            env, flag = ENV.get(name, (None, None))
            if flags.get(name) is not None:
                values[name], source[name] = flags[name], flag or name
            elif env and os.environ.get(env, "") != "":
                values[name], source[name] = os.environ[env], env
        try:
            return cls(**values)
        except ValidationError as exc:
            err = exc.errors()[0]
            name = str(err["loc"][0]) if err["loc"] else ""
            where = source.get(name, name)
            raise UsageError(f"{where}={values.get(name)!r}: {err['msg'].lower()}; fix it or leave it unset") from None

    def with_(self, **changes: Any) -> "Settings":
        return self.model_copy(update=changes)
