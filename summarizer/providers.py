"""Model strings (`provider/model`) resolved in one place: which SDK, which endpoint, which instructor mode."""

from __future__ import annotations

import ipaddress
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from . import secrets
from .errors import UsageError

if TYPE_CHECKING:
    from .settings import Settings


@dataclass(frozen=True)
class Provider:
    name: str
    sdk: str  # "openai" or "anthropic"
    mode: str  # an instructor.Mode member name
    base_url: str | None = None
    key_env: str | None = None  # where the API key comes from; None = no key needed
    compact_grammar: bool = False  # llama-server: send a compact-JSON grammar instead of the JSON schema


PROVIDERS: dict[str, Provider] = {
    # llama-server enforces json_schema by grammar; tool calls are not supported there
    "local": Provider("local", "openai", "JSON_SCHEMA", compact_grammar=True),
    "openai": Provider("openai", "openai", "TOOLS_STRICT", key_env="OPENAI_API_KEY"),
    "ollama": Provider("ollama", "openai", "JSON_SCHEMA", base_url="http://127.0.0.1:11434/v1"),
    "anthropic": Provider("anthropic", "anthropic", "ANTHROPIC_TOOLS", key_env="ANTHROPIC_API_KEY"),
    # any OpenAI-compatible server reached with --base-url
    "openai-compatible": Provider("openai-compatible", "openai", "JSON_SCHEMA", key_env="SUMMARIZER_API_KEY"),
}


@dataclass(frozen=True)
class Resolved:
    provider: Provider
    model: str  # the provider's own model name
    base_url: str | None

    @property
    def is_local(self) -> bool:
        return self.provider.name == "local"

    @property
    def slug(self) -> str:
        """A file-system-safe name, used for cassette folders."""
        return f"{self.provider.name}-{self.model}".replace("/", "-").replace(":", "-")

    @property
    def label(self) -> str:
        return f"{self.provider.name}/{self.model}"


def resolve(model: str, base_url: str | None = None) -> Resolved:
    if "/" not in model:
        if base_url:
            return Resolved(PROVIDERS["openai-compatible"], model, base_url)
        known = ", ".join(f"{p}/..." for p in PROVIDERS if p != "openai-compatible")
        raise UsageError(f"model {model!r} has no provider; write it as provider/model ({known}) or pass --base-url")
    name, rest = model.split("/", 1)
    provider = PROVIDERS.get(name)
    if provider is None:
        if base_url:
            return Resolved(PROVIDERS["openai-compatible"], model, base_url)
        known = ", ".join(p for p in PROVIDERS if p != "openai-compatible")
        raise UsageError(f"unknown provider {name!r} in {model!r}; use one of {known}, or pass --base-url for any OpenAI-compatible server")
    if not rest:
        raise UsageError(f"model {model!r} names no model after the provider; e.g. {name}/<model-name>")
    return Resolved(provider, rest, base_url or provider.base_url)


def api_key(resolved: Resolved, settings: "Settings") -> str:
    """The API key from the provider's variable (or SUMMARIZER_API_KEY_FILE, readable by its owner only).

    The key is registered with `secrets`, so it is scrubbed from every message, log and cassette."""
    env = resolved.provider.key_env
    if env is None:
        return "no-key"
    key = os.environ.get(env)
    if not key and settings.api_key_file:
        key = _read_key_file(Path(settings.api_key_file))
    if not key:
        if resolved.provider.name == "openai-compatible":
            return "no-key"
        raise UsageError(f"{resolved.label} needs an API key: set {env} (or SUMMARIZER_API_KEY_FILE) in the environment")
    secrets.register(key)
    check_transport(resolved.base_url)
    return key


def _read_key_file(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        raise UsageError(f"SUMMARIZER_API_KEY_FILE={path} does not exist; fix the path") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise UsageError(f"key file {path} is readable by others; run `chmod 600 {path}`")
    return path.read_text().strip()


class InsecureTransportWarning(UserWarning):
    """An API key would travel over plain http to another machine."""


def check_transport(base_url: str | None) -> None:
    if not base_url:
        return
    url = urlparse(base_url)
    if url.scheme != "http":
        return
    host = url.hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        warnings.warn(f"--base-url {base_url} sends the API key over plain http to {host}; use https",
                      InsecureTransportWarning, stacklevel=3)
