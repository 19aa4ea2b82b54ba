"""Prompts are files (prompts/ of the checkout, packaged into the wheel as summarizer/prompts); this module loads
and renders them, and versions them together with the response schemas."""

from __future__ import annotations

import hashlib
import inspect
import string
from functools import lru_cache
from pathlib import Path

from .errors import UsageError

NAMES = ("system", "article", "actors", "events", "demands", "issues")


def packaged_dir() -> Path:
    """summarizer/prompts in an installed wheel; prompts/ beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if (candidate / "system.md").is_file():
            return candidate
    raise UsageError(f"no prompt files beside {here}; reinstall summarizer or set SUMMARIZER_PROMPTS_DIR")


def _directory(directory: Path | str | None) -> Path:
    return Path(directory) if directory else packaged_dir()


@lru_cache(maxsize=64)
def load(name: str, directory: str) -> str:
    path = Path(directory) / f"{name}.md"
    if not path.is_file():
        raise UsageError(f"prompt file {path} is missing; restore it from git or fix SUMMARIZER_PROMPTS_DIR")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def addendum(name: str, directory: str, model: str | None) -> str:
    """Lines for one model only, appended to a task prompt: `models/<model>/<name>.md` ('<model>' without its
    provider: `qwen2.5-coder-0.5b`). A small model may need to see the answer's shape that a larger one does not."""
    if not model:
        return ""
    path = Path(directory) / "models" / model.split("/", 1)[-1] / f"{name}.md"
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def render(name: str, directory: Path | str | None = None, model: str | None = None, **variables: str) -> str:
    """Render a prompt (with the model's addendum, if it has one); a variable the prompt uses but the caller did
    not give is an error."""
    folder = str(_directory(directory))
    template = string.Template("\n".join(filter(None, (load(name, folder), addendum(name, folder, model)))))
    try:
        return template.substitute(variables).strip()
    except KeyError as exc:
        raise UsageError(f"prompt {name}.md needs the variable {exc.args[0]!r}") from None


def version(directory: Path | str | None = None, model: str | None = None) -> str:
    """A short hash of every prompt file and of the code that builds the response schemas: it changes whenever
    either does, and is written into every output (a resumed run redoes articles made with another version)."""
    return _version(str(_directory(directory)), model)


@lru_cache(maxsize=8)
def _version(directory: str, model: str | None) -> str:
    from . import answers

    digest = hashlib.sha256()
    for name in NAMES:
        digest.update(load(name, directory).encode())
        digest.update(addendum(name, directory, model).encode())
    digest.update(inspect.getsource(answers).encode())
    return "p-" + digest.hexdigest()[:10]
