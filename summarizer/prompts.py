"""Prompts are files under prompts/; this module loads and renders them, and versions them."""

from __future__ import annotations

import hashlib
import json
import os
import string
from functools import lru_cache
from pathlib import Path

from .errors import UsageError

PASSES = ("actors", "events", "positions")


def prompts_dir() -> Path:
    override = os.environ.get("SUMMARIZER_PROMPTS_DIR")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=64)
def load(name: str, directory: str | None = None) -> str:
    path = Path(directory or prompts_dir()) / f"{name}.md"
    if not path.is_file():
        raise UsageError(f"prompt file {path} is missing; restore it from git or set SUMMARIZER_PROMPTS_DIR")
    return path.read_text(encoding="utf-8")


def render(name: str, **variables: str) -> str:
    """Render a prompt; a variable the prompt uses but the caller did not give is an error."""
    template = string.Template(load(name))
    try:
        return template.substitute(variables).strip()
    except KeyError as exc:
        raise UsageError(f"prompt {name}.md needs the variable {exc.args[0]!r}") from None


def version() -> str:
    """A short hash of every prompt file and every extraction schema: it changes whenever either does."""
    return _version(str(prompts_dir()))


@lru_cache(maxsize=8)
def _version(directory: str) -> str:
    from . import schemas

    digest = hashlib.sha256()
    for name in ("system", "article", *PASSES):
        digest.update(load(name, directory).encode())
    for model in (schemas.ActorsX, schemas.EventsX, schemas.PositionsX):
        digest.update(json.dumps(model.model_json_schema(), sort_keys=True).encode())
    return "p-" + digest.hexdigest()[:10]
